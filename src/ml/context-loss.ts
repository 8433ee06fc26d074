/**
 * WebGL context loss. tfjs raises no event when the GPU context is lost, and
 * afterwards reading a tensor may never resolve, so the engine listens on the
 * WebGL backend's own canvas and falls back to another backend itself.
 */
import * as tf from '@tensorflow/tfjs';

/** The WebGL backend's rendering context, when WebGL is the active backend. */
function webglContext(): WebGLRenderingContext | null {
  if (tf.getBackend() !== 'webgl') return null;
  // The webgl backend keeps its context at backend.gpgpu.gl (tfjs-backend-webgl's MathBackendWebGL).
  const backend = tf.backend() as unknown as { gpgpu?: { gl?: WebGLRenderingContext } };
  return backend.gpgpu?.gl ?? null;
}

/** Calls `onLost` once if the active WebGL context is lost; returns the unsubscribe function. */
export function watchContextLoss(onLost: () => void): () => void {
  const canvas = webglContext()?.canvas as EventTarget | undefined;
  if (!canvas || typeof canvas.addEventListener !== 'function') return () => {};
  const handler = (e: Event) => {
    e.preventDefault();
    onLost();
  };
  canvas.addEventListener('webglcontextlost', handler, { once: true });
  return () => canvas.removeEventListener('webglcontextlost', handler);
}

/** Test hook: loses the active WebGL context on purpose (WEBGL_lose_context). False when not on WebGL. */
export function loseWebglContext(): boolean {
  const ext = webglContext()?.getExtension('WEBGL_lose_context');
  if (!ext) return false;
  ext.loseContext();
  return true;
}

/** Resolves like `promise`, but rejects as soon as `signal` aborts (a bounded wait on a lost GPU). */
export function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined, error: () => Error): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(error());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(error());
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}
