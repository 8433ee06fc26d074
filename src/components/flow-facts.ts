/**
 * What the flow strip says about each stage, from the values the stage cards and
 * the dot view already read (snapshot shapes and splits, the dot data's class
 * count, the serving summary): what the stage did to the rows (the connector
 * into its box) and a proportion bar. Formatting only, no second computation.
 */
import type { DataSnapshot } from '../pipeline/snapshot';
import { fmtCount, fmtInt, fmtPct, shippedVariant, STAGE_IDS, type StageId } from '../pipeline/summary';
import type { Serving } from '../store/serving';

/** One part of a bar: its share of the bar's width (0–1) and what it stands for (a CSS class suffix). */
export interface BarPart {
  readonly share: number;
  readonly kind: 'converted' | 'not-converted' | 'kept' | 'training' | 'validation' | 'size' | 'accuracy';
}

export interface FlowFact {
  /** What this stage did to the rows, short (the connector's text), and the same in a sentence for screen readers. */
  readonly change: { readonly text: string; readonly said: string } | null;
  /** The bar under the box's shape, and what it shows in words. */
  readonly bar: { readonly parts: readonly BarPart[]; readonly said: string } | null;
}

export type FlowInputs = Pick<DataSnapshot, 'rawShape' | 'cleanShape' | 'featureShape' | 'trainRows' | 'validationRows'> & {
  readonly dots: Pick<DataSnapshot['dots'], 'rows' | 'convertedRows'>;
};

/** The strip's fact per stage, in STAGE_IDS order. */
export function flowFacts(s: FlowInputs | null, serving: Serving | null): Record<StageId, FlowFact> {
  const none: FlowFact = { change: null, bar: null };
  const out = Object.fromEntries(STAGE_IDS.map((id) => [id, none])) as Record<StageId, FlowFact>;
  if (s) {
    const collected = s.rawShape[0];
    const of = (rows: number) => (collected ? rows / collected : 0);
    const kept = s.cleanShape[0];
    const dropped = collected - kept;
    const added = s.featureShape[1] - s.cleanShape[1];
    const split = s.trainRows + s.validationRows;
    const conv = s.dots.rows ? s.dots.convertedRows / s.dots.rows : 0;
    const keptBar = { parts: [{ share: of(kept), kind: 'kept' }], said: `${fmtPct(of(kept))} of the collected rows` } as const;
    out.collection = {
      change: null,
      bar: {
        parts: [
          { share: conv, kind: 'converted' },
          { share: 1 - conv, kind: 'not-converted' },
        ],
        said: `${fmtPct(conv)} converted`,
      },
    };
    out.cleaning = {
      change: dropped
        ? { text: `−${fmtCount(dropped, 'row', 'rows')}`, said: `cleaning dropped ${fmtCount(dropped, 'row', 'rows')}` }
        : { text: 'no rows dropped', said: 'cleaning dropped no rows' },
      bar: keptBar,
    };
    out.features = {
      change: added
        ? {
            text: `+${fmtCount(added, 'column', 'columns')}`,
            said: `feature engineering added ${fmtCount(added, 'column', 'columns')}`,
          }
        : { text: 'no new columns', said: 'feature engineering added no columns' },
      bar: keptBar,
    };
    out.training = {
      change: {
        text: `${Math.round((100 * s.trainRows) / (split || 1))} / ${Math.round((100 * s.validationRows) / (split || 1))} split`,
        said: `split into ${fmtInt(s.trainRows)} training and ${fmtInt(s.validationRows)} validation rows`,
      },
      bar: {
        parts: [
          { share: of(s.trainRows), kind: 'training' },
          { share: of(s.validationRows), kind: 'validation' },
        ],
        said: `${fmtPct(of(s.trainRows))} of the collected rows train, ${fmtPct(of(s.validationRows))} validate`,
      },
    };
    out.validation = {
      change: { text: `${fmtInt(s.validationRows)} held out`, said: `${fmtInt(s.validationRows)} rows held out for validation` },
      bar: {
        parts: [{ share: of(s.validationRows), kind: 'validation' }],
        said: `${fmtPct(of(s.validationRows))} of the collected rows`,
      },
    };
  }
  const d = serving?.deployment;
  const small = d ? shippedVariant(d) : null;
  if (d && small) {
    const ratio = d.float32Bytes / small.totalBytes;
    out.deployment = {
      change: {
        text: `${small.dtype} ${ratio.toFixed(1)}× smaller`,
        said: `float32 ${fmtInt(d.float32Bytes)} bytes to ${small.dtype} ${fmtInt(small.totalBytes)} bytes, ${ratio.toFixed(1)} times smaller`,
      },
      bar: {
        parts: [{ share: small.totalBytes / d.float32Bytes, kind: 'size' }],
        said: `${fmtPct(small.totalBytes / d.float32Bytes)} of the float32 size`,
      },
    };
  }
  const m = serving?.monitoring;
  if (m) {
    const alerts = m.alerts.filter((a) => a.kind === 'fired').length;
    const last = [...m.ticks].reverse().find((t) => t.accuracy !== null);
    out.monitoring = {
      change: {
        text: `${fmtCount(m.ticks.length, 'batch', 'batches')} · ${fmtCount(alerts, 'alert', 'alerts')}`,
        said: `${fmtCount(m.ticks.length, 'live batch', 'live batches')}, ${fmtCount(alerts, 'alert', 'alerts')} fired`,
      },
      bar:
        last?.accuracy != null
          ? { parts: [{ share: last.accuracy, kind: 'accuracy' }], said: `rolling accuracy ${fmtPct(last.accuracy)}` }
          : null,
    };
  }
  return out;
}
