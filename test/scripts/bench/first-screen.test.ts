import { firstScreenScripts } from '../../../scripts/bench/first-screen';

describe('firstScreenScripts', () => {
  it('lists the entry script and the modulepreloads, once each, in document order', () => {
    const html = `<!doctype html><head>
      <script type="module" crossorigin src="/assets/index-a.js"></script>
      <link rel="modulepreload" crossorigin href="/assets/vendor-b.js">
      <link rel="stylesheet" href="/assets/index-c.css">
      <link rel="preload" as="fetch" href="/assets/tfjs.wasm">
      <link rel=modulepreload href="/assets/ignored-unquoted.js">
      <script src='/assets/index-a.js'></script>
      <script>inline()</script></head>`;
    expect(firstScreenScripts(html)).toEqual(['/assets/index-a.js', '/assets/vendor-b.js']);
  });

  it('finds nothing in a page without scripts', () => {
    expect(firstScreenScripts('<p>no scripts</p>')).toEqual([]);
  });
});
