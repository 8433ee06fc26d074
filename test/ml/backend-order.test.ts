import { backendOrderFor } from '../../src/ml/backend';
import { shortRenderer } from '../../src/ml/webgl-probe';

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

describe('shortRenderer', () => {
  it('names the renderer without ANGLE’s nested parentheses', () => {
    expect(shortRenderer('ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)')).toBe(
      'SwiftShader',
    );
    expect(shortRenderer('ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)')).toBe(
      'NVIDIA GeForce RTX 3060',
    );
    expect(shortRenderer('ANGLE (Apple, ANGLE Metal Renderer: Apple M1, Unspecified Version)')).toBe(
      'ANGLE Metal Renderer: Apple M1',
    );
    expect(shortRenderer('ANGLE (Intel, Intel(R) UHD Graphics 620 (0x00005917) Direct3D11 vs_5_0 ps_5_0, D3D11)')).toBe(
      'Intel(R) UHD Graphics 620',
    );
    expect(shortRenderer('llvmpipe (LLVM 15.0.6, 256 bits)')).toBe('llvmpipe');
    expect(shortRenderer('x'.repeat(60))).toHaveLength(40);
    expect(shortRenderer('')).toBe('unknown renderer');
  });

  it('the backend note is one balanced sentence', () => {
    const note = backendOrderFor('auto', {
      available: true,
      software: true,
      renderer: 'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
    }).note;
    expect(note).toBe('WebGL here is software-rendered (SwiftShader), slower than WebAssembly for a model this small');
  });
});
