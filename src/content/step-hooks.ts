/**
 * Guided mode's one-sentence hook per step: a question or a surprise built
 * from this run's settings and results. A hook never states what a step's
 * predict-first prompt asks for (content/predictions.ts), so it can stand
 * above the prompt without giving the answer away.
 */
import { int, pctShort as pct } from './run-facts';
import type { StepId } from './steps';

export interface HookFacts {
  readonly rows: number;
  readonly faultRate: number;
  readonly epochs: number;
  readonly hidden: readonly [number, number];
  readonly scenario: string;
  readonly alertThreshold: number;
  /** Null until the data is prepared. */
  readonly users: number | null;
  readonly trainRows: number | null;
  readonly validationRows: number | null;
  readonly columns: number | null;
  /** Null until the deployment report is measured. */
  readonly float32Bytes: number | null;
}

export function stepHook(id: StepId, f: HookFacts): string {
  switch (id) {
    case 'collection':
      return f.users === null
        ? `${int(f.rows)} click sessions are being generated from one seed — how many of them end in a purchase?`
        : `${int(f.rows)} sessions from ${int(f.users)} visitors, all from one seed — how many of them end in a purchase?`;
    case 'cleaning':
      return `${pct(f.faultRate)} of the rows were broken on purpose: can cleaning catch them from the values alone?`;
    case 'features':
      return `Can two computed columns say more than the ${f.columns === null ? '' : `${int(f.columns)} `}raw ones?`;
    case 'training':
      return `${f.trainRows === null ? 'Eighty per cent of the rows' : `${int(f.trainRows)} rows`}, ${int(f.epochs)} passes, two hidden layers of ${f.hidden[0]} and ${f.hidden[1]} neurons: will it learn patterns or memorise rows?`;
    case 'validation':
      return `The model never saw these ${f.validationRows === null ? '' : `${int(f.validationRows)} `}rows: is it as good on them as on its training rows?`;
    case 'deployment':
      return f.float32Bytes === null
        ? 'A model that works must also ship: can it shrink to a quarter of its size and stay as accurate?'
        : `The trained model weighs ${int(f.float32Bytes)} bytes as float32: can it shrink to a quarter and stay as accurate?`;
    case 'monitoring':
      return `Live traffic starts drifting (the “${f.scenario}” scenario): how soon will rolling accuracy fall below ${pct(f.alertThreshold)}?`;
    case 'trace':
      return 'Why did the model say yes or no to this session?';
    case 'quiz':
      return 'Three questions from the card, then ones built from your own run: how much stuck?';
    case 'insight':
      return 'What made this model ready for production — and what would have broken it?';
    case 'review':
      return 'What did you miss last time, and does it stick now?';
  }
}
