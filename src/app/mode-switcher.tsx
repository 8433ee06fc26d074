/** The learning mode: a labelled select, with the chosen mode described under it. */
import { useId } from 'react';
import { SHELL_TEXT } from '../content/modes';
import { useLabStore } from '../store/lab-store';
import { isLearningMode, LEARNING_MODES, MODES } from '../store/mode-registry';
import { useView } from '../store/use-view';

/** `compact`: the shell is collapsed to one line, so the mode's description stays out of sight (it still describes the select). */
export function ModeSwitcher({ compact = false }: { compact?: boolean }) {
  const mode = useLabStore((s) => s.mode);
  const setMode = useLabStore((s) => s.setMode);
  const id = useId();
  const view = useView();
  return (
    <div className="learning-mode">
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
            {MODES[m].text.label}
          </option>
        ))}
      </select>
      {/* Kept in the page (the select's description) even where the mode does not show it. */}
      <p id={`${id}-about`} className="learning-mode-about" hidden={compact || !view.shows('mode-about')}>
        {MODES[mode].text.description}
      </p>
    </div>
  );
}
