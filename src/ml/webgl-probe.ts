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

const KNOWN_SOFTWARE: readonly [RegExp, string][] = [
  [/swiftshader/i, 'SwiftShader'],
  [/llvmpipe/i, 'llvmpipe'],
  [/softpipe/i, 'softpipe'],
  [/basic render/i, 'Microsoft Basic Render Driver'],
];

/**
 * The renderer's name short enough for a sentence, without the nested parentheses ANGLE wraps it in:
 * "ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)" reads
 * "SwiftShader"; "ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)" reads
 * "NVIDIA GeForce RTX 3060". Anything else is cut at 40 characters.
 */
export function shortRenderer(renderer: string): string {
  for (const [re, name] of KNOWN_SOFTWARE) if (re.test(renderer)) return name;
  // ANGLE (vendor, device [(id)] [API and shader models], API): the device, without its id and API.
  const angle = /^ANGLE \((.*)\)$/.exec(renderer)?.[1].split(', ');
  const name = (angle && angle.length > 1 ? angle[1] : renderer)
    .replace(/\s*\(0x[0-9a-f]+\)/gi, '')
    .replace(/\s+(Direct3D|OpenGL)\S*.*$/i, '')
    .trim();
  return name.length > 40 ? `${name.slice(0, 39)}…` : name || 'unknown renderer';
}

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
