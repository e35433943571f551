/**
 * Secrets that show up in CI evidence: JWTs and bearer tokens, passwords in URLs and DSNs,
 * `*_SECRET=` / `*_TOKEN=` / `*_PASSWORD=` / `*_KEY=` assignments (env-file, logfmt, YAML and
 * JSON style), and the forge tokens CI logs leak most. They are replaced by `[REDACTED]` in
 * every output; matching happens before redaction.
 */
// Every pattern here runs on whole evidence lines (up to 1 MiB) and must stay linear: a start
// that could sit inside a run of the same characters is ruled out by a lookbehind, and the key
// around a secret word is bounded (unbounded, 100 KB of TOKENTOKEN… took seconds).
const SECRET_KEY = '[A-Za-z0-9_]{0,64}(?:SECRET|TOKEN|PASSWORD|PASSWD|API_KEY|APIKEY|PRIVATE_KEY|ACCESS_KEY)[A-Za-z0-9_]{0,64}';

/** A quoted value keeps its quotes (JSON stays JSON); a bare one is replaced whole. */
function keepQuotes(value: string): string {
  if (value.startsWith('\\"')) return '\\"[REDACTED]\\"';
  if (value.startsWith('"') || value.startsWith("'")) return `${value[0]}[REDACTED]${value[0]}`;
  return '[REDACTED]';
}

/** Exported for the ReDoS check in the tests. */
export const REDACTIONS: ReadonlyArray<[RegExp, string | ((...groups: string[]) => string)]> = [
  // JWT: three base64url segments, the first two starting with eyJ ('{"').
  [/(?<![\w-])eyJ[\w-]{6,}\.eyJ[\w-]{6,}\.[\w-]{6,}/g, '[REDACTED]'],
  // GitHub and GitLab tokens: recognizable on their own, with no key in front.
  [/\b(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,}|glpat-[A-Za-z0-9_-]{20,})/g, '[REDACTED]'],
  // user:password@ in a URL or DSN (the user is kept: it helps triage). The password runs to
  // the last @ of the authority, so a password holding an @ does not leak its tail.
  [/(?<![a-z0-9+.-])([a-z][a-z0-9+.-]*:\/\/[^\s:/@"']*):[^\s/"']+@/gi, '$1:[REDACTED]@'],
  // Authorization headers and bearer tokens (any case: `authorization: bearer …` is common).
  [/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{8,}/gi, '$1 [REDACTED]'],
  [/\b(token)\s+[A-Za-z0-9._~+/=-]{8,}/g, '$1 [REDACTED]'],
  // KEY=value, KEY: value, "key":"value", \"key\":\"value\" (JSON inside JSON) for secret-looking keys.
  [
    new RegExp(`\\b(${SECRET_KEY})((?:\\\\?["'])?\\s*[=:]\\s*)(\\\\"[^"]*?\\\\"|"[^"]*"|'[^']*'|[^\\s,;&"'}\\\\]+)`, 'gi'),
    (_match, key, separator, value) => `${key}${separator}${keepQuotes(value)}`,
  ],
  // password=… in DSNs and query strings.
  [/\b(password|passwd|pwd)=([^\s&;"']+)/gi, '$1=[REDACTED]'],
];

export function redactSecrets(text: string): string {
  let out = text;
  for (const [pattern, replacement] of REDACTIONS) out = out.replace(pattern, replacement as string);
  return out;
}
