/**
 * Log text is untrusted: it must never drive the terminal or reorder what a reader sees.
 * C0 and C1 controls, DEL, and the bidirectional overrides/isolates are shown as visible
 * escapes (`\x1b`, `\x9b`, `\u202e`) in every format a person reads. Tab is shown as `\t`
 * so table columns stay put.
 */
// eslint-disable-next-line no-control-regex -- the C0 and C1 controls are what this pattern finds, to escape them
const UNSAFE = /[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;

function escapeChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (ch === '\t') return '\\t';
  if (ch === '\n') return '\\n';
  if (ch === '\r') return '\\r';
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

export function escapeForDisplay(text: string): string {
  return text.replace(UNSAFE, escapeChar);
}

/** JSON.stringify leaves C1 controls and bidi overrides raw; escape them so the JSON is safe to cat. */
const JSON_UNSAFE = /[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;
export function safeJsonStringify(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(JSON_UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
