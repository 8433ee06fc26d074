/**
 * The first screen's JavaScript: the entry script of the built index.html and
 * the modules it preloads, each gzipped at level 9. The worker, the WASM
 * binaries and lazily imported chunks are not part of it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FirstScreenFile {
  readonly file: string;
  readonly bytes: number;
  readonly gzipBytes: number;
}

export interface FirstScreen {
  readonly files: FirstScreenFile[];
  readonly bytes: number;
  readonly gzipBytes: number;
}

/** Script and modulepreload URLs of an HTML page, in document order. */
export function firstScreenScripts(html: string): string[] {
  const urls: string[] = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const attr = (name: string): string | undefined => new RegExp(`\\b${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(tag)?.[1];
    if (/^<script/i.test(tag) && attr('src')) urls.push(attr('src') as string);
    else if (/^<link/i.test(tag) && attr('rel')?.toLowerCase() === 'modulepreload' && attr('href'))
      urls.push(attr('href') as string);
  }
  return [...new Set(urls)];
}

export function measureFirstScreen(outDir: string): FirstScreen {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const files = firstScreenScripts(html).map((url) => {
    const path = url.replace(/^\.?\//, '').split(/[?#]/)[0];
    const source = readFileSync(join(outDir, path));
    return { file: path, bytes: source.length, gzipBytes: gzipSync(source, { level: 9 }).length };
  });
  if (files.length === 0) throw new Error(`No entry script found in ${join(outDir, 'index.html')}`);
  return {
    files,
    bytes: files.reduce((s, f) => s + f.bytes, 0),
    gzipBytes: files.reduce((s, f) => s + f.gzipBytes, 0),
  };
}
