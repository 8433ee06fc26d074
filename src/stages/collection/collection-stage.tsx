/** Stage 1 — Data Collection: the generated rows, what the columns mean, their distributions. */
import { useCallback } from 'react';
import { HistogramChart } from '../../components/histogram-chart';
import { NumberKnob } from '../../components/knob';
import { PagedTable } from '../../components/paged-table';
import { StageCard } from '../../components/stage-card';
import { RAW_COLUMNS } from '../../pipeline/schema';
import { useLabStore } from '../../store/lab-store';
import { useView } from '../../store/use-view';
import { Regenerate } from '../shared/regenerate';
import { COLLECTION_TEXT } from './content';
import { fmtInt } from '../../pipeline/summary';

const PLOTTED = ['device', 'source', 'session_length_s', 'page_views', 'clicks', 'load_time_ms'] as const;

export function CollectionStage() {
  const view = useView();
  const snapshot = useLabStore((s) => s.snapshot);
  const version = useLabStore((s) => s.dataVersion);
  const fetchRows = useLabStore((s) => s.fetchRows);
  const fetchPage = useCallback((offset: number, limit: number) => fetchRows('raw', offset, limit), [fetchRows]);
  return (
    <div className="stage-body">
      <StageCard id="collection" />
      <p>{COLLECTION_TEXT.lead}</p>
      {view.shows('collection-knobs') && (
        <section aria-labelledby="collection-knobs" className="knob-panel">
          <h3 id="collection-knobs">Settings</h3>
          <div className="knob-row">
            <NumberKnob id="seed" slider={false} hint="Any whole number; the same seed gives the same data." />
            <NumberKnob id="rows" step={100} format={(v) => fmtInt(v)} />
          </div>
          <Regenerate />
        </section>
      )}
      {snapshot && (
        <>
          <section aria-labelledby="collection-rows">
            <h3 id="collection-rows">The collected rows</h3>
            <PagedTable caption="Collected sessions" total={snapshot.rawShape[0]} fetchPage={fetchPage} version={version} />
          </section>
          <section aria-labelledby="collection-columns">
            <h3 id="collection-columns">{COLLECTION_TEXT.columnsCaption}</h3>
            <div className="table-scroll" tabIndex={0}>
              <table className="data-table compact">
                <caption className="visually-hidden">{COLLECTION_TEXT.columnsCaption}</caption>
                <thead>
                  <tr>
                    <th scope="col">Column</th>
                    <th scope="col">Unit</th>
                    <th scope="col">Meaning</th>
                  </tr>
                </thead>
                <tbody>
                  {RAW_COLUMNS.map((c) => (
                    <tr key={c.name}>
                      <th scope="row">
                        <code>{c.name}</code>
                      </th>
                      <td>{'unit' in c ? c.unit : 'categories' in c ? c.categories.join(', ') : '—'}</td>
                      <td>{c.description}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
          <section aria-labelledby="collection-dists">
            <h3 id="collection-dists">Distributions</h3>
            <p className="muted">{COLLECTION_TEXT.why}</p>
            <div className="chart-grid">
              {PLOTTED.map((name) => {
                const h = snapshot.rawHistograms[name];
                return h ? <HistogramChart key={name} column={name} caption={name} histogram={h} height={160} /> : null;
              })}
            </div>
          </section>
        </>
      )}
    </div>
  );
}
