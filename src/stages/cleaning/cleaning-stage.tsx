/** Stage 2 — Data Cleaning: before/after counts, the rules, and every dropped row with its reason. */
import { AnimatedNumber } from '../../components/animated-number';
import { DataTable } from '../../components/data-table';
import { StageCard } from '../../components/stage-card';
import { REASON_TEXT } from '../../pipeline/clean';
import { SKIP_TREATMENT } from '../../pipeline/skip-cleaning';
import { FAULT_KINDS } from '../../pipeline/faults';
import { useLabStore } from '../../store/lab-store';
import { usePlacedAbove } from '../../store/use-view';
import { CleaningKnobs } from './cleaning-knobs';
import { CLEANING_TEXT, RULES } from './content';
import { DroppedRows } from './dropped-rows';

export function CleaningStage() {
  const snapshot = useLabStore((s) => s.snapshot);
  const placedAbove = usePlacedAbove('cleaning-knobs');
  return (
    <div className="stage-body">
      <StageCard id="cleaning" />
      <p>{CLEANING_TEXT.lead}</p>
      {!placedAbove && <CleaningKnobs />}
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
            <DataTable
              caption={CLEANING_TEXT.rulesCaption}
              hideCaption
              className="compact"
              columns={['Problem', 'Rule', snapshot.cleaning.skipped ? 'Faulty rows kept' : 'Rows dropped']}
              rows={FAULT_KINDS.map((k) => ({
                key: k,
                header: REASON_TEXT[k],
                cells: [
                  RULES[k],
                  (snapshot.cleaning.skipped ? snapshot.cleaning.keptFaulty : snapshot.cleaning.counts)[k].toLocaleString(
                    'en-US',
                  ),
                ],
              }))}
            />
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
