/**
 * ←/→ move between steps unless the learner is typing or adjusting a control;
 * with `pageKeys` (Present mode's slides) PageDown/PageUp do the same, as a
 * presentation clicker sends them.
 */
import { useEffect } from 'react';

const EDITABLE = new Set(['INPUT', 'SELECT', 'TEXTAREA']);
const ACTIVATABLE = new Set(['BUTTON', 'A', 'SUMMARY', 'OPTION']);
const CONTROL_ROLES = new Set(['button', 'link', 'checkbox', 'radio', 'switch', 'tab', 'menuitem', 'option', 'spinbutton']);

export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return EDITABLE.has(target.tagName) || target.isContentEditable || target.getAttribute('role') === 'slider';
}

/** True when the key belongs to the focused control (Space presses a button, ticks a box…). */
export function isInteractiveTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return isTypingTarget(target) || ACTIVATABLE.has(target.tagName) || CONTROL_ROLES.has(target.getAttribute('role') ?? '');
}

export function useArrowKeys(onBack: () => void, onNext: () => void, enabled = true, pageKeys = false): void {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey || isTypingTarget(e.target)) return;
      if (e.key === 'ArrowRight' || (pageKeys && e.key === 'PageDown')) {
        e.preventDefault();
        onNext();
      } else if (e.key === 'ArrowLeft' || (pageKeys && e.key === 'PageUp')) {
        e.preventDefault();
        onBack();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onBack, onNext, enabled, pageKeys]);
}
