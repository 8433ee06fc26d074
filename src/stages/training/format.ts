/** Number formats shared by the training views: losses with 3 decimals, rates as percentages. */
import { fmtPct } from '../../pipeline/summary';

export const fmtLoss = (x: number): string => (Number.isFinite(x) ? x.toFixed(3) : 'not a number');
export const fmtRate = (x: number): string => (Number.isFinite(x) ? fmtPct(x) : 'not a number');
