/** The current layer as a table: the text alternative to the layer diagram. */
import { DataTable } from '../../components/data-table';
import type { LayerTrace, PredictionTrace } from '../../ml/trace';
import { decisionText, formatPercent, formatValue } from './format';

export interface LayerTableProps {
  readonly trace: PredictionTrace;
  readonly layer: number;
  readonly inputNames: readonly string[];
}

interface Row {
  readonly key: string;
  readonly cells: readonly string[];
  readonly off?: boolean;
}

function rowsOf(l: LayerTrace, trace: PredictionTrace, inputNames: readonly string[]): { headers: string[]; rows: Row[] } {
  if (l.kind === 'input') {
    return {
      headers: ['Input', 'Value fed to the model'],
      rows: l.values.map((v, k) => ({ key: String(k), cells: [inputNames[k] ?? `input ${k + 1}`, formatValue(v)] })),
    };
  }
  if (l.kind === 'threshold') {
    return {
      headers: ['Step', 'Value'],
      rows: [
        { key: 'p', cells: ['Probability from the output layer', formatPercent(trace.probability)] },
        { key: 't', cells: ['Decision threshold', formatPercent(trace.threshold)] },
        { key: 'd', cells: ['Decision', `${trace.decision} (${decisionText(trace.decision)})`] },
      ],
    };
  }
  const fn = l.kind === 'relu' ? 'ReLU' : 'sigmoid';
  return {
    headers: ['Unit', 'Weighted sum (pre-activation)', `Activation (after ${fn})`],
    rows: l.values.map((v, k) => {
      const off = l.kind === 'relu' && v === 0;
      const act = off
        ? `${formatValue(v)} (off)`
        : l.kind === 'sigmoid'
          ? `${formatValue(v)} (${formatPercent(v)})`
          : formatValue(v);
      const pre = l.preActivations?.[k];
      return { key: String(k), off, cells: [String(k + 1), pre === undefined ? '—' : formatValue(pre), act] };
    }),
  };
}

export function LayerTable({ trace, layer, inputNames }: LayerTableProps) {
  const l = trace.layers[layer];
  if (!l) return null;
  const { headers, rows } = rowsOf(l, trace, inputNames);
  return (
    <DataTable
      caption={`${l.name}, unit by unit`}
      columns={headers}
      rows={rows.map((r) => ({
        key: r.key,
        header: r.cells[0],
        cells: r.cells.slice(1),
        className: r.off ? 'row-off' : undefined,
      }))}
      className="compact layer-table"
    />
  );
}
