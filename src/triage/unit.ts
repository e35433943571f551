import type { LogEvent } from '../events.js';

/**
 * What a verdict is about. A recipe when the evidence names one; otherwise the service that
 * logged it (docker stack/service, compose service, journald unit, kubectl container), otherwise
 * the input itself (a piped log is one).
 */
export interface Unit {
  kind: 'recipe' | 'service' | 'input';
  name: string;
}

type UnitEvidence = Pick<LogEvent, 'recipe' | 'service' | 'stack' | 'path'>;

export function unitOf(event: UnitEvidence): Unit {
  return { kind: unitKind(event), name: unitName(event) };
}

export function unitKind(event: UnitEvidence): Unit['kind'] {
  return event.recipe !== undefined ? 'recipe' : event.service !== undefined ? 'service' : 'input';
}

/** The name of the event's unit (unitOf's, without making the unit). */
export function unitName(event: UnitEvidence): string {
  if (event.recipe !== undefined) return event.recipe;
  if (event.service !== undefined) return event.stack !== undefined ? `${event.stack}_${event.service}` : event.service;
  return event.path;
}
