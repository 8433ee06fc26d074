/**
 * The run's answers to the predict-first prompts (content/predictions.ts),
 * read from the store's plain results; null until the run has produced them.
 * Also the key a committed guess is saved under: the prompt id plus a
 * fingerprint of the settings its answer depends on, so a guess about one run
 * is never compared with another run's result.
 */
import { fingerprint } from '../content/run-facts';
import type { PredictionId, PromptFacts } from '../content/predictions';
import type { KnobId } from '../pipeline/config';
import type { Answer } from '../pipeline/guess-compare';
import type { Histogram } from '../pipeline/histogram';
import { CHECK_RUN_TICKS } from '../pipeline/monitoring';
import { metricsAt } from '../pipeline/score-summary';
import { fmtInt, fmtPct } from '../pipeline/summary';
import type { LabState } from './lab-store';

export interface RunAnswer {
  readonly answer: Answer;
  /** The result in words and numbers, as the reveal shows it (e.g. "200 rows"). */
  readonly text: string;
}

const DATA: readonly KnobId[] = ['seed', 'rows', 'faultRate', 'useEngineered'];
const MODEL: readonly KnobId[] = [...DATA, 'epochs', 'batchSize', 'learningRate', 'hidden1', 'hidden2', 'backend'];

/** The settings each prompt's answer depends on. */
const DEPENDS: Readonly<Record<PredictionId, readonly KnobId[]>> = {
  'converted-share': ['seed', 'rows'],
  'dropped-rows': ['seed', 'rows', 'faultRate'],
  'click-rate-split': DATA,
  'validation-accuracy': MODEL,
  // The threshold is left out: the comparison follows the slider (its sentence names the threshold).
  'validation-errors': MODEL,
  'uint8-size': MODEL,
  'first-alert': [...MODEL, 'threshold', 'alertThreshold', 'scenario'],
};

/** The saved-progress key of a guess at `id` for the current settings ("dropped-rows#1x9k2"). */
export function guessKey(id: PredictionId, s: Pick<LabState, 'config'>): string {
  return `${id}#${fingerprint(DEPENDS[id].map((k) => `${k}=${String(s.config[k])}`).join('&'))}`;
}

/** What a prompt may say about the run: its settings, and the held-out row count once the data is split. */
export function promptFacts(s: Pick<LabState, 'config' | 'snapshot'>): PromptFacts {
  return {
    rows: s.config.rows,
    faultRate: s.config.faultRate,
    epochs: s.config.epochs,
    validationRows: s.snapshot?.validationRows ?? null,
    threshold: s.config.threshold,
    scenario: s.config.scenario,
    batches: CHECK_RUN_TICKS,
  };
}

/** Mean of a numeric histogram's bin centres, weighted by one label's counts (NaN when empty). */
function binMean(h: Histogram, counts: readonly number[]): number {
  let n = 0;
  let sum = 0;
  counts.forEach((c, i) => {
    n += c;
    sum += c * ((h.edges[i] + h.edges[i + 1]) / 2);
  });
  return n === 0 ? NaN : sum / n;
}

const pts = (x: number): string => `${Number(x.toFixed(1))} %`;

export function answerOf(id: PredictionId, s: LabState): RunAnswer | null {
  const snap = s.snapshot;
  const trained = s.trainStatus === 'done';
  switch (id) {
    case 'converted-share':
      if (!snap) return null;
      return { answer: { kind: 'number', value: snap.conversionRate * 100, tolerance: 3 }, text: fmtPct(snap.conversionRate) };
    case 'dropped-rows': {
      if (!snap) return null;
      const n = snap.cleaning.droppedTotal;
      return { answer: { kind: 'number', value: n, tolerance: Math.max(10, n * 0.1) }, text: `${fmtInt(n)} rows` };
    }
    case 'click-rate-split': {
      const h = snap?.histograms.click_rate;
      if (!h || h.edges.length < 2) return null;
      const yes = binMean(h, h.positive);
      const no = binMean(h, h.negative);
      if (!Number.isFinite(yes) || !Number.isFinite(no) || no <= 0) return null;
      const ratio = yes / no;
      const index = ratio > 1.1 ? 0 : ratio < 0.9 ? 2 : 1;
      return {
        answer: { kind: 'choice', index },
        text: `a mean click_rate of ${yes.toFixed(2)} for converting sessions and ${no.toFixed(2)} for the others`,
      };
    }
    case 'validation-accuracy': {
      const last = s.epochs[s.epochs.length - 1];
      if (!trained || !last) return null;
      return { answer: { kind: 'number', value: last.valAccuracy * 100, tolerance: 3 }, text: fmtPct(last.valAccuracy) };
    }
    case 'validation-errors': {
      const m = trained ? metricsAt(s.validationScores, s.config.threshold) : null;
      if (!m) return null;
      const wrong = m.confusion.fp + m.confusion.fn;
      return {
        answer: { kind: 'number', value: wrong, tolerance: Math.max(10, wrong * 0.1) },
        text: `${fmtInt(wrong)} rows at threshold ${s.config.threshold.toFixed(2)}`,
      };
    }
    case 'uint8-size': {
      const variants = trained ? s.deployment.report.value?.variants : undefined;
      const f32 = variants?.find((v) => v.dtype === 'float32');
      const u8 = variants?.find((v) => v.dtype === 'uint8');
      if (!f32 || !u8 || f32.totalBytes <= 0) return null;
      const share = (u8.totalBytes / f32.totalBytes) * 100;
      const change = (u8.accuracy - f32.accuracy) * 100;
      return {
        answer: { kind: 'number', value: share, tolerance: 5 },
        text: `${pts(share)} of float32 (${fmtInt(u8.totalBytes)} of ${fmtInt(f32.totalBytes)} bytes; accuracy ${change === 0 ? 'unchanged' : `${change > 0 ? '+' : '−'}${Math.abs(change).toFixed(2)} points`})`,
      };
    }
    case 'first-alert': {
      const run = trained ? s.monitor.checkRun : null;
      if (!run || run.scenario !== s.config.scenario) return null;
      const first = run.alerts.find((a) => a.kind === 'fired');
      const batches = run.ticks.length;
      return first
        ? { answer: { kind: 'number', value: first.tick, tolerance: 3 }, text: `at batch ${first.tick}` }
        : // No alert: the answer sits just past the last batch, so a guess of "late" comes closest.
          { answer: { kind: 'number', value: batches + 1, tolerance: 3 }, text: `never in ${batches} batches` };
    }
  }
}
