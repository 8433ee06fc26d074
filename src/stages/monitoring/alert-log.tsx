/** The alert log: every alert that fired or resolved, and every retrain and rollback, with the stream time. */
import { fmtStreamTime, type LogEntry } from '../../pipeline/monitor-log';
import { MONITOR_TEXT } from './content';

const KIND: Record<LogEntry['kind'], string> = { fired: 'Alert', resolved: 'Resolved', retrain: 'Model', rollback: 'Model' };

export function AlertLog({ log }: { log: readonly LogEntry[] }) {
  return (
    // Focusable so a keyboard can scroll a long log.
    <div className="table-scroll monitor-log" role="region" aria-label="Alert log (scrolls)" tabIndex={0}>
      <table className="data-table compact">
        <caption>{MONITOR_TEXT.logCaption}</caption>
        <thead>
          <tr>
            <th scope="col">Batch</th>
            <th scope="col">Stream time (UTC)</th>
            <th scope="col">Rule or action</th>
            <th scope="col">Value</th>
            <th scope="col">What happened</th>
          </tr>
        </thead>
        <tbody>
          {log.length === 0 && (
            <tr>
              <td colSpan={5}>{MONITOR_TEXT.logEmpty}</td>
            </tr>
          )}
          {log.map((e, i) => (
            <tr key={i} className={`log-${e.kind}`}>
              <td>{e.tick}</td>
              <td>{Number.isNaN(e.timeMs) ? '—' : fmtStreamTime(e.timeMs)}</td>
              <td>
                <span className="log-kind">{KIND[e.kind]}:</span> {e.rule}
              </td>
              <td>{e.value}</td>
              <td className="log-message">{e.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
