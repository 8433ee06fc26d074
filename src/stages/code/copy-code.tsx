/** Copy for one snippet: the Clipboard API, or — where the browser refuses — the code selected, with a message. */
import { useState, type RefObject } from 'react';
import { CODE_TEXT } from '../../content/code/snippets';

type CopyState = 'idle' | 'copied' | 'failed';

export function CopyCode({ code, label, target }: { code: string; label: string; target: RefObject<HTMLElement | null> }) {
  const [state, setState] = useState<CopyState>('idle');
  const copy = async () => {
    try {
      if (typeof navigator === 'undefined' || !navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(code);
      setState('copied');
    } catch {
      setState('failed');
      // Ready for Ctrl+C / ⌘C: the code itself is selected (the line numbers are not selectable).
      const el = target.current;
      if (el) {
        el.focus();
        window.getSelection()?.selectAllChildren(el.querySelector('code') ?? el);
      }
    }
  };
  return (
    <>
      <button type="button" className="secondary" aria-label={label} onClick={() => void copy()}>
        {CODE_TEXT.copyLabel}
      </button>
      <span role="status" aria-live="polite" className={state === 'failed' ? 'code-copy-status failed' : 'code-copy-status'}>
        {state === 'copied' ? CODE_TEXT.copied : state === 'failed' ? CODE_TEXT.copyFailed : ''}
      </span>
    </>
  );
}
