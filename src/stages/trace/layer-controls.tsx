/** Step back / Play–Pause / Step forward through the trace's layers. */

export interface LayerControlsProps {
  readonly layer: number;
  readonly count: number;
  readonly playing: boolean;
  onBack(): void;
  onForward(): void;
  onPlay(): void;
  onPause(): void;
}

export function LayerControls({ layer, count, playing, onBack, onForward, onPlay, onPause }: LayerControlsProps) {
  const atStart = layer <= 0;
  const atEnd = layer >= count - 1;
  // aria-disabled (not disabled) keeps focus on the button when it reaches an end.
  return (
    <div className="layer-controls" role="group" aria-label="Move through the layers">
      <button type="button" aria-disabled={atStart} onClick={atStart ? undefined : onBack}>
        <span aria-hidden="true">◀ </span>Step back
      </button>
      <button type="button" onClick={playing ? onPause : onPlay}>
        {playing ? 'Pause' : 'Play'}
      </button>
      <button type="button" aria-disabled={atEnd} onClick={atEnd ? undefined : onForward}>
        Step forward<span aria-hidden="true"> ▶</span>
      </button>
    </div>
  );
}
