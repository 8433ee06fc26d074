/**
 * One filled snippet: its language, Copy, and the code line by line. Marked
 * lines have a background and a ▶ in the gutter (not colour alone); the note
 * under the caption tells everyone, screen readers included, which lines they are.
 */
import { useId, useRef } from 'react';
import { CODE_TEXT } from '../../content/code/snippets';
import { describeLines, type FilledSnippet } from '../../content/code/fill';
import { CopyCode } from './copy-code';

interface Props {
  readonly language: string;
  readonly snippet: FilledSnippet;
  /** The step's title, for the code region's name. */
  readonly step: string;
  /** What the marked lines draw in the step's picture. */
  readonly picture: string;
}

export function CodeBlock({ language, snippet, step, picture }: Props) {
  const id = useId();
  const scroller = useRef<HTMLPreElement>(null);
  const marked = new Set(snippet.highlighted);
  const lines = snippet.code.split('\n');
  return (
    <figure className="code-block" aria-labelledby={`${id}-lang`}>
      <figcaption>
        <span id={`${id}-lang`} className="code-language">
          {language}
        </span>
        <CopyCode code={snippet.code} label={CODE_TEXT.copy(language)} target={scroller} />
      </figcaption>
      <p id={`${id}-marked`} className="code-note">
        {CODE_TEXT.marked(describeLines(snippet.highlighted), picture)}
      </p>
      {/* Focusable so the keyboard can scroll long lines sideways inside the block, not the page. */}
      <pre
        ref={scroller}
        className="code-scroll"
        role="region"
        tabIndex={0}
        aria-label={CODE_TEXT.code(language, step)}
        aria-describedby={`${id}-marked`}
      >
        <code data-language={snippet.language}>
          {lines.map((line, i) => {
            const n = i + 1;
            const hl = marked.has(n);
            return (
              <span key={n} className={hl ? 'code-line marked' : 'code-line'} data-line={n}>
                <span className="code-gutter" aria-hidden="true">
                  {String(n).padStart(2, ' ')} {hl ? '▶' : ' '}
                </span>
                {hl && <span className="visually-hidden">(marked) </span>}
                {line}
              </span>
            );
          })}
        </code>
      </pre>
    </figure>
  );
}
