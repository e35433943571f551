/**
 * Level tables shared by several formats. A format with spellings of its own declares its table
 * in its own module; STRUCTURAL_LITERALS collects every table's error and fatal markers.
 */
import type { Fields, Level } from '../events.js';
import type { LevelTable } from './kit.js';

/** The lower-case names most loggers write (logrus, zap, slog, pino's names, Python's). */
export const NAMED_LEVELS: Readonly<Record<string, Level>> = {
  trace: 'trace', debug: 'debug', info: 'info', notice: 'notice', warn: 'warn', warning: 'warn',
  error: 'error', err: 'error', fatal: 'fatal', panic: 'fatal', dpanic: 'fatal', critical: 'fatal', crit: 'fatal',
  emerg: 'fatal', alert: 'fatal',
};

/** Markers of every spelling in the table whose level is error or fatal: what the prefilter must hand on. */
export function failureMarkers(table: LevelTable): string[] {
  if (!table.markers) return [];
  const markers: string[] = [];
  for (const [spelling, level] of Object.entries(table.spellings)) {
    if (level === 'error' || level === 'fatal') markers.push(...table.markers(spelling));
  }
  return markers;
}

/** Where a Go logger says a line was logged (go-kit's and zap's `caller`, old Prometheus logrus' `source`). */
const GO_CALLER_FIELDS = ['caller', 'source'] as const;
const IN_GO_MAIN = /(?:^|\/)main\.go:\d+$/;
/** A configuration reload that failed leaves the program running with the configuration it had. */
const RELOAD_FAILED = /^[Ee]rror reloading\b|\breload(?:ing)? (?:the )?config(?:uration)? failed\b/;

/**
 * The error line of a Go program's main function: main logs what stopped it and exits non-zero (the
 * Grafana Agent's `ts=… caller=main.go:57 level=error msg="error creating the agent server entrypoint"`,
 * Promtail's `caller=main.go:115 msg="error creating promtail"`, Loki's, Prometheus'), where an error
 * logged anywhere else is the service going on. For the exitsOnError of structured formats.
 */
export function goMainError(fields: Fields, message: string): string | undefined {
  for (const name of GO_CALLER_FIELDS) {
    const caller = fields[name];
    if (typeof caller === 'string' && IN_GO_MAIN.test(caller)) return RELOAD_FAILED.test(message) ? undefined : `a Go program's main (${caller})`;
  }
  return undefined;
}
