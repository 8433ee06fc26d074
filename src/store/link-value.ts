/**
 * How a shared link's own text may appear in a notice, and how its numbers are read. A link is
 * written by whoever sent it, so its text is quoted only as a short token in guillemets after
 * "the link's … value", never as a sentence the app would seem to say: anything longer than
 * QUOTE_MAX characters, or with characters other than letters, digits and . _ + - is described
 * by its length instead.
 */

/** Longest link value quoted in a notice. */
export const QUOTE_MAX = 12;

const TOKEN = /^[A-Za-z0-9._+-]+$/;

/** «1.5» for a short plain token; otherwise "(38 characters, not shown)" or "(empty)". */
export function quoteLinkValue(text: string): string {
  if (text.length > 0 && text.length <= QUOTE_MAX && TOKEN.test(text)) return `«${text}»`;
  if (text.length === 0) return '(empty)';
  const n = [...text].length;
  return `(${n} character${n === 1 ? '' : 's'}, not shown)`;
}

/** A decimal number, optionally with an exponent: "12", "-0.5", ".5", "1e5", "2.5E-3". */
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

export type LinkNumber =
  | { readonly ok: true; readonly value: number; readonly exponent: boolean }
  | { readonly ok: false; readonly reason: 'empty' | 'not decimal' };

/**
 * Reads a link's number strictly: plain decimal, with or without an exponent. Hexadecimal
 * ("0x10"), binary, octal, "Infinity" and the like are refused, although Number() accepts them.
 */
export function readLinkNumber(text: string): LinkNumber {
  if (text === '') return { ok: false, reason: 'empty' };
  if (!DECIMAL.test(text)) return { ok: false, reason: 'not decimal' };
  const value = Number(text);
  if (!Number.isFinite(value)) return { ok: false, reason: 'not decimal' };
  return { ok: true, value, exponent: /e/i.test(text) };
}
