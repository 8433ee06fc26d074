/** The quiz: the card's three questions, every stage, and questions built from the learner's run. */
import { useId, useMemo, useState } from 'react';
import { QUIZ_TEXT } from '../../content/modes';
import { QUIZ_SET_LABELS, QUIZ_SETS, type QuizSet } from '../../content/quiz-bank';
import { useLabStore } from '../../store/lab-store';
import { ProgressNote } from './progress-note';
import { questionsForSet } from './quiz-logic';
import { QuizRunner } from './quiz-runner';
import { useRunQuestions } from './use-run-questions';

export function QuizStep() {
  const [set, setSet] = useState<QuizSet>('card');
  const [exam, setExam] = useState(false);
  const runBuilt = useRunQuestions();
  const attempt = useLabStore((s) => s.quiz.attempt);
  // Only loading restarts the runner: a save failing or another tab saving keeps the question and its feedback.
  const loaded = useLabStore((s) => s.progressStatus !== 'unloaded');
  const id = useId();
  const sets = useMemo(() => Object.fromEntries(QUIZ_SETS.map((k) => [k, questionsForSet(k, runBuilt)])), [runBuilt]);
  const questions = sets[set];
  return (
    <div className="stage-body quiz-step">
      <p>{QUIZ_TEXT.lead}</p>
      <div className="knob quiz-set">
        <label htmlFor={id}>{QUIZ_TEXT.setLabel}</label>
        <select id={id} value={set} onChange={(e) => setSet(e.target.value as QuizSet)}>
          {QUIZ_SETS.map((k) => (
            <option key={k} value={k}>
              {QUIZ_SET_LABELS[k]} ({sets[k].length})
            </option>
          ))}
        </select>
      </div>
      <label className="quiz-exam">
        <input type="checkbox" checked={exam} onChange={(e) => setExam(e.target.checked)} /> {QUIZ_TEXT.exam}
      </label>
      {questions.length === 0 ? (
        <p className="notice">{QUIZ_TEXT.noRunQuestions}</p>
      ) : (
        // A new attempt, set or loaded progress starts the runner afresh at the first unanswered question.
        <QuizRunner
          key={`${set}:${attempt}:${loaded}:${questions.map((q) => q.id).join(',')}`}
          set={set}
          questions={questions}
          exam={exam}
        />
      )}
      <ProgressNote />
    </div>
  );
}
