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

export function unitOf(event: Pick<LogEvent, 'recipe' | 'service' | 'stack' | 'path'>): Unit {
  if (event.recipe !== undefined) return { kind: 'recipe', name: event.recipe };
  if (event.service !== undefined) return { kind: 'service', name: event.stack !== undefined ? `${event.stack}_${event.service}` : event.service };
  return { kind: 'input', name: event.path };
}
