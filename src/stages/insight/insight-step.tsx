/** The key insight, followed by this run's own evidence for it, each line linking to its stage. */
import { useMemo } from 'react';
import { KEY_INSIGHT } from '../../content/insight';
import { STEPS } from '../../content/steps';
import { useLabStore } from '../../store/lab-store';
import { metricsAt } from '../../pipeline/score-summary';
import { useServing } from '../../store/serving';
import { insightEvidence } from './evidence';

export function InsightStep() {
  const snapshot = useLabStore((s) => s.snapshot);
  const scores = useLabStore((s) => s.validationScores);
  const threshold = useLabStore((s) => s.config.threshold);
  const budget = useLabStore((s) => s.config.latencyBudgetMs);
  const serving = useServing();
  const goTo = useLabStore((s) => s.goTo);
  const evidence = useMemo(
    () => insightEvidence({ snapshot, validation: metricsAt(scores, threshold), serving, latencyBudgetMs: budget }),
    [snapshot, scores, threshold, serving, budget],
  );
  return (
    <div className="stage-body">
      <blockquote className="insight">{KEY_INSIGHT}</blockquote>
      <h3>The evidence from your run</h3>
      <ul className="evidence">
        {evidence.map((e) => {
          const index = STEPS.findIndex((s) => s.id === e.step);
          return (
            <li key={e.step}>
              {e.text}{' '}
              <button type="button" className="link-button" onClick={() => goTo(index)}>
                See it in {STEPS[index].title}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
