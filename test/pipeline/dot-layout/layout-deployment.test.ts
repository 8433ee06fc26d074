/**
 * Stage 6's layout at any size: the validation rows get at most MAX_MARKS marks
 * (a fixed number of rows each above that, as every other stage), a mark is lit
 * exactly when one of its rows changed decision, and the counts stay exact.
 */
import { MAX_MARKS } from '../../../src/pipeline/dot-data';
import {
  deploymentLayout,
  deploymentMarks,
  rowsPerMark,
  type QuantizedWeights,
} from '../../../src/pipeline/dot-layout/layout-deployment';
import { INK } from '../../../src/pipeline/dot-layout/types';

function view(validationRows: number, changed: number[]): QuantizedWeights {
  const count = 224;
  const weights = Float32Array.from({ length: count }, (_, i) => Math.sin(i) * 0.5);
  const scale = 1 / 255;
  const quantized = weights.map((w) => Math.round((w + 0.5) / scale) * scale - 0.5);
  return {
    weights,
    quantized,
    tensorOf: new Uint8Array(count),
    tensors: [{ name: 'dense/kernel', count, scale, min: -0.5 }],
    changed: Uint32Array.from(changed),
    validationRows,
    threshold: 0.5,
  };
}

const box = { width: 800, height: 300 };

describe('deploymentLayout', () => {
  it('draws one mark per validation row up to MAX_MARKS rows', () => {
    const q = view(1960, [3, 700]);
    const l = deploymentLayout(q, true, box);
    expect(rowsPerMark(q)).toBe(1);
    expect(l.x.length).toBe(224 + 1960);
    expect(l.ink.filter((k) => k === INK.changed).length).toBe(2);
    expect(l.counts).toMatchObject({ changed: 2, validationRows: 1960, rowsPerMark: 1 });
  });

  it('caps the validation marks at 1,000,000 rows: each stands for a fixed number of rows, lit when any changed', () => {
    const rows = 196_000;
    // Rows 0 and 5 share the first mark; row 195,999 is in the last.
    const q = view(rows, [0, 5, 50_000, rows - 1]);
    const per = rowsPerMark(q);
    expect(per).toBe(Math.ceil(rows / MAX_MARKS));
    const l = deploymentLayout(q, true, box);
    expect(l.x.length).toBe(deploymentMarks(q));
    expect(l.x.length - 224).toBeLessThanOrEqual(MAX_MARKS);
    expect(l.ink.filter((k) => k === INK.changed).length).toBe(3);
    // The counts are the rows', not the marks'.
    expect(l.counts).toMatchObject({ changed: 4, validationRows: rows, rowsPerMark: per });
    expect(l.summary).toContain(`Each validation mark stands for ${per} rows`);
  });
});
