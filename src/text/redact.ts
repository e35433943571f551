/**
 * Secrets that show up in CI evidence: JWTs and bearer tokens, passwords in URLs and DSNs,
 * and `*_SECRET=` / `*_TOKEN=` / `*_PASSWORD=` / `*_KEY=` assignments. They are replaced by
 * `[REDACTED]` in every output; matching happens before redaction.
 */
const REDACTIONS: ReadonlyArray<[RegExp, string]> = [
  // JWT: three base64url segments, the first two starting with eyJ ('{"').
  [/\beyJ[\w-]{6,}\.eyJ[\w-]{6,}\.[\w-]{6,}/g, '[REDACTED]'],
  // user:password@ in a URL or DSN (the user is kept: it helps triage).
  [/\b([a-z][a-z0-9+.-]*:\/\/[^\s:/@"']*):[^\s@/"']+@/gi, '$1:[REDACTED]@'],
  // Authorization headers and bearer tokens.
  [/\b(Bearer|Basic|token)\s+[A-Za-z0-9._~+/=-]{8,}/g, '$1 [REDACTED]'],
  // KEY=value for secret-looking keys, env-file or logfmt style (quoted or bare).
  [/\b([A-Za-z0-9_]*(?:SECRET|TOKEN|PASSWORD|PASSWD|API_KEY|PRIVATE_KEY|ACCESS_KEY)[A-Za-z0-9_]*)(\s*[=:]\s*)("[^"]*"|'[^']*'|[^\s,;&"']+)/gi, '$1$2[REDACTED]'],
  // password=… in DSNs and query strings.
  [/\b(password|passwd|pwd)=([^\s&;"']+)/gi, '$1=[REDACTED]'],
];

export function redactSecrets(text: string): string {
  let out = text;
  for (const [pattern, replacement] of REDACTIONS) out = out.replace(pattern, replacement);
  return out;
}
