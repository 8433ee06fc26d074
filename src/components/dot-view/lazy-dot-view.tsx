/** The dot view, loaded on demand so the first screen's JavaScript stays small; nothing on steps it does not draw. */
import { lazy, Suspense } from 'react';
import type { StepId } from '../../content/steps';
import { ChartBoundary } from '../chart-boundary';
import { DOT_STEP_IDS } from './dot-steps';

const DotView = lazy(() => import('./dot-view').then((m) => ({ default: m.DotView })));

export function LazyDotView({ step }: { step: StepId }) {
  if (!DOT_STEP_IDS.includes(step)) return null;
  return (
    <ChartBoundary>
      <Suspense fallback={<p className="muted dot-wait">Drawing the rows…</p>}>
        <DotView step={step} />
      </Suspense>
    </ChartBoundary>
  );
}
