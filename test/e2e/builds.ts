/**
 * The builds the browser tests compare. The suite's own server serves the e2e
 * build (dist-e2e/, made by playwright.config.ts's webServer). Tests that need
 * the production build — to check it has no test hooks, or as "the next
 * version" of the app — build it once per test process into a cache folder.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
export const E2E_BUILD = resolve(ROOT, 'dist-e2e');
const PRODUCTION_BUILD = resolve(ROOT, 'node_modules/.cache/pipeline-lab-e2e/production');

let built = false;

/** Builds the app as shipped (`vite build`, no mode) once, and returns its folder. */
export function productionBuild(): string {
  if (!built) {
    execFileSync('npx', ['vite', 'build', '--outDir', PRODUCTION_BUILD, '--emptyOutDir', '--logLevel', 'error'], {
      cwd: ROOT,
      stdio: 'inherit',
    });
    built = true;
  }
  return PRODUCTION_BUILD;
}

/** A build's service-worker precache list, read from its sw.js. */
export function precacheOf(dir: string): string[] {
  const sw = readFileSync(resolve(dir, 'sw.js'), 'utf8');
  const list = /const PRECACHE = (\[.*?\]);/s.exec(sw);
  if (!list) throw new Error(`no PRECACHE in ${dir}/sw.js`);
  return JSON.parse(list[1]) as string[];
}
