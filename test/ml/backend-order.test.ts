import { backendOrderFor } from '../../src/ml/backend';

const hardware = { available: true, software: false, renderer: 'ANGLE (NVIDIA GeForce)' };
const software = { available: true, software: true, renderer: 'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device))' };
const none = { available: false, software: false, renderer: 'none' };

describe('backend order for a preference', () => {
  it('auto puts WebGL first only on a hardware-accelerated GPU', () => {
    expect(backendOrderFor('auto', hardware).order).toEqual(['webgl', 'wasm', 'cpu']);
    expect(backendOrderFor('auto', software).order).toEqual(['wasm', 'cpu', 'webgl']);
    expect(backendOrderFor('auto', software).note).toMatch(/software-rendered .*SwiftShader/);
    expect(backendOrderFor('auto', none).order).toEqual(['wasm', 'cpu']);
  });

  it('an explicit choice is tried first, with the others as fallbacks', () => {
    expect(backendOrderFor('webgl', software).order).toEqual(['webgl', 'wasm', 'cpu']);
    expect(backendOrderFor('cpu', hardware).order).toEqual(['cpu', 'webgl', 'wasm']);
    expect(backendOrderFor('wasm', none).note).toBe('wasm was chosen by hand');
  });
});
