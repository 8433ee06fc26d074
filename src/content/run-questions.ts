/**
 * Questions built from the learner's own run. Each answer is computed from the
 * same facts the prompt quotes, so the question stays correct when the run
 * changes; a builder returns null until its facts exist.
 */
import type { QuizQuestion } from './card-quiz';
import { fmtPctShort } from '../pipeline/summary';
import { int, ms, runQuestion, type RunFacts, type RunQuestionBuilder } from './run-facts';

/** Live accuracy in the alert question: this many points below validation. */
export const LIVE_DROP_POINTS = 5;

export const alertQuestion: RunQuestionBuilder = ({ validation, config, serving }) => {
  if (!validation || !Number.isFinite(validation.accuracy)) return null;
  const threshold = serving?.monitoring.threshold ?? config.alertThreshold;
  const valTenths = Math.round(validation.accuracy * 1000);
  const live = (valTenths - LIVE_DROP_POINTS * 10) / 1000;
  const fires = live < threshold;
  const [v, a, l] = [(valTenths / 10).toFixed(1) + ' %', fmtPctShort(threshold), (live * 100).toFixed(1) + ' %'];
  return runQuestion(
    'run-alert',
    'monitoring',
    `Your validation accuracy is ${v} and the alert threshold is ${a}. Live rolling accuracy falls to ${l}: what happens?`,
    fires ? 'A' : 'B',
    [
      {
        text: 'The accuracy alert fires',
        right: `${l} is below ${a}, so the rule “accuracy below threshold” holds and the alert fires.`,
        wrong: `${l} is not below ${a}; the alert only fires below the threshold.`,
      },
      {
        text: 'Nothing yet: the accuracy is still at or above the threshold',
        right: `${l} is still at or above ${a}. It is ${LIVE_DROP_POINTS} points worse than validation, though — worth watching.`,
        wrong: `${l} is below ${a}, so the alert fires.`,
      },
      {
        text: 'The model retrains itself on the live data',
        right: '',
        wrong: 'Monitoring raises the alarm; retraining is a decision people take after finding the cause.',
      },
      {
        text: 'The validation accuracy is updated to match',
        right: '',
        wrong: 'Validation was measured once on held-out rows; live accuracy is tracked separately.',
      },
    ],
  );
};

export const cleaningQuestion: RunQuestionBuilder = ({ snapshot }) => {
  if (!snapshot || snapshot.cleaning.droppedTotal === 0) return null;
  const [raw, kept, dropped] = [snapshot.rawShape[0], snapshot.cleanShape[0], snapshot.cleaning.droppedTotal];
  return runQuestion(
    'run-cleaning',
    'cleaning',
    `Your run collected ${int(raw)} sessions and cleaning dropped ${int(dropped)} faulty ones. How many rows go on to feature engineering?`,
    'B',
    [
      { text: int(raw + dropped), right: '', wrong: 'Cleaning never adds rows; it removes the faulty ones.' },
      { text: int(kept), right: `${int(raw)} − ${int(dropped)} = ${int(kept)}: only clean rows go on.`, wrong: '' },
      { text: int(raw), right: '', wrong: 'The faulty rows are dropped, not just flagged, so fewer rows go on.' },
      {
        text: int(snapshot.trainRows),
        right: '',
        wrong: 'That is the 80 % training share, split off after feature engineering.',
      },
    ],
  );
};

export const splitQuestion: RunQuestionBuilder = ({ snapshot }) => {
  if (!snapshot) return null;
  const { trainRows, validationRows } = snapshot;
  const kept = snapshot.cleanShape[0];
  return runQuestion(
    'run-split',
    'validation',
    `After cleaning, your run has ${int(kept)} rows. How many of them does validation score the model on?`,
    'C',
    [
      { text: int(trainRows), right: '', wrong: 'Those are the 80 % the model learns from; scoring on them would flatter it.' },
      { text: int(kept), right: '', wrong: 'Scoring on every row includes the rows the model learned from.' },
      { text: int(validationRows), right: `the 20 % the model never trains on: ${int(validationRows)} rows.`, wrong: '' },
      { text: int(Math.round(kept / 2)), right: '', wrong: 'The split is 80/20, not half and half.' },
    ],
  );
};

export const epochQuestion: RunQuestionBuilder = ({ epochs, validation }) => {
  if (!validation || epochs.length < 2) return null;
  const [first, last] = [epochs[0], epochs[epochs.length - 1]];
  const best = epochs.reduce((b, e) => (e.valLoss < b.valLoss ? e : b), first);
  const diverged = !Number.isFinite(last.loss) || last.loss > first.loss + 0.02;
  const overfit = !diverged && last.valLoss > best.valLoss + 0.005;
  const f = (x: number): string => (Number.isFinite(x) ? x.toFixed(3) : 'not a number');
  const prompt =
    `Over ${epochs.length} epochs your training loss went from ${f(first.loss)} to ${f(last.loss)} and validation loss ` +
    `from ${f(first.valLoss)} to ${f(last.valLoss)} (lowest ${f(best.valLoss)} at epoch ${best.epoch}). What does that show?`;
  return runQuestion('run-epochs', 'training', prompt, diverged ? 'C' : overfit ? 'B' : 'A', [
    {
      text: 'It generalises: validation loss ends at or near its lowest',
      right: 'validation loss is still at its best, so the model learned patterns that carry over to new rows.',
      wrong: overfit
        ? `Validation loss ended ${f(last.valLoss - best.valLoss)} above its best.`
        : 'The training loss itself went up, so training went wrong first.',
    },
    {
      text: 'It has started to overfit: validation loss rose from its best',
      right: `validation loss rose from ${f(best.valLoss)} to ${f(last.valLoss)}: fewer epochs would do better on new rows.`,
      wrong: diverged
        ? 'The training loss itself went up, so this is not overfitting.'
        : 'Validation loss ended at or near its best.',
    },
    {
      text: 'Training went wrong: the training loss rose instead of falling',
      right: 'the training loss went up — usually a learning rate that is too high.',
      wrong: `Training loss fell from ${f(first.loss)} to ${f(last.loss)}.`,
    },
    { text: 'Nothing: only deployment can tell', right: '', wrong: 'The epoch trace is exactly where overfitting shows.' },
  ]);
};

export const latencyQuestion: RunQuestionBuilder = ({ serving, config }) => {
  if (!serving) return null;
  const { coldMs, p95Ms } = serving.deployment.latency;
  const budget = config.latencyBudgetMs;
  const pass = p95Ms <= budget;
  return runQuestion(
    'run-latency',
    'deployment',
    `Your model’s first (cold) prediction took ${ms(coldMs)}; warm predictions have p95 ${ms(p95Ms)}. The budget is ${budget} ms. Does it meet the budget?`,
    pass ? 'A' : 'B',
    [
      {
        text: 'Yes: the warm p95 is within the budget',
        right: `${ms(p95Ms)} ≤ ${budget} ms. Warm the model up before it takes traffic so no user pays the cold start.`,
        wrong: `The warm p95 ${ms(p95Ms)} is over ${budget} ms.`,
      },
      {
        text: 'No: the warm p95 is over the budget',
        right: `${ms(p95Ms)} > ${budget} ms: at least one request in twenty is too slow.`,
        wrong: `The warm p95 ${ms(p95Ms)} is within ${budget} ms.`,
      },
      {
        text: 'No, because the cold first prediction counts for every user',
        right: '',
        wrong: 'The cold call is paid once, when the model loads; warm-up hides it from users.',
      },
      {
        text: 'Nobody can know until users complain',
        right: '',
        wrong: 'The lab measured it; that is what deployment preparation is for.',
      },
    ],
  );
};

const BUILDERS: readonly RunQuestionBuilder[] = [cleaningQuestion, epochQuestion, splitQuestion, latencyQuestion, alertQuestion];

/** The run-built questions this run can already answer, in pipeline order. */
export function runQuestions(facts: RunFacts): QuizQuestion[] {
  return BUILDERS.map((build) => build(facts)).filter((q): q is QuizQuestion => q !== null);
}
