import * as tf from '@tensorflow/tfjs';
import { float16Bits } from '../../src/ml/float16';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** Decodes binary16 bit patterns with tfjs's own loader. */
function decode(bits: number[]): Float32Array {
  const data = new Uint16Array(bits);
  const spec: tf.io.WeightsManifestEntry = {
    name: 'w',
    shape: [bits.length],
    dtype: 'float32',
    quantization: { dtype: 'float16' },
  };
  const map = tf.io.decodeWeights(data.buffer, [spec]);
  const values = map.w.dataSync() as Float32Array;
  map.w.dispose();
  return values;
}

describe('float16Bits', () => {
  it.each([
    [1, '3c00'],
    [-2, 'c000'],
    [0.5, '3800'],
    [65504, '7bff'],
    [1e6, '7c00'],
    [-1e6, 'fc00'],
    [Infinity, '7c00'],
    [-Infinity, 'fc00'],
    [0, '0000'],
    [-0, '8000'],
    [5.96e-8, '0001'],
    [2 ** -14, '0400'],
    [1e-10, '0000'],
    [65520, '7c00'],
  ])('encodes %d as 0x%s', (value, hex) => {
    expect(float16Bits(value).toString(16).padStart(4, '0')).toBe(hex);
  });

  it('encodes NaN with an all-ones exponent and a non-zero mantissa', () => {
    const bits = float16Bits(NaN);
    expect(bits & 0x7c00).toBe(0x7c00);
    expect(bits & 0x03ff).not.toBe(0);
  });

  it('rounds half to even', () => {
    expect(float16Bits(1 + 2 ** -11)).toBe(0x3c00); // tie between 0x3c00 and 0x3c01 → even
    expect(float16Bits(1 + 3 * 2 ** -11)).toBe(0x3c02); // tie between 0x3c01 and 0x3c02 → even
    expect(float16Bits(1 + 2 ** -11 + 2 ** -20)).toBe(0x3c01); // above the tie → up
    expect(float16Bits(2 ** -25)).toBe(0x0000); // half the smallest subnormal → even (0)
    expect(float16Bits(1.5 * 2 ** -24)).toBe(0x0002); // tie between subnormals 1 and 2 → even
  });

  it('round-trips through tf.io.decodeWeights with a float16 spec', () => {
    const exact = [1, -2, 0.5, 65504, 0, 2 ** -24, 2 ** -14, -0.375, 1536, 1025];
    expect(Array.from(decode(exact.map(float16Bits)))).toEqual(exact);
    const decoded = decode([float16Bits(1e6), float16Bits(-1e6), float16Bits(NaN)]);
    expect(decoded[0]).toBe(Infinity);
    expect(decoded[1]).toBe(-Infinity);
    expect(decoded[2]).toBeNaN();
  });

  it('stays within half a unit in the last place for ordinary values', () => {
    const values = Array.from({ length: 200 }, (_, i) => Math.sin(i * 1.7) * 10 ** ((i % 9) - 4));
    const decoded = decode(values.map(float16Bits));
    values.forEach((v, i) => {
      const a = Math.abs(v);
      if (a < 2 ** -14) {
        expect(Math.abs(decoded[i] - v)).toBeLessThanOrEqual(2 ** -25); // subnormal spacing 2^-24
      } else {
        expect(Math.abs(decoded[i] - v) / a).toBeLessThanOrEqual(2 ** -11);
      }
    });
  });

  it('leaks no tensors while decoding', () => {
    const baseline = tf.memory().numTensors;
    decode([0x3c00, 0x4000]);
    expect(tf.memory().numTensors).toBe(baseline);
  });
});
