/** Start/Pause, advance, retrain, roll back and restart; the scenario and the alert threshold; the live status line. */
import { useShallow } from 'zustand/react/shallow';
import { ChoiceKnob, NumberKnob } from '../../components/knob';
import { describeLive } from '../../pipeline/monitor-log';
import { SCENARIO_INFO } from '../../pipeline/stream';
import { WINDOW_TICKS } from '../../pipeline/monitoring';
import { fmtPctWhole } from '../../pipeline/summary';
import { useLabStore } from '../../store/lab-store';
import { usePlacedAbove, useView } from '../../store/use-view';
import { MONITOR_TEXT } from './content';

const SCENARIO_LABELS = Object.fromEntries(Object.values(SCENARIO_INFO).map((s) => [s.id, s.label]));

export function MonitorControls() {
  const shown = useView().shows('monitor-controls');
  // On a focused step Start/Pause and the status line sit above, beside the chart.
  const streamAbove = usePlacedAbove('stream-button');
  const m = useLabStore(
    useShallow((s) => ({
      status: s.monitor.status,
      busy: s.monitor.busy,
      error: s.monitor.error,
      points: s.monitor.points,
      windowTicks: s.monitor.info?.windowTicks ?? WINDOW_TICKS,
      previous: s.monitor.previous,
      serving: s.monitor.serving,
    })),
  );
  const scenario = useLabStore((s) => s.config.scenario);
  const threshold = useLabStore((s) => s.config.alertThreshold);
  const actions = useLabStore(
    useShallow((s) => ({
      start: s.startMonitor,
      pause: s.pauseMonitor,
      advance: s.advanceMonitor,
      retrain: s.retrainMonitor,
      rollback: s.rollbackMonitor,
      reset: s.resetMonitor,
    })),
  );
  const running = m.status === 'running';
  const starting = m.status === 'starting';
  const canRetrain = m.points.length >= m.windowTicks && m.busy === null && !starting;
  const info = SCENARIO_INFO[scenario];
  const status =
    m.busy === 'retrain'
      ? 'Retraining on recent labelled rows in the background worker…'
      : m.busy === 'rollback'
        ? 'Rolling back…'
        : starting
          ? 'Opening the live stream…'
          : `${running ? 'Running' : m.points.length ? 'Paused' : 'Ready: press Start'}. ${describeLive(m.points, threshold, m.serving)}`;
  if (!shown) return null;
  return (
    <section aria-labelledby="monitor-controls" className="knob-panel monitor-controls">
      <h3 id="monitor-controls">{MONITOR_TEXT.controlsHeading}</h3>
      <div className="knob-row">
        <ChoiceKnob id="scenario" labels={SCENARIO_LABELS} hint={MONITOR_TEXT.scenarioHint} disabled={m.busy !== null} />
        <NumberKnob id="alertThreshold" step={0.01} format={fmtPctWhole} hint={MONITOR_TEXT.thresholdHint} />
      </div>
      <p>
        <strong>{info.label}:</strong> {info.story}
      </p>
      <div className="monitor-actions">
        {!streamAbove && (
          <button type="button" disabled={starting} onClick={() => (running ? actions.pause() : void actions.start())}>
            {running ? MONITOR_TEXT.pause : MONITOR_TEXT.start}
          </button>
        )}
        <button
          type="button"
          className="secondary"
          disabled={starting || m.busy !== null}
          onClick={() => void actions.advance(10)}
        >
          {MONITOR_TEXT.advance}
        </button>
        <button
          type="button"
          className="secondary"
          disabled={!canRetrain}
          aria-describedby="monitor-retrain-hint"
          onClick={() => void actions.retrain()}
        >
          {MONITOR_TEXT.retrain}
        </button>
        <button
          type="button"
          className="secondary"
          disabled={!m.previous || m.busy !== null}
          onClick={() => void actions.rollback()}
        >
          {m.previous ? `${MONITOR_TEXT.rollback} to ${m.previous}` : MONITOR_TEXT.rollback}
        </button>
        <button
          type="button"
          className="secondary"
          disabled={m.busy !== null || m.points.length === 0}
          onClick={() => actions.reset()}
        >
          {MONITOR_TEXT.reset}
        </button>
      </div>
      <p id="monitor-retrain-hint" className="knob-hint">
        {MONITOR_TEXT.retrainHint} {m.points.length < m.windowTicks ? MONITOR_TEXT.retrainNeedsWindow : ''}
      </p>
      {!streamAbove && (
        <p role="status" aria-live="polite" className="monitor-status">
          {status}
        </p>
      )}
      {m.error && !streamAbove && <p role="alert">The live stream stopped: {m.error}</p>}
    </section>
  );
}
