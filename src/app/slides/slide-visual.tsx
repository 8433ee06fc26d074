/**
 * The one main visual of a slide beat (content/slide-beats.ts says which).
 * Each is the app's own view of the same store values the step's page shows —
 * drawn bigger by slides.css, never a copy with its own numbers.
 */
import { useDeferredValue } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { LazyDotView } from '../../components/dot-view/lazy-dot-view';
import type { SlideVisual as Visual } from '../../content/slide-beats';
import type { StepId } from '../../content/steps';
import { WINDOW_TICKS } from '../../pipeline/monitoring';
import { AccuracyChart } from '../../stages/monitoring/accuracy-chart';
import { MonitorTiles } from '../../stages/monitoring/monitor-tiles';
import { ServingStatus } from '../../stages/shared/serving-status';
import { TraceStep } from '../../stages/trace/trace-step';
import { EpochCharts } from '../../stages/training/epoch-charts';
import { EpochTraceTable } from '../../stages/training/epoch-trace-table';
import { statusEpochs } from '../../stages/training/status-text';
import { useLabStore } from '../../store/lab-store';
import { StepView } from '../step-view';

function SlideEpochCharts() {
  const epochs = useLabStore((s) => s.epochs);
  // As on the training step: the charts redraw at a lower priority than the rest of the page.
  const chartEpochs = useDeferredValue(epochs);
  const totalEpochs = useLabStore(statusEpochs);
  const live = useDeferredValue(useLabStore((s) => s.trainStatus === 'training'));
  return <EpochCharts epochs={chartEpochs} totalEpochs={totalEpochs} live={live} />;
}

function SlideEpochTable() {
  return <EpochTraceTable epochs={useLabStore((s) => s.epochs)} />;
}

function SlideMonitor() {
  const ready = useLabStore((s) => s.trainStatus === 'done' && s.servingStatus === 'done');
  const m = useLabStore(useShallow((s) => s.monitor));
  const threshold = useLabStore((s) => s.config.alertThreshold);
  if (!ready) return <ServingStatus />;
  return (
    <div className="slide-monitor">
      <MonitorTiles points={m.points} rows={m.rows} faulty={m.faulty} serving={m.serving} firing={m.firing} log={m.log} />
      <AccuracyChart points={m.points} threshold={threshold} log={m.log} windowTicks={m.info?.windowTicks ?? WINDOW_TICKS} />
    </div>
  );
}

export function SlideVisual({ id, visual }: { id: StepId; visual: Visual }) {
  switch (visual) {
    case 'dots':
      return <LazyDotView step={id} />;
    case 'epoch-charts':
      return <SlideEpochCharts />;
    case 'epoch-table':
      return <SlideEpochTable />;
    case 'monitor':
      return <SlideMonitor />;
    case 'trace':
      return <TraceStep compact />;
    case 'quiz':
    case 'insight':
      // Through StepView, which honours the classroom settings (a hidden quiz says so).
      return <StepView id={id} />;
    case 'details':
      return (
        <div className="slide-details">
          <StepView id={id} />
        </div>
      );
  }
}
