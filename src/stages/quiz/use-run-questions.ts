/** The run's plain facts from the store, and the questions built from them. */
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { QuizQuestion } from '../../content/card-quiz';
import type { RunFacts } from '../../content/run-facts';
import { runQuestions } from '../../content/run-questions';
import { useLabStore } from '../../store/lab-store';
import { metricsAt } from '../../store/selectors';

export function useRunFacts(): RunFacts {
  const parts = useLabStore(
    useShallow((s) => ({
      config: s.config,
      snapshot: s.snapshot,
      epochs: s.epochs,
      scores: s.validationScores,
      serving: s.serving,
      trained: s.trainStatus === 'done',
    })),
  );
  return useMemo(
    () => ({
      config: parts.config,
      snapshot: parts.snapshot,
      validation: parts.trained ? metricsAt(parts.scores, parts.config.threshold) : null,
      epochs: parts.trained ? parts.epochs : [],
      serving: parts.trained ? parts.serving : null,
    }),
    [parts],
  );
}

export function useRunQuestions(): QuizQuestion[] {
  const facts = useRunFacts();
  return useMemo(() => runQuestions(facts), [facts]);
}
