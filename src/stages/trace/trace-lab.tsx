/** The trace itself: pick and edit a row, then step through the layers of its live trace. */
import { useMemo, type ReactNode } from 'react';
import { useReducedMotion } from '../../components/use-reduced-motion';
import type { DataSnapshot } from '../../pipeline/snapshot';
import { useLabStore } from '../../store/lab-store';
import { useView } from '../../store/use-view';
import { announceLayer } from './announce';
import { EDIT_HEADING, EDITED_NOTE, ROW_HEADING } from './content';
import { FeatureEditors } from './feature-editors';
import { decisionText } from './format';
import { RowPicker } from './row-picker';
import { TraceLayers } from './trace-layers';
import { useLayerPlayer } from './use-layer-player';
import { useLiveTrace } from './use-live-trace';
import { useTraceRow } from './use-trace-row';

/** The card's five layers: Input → Hidden 1 → Hidden 2 → Output → Threshold decision. */
export const LAYER_COUNT = 5;

/** `compact`: the row and the layers only (a slide's one visual); the feature editors stay on the full step. */
export function TraceLab({
  snapshot,
  threshold,
  compact = false,
}: {
  snapshot: DataSnapshot;
  threshold: number;
  compact?: boolean;
}) {
  const validationRow = useLabStore((s) => s.fetchValidationRow);
  const trace_ = useLabStore((s) => s.traceRow);
  const engine = useMemo(() => ({ validationRow, trace: trace_ }), [validationRow, trace_]);
  const reduced = useReducedMotion();
  const rows = useTraceRow(engine, snapshot.featureNames, snapshot.validationRows);
  const { row } = rows;
  const { trace, error } = useLiveTrace(engine, row?.values ?? null, threshold);
  const player = useLayerPlayer(
    LAYER_COUNT,
    undefined,
    useLabStore((s) => s.playSignal),
  );
  // A focused (guided) step keeps the feature editors behind a disclosure: the trace is the picture.
  const focused = useView().entry.layout === 'focused';
  return (
    <div className={`trace-lab${reduced ? ' reduced-motion' : ''}`}>
      <section className="trace-row" aria-labelledby="trace-row-heading">
        <h3 id="trace-row-heading">{ROW_HEADING}</h3>
        <RowPicker count={snapshot.validationRows} index={rows.requested} onPick={rows.pick} onRandom={rows.pickRandom} />
        {rows.error && (
          <p className="trace-error" role="alert">
            Could not load the row: {rows.error}
          </p>
        )}
        {row && (
          <p className="row-status">
            Showing validation row {row.index}. Its true label: <strong>{decisionText(row.label)}</strong>.
          </p>
        )}
      </section>
      {row && !compact && (
        <TraceEdit folded={focused}>
          {row.edited && (
            <div className="edited-note">
              <p>{EDITED_NOTE(row.index, decisionText(row.label))}</p>
              <button type="button" onClick={rows.undoEdits}>
                Undo my edits
              </button>
            </div>
          )}
          <FeatureEditors ranges={snapshot.ranges} values={row.values} clamped={rows.clamped} onEdit={rows.edit} />
        </TraceEdit>
      )}
      {error && (
        <p className="trace-error" role="alert">
          Could not trace this row: {error}
        </p>
      )}
      <TraceLayers trace={trace} row={row} player={player} count={LAYER_COUNT} inputNames={snapshot.inputNames} />
      <p className="visually-hidden" role="status">
        {trace && row ? announceLayer(trace, player.layer, row.label) : ''}
      </p>
    </div>
  );
}

function TraceEdit({ folded, children }: { folded: boolean; children: ReactNode }) {
  if (folded) {
    return (
      <details className="trace-edit more-about">
        <summary>{EDIT_HEADING}</summary>
        {children}
      </details>
    );
  }
  return (
    <section className="trace-edit" aria-labelledby="trace-edit-heading">
      <h3 id="trace-edit-heading">{EDIT_HEADING}</h3>
      {children}
    </section>
  );
}
