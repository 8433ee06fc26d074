/** The dot view, loaded on demand so the first screen's JavaScript stays small; nothing on steps it does not draw. */
import { lazy, Suspense, useDeferredValue } from 'react';
import type { StepId } from '../../content/steps';
import { ChartBoundary } from '../chart-boundary';
import { DOT_STEP_IDS } from './dot-steps';

const DotView = lazy(() => import('./dot-view').then((m) => ({ default: m.DotView })));

const WAIT = <p className="muted dot-wait">Drawing the rows…</p>;

export function LazyDotView({ step }: { step: StepId }) {
  // The view lays out 10,000 marks for the new step (tens of ms on this machine): deferred, so the
  // step's own content commits in one task and the picture follows in a later, interruptible one.
  const shown = useDeferredValue<StepId | null>(step, null);
  if (!DOT_STEP_IDS.includes(step)) return null;
  return (
    <ChartBoundary>
      <Suspense fallback={WAIT}>{shown && DOT_STEP_IDS.includes(shown) ? <DotView step={shown} /> : WAIT}</Suspense>
    </ChartBoundary>
  );
}
