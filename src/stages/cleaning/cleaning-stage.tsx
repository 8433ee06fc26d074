/** Stage 2 — Data Cleaning: before/after counts, the rules, and every dropped row with its reason. */
import { AnimatedNumber } from '../../components/animated-number';
import { ChoiceKnob, NumberKnob } from '../../components/knob';
import { StageCard } from '../../components/stage-card';
import { REASON_TEXT } from '../../pipeline/clean';
import { SKIP_TREATMENT } from '../../pipeline/skip-cleaning';
import { FAULT_KINDS } from '../../pipeline/faults';
import { useLabStore } from '../../store/lab-store';
import { useView } from '../../store/use-view';
import { Regenerate } from '../shared/regenerate';
import { CLEANING_TEXT, RULES } from './content';
import { DroppedRows } from './dropped-rows';
import { fmtPct } from '../../pipeline/summary';

export function CleaningStage() {
  const snapshot = useLabStore((s) => s.snapshot);
  const view = useView();
  return (
    <div className="stage-body">
      <StageCard id="cleaning" />
      <p>{CLEANING_TEXT.lead}</p>
      {view.shows('cleaning-knobs') && (
        <section aria-labelledby="cleaning-knobs" className="knob-panel">
          <h3 id="cleaning-knobs">Settings</h3>
          <NumberKnob
            id="faultRate"
            step={0.005}
            format={fmtPct}
            hint="The share of collected rows the generator breaks (0–50 %)."
          />
          <ChoiceKnob id="cleaning" labels={CLEANING_TEXT.choices} hint={CLEANING_TEXT.choiceHint} />
          <Regenerate />
        </section>
      )}
      {snapshot?.cleaning.skipped && <p role="note">{SKIP_TREATMENT}</p>}
      {snapshot && (
        <>
          <section aria-labelledby="cleaning-counts">
            <h3 id="cleaning-counts">Before and after</h3>
            <dl className="big-numbers">
              <div>
                <dt>Rows collected</dt>
                <dd>
                  <AnimatedNumber value={snapshot.rawShape[0]} />
                </dd>
              </div>
              <div>
                <dt>Rows dropped</dt>
                <dd>
                  <AnimatedNumber value={snapshot.cleaning.droppedTotal} />
                </dd>
              </div>
              <div>
                <dt>Rows kept</dt>
                <dd>
                  <AnimatedNumber value={snapshot.cleanShape[0]} />
                </dd>
              </div>
            </dl>
          </section>
          <section aria-labelledby="cleaning-rules">
            <h3 id="cleaning-rules">{CLEANING_TEXT.rulesCaption}</h3>
            <div className="table-scroll" tabIndex={0}>
              <table className="data-table compact">
                <caption className="visually-hidden">{CLEANING_TEXT.rulesCaption}</caption>
                <thead>
                  <tr>
                    <th scope="col">Problem</th>
                    <th scope="col">Rule</th>
                    <th scope="col">{snapshot.cleaning.skipped ? 'Faulty rows kept' : 'Rows dropped'}</th>
                  </tr>
                </thead>
                <tbody>
                  {FAULT_KINDS.map((k) => (
                    <tr key={k}>
                      <th scope="row">{REASON_TEXT[k]}</th>
                      <td>{RULES[k]}</td>
                      <td>
                        {(snapshot.cleaning.skipped ? snapshot.cleaning.keptFaulty : snapshot.cleaning.counts)[k].toLocaleString(
                          'en-US',
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
          <section aria-labelledby="cleaning-dropped">
            <h3 id="cleaning-dropped">Every dropped row, and why</h3>
            <DroppedRows rows={snapshot.cleaning.dropped} total={snapshot.cleaning.droppedTotal} />
          </section>
        </>
      )}
    </div>
  );
}
