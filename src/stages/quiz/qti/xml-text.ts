/** Text made safe for XML 1.0 element content and attribute values. */

/** Characters XML 1.0 forbids outright (C0 controls but tab, LF, CR; lone surrogates; U+FFFE/FFFF). */
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point: XML 1.0 forbids them.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escapes & < > " ' and drops characters XML cannot hold. */
export function xmlText(text: string): string {
  return text
    .replace(FORBIDDEN, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/**
 * A QTI identifier (an XML NCName) from a question id: run-built ids carry "#fingerprint",
 * which an identifier cannot hold ("run-alert#k3x" → "run-alert_k3x").
 */
export const qtiIdentifier = (id: string): string => id.replace(/[^A-Za-z0-9_.-]/g, '_').replace(/^(?![A-Za-z_])/, 'q_');
