/** The precision/recall trade-off of the current threshold, in sentences written from the numbers. */
import { precisionOf, recallOf, type Confusion } from '../../pipeline/metrics';
import { confusionAt, type ScoreSummary } from '../../pipeline/score-summary';
import { fmtCount, fmtInt, fmtPct } from '../../pipeline/summary';

function now(c: Confusion, threshold: number): string {
  const flagged = c.tp + c.fp;
  const converters = c.tp + c.fn;
  const at = `At threshold ${threshold.toFixed(2)}`;
  if (flagged === 0) {
    return `${at} the model flags no session as converting, so it finds none of the ${fmtInt(converters)} sessions that converted (recall 0.0 %).`;
  }
  return (
    `${at} the model flags ${fmtCount(flagged, 'session', 'sessions')} as converting: ${fmtInt(c.tp)} of them really converted ` +
    `(precision ${fmtPct(precisionOf(c))}), and it finds ${fmtInt(c.tp)} of the ${fmtInt(converters)} sessions that converted ` +
    `(recall ${fmtPct(recallOf(c))}).`
  );
}

function move(scores: ScoreSummary, c: Confusion, to: number, verb: string): string {
  const d = confusionAt(scores, to);
  return (
    `${verb} it to ${to.toFixed(2)} would give ${fmtCount(d.fp, 'false alarm', 'false alarms')} instead of ${fmtInt(c.fp)} and ` +
    `${fmtCount(d.fn, 'missed converter', 'missed converters')} instead of ${fmtInt(c.fn)} ` +
    `(precision ${fmtPct(precisionOf(d))}, recall ${fmtPct(recallOf(d))}).`
  );
}

/** Sentences for `threshold`, and for 0.1 above and below it when those are in range. */
export function tradeOffSentences(scores: ScoreSummary, c: Confusion, threshold: number, min = 0.01, max = 0.99): string[] {
  const up = Math.round((threshold + 0.1) * 100) / 100;
  const down = Math.round((threshold - 0.1) * 100) / 100;
  const out = [now(c, threshold)];
  if (up <= max) out.push(move(scores, c, up, 'Raising'));
  if (down >= min) out.push(move(scores, c, down, 'Lowering'));
  return out;
}
