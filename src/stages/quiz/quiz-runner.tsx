/** Asks a set's questions one at a time, then shows the results. */
import { useState } from 'react';
import type { QuizQuestion } from '../../content/card-quiz';
import { QUIZ_TEXT } from '../../content/modes';
import type { QuizSet } from '../../content/quiz-bank';
import { useLabStore } from '../../store/lab-store';
import { QuestionCard } from './question-card';
import { firstUnanswered, scoreQuiz } from './quiz-logic';
import { QuizResults } from './quiz-results';

export function QuizRunner({
  set,
  questions,
  exam = false,
}: {
  set: QuizSet;
  questions: readonly QuizQuestion[];
  exam?: boolean;
}) {
  const answers = useLabStore((s) => s.quiz.answers);
  const confidence = useLabStore((s) => s.quiz.confidence);
  const attempt = useLabStore((s) => s.quiz.attempt);
  const answerQuestion = useLabStore((s) => s.answerQuestion);
  const [index, setIndex] = useState(() => firstUnanswered(questions, answers));
  const [moved, setMoved] = useState(false);
  const score = scoreQuiz(questions, answers);
  const at = Math.min(index, questions.length);
  if (at >= questions.length) return <QuizResults set={set} questions={questions} focus={moved} />;
  const q = questions[at];
  const last = at === questions.length - 1;
  return (
    <section aria-label="Quiz question" className="quiz-runner">
      <p className="quiz-progress">
        Question {at + 1} of {questions.length} ·{' '}
        {exam ? QUIZ_TEXT.answeredSoFar(score.answered) : QUIZ_TEXT.rightSoFar(score.correct)}
      </p>
      <QuestionCard
        key={q.id}
        question={q}
        attempt={attempt}
        chosen={answers[q.id]}
        confidence={confidence?.[q.id]}
        holdFeedback={exam}
        onAnswer={(k, c) => answerQuestion(q.id, k, { confidence: c, right: k === q.answer })}
        autoFocus={moved}
      >
        <button
          type="button"
          onClick={() => {
            setMoved(true);
            setIndex(at + 1);
          }}
        >
          {last ? QUIZ_TEXT.finish : QUIZ_TEXT.next}
        </button>
      </QuestionCard>
    </section>
  );
}
