/**
 * A tiny static file server for the browser tests that need to change what the
 * server holds mid-test: switch to another build (a new version), answer 503 for
 * one file, or serve a cross-origin target. Node's http only.
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer, type OutgoingHttpHeaders } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.map': 'application/json',
};

export interface StaticServer {
  readonly origin: string;
  /** Serve files from `dir` from now on (a new deployment), with no failing paths. */
  setRoot(dir: string): void;
  /** Answer this path (e.g. "/assets/x.wasm") with 503 Service Unavailable. */
  fail(path: string): void;
  close(): Promise<void>;
}

export async function startStaticServer(port: number, root: string, headers: OutgoingHttpHeaders = {}): Promise<StaticServer> {
  let dir = root;
  const failing = new Set<string>();
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(dir, path.endsWith('/') ? `${path}index.html` : path));
    if (failing.has(path)) {
      res.writeHead(503, { 'Content-Type': 'text/plain', ...headers }).end('Service Unavailable');
      return;
    }
    let found = false;
    try {
      found = file.startsWith(normalize(dir)) && statSync(file).isFile();
    } catch {
      found = false;
    }
    if (!found) {
      res.writeHead(404, { 'Content-Type': 'text/plain', ...headers }).end('404 Not Found');
      return;
    }
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
      ...headers,
    });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${port}`,
    setRoot: (d) => {
      dir = d;
      failing.clear();
    },
    fail: (p) => void failing.add(p),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
