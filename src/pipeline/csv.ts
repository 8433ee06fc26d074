/**
 * CSV export of a split: one row per example, exactly the model's input features
 * after feature engineering and before scaling or encoding (categorical columns
 * as their names), then the label. Values are numbers or fixed category names,
 * so no quoting is ever needed.
 */
import { CATEGORIES, type FeatureColumnName } from './schema';
import type { Table } from './table';

function cell(name: FeatureColumnName, v: number): string {
  const cats = CATEGORIES[name];
  if (cats) return cats[v] ?? '';
  return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(7)));
}

/** The CSV text (header + one line per row, '\n' line ends). */
export function toCsv(table: Table<FeatureColumnName>, rows: ArrayLike<number>, features: readonly FeatureColumnName[]): string {
  const columns: FeatureColumnName[] = [...features, 'converted'];
  const lines = [columns.join(',')];
  for (let r = 0; r < rows.length; r++) {
    const i = rows[r];
    lines.push(columns.map((c) => cell(c, table.columns[c][i])).join(','));
  }
  return lines.join('\n') + '\n';
}
