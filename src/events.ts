/**
 * The normalized event: every parser yields these, every rule matches these.
 * `path` + `line` is the evidence a finding cites, so they are always exact.
 * This module imports nothing: every layer (parsers, signals, engine, triage) depends on it.
 */
export const LEVELS = ['trace', 'debug', 'info', 'notice', 'warn', 'error', 'fatal'] as const;
export type Level = (typeof LEVELS)[number];

export type FieldValue = string | number | boolean;

/** Kinds of harness statements, built in or from a user format file (see triage/collector.ts, triage/context.ts). */
export const STATEMENT_KINDS = [
  'recipe', 'checkout', 'tier-start', 'tier-end', 'sweep-begin', 'sweep-recipe-start', 'sweep-recipe-end',
  'sweep-recipe-skipped', 'promote-start', 'promote-end', 'canonical-written', 'canonical-refused', 'recipe-tree',
] as const;
export type StatementKind = (typeof STATEMENT_KINDS)[number];

/** Kinds of test results: junit's test cases and suites, pytest's result, detail and totals lines. */
export const TEST_KINDS = ['test-case', 'test-suite', 'test-result', 'test-detail', 'test-totals'] as const;

/** Every structural kind an event can carry: what a rule pattern's `kind` may name. */
export const EVENT_KINDS = [...STATEMENT_KINDS, ...TEST_KINDS] as const;

export const BLOCK_KINDS = ['go-panic', 'python-traceback', 'java-exception', 'dotnet-exception', 'shell-status'] as const;
export type BlockKind = (typeof BLOCK_KINDS)[number];

/**
 * What a multi-line event (a panic, a traceback, an exception with its frames, a shell's `echo $?` and the status it
 * printed) carries beyond its first line.
 */
export interface EventBlock {
  kind: BlockKind;
  /** Physical lines from the first to the last line of the block. */
  span: number;
  /** Continuation lines, in order, the first few of them (see scan/multiline.ts). */
  detail: string[];
  /** Continuation lines past the cap: counted, not kept. */
  omitted: number;
  /** A traceback the input ended inside, before its exception line (an excerpt cut at both ends). */
  cut?: true;
}
export type Fields = Record<string, FieldValue>;

/**
 * Sets a field the input names (a JSON or logfmt key). `__proto__` is defined as data: a plain
 * assignment of a string to it is ignored, and would have dropped the field without a word.
 */
export function setField(fields: Fields, name: string, value: FieldValue): void {
  if (name === '__proto__') Object.defineProperty(fields, name, { value, writable: true, enumerable: true, configurable: true });
  else fields[name] = value;
}

export type EventKind = (typeof EVENT_KINDS)[number];

/** The failure signals (see signals/failure.ts, which recognizes them). */
export const FAILURE_KINDS = [
  'test-failed', 'harness-red', 'fatal', 'panic', 'exception', 'oom', 'segfault', 'exec-format', 'exit', 'crash-loop',
  'stuck-retrying',
] as const;
export type FailureKind = (typeof FAILURE_KINDS)[number];

/**
 * Whether a CI job's own verdict that it succeeded (signals/failure.ts, JOB_SUCCEEDED) tolerates a
 * failure of this kind: not a failed test's nor the harness's red tier.
 */
export function jobMayTolerate(kind: FailureKind): boolean {
  return kind !== 'test-failed' && kind !== 'harness-red';
}

export interface FailureSignal {
  kind: FailureKind;
  /** A few words: `exit code 1`, `FATAL level`, `3 tasks of app.1` … */
  detail: string;
}

export interface LogEvent {
  /** Display path: as named on the command line, joined with the path inside a scanned directory; `-` is stdin. */
  path: string;
  /** 1-based line of the evidence (for junit: the line of the `<testcase>` element). */
  line: number;
  /** Payload format that produced the fields: gitea, postgres, caddy, pytest, harness, junit, text … */
  format: string;
  /** Outermost envelope the payload came in: docker-service, docker-compose, journald, kubectl …, or none. */
  envelope?: string;
  /** Every envelope peeled, outermost first, when one was nested in another (syslog → docker-compose). */
  envelopes?: string[];
  /** Structural kind for lines the triage itself needs (tier boundaries, test results …). */
  kind?: EventKind;
  /** Milliseconds since the epoch, when the line carries a timestamp. */
  ts?: number;
  run?: string;
  recipe?: string;
  tier?: string;
  service?: string;
  /** Docker swarm stack (service name minus its last `_<service>` part) when known. */
  stack?: string;
  node?: string;
  task?: string;
  test?: string;
  level?: Level;
  message: string;
  fields: Fields;
  /** A multi-line event: its first line is `line`, its message the panic or exception line. */
  block?: EventBlock;
  /** This line continues the multi-line event starting at that line (an event of its own only for the rules). */
  partOf?: number;
  /** Failure evidence that needs no rule (a failed test, a fatal line, a panic, an exit …): see signals/failure.ts. */
  failure?: FailureSignal;
  /** The line as read (CR and BOM removed, ANSI kept): untrusted, escaped by every human-facing reporter. */
  text: string;
}

export function levelRank(level: Level | undefined): number {
  return level === undefined ? -1 : LEVELS.indexOf(level);
}

/** Whether a level ranks at or above error (as levelRank says), asked of every event without searching LEVELS. */
export function isErrorOrWorse(level: Level | undefined): boolean {
  return level === 'error' || level === 'fatal';
}

/** Normalizes the level spellings of every format we read to one scale. */
export function normalizeLevel(raw: string | undefined): Level | undefined {
  if (!raw) return undefined;
  switch (raw.trim().toLowerCase()) {
    case 't': case 'trace': case 'trac': return 'trace';
    case 'd': case 'debug': case 'debu': return 'debug';
    case 'i': case 'info': case 'log': case 'statement': case 'detail': case 'hint': case 'context': return 'info';
    case 'n': case 'notice': return 'notice';
    case 'w': case 'warn': case 'warning': return 'warn';
    case 'e': case 'error': case 'erro': case 'err': return 'error';
    case 'f': case 'fatal': case 'fata': case 'c': case 'crit': case 'critical':
    case 'panic': case 'dpanic': case 'emerg': case 'alert':
      return 'fatal';
    default: return undefined;
  }
}
