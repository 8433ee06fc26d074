/**
 * The embedded view's only chrome (`embed=1`, for an iframe in a course page):
 * the app's name as the page heading and a link out to the full app — this
 * run, step and mode, without `embed`, in a new tab.
 */
import { SHELL_TEXT } from '../content/modes';
import { useLabStore } from '../store/lab-store';
import { formatHash } from '../store/url-hash';

export function EmbedHeader() {
  const config = useLabStore((s) => s.config);
  const step = useLabStore((s) => s.step);
  const mode = useLabStore((s) => s.mode);
  const hidden = useLabStore((s) => s.hidden);
  const href = `${window.location.pathname}${window.location.search}${formatHash(config, step, { mode, hidden, embed: false })}`;
  return (
    <header className="embed-header">
      <h1>{SHELL_TEXT.embedTitle}</h1>
      <a href={href} target="_blank" rel="noopener">
        {SHELL_TEXT.openFullApp}
      </a>
    </header>
  );
}
