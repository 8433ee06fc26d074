/** Stage 4 — Model Training: the settings, Train/Stop with a live status, the backend, and the epoch trace. */
import { useDeferredValue } from 'react';
import { StageCard } from '../../components/stage-card';
import { useLabStore } from '../../store/lab-store';
import { usePlacedAbove } from '../../store/use-view';
import { BackendInfo } from './backend-info';
import { TRAINING_TEXT } from './content';
import { EpochCharts } from './epoch-charts';
import { EpochTraceTable } from './epoch-trace-table';
import { TrainingControls } from './training-controls';
import { statusEpochs } from './status-text';
import { TrainingKnobs } from './training-knobs';
import './training.css';

export function TrainingStage() {
  const epochs = useLabStore((s) => s.epochs);
  // The charts redraw at a lower priority than the controls and the table: React renders them in
  // interruptible slices, so a new epoch never blocks the page for one long task.
  const chartEpochs = useDeferredValue(epochs);
  const totalEpochs = useLabStore(statusEpochs);
  const placedAbove = usePlacedAbove('training-run');
  const live = useDeferredValue(useLabStore((s) => s.trainStatus === 'training'));
  return (
    <div className="stage-body training-stage">
      <StageCard id="training" />
      <p>{TRAINING_TEXT.lead}</p>
      <TrainingKnobs />
      {!placedAbove && <TrainingControls />}
      <BackendInfo />
      <section aria-labelledby="training-charts">
        <h3 id="training-charts">{TRAINING_TEXT.chartsHeading}</h3>
        <EpochCharts epochs={chartEpochs} totalEpochs={totalEpochs} live={live} />
      </section>
      <section aria-labelledby="training-trace">
        <h3 id="training-trace">{TRAINING_TEXT.tableHeading}</h3>
        <EpochTraceTable epochs={epochs} />
      </section>
      <p className="muted">{TRAINING_TEXT.whyItMatters}</p>
    </div>
  );
}
