/** Scope groups built from hand-written events, for the condition kinds' unit tests. */
import type { LogEvent } from '../../../src/events.js';
import { GroupState, GroupView } from '../../../src/engine/state.js';
import type { RunContext } from '../../../src/engine/conditions.js';
import { firstProblem, type SchemaProblem } from '../../../src/schema/json-schema.js';
import { ruleSchema } from '../../../src/schema/rule-schema.js';

export interface Matched {
  line: number;
  path?: string;
  /** Milliseconds since the epoch. */
  ts?: number;
  message?: string;
  /** The captures and fields the pattern kept for this event. */
  values?: Record<string, string>;
}

export function event(m: Matched): LogEvent {
  const message = m.message ?? `matched line ${m.line}`;
  return {
    path: m.path ?? 'app.log',
    line: m.line,
    ts: m.ts,
    format: 'text',
    message,
    text: message,
    fields: {},
    run: 'run',
    recipe: 'gitea',
  };
}

/** A scope group of run `run`, recipe gitea, where each pattern matched these events. */
export function group(patterns: Record<string, Matched[]>): GroupView {
  const state = new GroupState('run', 'gitea', undefined);
  for (const [name, events] of Object.entries(patterns)) {
    for (const m of events) state.pattern(name).add(event(m), m.values ?? {});
  }
  return new GroupView('run', 'gitea', undefined, [state]);
}

/** A run where gitea deployed alone. */
export const ALONE: RunContext = { concurrency: () => ({ count: 1, recipes: ['gitea'] }), soleRecipe: () => 'gitea' };

export const MINUTE = 60_000;
export const T0 = Date.UTC(2026, 5, 18, 0, 0, 0);

const SCHEMA = ruleSchema();

/** The rule schema's verdict on a condition: the first problem, or undefined when it is valid. */
export function conditionProblem(condition: unknown): SchemaProblem | undefined {
  return firstProblem(condition, SCHEMA.definitions!.condition, SCHEMA, 'condition');
}
