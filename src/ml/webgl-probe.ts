/**
 * Is there a hardware-accelerated WebGL here? Creates a throw-away WebGL2
 * context (OffscreenCanvas in a worker, a canvas on a page) and reads the
 * renderer's name: SwiftShader, llvmpipe and friends mean the "GPU" is really
 * the CPU, where WebGL is many times slower than WebAssembly for this model.
 */
export interface WebglProbe {
  readonly available: boolean;
  readonly software: boolean;
  readonly renderer: string;
}

const SOFTWARE = /swiftshader|llvmpipe|softpipe|software|basic render|mesa offscreen/i;

function makeCanvas(): OffscreenCanvas | HTMLCanvasElement | null {
  if (typeof OffscreenCanvas !== 'undefined') return new OffscreenCanvas(1, 1);
  if (typeof document !== 'undefined') return document.createElement('canvas');
  return null;
}

export function probeWebgl(): WebglProbe {
  try {
    const canvas = makeCanvas();
    const gl = canvas?.getContext('webgl2') as WebGL2RenderingContext | null | undefined;
    if (!gl) return { available: false, software: false, renderer: 'none' };
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return { available: true, software: SOFTWARE.test(renderer), renderer };
  } catch {
    return { available: false, software: false, renderer: 'none' };
  }
}
