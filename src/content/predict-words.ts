/** The one sentence a reveal ends with: the learner's guess beside the run's result (data and wording only). */
import type { Prediction } from './predictions';

export type ClosenessWord = 'close' | 'near' | 'far';

const VERDICT: Readonly<Record<ClosenessWord, string>> = {
  close: 'close',
  near: 'not far off',
  far: 'a surprise',
};

/** A guess as the learner entered it, with its unit ("15 %", "120 rows", "batch 20", "“higher”"). */
export function guessText(p: Prediction, value: number): string {
  if (p.kind === 'choice') return `“${p.choices[value] ?? '?'}”`;
  const n = value.toLocaleString('en-US', { maximumFractionDigits: 2 });
  if (p.unit === 'batch') return `batch ${n}`;
  return p.unit.startsWith('%') ? `${n} ${p.unit}` : `${n} ${p.unit}`;
}

/** "You guessed 150 rows; the run dropped 200 rows — not far off." */
export function revealSentence(p: Prediction, guess: number, result: string, closeness: ClosenessWord): string {
  return `You guessed ${guessText(p, guess)}; the run ${p.resultVerb} ${result} — ${VERDICT[closeness]}.`;
}
