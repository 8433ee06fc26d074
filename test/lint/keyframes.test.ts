/**
 * Every CSS animation moves only what the compositor can move alone (transform, opacity). An animated
 * `left` (the flow strip's dots did this) makes the page lay out and repaint on every frame for as long
 * as it runs, which on a 2-core laptop without a GPU took the dot view's transitions down to 30 fps.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = fileURLToPath(new URL('../../src', import.meta.url));
const COMPOSITED = new Set(['transform', 'opacity']);

function cssFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? cssFiles(join(dir, e.name)) : e.name.endsWith('.css') ? [join(dir, e.name)] : [],
  );
}

/** Each @keyframes block's name and the properties its frames set. */
function keyframes(css: string): { name: string; properties: string[] }[] {
  const out: { name: string; properties: string[] }[] = [];
  const start = /@keyframes\s+([\w-]+)\s*\{/g;
  for (let m = start.exec(css); m; m = start.exec(css)) {
    let depth = 1;
    let i = start.lastIndex;
    for (; i < css.length && depth > 0; i++) {
      if (css[i] === '{') depth++;
      else if (css[i] === '}') depth--;
    }
    const body = css.slice(start.lastIndex, i);
    const properties = [...body.matchAll(/([a-z-]+)\s*:/g)].map((p) => p[1]);
    out.push({ name: m[1], properties });
  }
  return out;
}

describe('CSS animations', () => {
  const all = cssFiles(SRC).flatMap((f) =>
    keyframes(readFileSync(f, 'utf8')).map((k) => ({ ...k, file: f.slice(SRC.length + 1) })),
  );

  it('finds the app’s keyframes (the check reads the stylesheets it means to)', () => {
    // (The flow strip's 'flow' dots are gone: its connectors state what changed and hold still.)
    expect(all.map((k) => k.name)).toEqual(expect.arrayContaining(['join-in', 'line-plot-reveal', 'bar-plot-grow']));
  });

  it.each(all.map((k) => [`${k.file} @keyframes ${k.name}`, k.properties] as const))(
    '%s animates only transform and opacity',
    (_name, properties) => {
      expect(properties.length).toBeGreaterThan(0);
      expect(properties.filter((p) => !COMPOSITED.has(p))).toEqual([]);
    },
  );

  it('the check itself catches an animated left', () => {
    expect(keyframes('@keyframes x { from { left: 0; } to { left: 10px; opacity: 1 } }')[0].properties).toContain('left');
  });
});
