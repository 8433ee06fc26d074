/**
 * The package's three files as one zip, so a browser that asks "download
 * multiple files?" cannot leave the learner with model.json alone. fflate is
 * imported on first use: it never loads on the first screen.
 */
import type { PackageFiles } from '../../ml/package-files';

export interface ZipFile {
  readonly name: string;
  readonly data: Uint8Array<ArrayBuffer>;
}

/** `pipeline-lab-<dtype>.zip` holding the model JSON, the weights and the metadata, under their own names. */
export async function zipPackage(files: PackageFiles): Promise<ZipFile> {
  const { strToU8, zipSync } = await import('fflate');
  const data = zipSync(
    {
      [files.modelJson.name]: strToU8(files.modelJson.text),
      // Already compact binary (quantized weights): stored, not deflated.
      [files.weights.name]: [new Uint8Array(files.weights.data), { level: 0 }],
      [files.metadata.name]: strToU8(files.metadata.text),
    },
    { level: 6 },
  );
  return { name: `pipeline-lab-${files.dtype}.zip`, data: data as Uint8Array<ArrayBuffer> };
}
