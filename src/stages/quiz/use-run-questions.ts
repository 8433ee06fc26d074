/** The run's plain facts from the store, and the questions built from them. */
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { QuizQuestion } from '../../content/card-quiz';
import type { RunFacts } from '../../content/run-facts';
import { runQuestions } from '../../content/run-questions';
import { useLabStore } from '../../store/lab-store';
import { metricsAt } from '../../pipeline/score-summary';
import { useServing } from '../../store/serving';

export function useRunFacts(): RunFacts {
  const parts = useLabStore(
    useShallow((s) => ({
      config: s.config,
      snapshot: s.snapshot,
      epochs: s.epochs,
      scores: s.validationScores,
      trained: s.trainStatus === 'done',
    })),
  );
  const serving = useServing();
  return useMemo(
    () => ({
      config: parts.config,
      snapshot: parts.snapshot,
      validation: parts.trained ? metricsAt(parts.scores, parts.config.threshold) : null,
      epochs: parts.trained ? parts.epochs : [],
      serving: parts.trained ? serving : null,
    }),
    [parts, serving],
  );
}

export function useRunQuestions(): QuizQuestion[] {
  const facts = useRunFacts();
  return useMemo(() => runQuestions(facts), [facts]);
}
