/**
 * The public API: inputs → detect format → parser → events → rule engine → findings → result.
 * No console I/O here; the CLI turns the result into output and an exit code.
 */
import type { Readable } from 'node:stream';
import { createReadStream, statSync, type Stats } from 'node:fs';
import { plural } from './text/plural.js';
import { RuleEngine, type ScanEvent } from './engine/engine.js';
import { LiteralTable } from './engine/literals.js';
import type { Finding } from './engine/findings.js';
import type { RunContext } from './engine/conditions.js';
import { collectInputs } from './inputs/walk.js';
import { detectFormat, type DetectedFormat } from './inputs/detect.js';
import { readHead, StdinSource } from './inputs/sources.js';
import type { InputProblem, InputRef, RunRef } from './inputs/types.js';
import { MultiLiteralMatcher } from './prefilter/multi-literal.js';
import { STRUCTURAL_LITERALS } from './parsers/structural.js';
import { FAILURE_LITERALS, InputSignals } from './signals/failure.js';
import { RULESET_VERSION } from './rules/index.js';
import type { LoadedRule } from './rules/types.js';
import { scanCanonical, scanJunit, scanLines, scanRange, type ScanSettings } from './scan/scan-input.js';
import type { ScanProblem, ScanSink } from './scan/types.js';
import { SharedRangeScan, splitRanges, workerCount, type RangeTask } from './scan/pool.js';
import { MAX_RECIPES_PER_RUN, TriageCollector } from './triage/collector.js';
import { STATE_LIMITS } from './engine/state.js';
import { InputContext } from './triage/context.js';
import { CandidateCollector } from './triage/unexplained.js';
import { FailureCollector } from './triage/failures.js';
import { summarize } from './triage/summary.js';
import type { TriageEvidence } from './triage/evidence.js';
import { compareRuns } from './triage/across-runs.js';
import { unexplainedLoadFlakes } from './triage/unexplained-flakes.js';
import { withRecordedRuns, type ComparableRun } from './triage/comparable.js';
import type { AnalysisResult, InputSummary } from './result.js';
import { TOOL_NAME, TOOL_VERSION } from './version.js';
import type { LoadedFormat } from './parsers/user/definition.js';
import { buildFormatSet } from './parsers/user/format-set.js';

export interface AnalyzeOptions {
  /** Files and directories; `-` is stdin. Each directory is one run; loose files and stdin form one more. */
  paths: readonly string[];
  /** Directories whose subdirectories are each a run (--runs). */
  runsDirs?: readonly string[];
  /** Follow symbolic links leading out of a scanned directory (--follow-symlinks). */
  followSymlinks?: boolean;
  /** Decompressed bytes to read at most per gzip input (--max-decompressed); undefined: a ratio cap. */
  maxDecompressed?: number;
  rules: readonly LoadedRule[];
  /** Zone for timestamps that carry none (gitea, Caddy console). */
  tz?: string;
  /** Force one input format instead of detecting it (--input-format). */
  inputFormat?: string;
  /** User formats (--formats, parsers/user/load.ts): tried before the built-in payload formats. */
  formats?: readonly LoadedFormat[];
  /** Parse every line with the grammars instead of prefiltering bytes (for checking the fast path). */
  fullGrammar?: boolean;
  /** Run ids (or their paths) to treat as green baselines for unexplained failures (--baseline). */
  baselines?: readonly string[];
  stdin?: Readable;
  /** Keep the events (context applied) for replays with other rules: test-rules --mutate, explain. */
  recordEvents?: boolean;
  onProgress?: (done: number, total: number, path: string) => void;
  /** Worker threads for large line files: undefined decides by input size, 0 scans in this thread. */
  workers?: number;
  /** Size of the ranges a file is split into for the workers (tests make it small). */
  rangeBytes?: number;
  /** Called for every event after context is applied (the `parse` command). */
  onEvent?: (event: ScanEvent) => void;
  /** Hand on every line, not only those holding a literal (the `parse` command). */
  everyLine?: boolean;
}

/** What ingest produced, kept so the evaluation can be replayed with other rules. */
export interface Ingested extends TriageEvidence {
  runs: RunRef[];
  inputs: InputSummary[];
  literals: LiteralTable;
  events?: ScanEvent[];
  problems: InputProblem[];
  notices: string[];
}

const ROLE_PRIORITY: Record<string, number> = { 'sweep-log': 0, 'canonical-json': 1, junit: 2 };

export function buildLiteralTable(rules: readonly LoadedRule[], formats: readonly LoadedFormat[] = []): LiteralTable {
  const table = new LiteralTable();
  for (const literal of STRUCTURAL_LITERALS) table.intern(literal);
  for (const { definition } of formats) for (const literal of definition.literals ?? []) table.intern(literal);
  for (const literal of FAILURE_LITERALS) table.intern(literal);
  for (const { rule } of rules) for (const pattern of Object.values(rule.events)) for (const literal of pattern.literals ?? []) table.intern(literal);
  return table;
}

export async function ingest(options: AnalyzeOptions, engine?: RuleEngine): Promise<Ingested> {
  const literals = engine?.literals ?? buildLiteralTable(options.rules, options.formats);
  const tz = options.tz ?? 'UTC';
  const formats = await buildFormatSet(options.formats ?? []);
  // A --baseline run is scanned like any other run (it has to be read to be compared with).
  const named = new Set(options.paths.map((p) => p.replace(/\/+$/, '')));
  const baselineOnly = (options.baselines ?? []).filter((b) => !named.has(b.replace(/\/+$/, '')));
  const collected = await collectInputs([...options.paths, ...baselineOnly], options.runsDirs ?? [], { followSymlinks: options.followSymlinks });
  const stdin = collected.inputs.some((i) => i.fsPath === undefined && i.pipe === undefined) ? new StdinSource(options.stdin ?? process.stdin) : undefined;
  // A pipe is read like stdin: its head kept for detection and replayed before the rest.
  const pipes = new Map(collected.inputs.filter((i) => i.pipe !== undefined).map((i) => [i, new StdinSource(createReadStream(i.pipe!))]));
  const sourceOf = (input: InputRef) => pipes.get(input) ?? stdin;
  const settings: ScanSettings = {
    tz,
    literals: literals.list,
    prefilter: options.fullGrammar ? undefined : new MultiLiteralMatcher(literals.list),
    everyLine: options.everyLine,
    maxDecompressed: options.maxDecompressed,
    formats,
  };

  const detected: Array<{ input: InputRef; format?: DetectedFormat; gzip: boolean; headError?: string }> = [];
  for (const input of collected.inputs) {
    try {
      const { head, gzip, encoding, compressed } = await readHead(input, sourceOf(input));
      if (compressed) { detected.push({ input, gzip, headError: `compressed with ${compressed}` }); continue; }
      if (encoding) input.encoding = encoding;
      detected.push({ input, format: detectFormat(head, input.path, options.inputFormat, formats.payloads), gzip });
    } catch (error) {
      detected.push({ input, gzip: false, headError: (error as Error).message });
    }
  }
  const runOrder = new Map(collected.runs.map((r, i) => [r.id, i]));
  const position = new Map(collected.inputs.map((input, i) => [input, i]));
  detected.sort((a, b) =>
    (runOrder.get(a.input.run)! - runOrder.get(b.input.run)!) ||
    ((ROLE_PRIORITY[a.format?.format ?? ''] ?? 9) - (ROLE_PRIORITY[b.format?.format ?? ''] ?? 9)) ||
    (position.get(a.input)! - position.get(b.input)!));

  const collector = new TriageCollector();
  for (const run of collected.runs) collector.run(run.id);
  const candidates = new CandidateCollector();
  const failures = new FailureCollector();
  const recorded: ScanEvent[] | undefined = options.recordEvents ? [] : undefined;
  const inputs: InputSummary[] = [];
  const problems: InputProblem[] = [...collected.problems];

  // Large plain line files are scanned in ranges by worker threads, submitted ahead (bounded)
  // and consumed in order: events reach the engine in file order whatever the scheduling.
  const poolable = (d: (typeof detected)[number]) =>
    d.format?.structure === 'lines' && d.input.fsPath !== undefined && !d.gzip && !d.input.encoding && !options.everyLine && d.input.size !== undefined;
  const poolBytes = detected.filter(poolable).reduce((n, d) => n + (d.input.size ?? 0), 0);
  const threads = workerCount(poolBytes, options.workers);
  const tasks: RangeTask[] = [];
  const tasksOf = new Map<number, number[]>();
  if (threads > 0) {
    detected.forEach((d, index) => {
      if (!poolable(d)) return;
      const indices: number[] = [];
      for (const range of splitRanges(d.input.size!, options.rangeBytes)) {
        indices.push(tasks.length);
        tasks.push({ input: d.input, format: d.format!, range });
      }
      tasksOf.set(index, indices);
    });
  }
  // Ranges may be scanned this far ahead of their turn: enough that no thread idles while
  // another finishes a large file, few enough that buffered events stay small.
  const window = threads * 4 + 2;
  const shared = tasks.length > 0
    ? new SharedRangeScan(tasks, threads, window, { literals: literals.list, tz, fullGrammar: options.fullGrammar === true, formats: formats.definitions }, (task, i) => scanRange(task, i, settings))
    : undefined;

  const signalLiteralIds = new Set(FAILURE_LITERALS.map((literal) => literals.intern(literal)));
  let done = 0;
  try {
    for (const [index, { input, format, gzip, headError }] of detected.entries()) {
      options.onProgress?.(done++, detected.length, input.path);
      const summary: InputSummary = { path: input.path, run: input.run, format: format?.format ?? 'unknown', events: 0, errors: [] };
      inputs.push(summary);
      const reportedOnce = new Set<string>();
      const problem = (p: ScanProblem) => {
        if (p.kind) {
          if (reportedOnce.has(p.kind) && p.kind !== 'long-line') return;
          reportedOnce.add(p.kind);
        }
        summary.errors.push({ message: p.message, ...(p.line !== undefined ? { line: p.line } : {}), ...(p.offset !== undefined ? { offset: p.offset } : {}), ...(p.lost ? { lost: p.lost } : {}) });
        problems.push({ path: input.path, run: input.run, message: p.message, line: p.line, offset: p.offset, fatal: p.fatal ?? false });
      };
      if (headError || !format) { problem({ message: `cannot read: ${headError}`, fatal: true }); continue; }
      if (format.structure === 'binary') {
        problem({ message: 'binary content (NUL and control bytes in its first 8 KiB): not scanned; use --input-format to force a format', line: 1, fatal: true });
        continue;
      }
      const context = new InputContext(input, collector.run(input.run));
      const signals = new InputSignals(signalLiteralIds);
      const sink: ScanSink = {
        event(event) {
          context.apply(event);
          signals.apply(event);
          collector.ingest(event);
          candidates.ingest(event);
          failures.ingest(event);
          engine?.ingest(event);
          recorded?.push(event);
          options.onEvent?.(event);
        },
        problem,
      };
      try {
        const myTasks = tasksOf.get(index);
        if (myTasks) {
          let lineOffset = 0;
          // Lines of a range that continue a multi-line event of the range before (it read past its end to join them).
          const continuing = new Map<number, number>();
          for (const task of myTasks) {
            // Range-relative line numbers become file lines once the ranges before are counted.
            const shifted: ScanSink = {
              event: (event) => {
                event.line += lineOffset;
                if (event.partOf !== undefined) event.partOf += lineOffset;
                event.partOf ??= continuing.get(event.line);
                sink.event(event);
              },
              problem: (p) => problem({ ...p, ...(p.line !== undefined ? { line: p.line + lineOffset } : {}) }),
            };
            const result = await shared!.result(task, (t) => scanLines(t.input, t.format, undefined, false, settings, shifted, t.range));
            if (result.lost) {
              const { from, to, reason } = result.lost;
              problem({ message: `bytes ${from}-${to} could not be scanned (${reason}): their lines are missing from this report, and lines after them are numbered from line ${lineOffset + 1}`, offset: from, lost: { from, to }, fatal: true });
            }
            for (const event of result.events) shifted.event(event);
            for (const p of result.problems) shifted.problem(p);
            for (const [line, partOf] of result.absorbed ?? []) continuing.set(line + lineOffset, partOf + lineOffset);
            lineOffset += result.lines;
          }
          summary.events = lineOffset;
        } else {
          const scanned =
            format.structure === 'junit' ? await scanJunit(input, sourceOf(input), gzip, settings, sink)
            : format.structure === 'canonical' ? await scanCanonical(input, sourceOf(input), gzip, sink)
            : await scanLines(input, format, sourceOf(input), gzip, settings, sink);
          summary.events = scanned.events;
        }
      } catch (error) {
        problem({ message: `scan failed: ${(error as Error).message}`, fatal: true });
      }
      const change = changedDuringScan(input, summary.events);
      if (change) problem({ message: change });
      // In file order, however the scan found them (a notice is raised per chunk or per range).
      summary.errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.offset ?? 0) - (b.offset ?? 0));
    }
  } finally {
    await shared?.close();
  }
  options.onProgress?.(done, detected.length, '');
  for (const problem of collected.problems) {
    // A path named on the command line that cannot be read belongs to no run (null), and names none.
    inputs.push({ path: problem.path, run: problem.run ?? null, format: 'unreadable', events: 0, errors: [{ message: problem.message }] });
  }
  const notices = [
    ...collected.notices,
    ...formats.notices,
    ...options.rules.filter((r) => r.replaces).map((r) => `rule ${r.rule.id} from ${r.origin} replaces the built-in rule of the same id`),
  ];
  return { runs: collected.runs, inputs, collector, candidates, failures, literals, events: recorded, problems, notices };
}

/**
 * A file that grew or shrank (or was rewritten) while it was scanned: what was read is still
 * reported, but it is not the file as it stands now, and the report must say so.
 */
function changedDuringScan(input: InputRef, lines: number): string | undefined {
  if (input.fsPath === undefined || input.size === undefined) return undefined;
  let now: Stats;
  try {
    now = statSync(input.fsPath);
  } catch (error) {
    return `changed during the scan: it is gone now (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); what was read before (${plural(lines, 'event')}) is reported`;
  }
  if (now.size === input.size && now.mtimeMs === input.mtimeMs) return undefined;
  const how = now.size > input.size ? `grew from ${input.size} to ${now.size} bytes` : now.size < input.size ? `shrank from ${input.size} to ${now.size} bytes` : `was rewritten (same size, ${input.size} bytes)`;
  return `changed during the scan: it ${how}; what was read (${plural(lines, 'event')}) is reported, which may not match the file as it is now`;
}

/** What conditions may ask about a run: its concurrency, and the recipe that owns its unattributed lines. */
export function runContext(ingested: Ingested): RunContext {
  return {
    concurrency: (run, recipe) => ingested.collector.run(run).concurrency(recipe),
    soleRecipe: (run) => ingested.collector.run(run).soleRecipe,
  };
}

/** Evaluates rules over ingested evidence and builds the result (the JSON contract). */
export function evaluateIngested(
  ingested: Ingested, engine: RuleEngine, baselines: readonly string[] = [], recorded: readonly ComparableRun[] = [],
): AnalysisResult {
  const context = runContext(ingested);
  // Runs recorded in a history (--history) are evidence for flake or genuine; findings stay the scanned runs'.
  const compared = withRecordedRuns(ingested.collector, recorded);
  let findings: Finding[] = engine.evaluate(context);
  findings = compareRuns(findings, compared, engine);
  findings = [...findings, ...unexplainedLoadFlakes(findings, compared).filter((f) => ingested.collector.runs.has(f.run))];
  const { recipes, unexplained, runs, errorsSeen } = summarize(ingested, findings, baselines);
  const notices = [...ingested.notices];
  for (const f of findings) if (f.unlistedEvidence) notices.push(`finding ${f.id}: ${f.unlistedEvidence} more matching lines than its evidence lists (over ${STATE_LIMITS.foldsPerPattern} distinct templates per pattern): counted, not listed`);
  for (const [rule, events] of engine.overflow) notices.push(`rule ${rule}: ${events} matching events not evaluated: more than ${STATE_LIMITS.groupsPerRule} distinct recipes/scopes`);
  for (const run of ingested.collector.runs.values()) if (run.overflow > 0) notices.push(`run ${run.id}: more than ${MAX_RECIPES_PER_RUN} recipes; ${run.overflow} events of further recipes not tabulated`);
  notices.push(...ingested.collector.unlistedTestNotices());
  if (ingested.failures.overflow > 0) notices.push(`${ingested.failures.overflow} failure signals not kept: too many distinct templates, units or crash-loop candidates`);
  if (ingested.candidates.overflow > 0) notices.push(`${ingested.candidates.overflow} error lines not kept as unexplained candidates: too many distinct templates or recipes`);
  return {
    version: 1,
    tool: { name: TOOL_NAME, version: TOOL_VERSION, rules: RULESET_VERSION },
    runs,
    inputs: ingested.inputs.sort((a, b) => ((a.run ?? '') < (b.run ?? '') ? -1 : (a.run ?? '') > (b.run ?? '') ? 1 : a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
    findings: sortFindings(findings).map((f) => (f.recipe ? { ...f, unit: { kind: 'recipe' as const, name: f.recipe } } : f)),
    unexplained,
    recipes,
    ...(errorsSeen.length > 0 ? { errorsSeen } : {}),
    notices,
  };
}

export function sortFindings(findings: Finding[]): Finding[] {
  const key = (f: Finding) => [f.run, f.recipe ?? '', f.evidence[0]?.path ?? '', String(f.evidence[0]?.line ?? 0).padStart(10, '0'), f.rule];
  return findings.sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i] < kb[i] ? -1 : 1;
    return 0;
  });
}

export async function analyze(options: AnalyzeOptions): Promise<AnalysisResult> {
  const engine = new RuleEngine(options.rules, buildLiteralTable(options.rules, options.formats));
  const ingested = await ingest(options, engine);
  return evaluateIngested(ingested, engine, options.baselines);
}

/** Re-evaluates recorded events with other rules (mutation testing, explain). */
export function replay(ingested: Ingested, rules: readonly LoadedRule[], baselines: readonly string[] = []): AnalysisResult {
  const engine = new RuleEngine(rules, ingested.literals);
  for (const event of ingested.events ?? []) engine.ingest(event);
  return evaluateIngested(ingested, engine, baselines);
}
