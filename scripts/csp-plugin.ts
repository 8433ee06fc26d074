/**
 * Vite plugin: the app's Content-Security-Policy, in two places.
 * - As an HTTP header on every response of `vite preview` and `vite dev`, so it
 *   also covers the tfjs worker (a worker's CSP comes from its own script's
 *   response headers, never from the page's <meta>) and can forbid framing.
 * - As a <meta> tag in the built index.html, a fallback for a static host that
 *   sends no headers (it then covers the page only: see README, "Hosting").
 * Only the app's own origin may provide scripts, workers, styles, images and
 * data; 'wasm-unsafe-eval' lets the WASM backend compile its binaries.
 */
import type { Connect, Plugin } from 'vite';

const DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "style-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];

/** The policy as a <meta> tag can carry it (frame-ancestors is ignored there). */
export const CONTENT_SECURITY_POLICY = DIRECTIVES.join('; ');

/** The policy as an HTTP header: the same, plus no framing by other sites. */
export const HEADER_POLICY = [...DIRECTIVES, "frame-ancestors 'none'"].join('; ');

/**
 * The dev server's policy: Vite's hot reload and React Refresh inject inline scripts and <style>
 * tags, so dev alone allows inline ones; every origin rule (and so the worker's boundary) is the same.
 */
export const DEV_POLICY = HEADER_POLICY.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'").replace(
  "style-src 'self'",
  "style-src 'self' 'unsafe-inline'",
);

/** Every response's security headers; a static host must send the same (public/_headers, vercel.json). */
export function securityHeaders(policy: string): Record<string, string> {
  return { 'Content-Security-Policy': policy, 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' };
}

function sendHeaders(headers: Record<string, string>): Connect.NextHandleFunction {
  return (_req, res, next) => {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    next();
  };
}

export function cspPlugin(): Plugin {
  return {
    name: 'pipeline-lab-csp',
    configureServer(server) {
      server.middlewares.use(sendHeaders(securityHeaders(DEV_POLICY)));
    },
    configurePreviewServer(server) {
      server.middlewares.use(sendHeaders(securityHeaders(HEADER_POLICY)));
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        if (ctx.server) return [];
        return [
          {
            tag: 'meta',
            attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
            injectTo: 'head-prepend',
          },
        ];
      },
    },
  };
}
