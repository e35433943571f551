import path from 'node:path';
import { FormatDefinitionError, type LoadedFormat } from '../parsers/user/definition.js';
import { loadFormats } from '../parsers/user/load.js';
import { scanExitStatus } from '../exit-status.js';
import { buildLiteralTable, ingest, evaluateIngested, replay, type Ingested } from '../analyze.js';
import { RuleEngine } from '../engine/engine.js';
import type { LiteralTable } from '../engine/literals.js';
import type { AnalysisResult } from '../result.js';
import { loadRules } from '../rule-packs/load.js';
import type { LoadedRule } from '../rules/types.js';
import { mutants } from '../corpus/mutate.js';
import type { ExpectedCase, ExpectedFinding } from '../corpus/expected.js';
import { loadCases, ruleCoverage, type CorpusCase } from '../corpus/cases.js';
import { displayText } from '../reporters/text.js';
import { filterResult } from '../triage/filter.js';
import { plural } from '../text/plural.js';

export interface CaseOutcome {
  name: string;
  ok: boolean;
  missing: string[];
  unexpected: string[];
  other: string[];
}

export interface TestRulesOutcome {
  ok: boolean;
  report: string;
  cases: CaseOutcome[];
  uncovered: string[];
  untested: string[];
}

interface ScannedCase extends CorpusCase {
  options: CaseOptions;
  ingested?: Ingested;
}

/** Case arguments (a subset of the scan command line), resolved against the case directory. */
interface CaseOptions {
  paths: string[];
  runsDirs: string[];
  baselines: string[];
  recipes: string[];
  tiers: string[];
  tz?: string;
  inputFormat?: string;
  formatFiles: string[];
}

function caseOptions(dir: string, args: string[]): CaseOptions {
  const out: CaseOptions = {
    paths: [],
    runsDirs: [],
    baselines: [],
    recipes: [],
    tiers: [],
    tz: undefined,
    inputFormat: undefined,
    formatFiles: [],
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const next = () => args[++i];
    if (arg === '--runs') out.runsDirs.push(path.join(dir, next()));
    else if (arg === '--baseline') out.baselines.push(path.join(dir, next()));
    else if (arg === '--recipe') out.recipes.push(...next().split(','));
    else if (arg === '--tier') out.tiers.push(...next().split(','));
    else if (arg === '--tz') out.tz = next();
    else if (arg === '--input-format') out.inputFormat = next();
    // The case's own format files only: a case never reads the user's default directory.
    else if (arg === '--formats') out.formatFiles.push(path.join(dir, next()));
    else out.paths.push(path.join(dir, arg));
  }
  return out;
}

function strip(text: string, prefix: string): string {
  return text.startsWith(prefix) ? text.slice(prefix.length) : text;
}

function describeExpected(f: ExpectedFinding): string {
  return `${f.rule} (${f.classification}) ${f.recipe ?? '-'}/${f.tier ?? '-'}${f.test ? ` ${f.test}` : ''} [${f.evidence.join(', ')}]`;
}

/** What a matched finding's root cause says that its expectation forbids, or lacks that it requires. */
function rootCauseProblems(want: ExpectedFinding, rootCause: string): string[] {
  const label = `${want.rule} ${want.recipe ?? '-'}/${want.tier ?? '-'}`;
  return [
    ...(want.rootCauseIncludes ?? []).filter((s) => !rootCause.includes(s)).map((s) => `${label}: root cause lacks ${JSON.stringify(s)}: ${rootCause}`),
    ...(want.rootCauseExcludes ?? []).filter((s) => rootCause.includes(s)).map((s) => `${label}: root cause says ${JSON.stringify(s)}, which its evidence does not show: ${rootCause}`),
  ];
}

/** A row's or failure's unit as a case names it: an input by its path relative to the case. */
function unitName(row: { recipe: string | null; unit?: { kind: string } }, prefix: string): string | null {
  return row.unit?.kind === 'input' && row.recipe !== null ? strip(row.recipe, prefix) : row.recipe;
}

interface ActualFinding {
  finding: AnalysisResult['findings'][number];
  run: string;
  evidence: Set<string>;
  used: boolean;
}

/** Whether a finding not matched yet is the one an expectation describes. */
function meetsExpectation(a: ActualFinding, want: ExpectedFinding): boolean {
  const f = a.finding;
  return !a.used && f.rule === want.rule && f.classification === want.classification && f.recipe === want.recipe &&
    (want.tier === undefined || f.tier === want.tier) && (want.test === undefined || f.test === want.test) &&
    (want.run === undefined || a.run === want.run) && want.evidence.every((e) => a.evidence.has(e)) &&
    (want.confidenceAtLeast === undefined || f.confidence >= want.confidenceAtLeast) &&
    (want.confidenceAtMost === undefined || f.confidence <= want.confidenceAtMost);
}

function describeActual(a: ActualFinding): string {
  const f = a.finding;
  const evidence = [...a.evidence].slice(0, 4).join(', ');
  return `${f.rule} (${f.classification}, confidence ${f.confidence}) ${f.recipe ?? '-'}/${f.tier ?? '-'}${f.test ? ` ${f.test}` : ''} [${evidence}]`;
}

/** Every expected finding matched once, a todo that fires told, and every finding left over unexpected. */
function compareFindings(result: AnalysisResult, expected: ExpectedCase, prefix: string, outcome: CaseOutcome): void {
  const actual: ActualFinding[] = result.findings.map((f) => ({
    finding: f,
    run: strip(f.run, prefix),
    evidence: new Set(f.evidence.map((e) => `${strip(e.path, prefix)}:${e.line}`)),
    used: false,
  }));
  for (const want of expected.findings) {
    const match = actual.find((a) => meetsExpectation(a, want));
    if (want.todo !== undefined) {
      if (match) { match.used = true; outcome.other.push(`todo now fires, remove its todo mark: ${describeExpected(want)}`); }
      continue;
    }
    if (match) {
      match.used = true;
      outcome.other.push(...rootCauseProblems(want, match.finding.rootCause));
    } else outcome.missing.push(describeExpected(want));
  }
  for (const a of actual.filter((x) => !x.used)) outcome.unexpected.push(describeActual(a));
}

type ExpectedUnexplained = NonNullable<ExpectedCase['unexplained']>[number];
type UnexplainedEntry = AnalysisResult['unexplained'][number];

function isExpectedUnexplained(u: UnexplainedEntry, want: ExpectedUnexplained, prefix: string): boolean {
  return unitName(u, prefix) === want.recipe && u.tier === want.tier &&
    (want.test === undefined || u.test === want.test) && (want.run === undefined || strip(u.run, prefix) === want.run);
}

/** What an expected unexplained entry says that the one found does not: its signals, top line and last line. */
function unexplainedProblems(found: UnexplainedEntry, want: ExpectedUnexplained, prefix: string): string[] {
  const problems: string[] = [];
  const kinds = new Set<string>((found.signals ?? []).map((s) => s.kind));
  for (const kind of want.signals ?? []) {
    if (!kinds.has(kind)) problems.push(`unexplained ${want.recipe ?? '-'}/${want.tier ?? 'no tier'}: no ${kind} signal (has ${[...kinds].join(', ') || 'none'})`);
  }
  const at = (line: UnexplainedEntry['lines'][number] | undefined) => (line ? `${strip(line.path, prefix)}:${line.line}` : undefined);
  const top = at(found.lines[0]);
  if (want.top !== undefined && top !== want.top) {
    problems.push(`unexplained ${want.recipe ?? '-'}/${want.tier}: top line is ${top ?? 'none'}, expected ${want.top}`);
  }
  const last = at(found.lines[found.lines.length - 1]);
  if (want.last !== undefined && last !== want.last) {
    problems.push(`unexplained ${want.recipe ?? '-'}/${want.tier}: last line is ${last ?? 'none'}, expected ${want.last}`);
  }
  return problems;
}

/** Each expected unexplained failure found and as described; with a list, every other one unexpected. */
function compareUnexplained(
  result: AnalysisResult,
  expected: ExpectedCase,
  prefix: string,
  outcome: CaseOutcome,
): void {
  for (const want of expected.unexplained ?? []) {
    const found = result.unexplained.find((u) => isExpectedUnexplained(u, want, prefix));
    if (!found) { outcome.missing.push(`unexplained ${want.recipe ?? '-'}/${want.tier ?? 'no tier'}${want.test ? ` ${want.test}` : ''}`); continue; }
    outcome.other.push(...unexplainedProblems(found, want, prefix));
  }
  if (expected.unexplained === undefined) return;
  for (const u of result.unexplained) {
    const wanted = expected.unexplained.some((w) => isExpectedUnexplained(u, w, prefix));
    if (!wanted) outcome.unexpected.push(`unexplained ${u.recipe ?? '-'}/${u.tier ?? 'no tier'}${u.test ? ` ${u.test}` : ''}`);
  }
}

type ExpectedRecipe = NonNullable<ExpectedCase['recipes']>[number];
type RecipeRow = AnalysisResult['recipes'][number];

function isExpectedRow(row: RecipeRow, want: ExpectedRecipe, prefix: string): boolean {
  return unitName(row, prefix) === want.recipe && (want.run === undefined || strip(row.run, prefix) === want.run);
}

/** What an expected recipe row says that the row found does not: its unit kind, verdict and tier results. */
function rowProblems(row: RecipeRow, want: ExpectedRecipe): string[] {
  const problems: string[] = [];
  const unit = row.unit?.kind ?? 'recipe';
  if (want.unit !== undefined && unit !== want.unit) problems.push(`row ${want.recipe}: a ${unit}, expected a ${want.unit}`);
  if (row.verdict !== want.verdict) problems.push(`recipe ${want.recipe}${want.run ? ` in ${want.run}` : ''}: verdict ${row.verdict}, expected ${want.verdict}`);
  for (const [tier, result] of Object.entries(want.tiers ?? {})) {
    if (row.tiers[tier] !== result) problems.push(`recipe ${want.recipe} tier ${tier}: ${row.tiers[tier] ?? 'absent'}, expected ${result}`);
  }
  return problems;
}

/** Each expected recipe row found and as described; with a list, every other row unexpected. */
function compareRecipeRows(result: AnalysisResult, expected: ExpectedCase, prefix: string, outcome: CaseOutcome): void {
  for (const want of expected.recipes ?? []) {
    const row = result.recipes.find((r) => isExpectedRow(r, want, prefix));
    if (!row) { outcome.missing.push(`recipe row ${want.recipe}${want.run ? ` in ${want.run}` : ''}`); continue; }
    outcome.other.push(...rowProblems(row, want));
  }
  if (expected.recipes === undefined) return;
  for (const row of result.recipes) {
    const listed = expected.recipes.some((w) => isExpectedRow(row, w, prefix));
    if (!listed) outcome.unexpected.push(`row ${row.unit?.kind ?? 'recipe'} ${row.recipe} in ${strip(row.run, prefix)}: ${row.verdict}`);
  }
}

/** Exhaustive comparison: too few and too many findings both fail. */
function compareCase(result: AnalysisResult, expected: ExpectedCase, prefix: string): CaseOutcome {
  const outcome: CaseOutcome = { name: '', ok: true, missing: [], unexpected: [], other: [] };
  compareFindings(result, expected, prefix, outcome);
  compareUnexplained(result, expected, prefix, outcome);
  if (expected.exit !== undefined) {
    const status = scanExitStatus(result);
    if (status !== expected.exit) outcome.other.push(`exit status ${status}, expected ${expected.exit}`);
  }
  compareRecipeRows(result, expected, prefix, outcome);
  for (const input of result.inputs) {
    if (input.errors.length > 0 && !(expected as { inputErrors?: boolean }).inputErrors) outcome.other.push(`input problem in ${strip(input.path, prefix)}: ${input.errors[0].message}`);
  }
  outcome.ok = isClean(outcome);
  return outcome;
}

function isClean(outcome: CaseOutcome): boolean {
  return outcome.missing.length === 0 && outcome.unexpected.length === 0 && outcome.other.length === 0;
}

function sideBySide(missing: string[], unexpected: string[]): string[] {
  const rows: string[] = [];
  const n = Math.max(missing.length, unexpected.length);
  for (let i = 0; i < n; i++) {
    if (missing[i]) rows.push(`    - missing:    ${displayText(missing[i], 400)}`);
    if (unexpected[i]) rows.push(`    + unexpected: ${displayText(unexpected[i], 400)}`);
  }
  return rows;
}

/** The formats every case is scanned with (test-rules --formats), and the literal table they share with the rules. */
interface SharedSetup {
  formats: readonly LoadedFormat[];
  literals: LiteralTable;
}

/**
 * A case's formats: the shared ones, then the case's own --formats files, loaded together and
 * checked as `scan --formats <shared> --formats <own>` would (a name defined in both is refused);
 * a string says why they could not be.
 */
async function caseFormats(
  files: readonly string[], shared: readonly LoadedFormat[],
): Promise<readonly LoadedFormat[] | string> {
  if (files.length === 0) return shared;
  const sharedFiles = [...new Set(shared.map((f) => f.origin))];
  try {
    return await loadFormats([...sharedFiles, ...files], { useDefault: false });
  } catch (error) {
    if (error instanceof FormatDefinitionError) return error.message;
    throw error;
  }
}

/** Scans one case with the rules (a case with formats of its own gets its own literal table) and compares. */
async function runCase(c: ScannedCase, rules: LoadedRule[], shared: SharedSetup): Promise<CaseOutcome> {
  if (c.error) return { name: c.name, ok: false, missing: [], unexpected: [], other: [c.error] };
  const formats = await caseFormats(c.options.formatFiles, shared.formats);
  if (typeof formats === 'string') return { name: c.name, ok: false, missing: [], unexpected: [], other: [formats] };
  // A case's formats add literals of their own: its table is its own, so no other case sees them.
  const ownFormats = c.options.formatFiles.length > 0;
  const engine = new RuleEngine(rules, ownFormats ? buildLiteralTable(rules, formats) : shared.literals);
  c.ingested = await ingest({ ...c.options, rules, formats, recordEvents: true }, engine);
  const evaluated = evaluateIngested(c.ingested, engine, c.options.baselines);
  const result = filterResult(evaluated, c.options.recipes, c.options.tiers);
  const outcome = { ...compareCase(result, c.expected, `${c.dir}/`), name: c.name };
  for (const ruleId of c.expected.nearMissFor ?? []) {
    if (!rules.some((r) => r.rule.id === ruleId)) outcome.other.push(`nearMissFor names unknown rule ${ruleId}`);
  }
  outcome.ok = isClean(outcome);
  return outcome;
}

/** A case's lines in the report: PASS or FAIL, and for a failure what differs. */
function caseLines(outcome: CaseOutcome): string[] {
  const lines = [`${outcome.ok ? 'PASS' : 'FAIL'} ${outcome.name}`];
  if (!outcome.ok) {
    lines.push(...sideBySide(outcome.missing, outcome.unexpected));
    for (const other of outcome.other) lines.push(`    ! ${displayText(other, 400)}`);
  }
  return lines;
}

/** Rules without a positive case or without a near-miss case, each with what it lacks. */
function uncoveredRules(cases: readonly ScannedCase[], rules: readonly LoadedRule[]): string[] {
  const uncovered: string[] = [];
  for (const { rule } of rules) {
    const coverage = ruleCoverage(cases, rule.id);
    const lacks = [
      coverage.fires.length > 0 ? '' : 'no case where it fires',
      coverage.nearMiss.length > 0 ? '' : 'no near-miss case where it stays quiet',
    ].filter(Boolean);
    if (lacks.length > 0) uncovered.push(`${rule.id}: ${lacks.join(' and ')}`);
  }
  return uncovered;
}

/** Whether some scanned case fails once `rules` (one of them mutated) are replayed over it. */
function someCaseNotices(cases: readonly ScannedCase[], rules: LoadedRule[]): boolean {
  return cases.some((c) => {
    if (!c.ingested) return false;
    const result = filterResult(replay(c.ingested, rules, c.options.baselines), c.options.recipes, c.options.tiers);
    return !compareCase(result, c.expected, `${c.dir}/`).ok;
  });
}

/** Each condition of each rule dropped in turn: the ones no case notices, and the equivalent mutants not run. */
function mutationCheck(
  cases: readonly ScannedCase[],
  rules: LoadedRule[],
): { untested: string[]; equivalent: string[] } {
  const untested: string[] = [];
  const equivalent: string[] = [];
  for (const loaded of rules) {
    for (const mutant of mutants(loaded.rule)) {
      if (mutant.equivalent) { equivalent.push(`${loaded.rule.id}: ${mutant.dropped}`); continue; }
      const mutatedRules = rules.map((r) => (r === loaded ? { ...r, rule: mutant.rule } : r));
      if (!someCaseNotices(cases, mutatedRules)) untested.push(`${loaded.rule.id}: ${mutant.dropped}`);
    }
  }
  return { untested, equivalent };
}

function mutationLines({ untested, equivalent }: { untested: string[]; equivalent: string[] }): string[] {
  const lines = [
    '',
    untested.length === 0 ? 'Mutation check: every condition of every rule is noticed by some case.' : 'Untested conditions (dropping them changes no case):',
    ...untested.map((u) => `  ${u}`),
  ];
  if (equivalent.length > 0) {
    lines.push('Equivalent mutants, not run (the only pattern of the rule: a group exists only where it matched):');
    lines.push(...equivalent.map((e) => `  ${e}`));
  }
  return lines;
}

/** The report's last line: cases passed and failed, uncovered rules, untested conditions, and the corpus directory. */
function totalsLine(
  outcomes: readonly CaseOutcome[],
  uncovered: number,
  untested: number | undefined,
  resolvedDir: string,
): string {
  const passed = outcomes.filter((o) => o.ok).length;
  const uncoveredText = uncovered ? `; ${plural(uncovered, 'uncovered rule')}` : '';
  const untestedText = untested !== undefined ? `; ${plural(untested, 'untested condition')}` : '';
  const shownDir = path.relative(process.cwd(), resolvedDir) || '.';
  return `${plural(outcomes.length, 'case')}: ${passed} passed, ${outcomes.length - passed} failed${uncoveredText}${untestedText} (${shownDir})`;
}

/**
 * Runs every case of the corpus as its own scan; checks coverage (each rule has a case where it
 * fires and a near miss where it stays quiet); with `mutate`, drops each condition of each rule
 * in turn and requires some case to notice.
 */
export async function testRules(
  dir: string,
  options: { mutate?: boolean; only?: string; rules?: LoadedRule[]; formats?: readonly LoadedFormat[] } = {},
): Promise<TestRulesOutcome> {
  const formats = options.formats ?? [];
  const rules = options.rules ?? (await loadRules([], [], { formats: formats.map((f) => f.definition.name) }));
  const cases: ScannedCase[] = (await loadCases(dir, options.only))
    .map((c) => ({ ...c, options: caseOptions(c.dir, c.expected.args ?? ['input']) }));
  const lines: string[] = [];
  const outcomes: CaseOutcome[] = [];
  const resolvedDir = path.resolve(dir);
  // Interning is idempotent: one table serves every case (and the replays share it).
  const shared = { formats, literals: buildLiteralTable(rules, formats) };
  for (const c of cases) {
    const outcome = await runCase(c, rules, shared);
    outcomes.push(outcome);
    lines.push(...caseLines(outcome));
  }
  // Coverage: a positive case and a near-miss case per rule.
  const uncovered = options.only ? [] : uncoveredRules(cases, rules);
  if (uncovered.length > 0) lines.push('', 'Uncovered rules:', ...uncovered.map((u) => `  ${u}`));
  const mutation = options.mutate ? mutationCheck(cases, rules) : undefined;
  if (mutation) lines.push(...mutationLines(mutation));
  const untested = mutation?.untested ?? [];
  const passed = outcomes.filter((o) => o.ok).length;
  const ok = passed === outcomes.length && uncovered.length === 0 && untested.length === 0 && outcomes.length > 0;
  lines.push('', totalsLine(outcomes, uncovered.length, mutation?.untested.length, resolvedDir));
  return { ok, report: `${lines.join('\n')}\n`, cases: outcomes, uncovered, untested };
}
