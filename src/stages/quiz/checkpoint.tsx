/** The short question at the end of a stage (rendered by the shell after the stage's view). */
import { useId } from 'react';
import { QUIZ_TEXT } from '../../content/modes';
import { checkpointFor } from '../../content/quiz-bank';
import type { StepId } from '../../content/steps';
import { useLabStore } from '../../store/lab-store';
import { QuestionCard } from './question-card';

export function Checkpoint({ step }: { step: StepId }) {
  const q = checkpointFor(step);
  const chosen = useLabStore((s) => (q ? s.quiz.checkpoints[q.id] : undefined));
  const confidence = useLabStore((s) => (q ? s.quiz.confidence?.[q.id] : undefined));
  const answerCheckpoint = useLabStore((s) => s.answerCheckpoint);
  const clearCheckpoint = useLabStore((s) => s.clearCheckpoint);
  const id = useId();
  if (!q) return null;
  return (
    <section className="checkpoint" aria-labelledby={id}>
      <h3 id={id}>{QUIZ_TEXT.checkpoint}</h3>
      <QuestionCard
        key={q.id}
        question={q}
        attempt={0}
        chosen={chosen}
        confidence={confidence}
        onAnswer={(k, c) => answerCheckpoint(q.id, k, { confidence: c, right: k === q.answer })}
      >
        <button type="button" className="secondary" onClick={() => clearCheckpoint(q.id)}>
          {QUIZ_TEXT.checkpointAgain}
        </button>
      </QuestionCard>
    </section>
  );
}
