import type { LogEvent } from '../events.js';
import { messageTemplate } from '../text/template.js';

/** Bounds that keep memory flat however many events match (a crash loop can repeat a line millions of times). */
export const STATE_LIMITS = { foldsPerPattern: 256, tuplesPerFold: 128, timestampsPerPattern: 4096, groupsPerRule: 2000 };

/** One distinct combination of the values a rule reads, with where it first appeared. */
export interface ValueTuple {
  values: Record<string, string>;
  count: number;
  line: number;
  firstTs?: number;
  lastTs?: number;
}

/**
 * Repeats of one line template in one file, folded: the first occurrence is the evidence
 * shown, the count says how often it repeated, and the distinct value tuples keep what
 * varied between repeats (the rotating upstream IPs are the signal and must survive).
 */
export class Fold {
  readonly path: string;
  readonly line: number;
  readonly text: string;
  lastLine: number;
  count = 0;
  firstTs?: number;
  lastTs?: number;
  readonly tier?: string;
  readonly test?: string;
  readonly service?: string;
  readonly tuples = new Map<string, ValueTuple>();
  tupleOverflow = 0;

  constructor(event: LogEvent) {
    this.path = event.path;
    this.line = event.line;
    this.lastLine = event.line;
    this.text = event.text;
    this.tier = event.tier;
    this.test = event.test;
    this.service = event.service;
  }

  add(event: LogEvent, values: Record<string, string>): void {
    this.count += 1;
    if (event.line > this.lastLine) this.lastLine = event.line;
    if (event.ts !== undefined) {
      if (this.firstTs === undefined || event.ts < this.firstTs) this.firstTs = event.ts;
      if (this.lastTs === undefined || event.ts > this.lastTs) this.lastTs = event.ts;
    }
    const key = JSON.stringify(values);
    const tuple = this.tuples.get(key);
    if (tuple) {
      tuple.count += 1;
      if (event.ts !== undefined) {
        tuple.firstTs = tuple.firstTs === undefined ? event.ts : Math.min(tuple.firstTs, event.ts);
        tuple.lastTs = tuple.lastTs === undefined ? event.ts : Math.max(tuple.lastTs, event.ts);
      }
    } else if (this.tuples.size < STATE_LIMITS.tuplesPerFold) {
      this.tuples.set(key, { values, count: 1, line: event.line, firstTs: event.ts, lastTs: event.ts });
    } else {
      this.tupleOverflow += 1;
    }
  }

  /** Distinct values of one key across this fold, in order of first appearance. */
  valuesOf(key: string): string[] {
    const seen = new Set<string>();
    for (const tuple of this.tuples.values()) {
      // Own properties only: a placeholder named toString must not find the prototype's function.
      const v = Object.hasOwn(tuple.values, key) ? tuple.values[key] : undefined;
      if (v !== undefined) seen.add(v);
    }
    return [...seen];
  }
}

/** Everything one pattern of one rule matched inside one scope group. */
export class PatternState {
  count = 0;
  readonly folds = new Map<string, Fold>();
  /** Events of templates past STATE_LIMITS.foldsPerPattern: counted here, listed nowhere. */
  foldOverflow = 0;
  readonly timestamps: number[] = [];

  add(event: LogEvent, values: Record<string, string>): void {
    this.count += 1;
    if (event.ts !== undefined && this.timestamps.length < STATE_LIMITS.timestampsPerPattern) this.timestamps.push(event.ts);
    // Repeats fold per file and tier: the same line in two tiers is evidence for both.
    const key = `${event.path}\u0000${event.tier ?? ''}\u0000${messageTemplate(event).template}`;
    let fold = this.folds.get(key);
    if (!fold) {
      if (this.folds.size >= STATE_LIMITS.foldsPerPattern) { this.foldOverflow += 1; return; }
      fold = new Fold(event);
      this.folds.set(key, fold);
    }
    fold.add(event, values);
  }
}

/** Pattern states of one rule for one (run, recipe, scope value). */
export class GroupState {
  readonly patterns = new Map<string, PatternState>();
  constructor(readonly run: string, readonly recipe: string | undefined, readonly scopeValue: string | undefined) {}

  pattern(name: string): PatternState {
    let state = this.patterns.get(name);
    if (!state) this.patterns.set(name, (state = new PatternState()));
    return state;
  }
}

/** A read-only merge of several groups' states (a concrete group plus the events that lacked its scope field). */
export class GroupView {
  constructor(readonly run: string, readonly recipe: string | undefined, readonly scopeValue: string | undefined, private readonly groups: GroupState[]) {}

  count(name: string): number {
    let n = 0;
    for (const g of this.groups) n += g.patterns.get(name)?.count ?? 0;
    return n;
  }

  folds(name: string): Fold[] {
    const out: Fold[] = [];
    for (const g of this.groups) {
      const state = g.patterns.get(name);
      if (state) for (const fold of state.folds.values()) out.push(fold);
    }
    return out.sort(compareFolds);
  }

  timestamps(name: string): number[] {
    const out: number[] = [];
    for (const g of this.groups) out.push(...(g.patterns.get(name)?.timestamps ?? []));
    return out.sort((a, b) => a - b);
  }

  /** Matching lines of `name` past the fold limit: counted, not kept as evidence. */
  unfolded(name: string): number {
    let n = 0;
    for (const g of this.groups) n += g.patterns.get(name)?.foldOverflow ?? 0;
    return n;
  }
}

export function compareFolds(a: Fold, b: Fold): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line;
}
