/** Classroom settings: which control groups to hide (kept in the link as `hide=`). */
import { HIDE_LABELS, PRESENTER_TEXT, SHELL_TEXT } from '../content/modes';
import { useLabStore } from '../store/lab-store';
import { HIDE_GROUPS } from '../store/mode-registry';

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
