/**
 * Secrets that show up in CI evidence: JWTs and bearer tokens, passwords in URLs and DSNs,
 * `*_SECRET=` / `*_TOKEN=` / `*_PASSWORD=` / `*_KEY=` assignments (env-file, logfmt, YAML and
 * JSON style), cloud, chat, payment and forge tokens, private keys, credential headers
 * (Cookie, Set-Cookie, X-Api-Key) and passwords given as command-line arguments. They are
 * replaced by `[REDACTED]` in every output; matching happens before redaction.
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

/**
 * Tokens recognizable on their own, with no key in front: the prefixes and shapes of gitleaks'
 * default rule list (config/gitleaks.toml at v8.30.0-27-gb58d3f10: aws-access-token, private-key,
 * slack-*-token, slack-webhook-url, stripe-access-token, gcp-api-key, npm-access-token,
 * github-*, gitlab-*, jwt), loosened where a log cuts or reflows them: a prefix and a run of the
 * token's alphabet is enough.
 */
const TOKENS = [
  '(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}',
  'gh[pousr]_[A-Za-z0-9]{30,}', 'github_pat_[A-Za-z0-9_]{30,}',
  'gl(?:pat|dt|rt|ptt|ft|imt|agent|oas|soat|ffct|cbt)-[A-Za-z0-9_-]{20,}', 'GR1348941[\\w-]{20,}',
  'xox[abeoprs]-[A-Za-z0-9-]{10,}', 'xapp-\\d-[A-Za-z0-9-]{10,}',
  '[sr]k_(?:live|test|prod)_[A-Za-z0-9]{10,}',
  'AIza[\\w-]{35}',
  'npm_[A-Za-z0-9]{36}',
];

/** HTTP headers whose value is a credential: Cookie and Set-Cookie carry sessions. */
const SECRET_HEADERS = '(?:Set-Cookie|Cookie|X-Api-Key|X-Auth-Token|X-Vault-Token|Proxy-Authorization|Authorization)';

/** Exported for the ReDoS check in the tests. */
export const REDACTIONS: ReadonlyArray<[RegExp, string | ((...groups: string[]) => string)]> = [
  // PEM private key blocks (gitleaks private-key): from BEGIN to END on the line, or to its end
  // when the block continues on the next lines.
  [/-----BEGIN([ A-Z0-9]{0,40})PRIVATE KEY( BLOCK)?-----(?:[^-]|-(?!----END))*(?:-----END[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-----)?/g, '-----BEGIN$1PRIVATE KEY$2-----[REDACTED]'],
  // JWT: three base64url segments, the first two starting with eyJ ('{"'); an unsigned one
  // (alg none) has an empty third.
  [/(?<![\w-])eyJ[\w-]{6,}\.eyJ[\w-]{6,}\.[\w-]*/g, '[REDACTED]'],
  [new RegExp(`(?<![A-Za-z0-9_-])(?:${TOKENS.join('|')})`, 'g'), '[REDACTED]'],
  [/(?:https?:\/\/)?hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9+/]{20,}/g, 'hooks.slack.com/[REDACTED]'],
  // user:password@ in a URL or DSN (the user is kept: it helps triage). The password may hold
  // '/' and '@' (unencoded, as people write them): it runs to the last @ before a space, a
  // quote or the next `://`, so no tail of it leaks; stopping at `://` keeps the scan linear.
  [/(?<![a-z0-9+.-])([a-z][a-z0-9+.-]*:\/\/[^\s:/@"']*):(?:[^\s"':]|:(?!\/\/))+@/gi, '$1:[REDACTED]@'],
  // Authorization headers and bearer tokens (any case: `authorization: bearer …` is common).
  [/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{8,}/gi, '$1 [REDACTED]'],
  [/\b(token)\s+[A-Za-z0-9._~+/=-]{8,}/g, '$1 [REDACTED]'],
  // Credential headers as JSON (Caddy's request headers: "Cookie":["a=b; c=d"]) …
  [new RegExp(`("${SECRET_HEADERS}"\\s*:\\s*(?:\\[\\s*)?")(?:[^"\\\\]|\\\\.)*"`, 'gi'), '$1[REDACTED]"'],
  // … and as header lines (`Cookie: a=b; c=d`): the value runs to the end of the line or a quote.
  // A bearer token was redacted above; what stays is its scheme.
  [new RegExp(`\\b(${SECRET_HEADERS})(\\s*:[ \\t]*)(?!Bearer \\[REDACTED\\]|Basic \\[REDACTED\\]|\\[REDACTED\\])[^\\s"'][^"'\\r\\n]*`, 'gi'), '$1$2[REDACTED]'],
  // KEY=value, KEY: value, "key":"value", \"key\":\"value\" (JSON inside JSON) for secret-looking keys.
  [
    new RegExp(`\\b(${SECRET_KEY})((?:\\\\?["'])?\\s*[=:]\\s*)(\\\\"[^"]*?\\\\"|"[^"]*"|'[^']*'|[^\\s,;&"'}\\\\]+)`, 'gi'),
    (_match, key, separator, value) => `${key}${separator}${keepQuotes(value)}`,
  ],
  // password=… in DSNs and query strings; Azure storage connection strings and SAS signatures.
  [/\b(password|passwd|pwd)=([^\s&;"']+)/gi, '$1=[REDACTED]'],
  [/\b(AccountKey|SharedAccessKey|SharedAccessSignature)=([^\s;"']+)/gi, '$1=[REDACTED]'],
  [/([?&]sig=)[^\s&"']+/g, '$1[REDACTED]'],
  // Passwords as command-line arguments: --password PASS, --password=PASS (--password-stdin is a flag).
  [/(\s--(?:password|passwd|pass))(=|\s+)(?!-)([^\s"']+)/g, '$1$2[REDACTED]'],
];

/**
 * `-p` is a password only after some commands (`mkdir -p`, `docker run -p 80:80` are not):
 * after `sshpass` and `docker|podman|helm|buildah|skopeo login`, `-p PASS`; after mysql's
 * family, `-pPASS` (a lone `-p` prompts). The command is found first and the argument after it,
 * two linear searches instead of one pattern spanning both.
 */
export const ARGUMENT_PASSWORDS: ReadonlyArray<{ command: RegExp; argument: RegExp }> = [
  { command: /\b(?:sshpass|(?:docker|podman|helm|buildah|skopeo) login)\b/, argument: /(\s-p\s+)(?!-)[^\s"']+/g },
  { command: /\b(?:mysql|mysqldump|mysqladmin|mariadb|mariadb-dump)\b/, argument: /(\s-p)(?![\s-])[^\s"']+/g },
];

/**
 * A necessary condition for every pattern above, in one pass: a word or prefix each of them needs
 * (case folded, so a superset). Most strings of a result (names, numbers, ordinary log lines)
 * hold none, and for them the fifteen passes are skipped; a test checks that the gate never
 * changes what is redacted.
 */
export const MIGHT_HOLD_SECRET = new RegExp([
  '-----BEGIN', 'eyJ', 'A3T', 'AKIA', 'ASIA', 'ABIA', 'ACCA', 'gh[pousr]_', 'github_pat_', 'gl[a-z]{2,6}-', 'GR1348941',
  'xox', 'xapp-', 'k_(?:live|test|prod)_', 'AIza', 'npm_', 'hooks\\.slack\\.com', '://', 'bearer', 'basic', 'token',
  'cookie', 'x-api-key', 'x-auth-token', 'x-vault-token', 'authorization', 'secret', 'passw', 'pwd', 'api_?key',
  'private_key', 'access_key', 'accountkey', 'sharedaccess', 'sig=', '--pass', 'sshpass', 'login', 'mysql', 'mariadb',
].join('|'), 'i');

export function redactSecrets(text: string): string {
  return MIGHT_HOLD_SECRET.test(text) ? redactEveryPattern(text) : text;
}

/** Every pattern applied, gate or not: what redactSecrets must equal (tests). */
export function redactEveryPattern(text: string): string {
  let out = text;
  for (const [pattern, replacement] of REDACTIONS) out = out.replace(pattern, replacement as string);
  for (const { command, argument } of ARGUMENT_PASSWORDS) {
    const at = out.search(command);
    if (at >= 0) out = out.slice(0, at) + out.slice(at).replace(argument, '$1[REDACTED]');
  }
  return out;
}

const REDACTED = '[REDACTED]';
/** Pieces of a secret shorter than this are left in a template: too common to be telling (`ey`, `sk`). */
const MIN_PIECE = 4;

/** The values redactSecrets removes from `text`: the gaps between what it keeps. */
export function secretsIn(text: string): string[] {
  const kept = redactSecrets(text).split(REDACTED);
  const secrets: string[] = [];
  let at = kept[0].length;
  for (let i = 1; i < kept.length; i++) {
    const next = kept[i].length > 0 ? text.indexOf(kept[i], at) : i === kept.length - 1 ? text.length : at;
    if (next < 0) break;
    if (next > at) secrets.push(text.slice(at, next));
    at = next + kept[i].length;
  }
  return secrets;
}

/**
 * A line's template with its secrets redacted. Masking can cut a secret so that no pattern
 * recognizes it any more (`xoxb-<n>-<n>-AbC…`): every piece of a secret the masks left whole
 * (the runs of letters and digits between them) is redacted too.
 */
export function redactTemplate(template: string, text: string): string {
  let out = redactSecrets(template);
  for (const secret of secretsIn(text)) {
    for (const piece of secret.split(/[^A-Za-z0-9_+]+/).flatMap((p) => [p, ...p.split(/\d+/)])) {
      if (piece.length >= MIN_PIECE && out.includes(piece)) out = out.split(piece).join(REDACTED);
    }
  }
  return out;
}
