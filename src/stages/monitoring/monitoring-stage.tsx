/** Stage 7 — Monitoring Setup: the live dashboard (rolling accuracy, drift, faulty rows), the alert log, retrain and rollback. */
import { useShallow } from 'zustand/react/shallow';
import { StageCard } from '../../components/stage-card';
import { PSI_THRESHOLD, WASSERSTEIN_THRESHOLD } from '../../pipeline/drift';
import { describeDriftWindow } from '../../pipeline/monitor-log';
import { describeRules, rulesFor, WINDOW_TICKS } from '../../pipeline/monitoring';
import { useLabStore } from '../../store/lab-store';
import { usePlacedAbove } from '../../store/use-view';
import { ServingStatus } from '../shared/serving-status';
import { AccuracyChart } from './accuracy-chart';
import { AlertLog } from './alert-log';
import { MONITOR_TEXT } from './content';
import { DriftBars } from './drift-bars';
import { MonitorControls } from './monitor-controls';
import { MonitorTiles } from './monitor-tiles';
import './monitoring.css';

export function MonitoringStage() {
  const ready = useLabStore((s) => s.trainStatus === 'done' && s.servingStatus === 'done');
  const m = useLabStore(useShallow((s) => s.monitor));
  const threshold = useLabStore((s) => s.config.alertThreshold);
  const checkRun = useLabStore((s) => s.monitor.checkRun);
  const scenario = useLabStore((s) => s.config.scenario);
  const chartAbove = usePlacedAbove('accuracy-chart');
  const driftNote = describeDriftWindow(m.points[m.points.length - 1], m.info?.windowTicks ?? WINDOW_TICKS);
  const showCheckNote = m.info === null && checkRun !== null && checkRun.scenario === scenario;
  return (
    <div className="stage-body monitoring-stage">
      <StageCard id="monitoring" />
      {showCheckNote && <p className="muted">{MONITOR_TEXT.checkRunNote}</p>}
      <p>{MONITOR_TEXT.lead}</p>
      <ServingStatus />
      {ready && (
        <>
          <MonitorControls />
          <section aria-labelledby="monitor-dashboard">
            <h3 id="monitor-dashboard">Dashboard</h3>
            <MonitorTiles points={m.points} rows={m.rows} faulty={m.faulty} serving={m.serving} firing={m.firing} log={m.log} />
            <div className="chart-grid two">
              {!chartAbove && (
                <AccuracyChart
                  points={m.points}
                  threshold={threshold}
                  log={m.log}
                  windowTicks={m.info?.windowTicks ?? WINDOW_TICKS}
                />
              )}
              <DriftBars
                drift={m.drift}
                psiThreshold={m.info?.psiThreshold ?? PSI_THRESHOLD}
                wassersteinThreshold={m.info?.wassersteinThreshold ?? WASSERSTEIN_THRESHOLD}
              />
            </div>
            {driftNote && <p role="note">{driftNote}</p>}
            <p className="muted">{MONITOR_TEXT.driftReference}</p>
            <p className="muted">{describeRules(rulesFor(threshold), m.info?.persistTicks)}</p>
            <p className="muted">{MONITOR_TEXT.conceptDrift}</p>
          </section>
          <section aria-labelledby="monitor-log">
            <h3 id="monitor-log">Alerts and model changes</h3>
            <AlertLog log={m.log} />
          </section>
        </>
      )}
      <p className="muted">{MONITOR_TEXT.whyItMatters}</p>
    </div>
  );
}
