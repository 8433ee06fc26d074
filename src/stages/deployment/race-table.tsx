/** The backend race: each backend's cold and warm latency, its budget verdict, whether it gives the same answers, and why. */
import type { RaceEntry, RaceReport } from '../../ml/backend-race';
import { BACKEND_NAMES } from '../../content/backends';
import { DEPLOY_TEXT } from './content';
import { fmtDiff, fmtMean, fmtMs } from './format';
import { fmtInt } from '../../pipeline/summary';

type Ran = RaceEntry & { latency: NonNullable<RaceEntry['latency']> };

export function RaceTable({ report, budgetMs }: { report: RaceReport; budgetMs: number }) {
  const ran = report.entries.filter((e): e is Ran => e.latency !== null);
  // Ranked by the mean of the warm one-row calls: finer than single timings on a coarse browser clock.
  const ranked = [...ran].sort((a, b) => a.latency.meanMs - b.latency.meanMs);
  const winner = ranked[0];
  const slowest = ranked[ranked.length - 1];
  return (
    <>
      <div className="table-scroll" role="region" aria-label="Backend race table (scrolls sideways)" tabIndex={0}>
        <table className="data-table compact deploy-race">
          <caption>{DEPLOY_TEXT.raceCaption}</caption>
          <thead>
            <tr>
              <th scope="col">Backend</th>
              <th scope="col">Cold first prediction</th>
              <th scope="col">Warm one row: mean / p95</th>
              <th scope="col">Warm batch of {fmtInt(report.rows)} rows: p50</th>
              <th scope="col">Within {budgetMs} ms budget</th>
              <th scope="col">Largest difference from {report.active}</th>
            </tr>
          </thead>
          <tbody>
            {report.entries.map((e) => {
              const l = e.latency;
              const pass = l ? l.p95Ms <= budgetMs : null;
              return (
                <tr key={e.backend}>
                  <th scope="row">
                    {BACKEND_NAMES[e.backend]}
                    {e.backend === report.active && <span className="deploy-badge"> serving</span>}
                  </th>
                  {l ? (
                    <>
                      <td>
                        {fmtMs(l.coldMs)}
                        {e.firstUse && <span className="muted"> ({DEPLOY_TEXT.firstUse})</span>}
                      </td>
                      <td>{`${fmtMean(l.meanMs)} / ${fmtMs(l.p95Ms)}`}</td>
                      <td>{fmtMs(l.batchP50Ms)}</td>
                      <td className={pass ? 'verdict-pass' : 'verdict-fail'}>{pass ? 'Pass' : 'Fail'}</td>
                      <td>{e.maxAbsDiff === null ? '—' : fmtDiff(e.maxAbsDiff)}</td>
                    </>
                  ) : (
                    <td colSpan={5}>Unavailable (see below)</td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {winner && (
        <p className="deploy-verdict">
          <strong>
            On this device {BACKEND_NAMES[winner.backend]} serves this model fastest: {fmtMean(winner.latency.meanMs)} per warm
            call
            {slowest !== winner && `, against ${fmtMean(slowest.latency.meanMs)} on ${BACKEND_NAMES[slowest.backend]}`}.
          </strong>{' '}
          {DEPLOY_TEXT.raceWhy[winner.backend]}
        </p>
      )}
      <ul className="deploy-why" aria-label="Why each backend performs as it does">
        {report.entries
          .filter((e) => e !== winner)
          .map((e) => (
            <li key={e.backend}>
              <strong>{BACKEND_NAMES[e.backend]}:</strong> {e.latency ? DEPLOY_TEXT.raceWhy[e.backend] : ''}{' '}
              <span className="muted">({e.note})</span>
            </li>
          ))}
        {winner && (
          <li>
            <strong>{BACKEND_NAMES[winner.backend]}:</strong> <span className="muted">{winner.note}</span>
          </li>
        )}
      </ul>
    </>
  );
}
