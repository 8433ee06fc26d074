/** What the dot view says about the mark under the pointer or keyboard focus, per kind of picture. */
import { ROLE_DROPPED, ROLE_TRAIN, type DotData } from '../../pipeline/dot-data';
import { BIN_NAMES } from '../../pipeline/dot-layout/layout-cleaning';
import { INK, SHAPE, type DotLayout } from '../../pipeline/dot-layout/types';
import { FAULT_KINDS } from '../../pipeline/faults';
import { fmtInt } from '../../pipeline/summary';

/** Stages 1–5: the collected row a mark stands for. */
export function describer(dots: DotData): (m: number) => string {
  return (m) => {
    const day = Math.min(dots.days, Math.floor(dots.time[m] * dots.days) + 1);
    const parts = [`Row ${fmtInt(m * dots.stride + 1)}: day ${day}`, dots.label[m] ? 'converted' : 'did not convert'];
    if (dots.fault[m]) parts.push(`dropped (${BIN_NAMES[FAULT_KINDS[dots.fault[m] - 1]]})`);
    else if (!Number.isNaN(dots.clickRate[m])) parts.push(`click_rate ${dots.clickRate[m].toFixed(2)}`);
    if (dots.role[m] !== ROLE_DROPPED) parts.push(dots.role[m] === ROLE_TRAIN ? 'training split' : 'validation split');
    return parts.join(' · ');
  };
}

/** Stage 6's marks are weights and validation rows, not collected rows. */
export function describeWeight(layout: DotLayout): (m: number) => string {
  const weights = layout.counts.weights ?? 0;
  const per = layout.counts.rowsPerMark ?? 1;
  const rows = layout.counts.validationRows ?? 0;
  const which = (k: number) =>
    per === 1
      ? `Validation row ${fmtInt(k + 1)}`
      : `Validation rows ${fmtInt(k * per + 1)}–${fmtInt(Math.min(rows, (k + 1) * per))}`;
  const changed = per === 1 ? ': decision changed by uint8' : ': a decision changed by uint8';
  return (m) =>
    m < weights
      ? `Weight ${fmtInt(m + 1)} of ${fmtInt(weights)}`
      : `${which(m - weights)}${layout.shape[m] === SHAPE.plus ? changed : ': same decision'}`;
}

/** Stage 7's marks are live rows and percentage points of the drift overlay. */
export function describeLive(layout: DotLayout): (m: number) => string {
  const shape = layout.shape;
  return (m) =>
    layout.ink[m] === INK.trainingShare
      ? '1 % of the training rows in this bin'
      : layout.ink[m] === INK.liveShare
        ? '1 % of the live window’s rows in this bin'
        : `A live row: ${shape[m] === SHAPE.square ? 'predicted right' : shape[m] === SHAPE.plus ? 'predicted wrong' : 'turned away by the serving gate'}`;
}
