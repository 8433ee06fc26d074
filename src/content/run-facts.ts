/** The plain facts of a run that questions are built from, and helpers to word them. */
import type { EpochNumbers } from '../pipeline/epochs';
import type { RunSummary } from '../pipeline/summary';
import { question, type OptionKey, type QuizQuestion } from './card-quiz';
import type { StepId } from './steps';

export interface RunFacts {
  readonly config: { readonly alertThreshold: number; readonly latencyBudgetMs: number };
  /** Shapes and counts of the prepared data; null before it is ready. */
  readonly snapshot: {
    readonly rawShape: readonly [number, number];
    readonly cleanShape: readonly [number, number];
    readonly trainRows: number;
    readonly validationRows: number;
    readonly cleaning: { readonly droppedTotal: number };
  } | null;
  /** Validation metrics of the trained model; null before training finished. */
  readonly validation: { readonly accuracy: number; readonly loss: number } | null;
  /** The finished run's epoch trace (empty while training). */
  readonly epochs: readonly EpochNumbers[];
  readonly serving: {
    readonly deployment: { readonly latency: Pick<RunSummary['deployment']['latency'], 'coldMs' | 'p95Ms'> };
    readonly monitoring: { readonly threshold: number };
  } | null;
}

/** Returns a question about this run, or null until the run has the facts it needs. */
export type RunQuestionBuilder = (facts: RunFacts) => QuizQuestion | null;

/** One formatter for every count in the content (building one per call costs milliseconds over a table). */
const INT_FORMAT = new Intl.NumberFormat('en-US');
export const int = (n: number): string => INT_FORMAT.format(n);
/** A percentage with as many decimals as it needs, up to two (0.02 → "2 %", 0.825 → "82.5 %"). */
export const pctShort = (x: number): string => `${Number((x * 100).toFixed(2))} %`;
export const ms = (x: number): string => `${x.toFixed(2)} ms`;

/** A stable 32-bit hash of a text (djb2). */
export function hashText(text: string): number {
  let h = 5381;
  for (let i = 0; i < text.length; i++) h = (Math.imul(h, 33) + text.charCodeAt(i)) >>> 0;
  return h;
}

/** A short fingerprint (base 36) so a changed run makes a new question. */
export const fingerprint = (text: string): string => hashText(text).toString(36);

export interface RunOption {
  readonly text: string;
  /** Shown when this option is the right one. */
  readonly right: string;
  /** Shown when it is not. */
  readonly wrong: string;
}

/**
 * A run-built question whose right answer is computed from the facts: each
 * option carries both explanations and the right key selects between them.
 * The id carries a fingerprint of the prompt, so answers to an older run's
 * version of the question never count for the new one.
 */
export function runQuestion(
  base: string,
  stage: StepId,
  prompt: string,
  answer: OptionKey,
  options: readonly RunOption[],
): QuizQuestion | null {
  const texts = options.map((o) => o.text);
  if (new Set(texts).size !== texts.length) return null;
  const keys: readonly OptionKey[] = ['A', 'B', 'C', 'D'];
  const whys = options.map((o, i) => [o.text, keys[i] === answer ? `Right: ${o.right}` : o.wrong] as const);
  return question(`${base}#${fingerprint(prompt)}`, stage, prompt, answer, whys);
}
