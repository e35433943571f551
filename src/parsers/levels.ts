/**
 * Level tables shared by several formats. A format with spellings of its own declares its table
 * in its own module; STRUCTURAL_LITERALS collects every table's error and fatal markers.
 */
import type { Level } from '../events.js';
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
