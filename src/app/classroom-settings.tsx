/** Classroom settings: which control groups to hide (kept in the link as `hide=`). */
import { HIDE_LABELS, PRESENTER_TEXT, SHELL_TEXT } from '../content/modes';
import { useLabStore } from '../store/lab-store';
import { DEFAULT_MODE, HIDE_GROUPS } from '../store/mode-registry';

export function ClassroomSettings() {
  const hidden = useLabStore((s) => s.hidden);
  const toggleHidden = useLabStore((s) => s.toggleHidden);
  return (
    <fieldset className="classroom-settings">
      <legend>{PRESENTER_TEXT.classroom}</legend>
      {HIDE_GROUPS.map((g) => (
        <label key={g} className="classroom-option">
          <input type="checkbox" checked={hidden.includes(g)} onChange={(e) => toggleHidden(g, e.target.checked)} />
          {HIDE_LABELS[g]}
        </label>
      ))}
    </fieldset>
  );
}

/** Quiz mode with the quiz hidden leaves nothing: say so, and offer both ways back. */
export function NothingToShow() {
  const setHidden = useLabStore((s) => s.setHidden);
  const hidden = useLabStore((s) => s.hidden);
  const setMode = useLabStore((s) => s.setMode);
  return (
    <div role="alert" className="notice nothing-to-show">
      <p>{SHELL_TEXT.nothingToShow}</p>
      <p>
        <button type="button" onClick={() => setHidden(hidden.filter((g) => g !== 'quiz'))}>
          {SHELL_TEXT.showQuizAgain}
        </button>{' '}
        <button type="button" className="secondary" onClick={() => setMode(DEFAULT_MODE)}>
          {SHELL_TEXT.leaveQuizMode}
        </button>
      </p>
    </div>
  );
}

/** Outside Present mode: says what the classroom settings hide, with a way to show it all again. */
export function HiddenNote() {
  const hidden = useLabStore((s) => s.hidden);
  const setHidden = useLabStore((s) => s.setHidden);
  if (hidden.length === 0) return null;
  return (
    <p className="notice hidden-note">
      {SHELL_TEXT.hiddenNote} {hidden.map((g) => HIDE_LABELS[g].toLowerCase()).join(', ')}.{' '}
      <button type="button" className="link-button" onClick={() => setHidden([])}>
        {SHELL_TEXT.showAll}
      </button>
    </p>
  );
}
