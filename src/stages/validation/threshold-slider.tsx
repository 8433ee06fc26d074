/** The decision threshold: a range input bound to config.threshold through the knob registry. */
import { useId } from 'react';
import { KNOBS } from '../../pipeline/config';
import { useLabStore } from '../../store/lab-store';
import { useView } from '../../store/use-view';
import { VALIDATION_TEXT } from './content';

/** `brief`: the short hint, for a focused step where the picture above is what the slider changes. */
export function ThresholdSlider({ brief = false }: { brief?: boolean }) {
  const threshold = useLabStore((s) => s.config.threshold);
  const setKnob = useLabStore((s) => s.setKnob);
  const id = useId();
  const shown = useView().shows('threshold-slider');
  const { min, max } = KNOBS.threshold;
  if (!shown) return null;
  return (
    <div className="threshold-slider">
      <label htmlFor={id}>{VALIDATION_TEXT.thresholdLabel}</label>
      <div className="threshold-inputs">
        <input
          id={id}
          type="range"
          min={min}
          max={max}
          step={0.01}
          value={threshold}
          aria-valuetext={threshold.toFixed(2)}
          aria-describedby={`${id}-hint`}
          onChange={(e) => setKnob('threshold', Number(e.target.value))}
        />
        <output htmlFor={id} className="threshold-value">
          {threshold.toFixed(2)}
        </output>
      </div>
      <p id={`${id}-hint`} className="muted threshold-hint">
        {brief ? VALIDATION_TEXT.thresholdHintBrief : VALIDATION_TEXT.thresholdHint}
      </p>
    </div>
  );
}
