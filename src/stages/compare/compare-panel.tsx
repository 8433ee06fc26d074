/**
 * Compare mode's panel, above every step: the ready-made contrasts, what B
 * changes, Run/Stop, the one-sentence difference and A and B side by side
 * (stacked on a phone). Loaded on demand: only compare mode pays for it.
 */
import { describeDiff, differenceSentence, sideNumbers } from '../../pipeline/compare-summary';
import { contrastOf, CONTRASTS, isEmptyDiff, sameConfig } from '../../pipeline/contrasts';
import { useLabStore } from '../../store/lab-store';
import { CompareCharts } from './compare-charts';
import { CompareNumbers } from './compare-numbers';
import { COMPARE_TEXT } from './content';
import './compare.css';

/** Rows the run trained plus validated on: stage 3's output. */
const rowsOf = (stages: { outShape: [number, number] | null }[]): number => stages[2]?.outShape?.[0] ?? 0;

export default function ComparePanel() {
  const config = useLabStore((s) => s.config);
  const diff = useLabStore((s) => s.compareDiff);
  const compare = useLabStore((s) => s.compare);
  const chooseContrast = useLabStore((s) => s.chooseContrast);
  const runCompare = useLabStore((s) => s.runCompare);
  const stopCompare = useLabStore((s) => s.stopCompare);
  const current = contrastOf(config, diff);
  const running = compare.status === 'running';
  const { a, b } = compare;
  const done = compare.status === 'done' && a && b;
  const stale = done && (!sameConfig(config, compare.aConfig) || compare.diff !== diff);
  const numbersA = a ? sideNumbers(a, 'float32') : null;
  const numbersB = b ? sideNumbers(b, compare.diff.package) : null;
  const status = running
    ? compare.running === 'a'
      ? COMPARE_TEXT.runningA
      : COMPARE_TEXT.runningB
    : compare.status === 'stopped'
      ? COMPARE_TEXT.stopped
      : compare.status === 'error'
        ? `${COMPARE_TEXT.failed} ${compare.error ?? ''}`
        : compare.status === 'idle'
          ? COMPARE_TEXT.idle
          : '';
  return (
    <section className="compare-panel" aria-labelledby="compare-heading">
      <h2 id="compare-heading">{COMPARE_TEXT.heading}</h2>
      <p>{COMPARE_TEXT.lead}</p>
      <div role="group" aria-label={COMPARE_TEXT.contrastsLabel} className="compare-contrasts">
        {CONTRASTS.map((c) => (
          <button
            key={c.id}
            type="button"
            className={current?.id === c.id ? undefined : 'secondary'}
            aria-pressed={current?.id === c.id}
            onClick={() => void chooseContrast(c.id)}
          >
            {c.label}
          </button>
        ))}
      </div>
      <p>
        <strong>{COMPARE_TEXT.changes}</strong> {isEmptyDiff(diff) ? COMPARE_TEXT.noChanges : describeDiff(config, diff)}
      </p>
      <div className="compare-actions">
        <button type="button" onClick={() => void runCompare()} disabled={running}>
          {COMPARE_TEXT.run}
        </button>
        <button type="button" className="secondary" onClick={stopCompare} disabled={!running}>
          {COMPARE_TEXT.stop}
        </button>
        <p role="status" className="muted">
          {status}
        </p>
      </div>
      {stale && <p role="note">{COMPARE_TEXT.stale}</p>}
      {done && numbersA && numbersB && (
        <>
          <p className="compare-sentence" aria-live="polite">
            {differenceSentence(numbersA, numbersB, compare.diff)}
          </p>
          <div className="compare-sides">
            <div className="compare-side side-a">
              <h3>{COMPARE_TEXT.sideA}</h3>
              <p>Your settings (seed {compare.aConfig?.seed}).</p>
            </div>
            <div className="compare-side side-b">
              <h3>{COMPARE_TEXT.sideB}</h3>
              <p>{compare.aConfig ? describeDiff(compare.aConfig, compare.diff) : ''}</p>
            </div>
          </div>
          <CompareCharts a={a} b={b} />
          <CompareNumbers a={numbersA} b={numbersB} rowsA={rowsOf(a.stages)} rowsB={rowsOf(b.stages)} />
        </>
      )}
    </section>
  );
}
