import { DEFAULT_CONFIG } from '../../src/pipeline/config';
import { CONTRASTS, NO_DIFF, applyContrast, contrastOf } from '../../src/pipeline/contrasts';
import { formatHash, parseHash } from '../../src/store/url-hash';

describe('vs= in the link (compare mode’s run B)', () => {
  it('reads B’s differences with the link’s own keys and range checks', () => {
    const h = parseHash('#v=1&mode=compare&vs=epochs:40,clean:skip,eng:0,fault:0.3,scenario:none,package:uint8');
    expect(h.notices).toEqual([]);
    expect(h.vs).toEqual({
      knobs: { epochs: 40, cleaning: 'skip', useEngineered: false, faultRate: 0.3, scenario: 'none' },
      package: 'uint8',
    });
  });

  it('clamps an out-of-range value with a notice, as the rest of the link does', () => {
    const h = parseHash('#mode=compare&vs=epochs:5000');
    expect(h.vs.knobs).toEqual({ epochs: 200 });
    expect(h.notices.join(' ')).toMatch(/«5000» for epochs is outside 1–200; using 200/);
  });

  it('ignores hostile or unknown items with a clear notice and never quotes long text', () => {
    const h = parseHash(
      `#mode=compare&vs=${encodeURIComponent('backend:webgl,epochs:0x10,clean:maybe,<script>alert(1)</script>:1,package:int4')}`,
    );
    expect(h.vs).toEqual(NO_DIFF);
    const text = h.notices.join('\n');
    expect(text).toMatch(/key «backend» is not a setting run B can change/);
    expect(text).toMatch(/«0x10» for epochs is not a decimal number/);
    expect(text).toMatch(/«maybe» for clean is not one of drop, skip/);
    expect(text).toMatch(/package value «int4» is not one of float32, uint8/);
    expect(text).not.toContain('<script>');
  });

  it('refuses a list longer than there are settings to change', () => {
    const h = parseHash(`#mode=compare&vs=${Array.from({ length: 40 }, () => 'epochs:2').join(',')}`);
    expect(h.vs).toEqual(NO_DIFF);
    expect(h.notices.join(' ')).toMatch(/lists 40 changes/);
  });

  it('round-trips every ready-made contrast, and writes vs= only in compare mode', () => {
    for (const c of CONTRASTS) {
      const { a, diff } = applyContrast({ ...DEFAULT_CONFIG }, c);
      const back = parseHash(formatHash(a, 0, { mode: 'compare', hidden: [] }, diff));
      expect(back.notices).toEqual([]);
      expect(back.config).toEqual(a);
      expect(back.vs).toEqual(diff);
      expect(contrastOf(back.config, back.vs)?.id).toBe(c.id);
    }
    const diff = CONTRASTS[0].diff;
    expect(formatHash(DEFAULT_CONFIG, 0, { mode: 'explore', hidden: [] }, diff)).not.toContain('vs=');
    expect(formatHash(DEFAULT_CONFIG, 0, { mode: 'compare', hidden: [] }, diff)).toContain('vs=clean%3Askip');
  });
});
