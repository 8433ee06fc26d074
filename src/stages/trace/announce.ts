/** The polite announcement for the current layer: its name and key numbers, from the trace. */
import type { PredictionTrace } from '../../ml/trace';
import { decisionText, formatPercent, formatValue } from './format';

export function layerLabel(trace: PredictionTrace | null, layer: number, count: number, fallback: string): string {
  return `Layer ${layer + 1} of ${count}: ${trace?.layers[layer]?.name ?? fallback}`;
}

export function announceLayer(trace: PredictionTrace, layer: number, label: 0 | 1): string {
  const l = trace.layers[layer];
  const head = `${layerLabel(trace, layer, trace.layers.length, '')}.`;
  if (!l) return head;
  switch (l.kind) {
    case 'input':
      return `${head} ${l.values.length} encoded inputs enter the model.`;
    case 'relu': {
      const off = l.values.filter((v) => v === 0).length;
      return `${head} ${l.values.length - off} of ${l.values.length} units active, ${off} switched off by ReLU.`;
    }
    case 'sigmoid':
      return `${head} Weighted sum ${formatValue(l.preActivations?.[0] ?? NaN)}, probability ${formatPercent(trace.probability)}.`;
    case 'threshold': {
      const side = trace.decision === 1 ? 'at or above' : 'below';
      const right = trace.decision === label ? 'right' : 'wrong';
      return (
        `${head} ${formatPercent(trace.probability)} is ${side} the ${formatPercent(trace.threshold)} threshold: ` +
        `${decisionText(trace.decision)}. True label: ${decisionText(label)}, so the model is ${right}.`
      );
    }
  }
}
