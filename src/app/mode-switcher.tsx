/** The learning mode: a labelled select, with the chosen mode described under it. */
import { useId } from 'react';
import { MODE_INFO, SHELL_TEXT } from '../content/modes';
import { useLabStore } from '../store/lab-store';
import { isLearningMode, LEARNING_MODES } from '../store/view-settings';

export function ModeSwitcher() {
  const mode = useLabStore((s) => s.mode);
  const setMode = useLabStore((s) => s.setMode);
  const id = useId();
  return (
    <div className="mode-switcher">
      <label htmlFor={id}>{SHELL_TEXT.modeLabel}</label>
      <select
        id={id}
        value={mode}
        aria-describedby={`${id}-about`}
        onChange={(e) => {
          if (isLearningMode(e.target.value)) setMode(e.target.value);
        }}
      >
        {LEARNING_MODES.map((m) => (
          <option key={m} value={m}>
            {MODE_INFO[m].label}
          </option>
        ))}
      </select>
      <p id={`${id}-about`} className="mode-about">
        {MODE_INFO[mode].description}
      </p>
    </div>
  );
}
