/** The layer stepper: controls, the "Layer k of 5" heading, the diagram with its table, and the outcome. */
import { LayerDiagram } from '../../components/layer-diagram';
import type { PredictionTrace } from '../../ml/trace';
import { layerLabel } from './announce';
import { useView } from '../../store/use-view';
import { LAYER_NOTES, LAYERS_HEADING, LEGEND, LEGEND_SUMMARY } from './content';
import { LayerControls } from './layer-controls';
import { LayerTable } from './layer-table';
import { PredictionSummary } from './prediction-summary';
import type { useLayerPlayer } from './use-layer-player';
import type { TraceRow } from './use-trace-row';

export interface TraceLayersProps {
  readonly trace: PredictionTrace | null;
  readonly row: TraceRow | null;
  readonly player: ReturnType<typeof useLayerPlayer>;
  readonly count: number;
  readonly inputNames: readonly string[];
}

const FALLBACK_NAMES = [
  'Input Layer',
  'Hidden Layer 1 (ReLU)',
  'Hidden Layer 2 (ReLU)',
  'Output Layer (Sigmoid)',
  'Threshold Decision',
];

export function TraceLayers({ trace, row, player, count, inputNames }: TraceLayersProps) {
  // A focused (guided) step folds the diagram's key away: the picture comes first.
  const focused = useView().entry.layout === 'focused';
  const { layer } = player;
  return (
    <section className="trace-layers" aria-labelledby="trace-layers-heading">
      <h3 id="trace-layers-heading">{LAYERS_HEADING}</h3>
      <LayerControls
        layer={layer}
        count={count}
        playing={player.playing}
        onBack={player.back}
        onForward={player.forward}
        onPlay={player.play}
        onPause={player.pause}
      />
      <h4 className="layer-label">{layerLabel(trace, layer, count, FALLBACK_NAMES[layer] ?? '')}</h4>
      <p className="layer-note">{LAYER_NOTES[layer]}</p>
      {!trace || !row ? (
        <p className="muted">Tracing the row…</p>
      ) : (
        <>
          <figure className="trace-figure">
            <figcaption className="visually-hidden">
              Layer diagram of the trace; the table next to it lists the current layer’s numbers.
            </figcaption>
            <div className="trace-diagram">
              <LayerDiagram trace={trace} current={layer} inputNames={inputNames} />
              {focused ? (
                <details className="trace-legend">
                  <summary>{LEGEND_SUMMARY}</summary>
                  <p className="muted">{LEGEND}</p>
                </details>
              ) : (
                <p className="muted trace-legend">{LEGEND}</p>
              )}
            </div>
            <LayerTable trace={trace} layer={layer} inputNames={inputNames} />
          </figure>
          <PredictionSummary trace={trace} rowIndex={row.index} label={row.label} edited={row.edited} />
        </>
      )}
    </section>
  );
}
