/** The quiz's rules as pure functions: which questions, in what option order, and how they score. */
import { CARD_QUESTIONS, type OptionKey, type QuizOption, type QuizQuestion } from '../../content/card-quiz';
import { BANK_QUESTIONS, type QuizSet } from '../../content/quiz-bank';
import { hashText } from '../../content/run-facts';
import { createRng } from '../../pipeline/rng';

export const LETTERS: readonly OptionKey[] = ['A', 'B', 'C', 'D'];

/** The questions of a set; run-built questions only exist once the run produced their facts. */
export function questionsForSet(set: QuizSet, runBuilt: readonly QuizQuestion[]): QuizQuestion[] {
  if (set === 'card') return [...CARD_QUESTIONS];
  if (set === 'run') return [...runBuilt];
  return [...CARD_QUESTIONS, ...BANK_QUESTIONS, ...runBuilt];
}

/**
 * The options in the order shown on an attempt: the written order on the first
 * attempt (0), then a shuffle seeded by the question and the attempt number,
 * so every retry reorders them and the same attempt always looks the same.
 */
export function orderOptions(q: QuizQuestion, attempt: number): QuizOption[] {
  const out = [...q.options];
  if (attempt <= 0) return out;
  const rng = createRng(hashText(`${q.id}:${attempt}`));
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** The letter an option is shown under (its position, not its key). */
export function shownLetter(ordered: readonly QuizOption[], key: OptionKey): OptionKey {
  return LETTERS[ordered.findIndex((o) => o.key === key)] ?? key;
}

export interface Score {
  readonly correct: number;
  readonly answered: number;
  readonly total: number;
}

type Answers = Readonly<Record<string, OptionKey>>;

export function scoreQuiz(questions: readonly QuizQuestion[], answers: Answers): Score {
  let correct = 0;
  let answered = 0;
  for (const q of questions) {
    const a = answers[q.id];
    if (!a) continue;
    answered++;
    if (a === q.answer) correct++;
  }
  return { correct, answered, total: questions.length };
}

export interface Mistake {
  readonly question: QuizQuestion;
  readonly chosen: QuizOption;
  readonly right: QuizOption;
}

/** The wrongly answered questions, each with the chosen and the right option (for the review). */
export function reviewMistakes(questions: readonly QuizQuestion[], answers: Answers): Mistake[] {
  const out: Mistake[] = [];
  for (const q of questions) {
    const a = answers[q.id];
    if (!a || a === q.answer) continue;
    const chosen = q.options.find((o) => o.key === a);
    const right = q.options.find((o) => o.key === q.answer);
    if (chosen && right) out.push({ question: q, chosen, right });
  }
  return out;
}

/** Index of the first question not answered yet (questions.length when all are). */
export function firstUnanswered(questions: readonly QuizQuestion[], answers: Answers): number {
  const i = questions.findIndex((q) => !answers[q.id]);
  return i < 0 ? questions.length : i;
}
