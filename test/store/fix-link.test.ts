import { DEFAULT_CONFIG } from '../../src/pipeline/config';
import { FIX_SCENARIO_IDS } from '../../src/pipeline/fix-plants';
import { createLabStore } from '../../src/store/lab-store';
import { formatHash, parseHash } from '../../src/store/url-hash';
import { forwardEngine } from '../../src/worker/protocol';

describe('bug= in the link (Fix-it’s scenario)', () => {
  it('round-trips every scenario in fix mode and leaves it out of other modes', () => {
    for (const id of FIX_SCENARIO_IDS) {
      const back = parseHash(formatHash(DEFAULT_CONFIG, 0, { mode: 'fix', hidden: [] }, undefined, id));
      expect(back.bug).toBe(id);
      expect(back.mode).toBe('fix');
      expect(back.notices).toEqual([]);
    }
    expect(formatHash(DEFAULT_CONFIG, 0, { mode: 'explore', hidden: [] }, undefined, 'skew')).not.toContain('bug=');
  });

  it('refuses an unknown scenario with a notice that does not echo long text', () => {
    const h = parseHash(`#mode=fix&bug=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
    expect(h.bug).toBeNull();
    expect(h.notices).toEqual([
      'The link’s bug= value (28 characters, not shown) is not a Fix-it scenario (leakage, skew, missing-zero, duplicates, silent-drift, latency); pick one in the list.',
    ]);
  });

  it('opening a fix link runs that scenario with the link’s seed', () => {
    const calls: unknown[][] = [];
    const engine = forwardEngine((name, args) => {
      if (name === 'fixRun') calls.push(args);
      return new Promise(() => {});
    });
    const store = createLabStore(engine);
    store.getState().applyLink(parseHash('#v=1&seed=7&mode=fix&bug=leakage'));
    expect(calls).toEqual([['leakage', false, 7]]);
    expect(store.getState().fix).toMatchObject({ scenario: 'leakage', status: 'loading' });
  });
});
