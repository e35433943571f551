/**
 * Where a scan's CPU time goes, per pipeline stage: read from the V8 CPU profiles of one run
 * (`node --cpu-prof`, one file per thread), so nothing is timed inside the scanner itself and
 * the hot path carries no instrumentation.
 *
 * Each sample is charged to the stage of the nearest frame on its stack that belongs to one of
 * the project's own modules: chevrotain's lexer called by the docker envelope is envelope time,
 * the same lexer called by the Caddy grammar is payload time. Shared helpers (the grammar kit)
 * are transparent in the same way. The profile must come from the unbundled build (dist/src),
 * whose module paths name the stage.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

export const STAGES = [
  'scan',
  'decode',
  'envelope',
  'payload',
  'signals',
  'engine',
  'triage',
  'documents',
  'report',
  'setup',
  'gc',
] as const;
export type Stage = (typeof STAGES)[number];

export const STAGE_TITLES: Readonly<Record<Stage, string>> = {
  scan: 'reading, line splitting and the literal prefilter',
  decode: 'bytes to text, escape sequences stripped',
  envelope: 'envelope grammars (docker, journald, syslog, kubectl, CRI, CI runners, Heroku)',
  payload: 'payload grammars and timestamps',
  signals: 'failure signals and multi-line events',
  engine: 'rule matching and rule state',
  triage: 'attribution, tiers, tests, unexplained lines',
  documents: 'junit XML and canonical.json',
  report: 'reporters and redaction',
  setup: 'start-up: module loading, options, rule packs',
  gc: 'garbage collection',
};

/** Modules with no stage of their own: their time belongs to whoever called them. */
export const SHARED_MODULES: ReadonlySet<string> = new Set([
  'parsers/kit.js',
  'parsers/prefix-grammar.js',
  'parsers/fast-lexer.js',
  'text/regex-escape.js',
  'parsers/chevrotain.js',
  'parsers/levels.js',
  'parsers/structural.js',
  'text/plural.js',
  'nested-map.js',
]);

const ENVELOPE_DIRS = new Set(['docker', 'journald', 'syslog', 'kubernetes', 'ci', 'markdown', 'paas']);

/** Modules and directories that run once per invocation, not per line. */
const SETUP = new Set([
  'cli.js',
  'code-cache.js',
  'commands',
  'corpus',
  'data-file.js',
  'events.js',
  'exit-status.js',
  'rule-packs',
  'schema',
  'version.js',
]);

/**
 * Functions whose module's stage is not theirs: every grammar's parse is built by the kit, so an
 * envelope's lexer is told from a payload's by who calls it.
 */
const FUNCTION_STAGES: Readonly<Record<string, Readonly<Record<string, Stage>>>> = {
  'parsers/line.js': { tryEnvelope: 'envelope', peelEnvelope: 'envelope' },
};

/**
 * Functions whose own samples are a thread blocked in Atomics.wait (a worker waiting for the main
 * thread to consume what it scanned ahead): the profiler samples a blocked thread as running, but
 * it spends no CPU, so its time is idle, not scan time.
 */
const WAITING: Readonly<Record<string, ReadonlySet<string>>> = {
  'scan/pool.js': new Set(['waitForBudget', 'workerLoop']),
};

/**
 * The stage of a module of dist/src, by its path relative to dist/src; undefined for a shared
 * helper (its caller's stage) and for a module no stage names (test/bench/stages.test.ts fails on one).
 */
export function stageOfModule(relative: string): Stage | undefined {
  if (SHARED_MODULES.has(relative)) return undefined;
  const [top, second] = relative.split('/');
  switch (top) {
    case 'inputs':
    case 'prefilter':
      return 'scan';
    case 'scan':
      return relative === 'scan/multiline.js' ? 'signals' : 'scan';
    case 'signals':
      return 'signals';
    case 'engine':
    case 'rules':
      return 'engine';
    case 'triage':
    case 'history':
      return 'triage';
    case 'reporters':
      return 'report';
    case 'parsers':
      if (second === 'junit' || second === 'canonical' || second === 'document.js') return 'documents';
      return ENVELOPE_DIRS.has(second ?? '') ? 'envelope' : 'payload';
    case 'text':
      return textStage(second ?? '');
    case 'analyze.js':
      return 'engine';
    case 'result.js':
      return 'report';
    default:
      return SETUP.has(top) ? 'setup' : undefined;
  }
}

function textStage(file: string): Stage {
  if (file === 'ansi.js') return 'decode';
  if (file === 'template.js') return 'triage';
  if (file === 'rule-template.js') return 'engine';
  return 'report';
}

export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

/** One thread's V8 CPU profile (`node --cpu-prof` writes one file per thread). */
export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Every `.cpuprofile` in `dir`, parsed once for all that reads them. */
export function readProfiles(dir: string): CpuProfile[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.cpuprofile'))
    .map((file) => JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as CpuProfile);
}

export interface StageBreakdown {
  /** Microseconds of CPU per stage, summed over every thread's profile. */
  micros: Record<Stage, number>;
  /** Samples charged to no stage: the profiler's idle and program ticks, and threads blocked waiting (WAITING). */
  idleMicros: number;
  threads: number;
}

/** A frame's own stage: a project module's, a library's (none: it inherits), or the VM's. */
function frameStage(frame: ProfileNode['callFrame'], srcRoot: string): Stage | 'inherit' | 'idle' {
  if (frame.functionName === '(garbage collector)') return 'gc';
  if (frame.functionName === '(idle)' || frame.functionName === '(program)') return 'idle';
  const file = frame.url.startsWith('file://') ? frame.url.slice('file://'.length) : frame.url;
  if (file.startsWith(srcRoot)) {
    const relative = file.slice(srcRoot.length);
    if (WAITING[relative]?.has(frame.functionName)) return 'idle';
    return FUNCTION_STAGES[relative]?.[frame.functionName] ?? stageOfModule(relative) ?? 'inherit';
  }
  // Buffer-to-string conversion is decoding whoever asks for it.
  if (file === 'node:buffer' || file === 'node:string_decoder') return 'decode';
  if (file.startsWith('node:internal/modules') || frame.functionName === 'compileSourceTextModule') return 'setup';
  return 'inherit';
}

/** Each node's stage: its own, else its nearest staged caller's (the root's is setup). */
function nodeStages(profile: CpuProfile, srcRoot: string): Map<number, Stage | 'idle'> {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const stages = new Map<number, Stage | 'idle'>();
  const resolve = (id: number): Stage | 'idle' => {
    const known = stages.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    const own = node === undefined ? 'setup' : frameStage(node.callFrame, srcRoot);
    const up = parent.get(id);
    const stage = own !== 'inherit' ? own : up === undefined ? 'setup' : resolve(up);
    stages.set(id, stage);
    return stage;
  };
  for (const node of profile.nodes) resolve(node.id);
  return stages;
}

/** The stage breakdown of one run's profiles (one per thread); `srcRoot` is dist/src with a trailing slash. */
export function stageBreakdown(profiles: readonly CpuProfile[], srcRoot: string): StageBreakdown {
  const micros = Object.fromEntries(STAGES.map((stage) => [stage, 0])) as Record<Stage, number>;
  let idleMicros = 0;
  for (const profile of profiles) {
    const stages = nodeStages(profile, srcRoot);
    profile.samples.forEach((id, i) => {
      const stage = stages.get(id) ?? 'setup';
      const delta = profile.timeDeltas[i] ?? 0;
      if (stage === 'idle') idleMicros += delta;
      else micros[stage] += delta;
    });
  }
  return { micros, idleMicros, threads: profiles.length };
}

/** Each stage with any time: its CPU seconds and its share of all the stages' time. */
export function stageShares(breakdown: StageBreakdown): Array<{ stage: Stage; seconds: number; share: number }> {
  const total = STAGES.reduce((sum, stage) => sum + breakdown.micros[stage], 0);
  return STAGES.filter((stage) => breakdown.micros[stage] > 0).map((stage) => ({
    stage,
    seconds: breakdown.micros[stage] / 1e6,
    share: breakdown.micros[stage] / Math.max(1, total),
  }));
}
