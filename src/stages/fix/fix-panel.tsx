/**
 * Fix-it mode's panel, above every step: pick a scenario, read the symptom
 * (numbers from the run with the planted bug), find the stage and the cause,
 * apply the fix (a real rerun) and read the debrief. Loaded on demand.
 */
import { STEPS } from '../../content/steps';
import { FIX_SCENARIO_IDS, isFixScenario } from '../../pipeline/fix-plants';
import { fmtInt, fmtPct } from '../../pipeline/summary';
import { useLabStore } from '../../store/lab-store';
import { FIX_TEXT, SCENARIOS, type MetricText } from './content';
import { FixQuestion } from './fix-questions';
import './fix.css';

const fmt = (m: MetricText, v: number | undefined): string => (v === undefined ? '—' : m.kind === 'rate' ? fmtPct(v) : fmtInt(v));

/** Hints available for this scenario: three at first, one fewer per scenario already solved (at least one). */
const hintBudget = (solvedOthers: number): number => Math.max(1, 3 - solvedOthers);

export default function FixPanel() {
  const fix = useLabStore((s) => s.fix);
  const solved = useLabStore((s) => s.fixSolved);
  const open = useLabStore((s) => s.openFixScenario);
  const answer = useLabStore((s) => s.fixAnswer);
  const applyFix = useLabStore((s) => s.applyFix);
  const goTo = useLabStore((s) => s.goTo);
  const text = fix.scenario ? SCENARIOS[fix.scenario] : null;
  const wrong = fix.stageTries + fix.causeTries;
  const hints = text ? text.hints.slice(0, Math.min(wrong, hintBudget(solved.filter((s) => s !== fix.scenario).length))) : [];
  const stageIndex = text ? STEPS.findIndex((s) => s.id === text.stage) : -1;
  const seconds = fix.startedAt !== null && fix.solvedAt !== null ? Math.round((fix.solvedAt - fix.startedAt) / 1000) : null;
  return (
    <section className="fix-panel" aria-labelledby="fix-heading">
      <h2 id="fix-heading">{FIX_TEXT.heading}</h2>
      <p>{FIX_TEXT.lead}</p>
      <label className="knob">
        {FIX_TEXT.pick}{' '}
        <select
          value={fix.scenario ?? ''}
          onChange={(e) => isFixScenario(e.target.value) && void open(e.target.value)}
          disabled={fix.status === 'loading' || fix.status === 'fixing'}
        >
          <option value="" disabled>
            Choose a scenario…
          </option>
          {FIX_SCENARIO_IDS.map((id) => (
            <option key={id} value={id}>
              {SCENARIOS[id].title}
            </option>
          ))}
        </select>
      </label>
      <p role="status" className="muted">
        {fix.status === 'loading' ? FIX_TEXT.loading : fix.status === 'fixing' ? FIX_TEXT.fixing : ''}
        {fix.status === 'error' ? `The run failed: ${fix.error ?? ''}` : ''}
      </p>
      {text && fix.bug && (
        <>
          <h3>{FIX_TEXT.symptom}</h3>
          <blockquote className="fix-complaint">{text.complaint}</blockquote>
          <table className="data-table compact">
            <caption className="visually-hidden">{FIX_TEXT.symptom}</caption>
            <thead>
              <tr>
                <th scope="col">Number</th>
                <th scope="col">{FIX_TEXT.before}</th>
                {fix.fixed && <th scope="col">{FIX_TEXT.after}</th>}
              </tr>
            </thead>
            <tbody>
              {Object.entries(text.metrics).map(([id, m]) => (
                <tr key={id}>
                  <th scope="row">{m.label}</th>
                  <td>{fmt(m, fix.bug?.metrics[id])}</td>
                  {fix.fixed && <td>{fmt(m, fix.fixed.metrics[id])}</td>}
                </tr>
              ))}
            </tbody>
          </table>
          <FixQuestion
            key={`${fix.scenario}-stage`}
            legend={FIX_TEXT.stageQuestion}
            options={STEPS.slice(0, 7).map((s, i) => ({ value: s.id, label: `${i + 1} ${s.title}` }))}
            answer={text.stage}
            found={fix.stageFound}
            onAnswer={(c) => answer('stage', c)}
          />
          {fix.stageFound && (
            <FixQuestion
              key={`${fix.scenario}-cause`}
              legend={FIX_TEXT.causeQuestion}
              options={text.causes.map((c, i) => ({ value: String(i), label: c }))}
              answer={String(text.cause)}
              found={fix.causeFound}
              onAnswer={(c) => answer('cause', c)}
            />
          )}
          {hints.length > 0 && fix.status !== 'solved' && (
            <section aria-label={FIX_TEXT.hints} className="fix-hints">
              <h3>{FIX_TEXT.hints}</h3>
              <ol>
                {hints.map((h) => (
                  <li key={h}>{h}</li>
                ))}
              </ol>
            </section>
          )}
          {fix.stageFound && fix.causeFound && fix.status !== 'solved' && (
            <p>
              <button type="button" onClick={() => void applyFix()} disabled={fix.status === 'fixing'}>
                {FIX_TEXT.apply}
              </button>{' '}
              <span className="muted">{text.fixLabel}</span>
            </p>
          )}
          {fix.status === 'solved' && fix.fixed && (
            <section aria-labelledby="fix-debrief" className="fix-debrief">
              <p className="fix-verdict">
                {fix.fixed.symptom ? FIX_TEXT.still : FIX_TEXT.gone}{' '}
                {Object.entries(text.metrics)
                  .map(
                    ([id, m]) => `${m.label.toLowerCase()} ${fmt(m, fix.bug?.metrics[id])} → ${fmt(m, fix.fixed?.metrics[id])}`,
                  )
                  .join('; ')}
                .
              </p>
              <h3 id="fix-debrief">{FIX_TEXT.debrief}</h3>
              <p>{text.debrief}</p>
              <h4>{FIX_TEXT.readiness}</h4>
              <p>{text.readiness}</p>
              <p>
                Solved with {wrong} wrong answer{wrong === 1 ? '' : 's'}
                {seconds !== null ? ` in ${seconds} s` : ''}.
              </p>
              <button type="button" className="secondary" onClick={() => goTo(stageIndex)}>
                {FIX_TEXT.openStage}: {stageIndex + 1} {STEPS[stageIndex]?.title}
              </button>
            </section>
          )}
        </>
      )}
    </section>
  );
}
