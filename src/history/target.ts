import { HistoryError } from './errors.js';

export type HistoryTarget =
  | { kind: 'sqlite'; path: string; display: string }
  | { kind: 'postgres'; url: string; display: string; host: string; password?: string };

const POSTGRES_SCHEMES = new Set(['postgres:', 'postgresql:']);

/** `--history <target>` or REDFIX_HISTORY: a SQLite file path, or a postgres:// URL. */
export function parseTarget(value: string): HistoryTarget {
  const trimmed = value.trim();
  if (trimmed === '') throw new HistoryError('--history: empty target: give a SQLite file path or a postgres:// URL');
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed)) return { kind: 'sqlite', path: trimmed, display: trimmed };
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    throw new HistoryError('--history: not a valid URL (expected postgres://user@host:port/database)');
  }
  if (!POSTGRES_SCHEMES.has(url.protocol)) {
    throw new HistoryError(
      `--history: ${url.protocol}// is not supported: use a SQLite file path or a postgres:// URL`,
    );
  }
  const password = url.password === '' ? undefined : decodeURIComponent(url.password);
  return { kind: 'postgres', url: trimmed, display: displayUrl(url), host: hostOf(url), password };
}

/** host:port of a URL (5432 when none), for messages: never the user's password. */
function hostOf(url: URL): string {
  return `${url.hostname || 'localhost'}:${url.port || '5432'}`;
}

/** The URL without its password or query (which may carry one too): what every output names. */
function displayUrl(url: URL): string {
  const user = url.username ? `${decodeURIComponent(url.username)}@` : '';
  return `postgres://${user}${hostOf(url)}${url.pathname}`;
}
