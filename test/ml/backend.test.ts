import * as tf from '@tensorflow/tfjs';
import { chooseBackend } from '../../src/ml/backend';

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
