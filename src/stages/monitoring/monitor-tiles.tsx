/** The dashboard's headline numbers and the alert banner (a polite live region). */
import { batchesSoFar, type LogEntry, type TickPoint } from '../../pipeline/monitor-log';
import type { AlertRule } from '../../pipeline/monitoring';
import { fmtInt, fmtPct } from '../../pipeline/summary';

export interface MonitorTilesProps {
  readonly points: readonly TickPoint[];
  readonly rows: number;
  readonly faulty: number;
  readonly serving: string;
  readonly firing: readonly AlertRule[];
  readonly log: readonly LogEntry[];
}

export function MonitorTiles({ points, rows, faulty, serving, firing, log }: MonitorTilesProps) {
  const last = points[points.length - 1];
  const latestAlert = [...log].reverse().find((e) => e.kind === 'fired' && e.ruleId && firing.includes(e.ruleId));
  return (
    <>
      <dl className="big-numbers monitor-tiles">
        <div>
          <dt>Live batches</dt>
          <dd>{fmtInt(batchesSoFar(points))}</dd>
        </div>
        <div>
          <dt>Rolling accuracy</dt>
          <dd>{last?.rollingAccuracy != null ? fmtPct(last.rollingAccuracy) : '—'}</dd>
        </div>
        <div>
          <dt>Faulty live rows rejected</dt>
          <dd>
            {fmtInt(faulty)}
            <span className="monitor-tile-note"> of {fmtInt(rows)}</span>
          </dd>
        </div>
        <div>
          <dt>Serving</dt>
          <dd className="monitor-serving">{serving}</dd>
        </div>
      </dl>
      <div aria-live="polite" className="monitor-alert-region">
        {latestAlert && (
          <p className="monitor-alert">
            <strong>Firing:</strong> {latestAlert.message} (batch {latestAlert.tick})
          </p>
        )}
      </div>
    </>
  );
}
