/**
 * "Copy link": the address (which holds the seed, settings, step and mode) to
 * the clipboard, with a visible confirmation — or, where the browser refuses,
 * the link as selectable text.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { SHELL_TEXT } from '../content/modes';

type CopyState = { readonly kind: 'idle' } | { readonly kind: 'copied' } | { readonly kind: 'manual'; readonly href: string };

export function CopyLink() {
  const [state, setState] = useState<CopyState>({ kind: 'idle' });
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  useEffect(() => {
    // Ready for Ctrl+C / ⌘C: the link is focused and selected.
    if (state.kind === 'manual') input.current?.focus();
  }, [state]);
  const copy = async () => {
    const href = window.location.href;
    try {
      if (typeof navigator === 'undefined' || !navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(href);
      setState({ kind: 'copied' });
    } catch {
      setState({ kind: 'manual', href });
    }
  };
  return (
    <div className="copy-link">
      <button type="button" onClick={() => void copy()}>
        {SHELL_TEXT.copyLink}
      </button>
      <span role="status" aria-live="polite" className="copy-status">
        {state.kind === 'copied' ? SHELL_TEXT.copied : ''}
      </span>
      {state.kind === 'manual' && (
        <div className="copy-manual">
          <label htmlFor={id}>{SHELL_TEXT.copyManual}</label>
          <input id={id} ref={input} type="text" readOnly value={state.href} onFocus={(e) => e.currentTarget.select()} />
        </div>
      )}
    </div>
  );
}
