import type { LogEvent } from '../events.js';
import { messageTemplate } from '../text/template.js';
import { PairIndex } from '../nested-map.js';

/** Bounds that keep memory flat however many events match (a crash loop can repeat a line millions of times). */
export const STATE_LIMITS = {
  foldsPerPattern: 256, tuplesPerFold: 128, timestampsPerPattern: 4096, groupsPerRule: 2000,
};

/** One distinct combination of the values a rule reads, with where it first appeared. */
export interface ValueTuple {
  values: Record<string, string>;
  count: number;
  line: number;
  firstTs?: number;
  lastTs?: number;
}

/** Where a fold's evidence line is: the event that began it, or the earlier of two folds combined. */
export type FoldOrigin = Pick<LogEvent, 'path' | 'line' | 'text' | 'tier' | 'test' | 'service'>;

function earliest(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined ? b : b === undefined ? a : Math.min(a, b);
}

function latest(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined ? b : b === undefined ? a : Math.max(a, b);
}

/** One tuple's repeats in two folds, as one: counts added, the widest span of time. */
function sumTuples(a: ValueTuple, b: ValueTuple): ValueTuple {
  const count = a.count + b.count;
  return { ...a, count, firstTs: earliest(a.firstTs, b.firstTs), lastTs: latest(a.lastTs, b.lastTs) };
}

/** The tuple a fold added to last, with its values' keys in order. */
interface LastTuple {
  tuple: ValueTuple;
  keys: string[];
}

/**
 * Whether `values` has the keys of the last tuple, in the same order, with the same values (as
 * equal JSON would say). Read with for-in, which makes no array; an inherited key (none is
 * expected) only makes it answer no, and the caller then compares by JSON.
 */
function sameValues(last: LastTuple, values: Record<string, string>): boolean {
  const kept = last.tuple.values;
  let i = 0;
  for (const key in values) {
    if (key !== last.keys[i] || values[key] !== kept[key]) return false;
    i += 1;
  }
  return i === last.keys.length;
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
  /** Value tuples by their values' JSON (keys in order): the same values in another order are another tuple. */
  readonly tuples = new Map<string, ValueTuple>();
  tupleOverflow = 0;
  /** The tuple the last event added to, with its keys: repeats mostly carry the same values again. */
  private last?: LastTuple;

  constructor(origin: FoldOrigin, readonly template: string) {
    this.path = origin.path;
    this.line = origin.line;
    this.lastLine = origin.line;
    this.text = origin.text;
    this.tier = origin.tier;
    this.test = origin.test;
    this.service = origin.service;
  }

  /**
   * Two folds of one template as a new one, neither changed: the earlier line is the evidence,
   * counts and values add up.
   */
  static combine(a: Fold, b: Fold): Fold {
    const [first, second] = b.line < a.line ? [b, a] : [a, b];
    const fold = new Fold(first, first.template);
    fold.count = a.count + b.count;
    fold.lastLine = Math.max(a.lastLine, b.lastLine);
    fold.firstTs = earliest(a.firstTs, b.firstTs);
    fold.lastTs = latest(a.lastTs, b.lastTs);
    fold.tupleOverflow = a.tupleOverflow + b.tupleOverflow;
    for (const [key, tuple] of [...first.tuples, ...second.tuples]) {
      const kept = fold.tuples.get(key);
      if (kept) fold.tuples.set(key, sumTuples(kept, tuple));
      else if (fold.tuples.size < STATE_LIMITS.tuplesPerFold) fold.tuples.set(key, { ...tuple });
      else fold.tupleOverflow += tuple.count;
    }
    return fold;
  }

  add(event: LogEvent, values: Record<string, string>): void {
    this.count += 1;
    if (event.line > this.lastLine) this.lastLine = event.line;
    if (event.ts !== undefined) {
      if (this.firstTs === undefined || event.ts < this.firstTs) this.firstTs = event.ts;
      if (this.lastTs === undefined || event.ts > this.lastTs) this.lastTs = event.ts;
    }
    let tuple = this.last !== undefined && sameValues(this.last, values) ? this.last.tuple : undefined;
    if (tuple === undefined) {
      const key = JSON.stringify(values);
      tuple = this.tuples.get(key);
      if (tuple === undefined) {
        if (this.tuples.size >= STATE_LIMITS.tuplesPerFold) { this.tupleOverflow += 1; return; }
        tuple = { values, count: 0, line: event.line, firstTs: event.ts, lastTs: event.ts };
        this.tuples.set(key, tuple);
      }
      this.last = { tuple, keys: Object.keys(values) };
    }
    tuple.count += 1;
    if (event.ts !== undefined) {
      tuple.firstTs = tuple.firstTs === undefined ? event.ts : Math.min(tuple.firstTs, event.ts);
      tuple.lastTs = tuple.lastTs === undefined ? event.ts : Math.max(tuple.lastTs, event.ts);
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
  /** Its folds, in the order they began: one per file, tier and template. */
  readonly folds: Fold[] = [];
  /** The same folds by file and tier (none: ''), then template: found with no key built per matching event. */
  private readonly byPlace = new PairIndex(() => new Map<string, Fold>());
  /** Events of templates past STATE_LIMITS.foldsPerPattern: counted here, listed nowhere. */
  foldOverflow = 0;
  readonly timestamps: number[] = [];

  /**
   * Two states of one pattern as a new one, neither changed: folds of the same template combined,
   * and folds past the limit counted in foldOverflow, never dropped.
   */
  static merged(a: PatternState, b: PatternState): PatternState {
    const merged = new PatternState();
    merged.count = a.count + b.count;
    merged.foldOverflow = a.foldOverflow + b.foldOverflow;
    for (const fold of [...a.folds, ...b.folds]) {
      const kept = merged.find(fold.path, fold.tier, fold.template);
      if (kept) merged.replace(kept, Fold.combine(kept, fold));
      else if (merged.folds.length < STATE_LIMITS.foldsPerPattern) merged.insert(fold);
      else merged.foldOverflow += fold.count;
    }
    merged.timestamps.push(...[...a.timestamps, ...b.timestamps].slice(0, STATE_LIMITS.timestampsPerPattern));
    return merged;
  }

  add(event: LogEvent, values: Record<string, string>): void {
    this.count += 1;
    if (event.ts !== undefined && this.timestamps.length < STATE_LIMITS.timestampsPerPattern) {
      this.timestamps.push(event.ts);
    }
    // Repeats fold per file and tier: the same line in two tiers is evidence for both.
    const { template } = messageTemplate(event);
    let fold = this.find(event.path, event.tier, template);
    if (!fold) {
      if (this.folds.length >= STATE_LIMITS.foldsPerPattern) { this.foldOverflow += 1; return; }
      fold = new Fold(event, template);
      this.insert(fold);
    }
    fold.add(event, values);
  }

  private find(path: string, tier: string | undefined, template: string): Fold | undefined {
    return this.byPlace.peek(path, tier ?? '')?.get(template);
  }

  private insert(fold: Fold): void {
    this.byPlace.get(fold.path, fold.tier ?? '')!.set(fold.template, fold);
    this.folds.push(fold);
  }

  /** Puts `fold` where `kept`, a fold of the same file, tier and template, was. */
  private replace(kept: Fold, fold: Fold): void {
    this.folds[this.folds.indexOf(kept)] = fold;
    this.byPlace.peek(kept.path, kept.tier ?? '')!.set(kept.template, fold);
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
  constructor(
    readonly run: string, readonly recipe: string | undefined, readonly scopeValue: string | undefined,
    private readonly groups: GroupState[],
  ) {}

  count(name: string): number {
    let n = 0;
    for (const g of this.groups) n += g.patterns.get(name)?.count ?? 0;
    return n;
  }

  folds(name: string): Fold[] {
    const out: Fold[] = [];
    for (const g of this.groups) {
      const state = g.patterns.get(name);
      if (state) out.push(...state.folds);
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
