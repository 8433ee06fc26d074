/**
 * Draws a PredictionTrace: a column of nodes per layer (fill strength from the
 * activation; ReLU units at 0 grey and dashed), and lines between dense layers
 * whose width is |weight| scaled per layer and whose colour is the sign.
 * Decorative for screen readers (aria-hidden): the caller puts the numbers in
 * a table next to it.
 */
import type { LayerTrace, PredictionTrace } from '../ml/trace';

export interface LayerDiagramProps {
  readonly trace: PredictionTrace;
  /** Index of the current layer (0 = input); later layers are faded. */
  readonly current: number;
  /** Labels for the input nodes (the encoded input names). */
  readonly inputNames?: readonly string[];
}

export const POSITIVE = '#0b57d0';
export const NEGATIVE = '#e8710a';
export const OFF_FILL = '#e3e5e8';
export const OFF_STROKE = '#80868b';
/** Text of layers the animation has not reached: muted, yet 6.3:1 on white (a faded #1b1f24 was about 1.7:1). */
export const UPCOMING_TEXT = '#5f6368';
export const MIN_WIDTH = 0.25;
export const MAX_WIDTH = 3.5;
/** Lines drawn per layer at most (the strongest); only huge layers hit it. */
const MAX_LINKS = 3000;
const W = 380;
const TOP = 46;
const GAP = 24;
const MAX_PLOT = 480;
const FIRST_X = 152;
const LAST_X = 352;

/** Two short lines per column header, so the columns can sit close together on narrow screens. */
const header = (l: LayerTrace, i: number): [string, string] =>
  l.kind === 'input'
    ? ['Input', '']
    : l.kind === 'relu'
      ? ['Hidden', String(i)]
      : l.kind === 'sigmoid'
        ? ['Output', '']
        : ['Decision', ''];

interface Column {
  readonly x: number;
  readonly r: number;
  readonly gap: number;
  readonly ys: number[];
}

function layout(layers: readonly LayerTrace[]): { columns: Column[]; height: number } {
  const maxN = Math.max(1, ...layers.map((l) => l.values.length));
  const plot = Math.min(MAX_PLOT, maxN * GAP);
  const dx = layers.length > 1 ? (LAST_X - FIRST_X) / (layers.length - 1) : 0;
  const columns = layers.map((l, i) => {
    const n = l.values.length;
    const gap = Math.min(GAP, plot / Math.max(1, n));
    const y0 = TOP + plot / 2 - (gap * (n - 1)) / 2;
    return { x: FIRST_X + i * dx, r: Math.max(1, Math.min(8, gap * 0.36)), gap, ys: l.values.map((_, k) => y0 + k * gap) };
  });
  return { columns, height: TOP + plot + 24 };
}

/** Stroke width for |w| in a layer whose largest |weight| is maxAbs. */
export function linkWidth(w: number, maxAbs: number): number {
  return maxAbs > 0 ? MIN_WIDTH + ((MAX_WIDTH - MIN_WIDTH) * Math.abs(w)) / maxAbs : MIN_WIDTH;
}

function Links({ layer, from, to, dim }: { layer: LayerTrace; from: Column; to: Column; dim: boolean }) {
  const links = (layer.weights ?? []).flatMap((row, i) => row.map((w, j) => ({ i, j, w })));
  const maxAbs = links.reduce((m, l) => Math.max(m, Math.abs(l.w)), 0);
  const shown = links.length > MAX_LINKS ? [...links].sort((a, b) => Math.abs(b.w) - Math.abs(a.w)).slice(0, MAX_LINKS) : links;
  return (
    <g className={`links${dim ? ' is-dim' : ''}`} opacity={dim ? 0.15 : 1}>
      {shown.map(({ i, j, w }) => (
        <line
          key={`${i}-${j}`}
          className={w < 0 ? 'link link-negative' : 'link link-positive'}
          data-weight={w}
          x1={from.x}
          y1={from.ys[i]}
          x2={to.x}
          y2={to.ys[j]}
          stroke={w < 0 ? NEGATIVE : POSITIVE}
          strokeWidth={linkWidth(w, maxAbs)}
          strokeOpacity={0.55}
        />
      ))}
    </g>
  );
}

/** A unit's look: ReLU units at exactly 0 are "off" (grey, dashed); others fill more strongly the larger they are. */
function nodeLook(layer: LayerTrace, v: number, maxAbs: number) {
  if (layer.kind === 'relu' && v === 0) {
    return { className: 'node node-off', fill: OFF_FILL, stroke: OFF_STROKE, strokeDasharray: '3 2' };
  }
  const colour = v < 0 ? NEGATIVE : POSITIVE;
  const strength = layer.kind === 'sigmoid' || layer.kind === 'threshold' ? v : maxAbs > 0 ? Math.abs(v) / maxAbs : 0;
  const fillOpacity = layer.kind === 'threshold' ? v : 0.12 + 0.88 * strength;
  return { className: 'node node-on', fill: colour, stroke: colour, fillOpacity };
}

export function LayerDiagram({ trace, current, inputNames }: LayerDiagramProps) {
  const { layers } = trace;
  const { columns, height } = layout(layers);
  const last = columns.length - 1;
  return (
    <svg className="layer-diagram" viewBox={`0 0 ${W} ${height}`} width="100%" aria-hidden="true" focusable="false">
      {columns[current] && (
        <rect
          className="col-highlight"
          x={columns[current].x - 27}
          y={TOP - 44}
          width={54}
          height={height - TOP + 36}
          rx={8}
          fill="#fff4d6"
        />
      )}
      {layers.map((l, i) =>
        i > 0 && l.weights ? (
          <Links key={`links-${i}`} layer={l} from={columns[i - 1]} to={columns[i]} dim={i > current} />
        ) : null,
      )}
      {last > 0 && layers[last].kind === 'threshold' && (
        <line
          className={`link-threshold${last > current ? ' is-dim' : ''}`}
          x1={columns[last - 1].x}
          y1={columns[last - 1].ys[0]}
          x2={columns[last].x}
          y2={columns[last].ys[0]}
          stroke={OFF_STROKE}
          strokeDasharray="4 3"
          opacity={last > current ? 0.15 : 1}
        />
      )}
      {layers.map((l, i) => {
        const c = columns[i];
        const maxAbs = l.values.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
        const state = i === current ? 'is-current' : i < current ? 'is-done' : 'is-dim';
        const [name, sub] = header(l, i);
        const labelled = l.kind === 'input' && inputNames?.length === l.values.length && c.gap >= 11;
        return (
          <g key={i} className={`layer-col ${state}`} data-layer={i}>
            {/* The header stays opaque (a fade would drop its contrast below 4.5:1); only the nodes fade. */}
            <text
              className="col-header"
              x={c.x}
              y={TOP - 30}
              textAnchor="middle"
              fontSize={11}
              fill={i > current ? UPCOMING_TEXT : undefined}
            >
              <tspan x={c.x}>{name}</tspan>
              <tspan x={c.x} dy={14}>
                {sub}
              </tspan>
            </text>
            <g className="layer-nodes" opacity={i > current ? 0.25 : 1}>
              {c.ys.map((y, k) => (
                <circle key={`bg-${k}`} className="node-bg" cx={c.x} cy={y} r={c.r} fill="#fff" />
              ))}
              {l.values.map((v, k) => (
                <circle key={k} data-unit={k} cx={c.x} cy={c.ys[k]} r={c.r} {...nodeLook(l, v, maxAbs)} />
              ))}
            </g>
            {labelled &&
              inputNames.map((label, k) => (
                <text key={label} className="input-label" x={c.x - c.r - 6} y={c.ys[k] + 4} textAnchor="end" fontSize={13}>
                  {label}
                </text>
              ))}
            {(l.kind === 'sigmoid' || l.kind === 'threshold') && (
              <text
                className="node-value"
                x={c.x}
                y={c.ys[0] + c.r + 15}
                textAnchor="middle"
                fontSize={12}
                fill={i > current ? UPCOMING_TEXT : undefined}
              >
                {l.kind === 'sigmoid' ? `${(l.values[0] * 100).toFixed(0)}%` : l.values[0] === 1 ? 'yes' : 'no'}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
