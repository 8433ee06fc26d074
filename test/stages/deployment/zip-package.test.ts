import { strFromU8, unzipSync } from 'fflate';
import type { PackageFiles } from '../../../src/ml/package-files';
import { zipPackage } from '../../../src/stages/deployment/zip-package';

const files: PackageFiles = {
  dtype: 'uint8',
  modelJson: { name: 'pipeline-lab-uint8.json', text: '{"modelTopology":{}}' },
  weights: { name: 'pipeline-lab-uint8.weights.bin', data: Uint8Array.from([0, 1, 2, 255]).buffer },
  metadata: { name: 'pipeline-lab-uint8.metadata.json', text: '{"version":2,"note":"é → ≥"}' },
};

describe('zipPackage', () => {
  it('holds the three files byte for byte under their own names', async () => {
    const zip = await zipPackage(files);
    expect(zip.name).toBe('pipeline-lab-uint8.zip');
    const entries = unzipSync(zip.data);
    expect(Object.keys(entries)).toEqual([files.modelJson.name, files.weights.name, files.metadata.name]);
    expect(strFromU8(entries[files.modelJson.name])).toBe(files.modelJson.text);
    expect(Array.from(entries[files.weights.name])).toEqual([0, 1, 2, 255]);
    expect(strFromU8(entries[files.metadata.name])).toBe(files.metadata.text);
  });
});
