/** Stage 1 — Data Collection: the generated rows, what the columns mean, their distributions. */
import { useCallback } from 'react';
import { DataTable } from '../../components/data-table';
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
            <DataTable
              caption={COLLECTION_TEXT.columnsCaption}
              hideCaption
              className="compact"
              columns={['Column', 'Unit', 'Meaning']}
              rows={RAW_COLUMNS.map((c) => ({
                key: c.name,
                header: <code>{c.name}</code>,
                cells: ['unit' in c ? c.unit : 'categories' in c ? c.categories.join(', ') : '—', c.description],
              }))}
            />
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
