import { HistoryError } from './errors.js';
import type { SqlDriver } from './driver.js';

const UNIT_MS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 };

/** `30d`, `12h`, `2w`, `90m`, `45s`: milliseconds. */
export function parseDuration(value: string, option: string): number {
  const m = /^(\d+)\s*([smhdw])$/.exec(value.trim());
  if (!m) throw new HistoryError(`${option}: "${value}" is not a duration: a number and s, m, h, d or w (e.g. 30d)`);
  return Number(m[1]) * UNIT_MS[m[2]];
}

/** `--now`: an ISO 8601 instant (a date alone is its midnight UTC). */
export function parseNow(value: string): string {
  const ms = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(ms)) throw new HistoryError(`--now: "${value}" is not a time (e.g. 2026-06-18T00:00:00Z)`);
  return new Date(ms).toISOString();
}

/** What windows count back from: --now, else the newest recorded run — never the wall clock. */
export async function referenceTime(driver: SqlDriver, now: string | undefined): Promise<string | undefined> {
  if (now !== undefined) return now;
  const rows = await driver.all('SELECT MAX(at) AS newest FROM redfix_runs');
  const newest = rows[0]?.newest;
  return newest === null || newest === undefined ? undefined : String(newest);
}

/** The earliest `at` inside a window of `duration` ending at `reference`. */
export function windowStart(reference: string, duration: number): string {
  return new Date(Date.parse(reference) - duration).toISOString();
}
