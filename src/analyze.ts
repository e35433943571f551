/**
 * The public API: inputs → detect format → parser → events → rule engine → findings → result.
 * No console I/O here; the CLI turns the result into output and an exit code.
 */
import { createReadStream } from 'node:fs';
import { RuleEngine, type ScanEvent } from './engine/engine.js';
import { LiteralTable } from './engine/literals.js';
import type { Finding } from './engine/findings.js';
import type { RunContext } from './engine/conditions.js';
import { collectInputs } from './inputs/walk.js';
import { detectInputs, type DetectedInput } from './inputs/heads.js';
import { changedDuringScan } from './inputs/changed.js';
import { StdinSource } from './inputs/sources.js';
import type { StandardInput } from './inputs/stdin.js';
import type { InputProblem, InputRef, RunRef } from './inputs/types.js';
import { bytePrefilter } from './prefilter/byte-prefilter.js';
import { PASSING_RESULT_LITERAL, STRUCTURAL_LITERALS } from './parsers/structural.js';
import { FAILURE_LITERALS, InputSignals, SignalLiterals } from './signals/failure.js';
import { RULESET_VERSION } from './rules/index.js';
import type { LoadedRule } from './rules/types.js';
import type { ScanSettings } from './scan/scan-input.js';
import type { ScanSink } from './scan/types.js';
import type { SharedRangeScan } from './scan/pool.js';
import { planRanges, scanOrder, type RangePlan } from './scan/plan.js';
import { scanRanges, startRangeScan } from './scan/ranged.js';
import { scanSequentially } from './scan/sequential.js';
import { inputReport, sortErrors } from './scan/input-report.js';
import { MAX_RECIPES_PER_RUN, TriageCollector } from './triage/collector.js';
import { STATE_LIMITS } from './engine/state.js';
import { InputContext } from './triage/context.js';
import { CandidateCollector } from './triage/unexplained.js';
import { FailureCollector } from './triage/failures.js';
import { summarize } from './triage/summary.js';
import { plural } from './text/plural.js';
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
  stdin?: StandardInput;
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
  /**
   * The scan's tests are compared with runs it does not read (a history): its passing tests are listed one by
   * one even when it reads a single run (triage/collector.ts, TriageCollector).
   */
  testsComparedLater?: boolean;
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

export function buildLiteralTable(rules: readonly LoadedRule[], formats: readonly LoadedFormat[] = []): LiteralTable {
  const table = new LiteralTable();
  for (const literal of STRUCTURAL_LITERALS) table.intern(literal);
  for (const { definition } of formats) for (const literal of definition.literals ?? []) table.intern(literal);
  for (const literal of FAILURE_LITERALS) table.intern(literal);
  for (const { rule } of rules) {
    for (const pattern of Object.values(rule.events)) {
      for (const literal of pattern.literals ?? []) table.intern(literal);
    }
  }
  return table;
}

/** What every input's scan shares: how lines are read, where events go, the ranges planned for the workers. */
interface Scan {
  settings: ScanSettings;
  sourceOf: SourceOf;
  sinks: EventSinks;
  plan: RangePlan;
  shared?: SharedRangeScan;
  problems: InputProblem[];
}

/** Reads every input into the triage's collectors (and the engine, when given): events in file order, run by run. */
export async function ingest(options: AnalyzeOptions, engine?: RuleEngine): Promise<Ingested> {
  const literals = engine?.literals ?? buildLiteralTable(options.rules, options.formats);
  const formats = await buildFormatSet(options.formats ?? []);
  const collected = await collectInputs([...options.paths, ...baselinesToRead(options)], options.runsDirs ?? [], {
    followSymlinks: options.followSymlinks,
  });
  const sourceOf = inputSources(collected.inputs, options.stdin);
  const settings: ScanSettings = {
    tz: options.tz ?? 'UTC',
    literals: literals.list,
    prefilter: options.fullGrammar ? undefined : bytePrefilter(literals.list),
    grammarOnly: options.fullGrammar === true,
    everyLine: options.everyLine,
    maxDecompressed: options.maxDecompressed,
    formats,
    rangeBytes: options.rangeBytes,
  };
  const heads = await detectInputs(collected.inputs, sourceOf, options.inputFormat, formats.payloads);
  const ordered = scanOrder(heads, collected.runs, collected.inputs);
  const sinks = new EventSinks(collected.runs, literals, options, engine);
  const plan = planRanges(ordered, options);
  const scan: Scan = { settings, sourceOf, sinks, plan, problems: [...collected.problems] };
  const inputs: InputSummary[] = [];
  try {
    scan.shared = startRangeScan(plan, settings, options.fullGrammar === true);
    await scan.shared?.sampleAhead();
    for (const [index, detected] of ordered.entries()) {
      options.onProgress?.(index, ordered.length, detected.input.path);
      inputs.push(await scanInput(detected, index, scan));
    }
  } finally {
    await scan.shared?.close();
  }
  options.onProgress?.(ordered.length, ordered.length, '');
  inputs.push(...collected.problems.map(unreadableInput));
  const { collector, candidates, failures, recorded: events } = sinks;
  const notices = [...ingestNotices(collected.notices, formats.notices, options.rules), ...sinks.notices];
  const { runs } = collected;
  return { runs, inputs, collector, candidates, failures, literals, events, problems: scan.problems, notices };
}

/** A --baseline run is scanned like any other run (it has to be read to be compared with), once. */
function baselinesToRead(options: AnalyzeOptions): string[] {
  const named = new Set(options.paths.map((p) => p.replace(/\/+$/, '')));
  return (options.baselines ?? []).filter((b) => !named.has(b.replace(/\/+$/, '')));
}

/** Where a stream input is read from: stdin, or a pipe named on the command line (read like stdin). */
type SourceOf = (input: InputRef) => StdinSource | undefined;

function inputSources(inputs: readonly InputRef[], stdin: StandardInput | undefined): SourceOf {
  const piped = inputs.some((i) => i.fsPath === undefined && i.pipe === undefined);
  const fromStdin = piped ? new StdinSource(stdin ?? process.stdin) : undefined;
  const pipes = new Map(inputs.filter((i) => i.pipe !== undefined)
    .map((i) => [i, new StdinSource(createReadStream(i.pipe!))]));
  return (input) => pipes.get(input) ?? fromStdin;
}

/** A path named on the command line that cannot be read: it belongs to no run (null), and names none. */
function unreadableInput(problem: InputProblem): InputSummary {
  const { path, run, message } = problem;
  return { path, run: run ?? null, format: 'unreadable', events: 0, errors: [{ message }] };
}

function ingestNotices(walk: readonly string[], formats: readonly string[], rules: readonly LoadedRule[]): string[] {
  const replaced = rules.filter((r) => r.replaces)
    .map((r) => `rule ${r.rule.id} from ${r.origin} replaces the built-in rule of the same id`);
  return [...walk, ...formats, ...replaced];
}

const BINARY = 'binary content (NUL and control bytes in its first 8 KiB): not scanned; '
  + 'use --input-format to force a format';

/** One input scanned into the sinks, by its ranges or front to back: its summary, problems included. */
async function scanInput(detected: DetectedInput, index: number, scan: Scan): Promise<InputSummary> {
  const { input, format, headError } = detected;
  const report = inputReport(input, format?.format ?? 'unknown', scan.problems);
  if (headError || !format) {
    report.problem({ message: `cannot read: ${headError}`, fatal: true });
    return report.summary;
  }
  if (format.structure === 'binary') {
    report.problem({ message: BINARY, line: 1, fatal: true });
    return report.summary;
  }
  const sink = scan.sinks.forInput(input, report.problem);
  try {
    const ranges = scan.plan.tasksOf.get(index);
    report.summary.events = ranges
      ? await scanRanges(scan.shared!, ranges, scan.settings, sink)
      : await scanSequentially(detected, scan.sourceOf(input), scan.settings, sink);
    sink.end?.(report.summary.events);
  } catch (error) {
    report.problem({ message: `scan failed: ${(error as Error).message}`, fatal: true });
  }
  const change = changedDuringScan(input, report.summary.events);
  if (change) report.problem({ message: change });
  sortErrors(report.summary);
  return report.summary;
}

/**
 * Where each event goes once read: the run's structure applied to it (recipe, tier, test), its
 * failure signal found, then the triage's collectors, the engine, the recorder and the caller.
 */
class EventSinks {
  readonly collector: TriageCollector;
  readonly candidates = new CandidateCollector();
  readonly failures = new FailureCollector();
  /** What the scan says about its inputs beyond their problems (a job that tolerated its failures). */
  readonly notices: string[] = [];
  readonly recorded?: ScanEvent[];
  private readonly signalLiterals: SignalLiterals;
  /**
   * A passing test's result (ScanSink.passingTest) goes to the run's structure alone: nothing records or
   * shows events, and neither the signals' first checks nor any rule read its literal.
   */
  private readonly passingTestsPlain: boolean;

  constructor(
    runs: readonly RunRef[], literals: LiteralTable,
    private readonly options: AnalyzeOptions, private readonly engine?: RuleEngine,
  ) {
    this.collector = new TriageCollector(runs.length > 1 || options.testsComparedLater === true);
    for (const run of runs) this.collector.run(run.id);
    this.signalLiterals = new SignalLiterals((literal) => literals.intern(literal));
    if (options.recordEvents) this.recorded = [];
    const passing = literals.intern(PASSING_RESULT_LITERAL);
    this.passingTestsPlain = !options.recordEvents && options.onEvent === undefined
      && !this.signalLiterals.readsBeforeKind(passing) && !(engine?.reads(passing, 'test-result') ?? false);
  }

  forInput(input: InputRef, problem: ScanSink['problem']): ScanSink {
    const context = new InputContext(input, this.collector.run(input.run));
    const signals = new InputSignals(this.signalLiterals);
    // Read once per input, not once per event.
    const { collector, candidates, failures, engine, recorded } = this;
    const { onEvent } = this.options;
    return {
      event: (event) => {
        context.apply(event);
        signals.apply(event);
        collector.ingest(event);
        candidates.ingest(event);
        failures.ingest(event);
        engine?.ingest(event);
        recorded?.push(event);
        onEvent?.(event);
      },
      ...(this.passingTestsPlain ? {
        // No failure signal, unexplained line or failure tracking takes a passing result (info, no message,
        // no unit), nor does any rule (passingTestsPlain): the run's structure alone reads it.
        passingTest: (event: ScanEvent) => {
          context.apply(event);
          signals.passingTest(event);
          collector.ingest(event);
        },
      } : {}),
      problem,
      end: (lines) => {
        const { late, jobSucceededAt } = signals.finish(lines);
        for (const event of late) {
          candidates.lateFailure(event);
          failures.lateSignal(event);
        }
        if (jobSucceededAt !== undefined) this.tolerate(input.path, jobSucceededAt);
      },
    };
  }

  /** An input's CI job said it succeeded after its failure signals: they are errors seen, and a notice says so. */
  private tolerate(path: string, line: number): void {
    const dropped = this.failures.tolerate(path, line);
    this.candidates.tolerate(path, line);
    if (dropped === 0) return;
    this.notices.push(`${path}: its CI job or tool said it succeeded at line ${line}, after ${plural(dropped, 'failure signal')}: `
      + 'it tolerated them; they are listed as errors seen, not failures');
  }
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
  const flakes = unexplainedLoadFlakes(findings, compared).filter((f) => ingested.collector.runs.has(f.run));
  findings = [...findings, ...flakes];
  const { recipes, unexplained, runs, errorsSeen } = summarize(ingested, findings, baselines);
  const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return {
    version: 1,
    tool: { name: TOOL_NAME, version: TOOL_VERSION, rules: RULESET_VERSION },
    runs,
    inputs: ingested.inputs.sort((a, b) => compare(a.run ?? '', b.run ?? '') || compare(a.path, b.path)),
    findings: sortFindings(findings)
      .map((f) => (f.recipe ? { ...f, unit: { kind: 'recipe' as const, name: f.recipe } } : f)),
    unexplained,
    recipes,
    ...(errorsSeen.length > 0 ? { errorsSeen } : {}),
    notices: [...ingested.notices, ...limitNotices(ingested, engine, findings)],
  };
}

/** Every bound the evaluation reached, said: what was counted but not kept or listed. */
function limitNotices(ingested: Ingested, engine: RuleEngine, findings: readonly Finding[]): string[] {
  const notices: string[] = [];
  const { foldsPerPattern, groupsPerRule } = STATE_LIMITS;
  for (const f of findings) {
    if (!f.unlistedEvidence) continue;
    notices.push(`finding ${f.id}: ${f.unlistedEvidence} more matching lines than its evidence lists `
      + `(over ${foldsPerPattern} distinct templates per pattern): counted, not listed`);
  }
  for (const [rule, events] of engine.overflow) {
    notices.push(`rule ${rule}: ${events} matching events not evaluated: `
      + `more than ${groupsPerRule} distinct recipes/scopes`);
  }
  for (const run of ingested.collector.runs.values()) {
    if (run.overflow === 0) continue;
    notices.push(`run ${run.id}: more than ${MAX_RECIPES_PER_RUN} recipes; `
      + `${run.overflow} events of further recipes not tabulated`);
  }
  notices.push(...ingested.collector.unlistedTestNotices());
  const { failures, candidates } = ingested;
  if (failures.overflow > 0) {
    notices.push(`${failures.overflow} failure signals not kept: `
      + 'too many distinct templates, units or crash-loop candidates');
  }
  if (candidates.overflow > 0) {
    notices.push(`${candidates.overflow} error lines not kept as unexplained candidates: `
      + 'too many distinct templates or recipes');
  }
  return notices;
}

export function sortFindings(findings: Finding[]): Finding[] {
  const key = (f: Finding) => [
    f.run, f.recipe ?? '', f.evidence[0]?.path ?? '', String(f.evidence[0]?.line ?? 0).padStart(10, '0'), f.rule,
  ];
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
export function replay(
  ingested: Ingested, rules: readonly LoadedRule[], baselines: readonly string[] = [],
): AnalysisResult {
  const engine = new RuleEngine(rules, ingested.literals);
  for (const event of ingested.events ?? []) engine.ingest(event);
  return evaluateIngested(ingested, engine, baselines);
}
