/**
 * Vite plugin: emits `sw.js`, a service worker that precaches every file of
 * the build, so the app keeps working offline after its first load. The cache
 * name changes with the build's file list (and the worker's own code); a version
 * is cached only once all its files downloaded, then older ones are deleted.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

export function offlinePlugin(): Plugin {
  return {
    name: 'pipeline-lab-offline',
    apply: 'build',
    generateBundle(_options, bundle) {
      const files = Object.keys(bundle).filter((f) => !f.endsWith('.map'));
      const precache = ['./', ...files.filter((f) => f !== 'sw.js').map((f) => `./${f}`), './favicon.svg'];
      const template = readFileSync(new URL('./sw-template.js', import.meta.url), 'utf8');
      // A new file list or a new worker is a new version (a new cache); the same build is the same version.
      const version = createHash('sha256').update(precache.join('\n')).update(template).digest('hex').slice(0, 12);
      const source = template
        .replace('__PRECACHE__', JSON.stringify(precache))
        .replace('__CACHE__', JSON.stringify(`pipeline-lab-${version}`));
      this.emitFile({ type: 'asset', fileName: 'sw.js', source });
    },
  };
}
