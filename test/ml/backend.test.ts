import * as tf from '@tensorflow/tfjs';
import { chooseBackend, chooseBackendFor } from '../../src/ml/backend';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('chooseBackend', () => {
  it('falls back from webgl to cpu in Node, recording why', async () => {
    const choice = await chooseBackend(['webgl', 'cpu']);
    expect(choice.backend).toBe('cpu');
    expect(tf.getBackend()).toBe('cpu');
    expect(choice.attempts).toHaveLength(2);
    expect(choice.attempts[0]).toMatchObject({ name: 'webgl', ok: false });
    expect(choice.attempts[0].error).toEqual(expect.any(String));
    expect(choice.attempts[0].error!.length).toBeGreaterThan(0);
    expect(choice.attempts[1]).toEqual({ name: 'cpu', ok: true });
    expect(choice.reason).toMatch(/webgl failed/i);
    expect(choice.reason).toMatch(/^[A-Z]/);
  });

  it('gives a plain reason when the first choice starts', async () => {
    const choice = await chooseBackend(['cpu']);
    expect(choice.backend).toBe('cpu');
    expect(choice.attempts).toEqual([{ name: 'cpu', ok: true }]);
    expect(choice.reason).not.toMatch(/failed/);
  });

  it('throws when there is nothing to try', async () => {
    await expect(chooseBackend([])).rejects.toThrow(/No tfjs backend could start/);
  });

  it('throws naming every failure when no candidate starts', async () => {
    await expect(chooseBackend(['webgl'])).rejects.toThrow(/webgl/);
  });
});

describe('chooseBackendFor auto with a workload', () => {
  const work = { shape: { inputSize: 14, hidden1: 16, hidden2: 8 }, batchSize: 128 };
  const hardware = () => ({ available: true, software: false, renderer: 'ANGLE (NVIDIA GeForce RTX)' });
  const software = () => ({ available: true, software: true, renderer: 'SwiftShader' });

  afterEach(async () => {
    await tf.setBackend('cpu');
  });

  it('on a hardware GPU times each fast backend that starts and reports the timings', async () => {
    const timed: string[] = [];
    const measure = vi.fn(async () => {
      timed.push(tf.getBackend());
      return 0.75;
    });
    const choice = await chooseBackendFor('auto', undefined, work, { webgl: hardware, measure });
    // WebGL cannot start in Node, so WebAssembly is the only candidate timed.
    expect(timed).toEqual(['wasm']);
    expect(choice.backend).toBe('wasm');
    expect(tf.getBackend()).toBe('wasm');
    expect(choice.timings).toEqual([{ backend: 'wasm', msPerStep: 0.75 }]);
    expect(choice.attempts[0]).toMatchObject({ name: 'webgl', ok: false });
    expect(choice.reason).toMatch(
      /WebAssembly is the only fast backend that started here: wasm 0\.75 ms per step of 16·8 units at batch 128/,
    );
    expect(choice.reason).toMatch(/hardware-accelerated \(ANGLE \(NVIDIA/);
  });

  it('falls back to the usual order when the probe itself fails', async () => {
    const measure = vi.fn(async () => {
      throw new Error('out of memory');
    });
    const choice = await chooseBackendFor('auto', undefined, work, { webgl: hardware, measure });
    expect(choice.backend).toBe('wasm');
    expect(choice.timings).toBeUndefined();
    expect(choice.attempts).toContainEqual({ name: 'wasm', ok: false, error: 'its timed probe failed: out of memory' });
  });

  it('does not time anything on a software renderer or when a backend is chosen by hand', async () => {
    const measure = vi.fn(async () => 1);
    const auto = await chooseBackendFor('auto', undefined, work, { webgl: software, measure });
    expect(auto.backend).toBe('wasm');
    expect(auto.reason).toMatch(/software-rendered/);
    const byHand = await chooseBackendFor('cpu', undefined, work, { webgl: hardware, measure });
    expect(byHand.backend).toBe('cpu');
    expect(measure).not.toHaveBeenCalled();
  });
});
