/**
 * Fills a snippet template with a run's facts. A template is plain text:
 * `{{name}}` is replaced by the fact `name` written as a literal of the
 * snippet's language, and a line starting with `@@ ` is one the stage's
 * picture corresponds to (the marker is removed; its line number is kept).
 */
import type { CodeFacts, CodeLanguage } from './facts';

export interface FilledSnippet {
  readonly language: CodeLanguage;
  /** The code exactly as Copy puts it on the clipboard. */
  readonly code: string;
  /** 1-based numbers of the highlighted lines, ascending. */
  readonly highlighted: readonly number[];
}

type Literal = number | string | boolean | readonly string[];

/** A value written as a literal that JavaScript and Python read the same way (booleans differ). */
export function literal(value: Literal, language: CodeLanguage): string {
  if (typeof value === 'boolean') return language === 'python' ? (value ? 'True' : 'False') : String(value);
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  return `[${value.map((v) => literal(v, language)).join(', ')}]`;
}

const MARK = '@@ ';

/** @throws Error naming a placeholder that is not a fact (a template typo must not reach the page). */
export function fillSnippet(template: string, facts: CodeFacts, language: CodeLanguage): FilledSnippet {
  const lines = template.replace(/^\n/, '').replace(/\n$/, '').split('\n');
  const highlighted: number[] = [];
  const out = lines.map((line, i) => {
    const marked = line.startsWith(MARK);
    if (marked) highlighted.push(i + 1);
    const text = marked ? line.slice(MARK.length) : line;
    return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
      if (!Object.hasOwn(facts, name)) throw new Error(`Snippet placeholder {{${name}}} is not a run fact`);
      return literal(facts[name as keyof CodeFacts], language);
    });
  });
  return { language, code: out.join('\n'), highlighted };
}

/** "12–15" or "3, 7–9": the highlighted lines as a reader hears them. */
export function describeLines(lines: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < lines.length;) {
    let j = i;
    while (j + 1 < lines.length && lines[j + 1] === lines[j] + 1) j++;
    parts.push(j === i ? String(lines[i]) : `${lines[i]}–${lines[j]}`);
    i = j + 1;
  }
  return parts.join(', ');
}
