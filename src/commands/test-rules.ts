import path from 'node:path';
import { FormatDefinitionError, type LoadedFormat } from '../parsers/user/definition.js';
import { loadFormats } from '../parsers/user/load.js';
import { scanExitStatus } from '../exit-status.js';
import { buildLiteralTable, ingest, evaluateIngested, replay, type Ingested } from '../analyze.js';
import { RuleEngine } from '../engine/engine.js';
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

type CaseOptions = ReturnType<typeof caseOptions>;

/** Case arguments (a subset of the scan command line), resolved against the case directory. */
function caseOptions(dir: string, args: string[]): { paths: string[]; runsDirs: string[]; baselines: string[]; recipes: string[]; tiers: string[]; tz?: string; inputFormat?: string; formatFiles: string[] } {
  const out = { paths: [] as string[], runsDirs: [] as string[], baselines: [] as string[], recipes: [] as string[], tiers: [] as string[], tz: undefined as string | undefined, inputFormat: undefined as string | undefined, formatFiles: [] as string[] };
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

/** Exhaustive comparison: too few and too many findings both fail. */
function compareCase(result: AnalysisResult, expected: ExpectedCase, prefix: string): CaseOutcome {
  const outcome: CaseOutcome = { name: '', ok: true, missing: [], unexpected: [], other: [] };
  const actual = result.findings.map((f) => ({
    finding: f,
    run: strip(f.run, prefix),
    evidence: new Set(f.evidence.map((e) => `${strip(e.path, prefix)}:${e.line}`)),
    used: false,
  }));
  for (const want of expected.findings) {
    const match = actual.find((a) =>
      !a.used && a.finding.rule === want.rule && a.finding.classification === want.classification && a.finding.recipe === want.recipe &&
      (want.tier === undefined || a.finding.tier === want.tier) && (want.test === undefined || a.finding.test === want.test) &&
      (want.run === undefined || a.run === want.run) && want.evidence.every((e) => a.evidence.has(e)) &&
      (want.confidenceAtLeast === undefined || a.finding.confidence >= want.confidenceAtLeast) &&
      (want.confidenceAtMost === undefined || a.finding.confidence <= want.confidenceAtMost));
    if (want.todo !== undefined) {
      if (match) { match.used = true; outcome.other.push(`todo now fires, remove its todo mark: ${describeExpected(want)}`); }
      continue;
    }
    if (match) {
      match.used = true;
      outcome.other.push(...rootCauseProblems(want, match.finding.rootCause));
    } else outcome.missing.push(describeExpected(want));
  }
  for (const a of actual.filter((x) => !x.used)) {
    const f = a.finding;
    outcome.unexpected.push(`${f.rule} (${f.classification}, confidence ${f.confidence}) ${f.recipe ?? '-'}/${f.tier ?? '-'}${f.test ? ` ${f.test}` : ''} [${[...a.evidence].slice(0, 4).join(', ')}]`);
  }
  for (const want of expected.unexplained ?? []) {
    const found = result.unexplained.find((u) => unitName(u, prefix) === want.recipe && u.tier === want.tier && (want.test === undefined || u.test === want.test) && (want.run === undefined || strip(u.run, prefix) === want.run));
    if (!found) { outcome.missing.push(`unexplained ${want.recipe ?? '-'}/${want.tier ?? 'no tier'}${want.test ? ` ${want.test}` : ''}`); continue; }
    const kinds = new Set((found.signals ?? []).map((s) => s.kind));
    for (const kind of want.signals ?? []) if (!kinds.has(kind as never)) outcome.other.push(`unexplained ${want.recipe ?? '-'}/${want.tier ?? 'no tier'}: no ${kind} signal (has ${[...kinds].join(', ') || 'none'})`);
    const top = found.lines[0];
    if (want.top !== undefined && (!top || `${strip(top.path, prefix)}:${top.line}` !== want.top)) {
      outcome.other.push(`unexplained ${want.recipe ?? '-'}/${want.tier}: top line is ${top ? `${strip(top.path, prefix)}:${top.line}` : 'none'}, expected ${want.top}`);
    }
    const last = found.lines[found.lines.length - 1];
    if (want.last !== undefined && (!last || `${strip(last.path, prefix)}:${last.line}` !== want.last)) {
      outcome.other.push(`unexplained ${want.recipe ?? '-'}/${want.tier}: last line is ${last ? `${strip(last.path, prefix)}:${last.line}` : 'none'}, expected ${want.last}`);
    }
  }
  if (expected.unexplained !== undefined) {
    for (const u of result.unexplained) {
      const wanted = expected.unexplained.some((w) => w.recipe === unitName(u, prefix) && w.tier === u.tier && (w.test === undefined || w.test === u.test) && (w.run === undefined || w.run === strip(u.run, prefix)));
      if (!wanted) outcome.unexpected.push(`unexplained ${u.recipe ?? '-'}/${u.tier ?? 'no tier'}${u.test ? ` ${u.test}` : ''}`);
    }
  }
  if (expected.exit !== undefined) {
    const status = scanExitStatus(result);
    if (status !== expected.exit) outcome.other.push(`exit status ${status}, expected ${expected.exit}`);
  }
  for (const want of expected.recipes ?? []) {
    const row = result.recipes.find((r) => unitName(r, prefix) === want.recipe && (want.run === undefined || strip(r.run, prefix) === want.run));
    if (!row) { outcome.missing.push(`recipe row ${want.recipe}${want.run ? ` in ${want.run}` : ''}`); continue; }
    if (want.unit !== undefined && (row.unit?.kind ?? 'recipe') !== want.unit) outcome.other.push(`row ${want.recipe}: a ${row.unit?.kind ?? 'recipe'}, expected a ${want.unit}`);
    if (row.verdict !== want.verdict) outcome.other.push(`recipe ${want.recipe}${want.run ? ` in ${want.run}` : ''}: verdict ${row.verdict}, expected ${want.verdict}`);
    for (const [tier, result2] of Object.entries(want.tiers ?? {})) {
      if (row.tiers[tier] !== result2) outcome.other.push(`recipe ${want.recipe} tier ${tier}: ${row.tiers[tier] ?? 'absent'}, expected ${result2}`);
    }
  }
  if (expected.recipes !== undefined) {
    for (const row of result.recipes) {
      const listed = expected.recipes.some((w) => w.recipe === unitName(row, prefix) && (w.run === undefined || w.run === strip(row.run, prefix)));
      if (!listed) outcome.unexpected.push(`row ${row.unit?.kind ?? 'recipe'} ${row.recipe} in ${strip(row.run, prefix)}: ${row.verdict}`);
    }
  }
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

/** A case's --formats files, loaded and checked; a string says why they could not be. */
async function caseFormats(files: readonly string[]): Promise<LoadedFormat[] | string> {
  if (files.length === 0) return [];
  try {
    return await loadFormats(files, { useDefault: false });
  } catch (error) {
    if (error instanceof FormatDefinitionError) return error.message;
    throw error;
  }
}

/**
 * Runs every case of the corpus as its own scan; checks coverage (each rule has a case where it
 * fires and a near miss where it stays quiet); with `mutate`, drops each condition of each rule
 * in turn and requires some case to notice.
 */
export async function testRules(dir: string, options: { mutate?: boolean; only?: string; rules?: LoadedRule[] } = {}): Promise<TestRulesOutcome> {
  const rules = options.rules ?? (await loadRules());
  const cases: ScannedCase[] = (await loadCases(dir, options.only)).map((c) => ({ ...c, options: caseOptions(c.dir, c.expected.args ?? ['input']) }));
  const lines: string[] = [];
  const outcomes: CaseOutcome[] = [];
  const resolvedDir = path.resolve(dir);
  // Interning is idempotent: one table serves every case (and the replays share it).
  const literals = buildLiteralTable(rules);
  for (const c of cases) {
    let outcome: CaseOutcome;
    if (c.error) {
      outcome = { name: c.name, ok: false, missing: [], unexpected: [], other: [c.error] };
    } else {
      const formats = await caseFormats(c.options.formatFiles);
      if (typeof formats === 'string') {
        outcome = { name: c.name, ok: false, missing: [], unexpected: [], other: [formats] };
        outcomes.push(outcome);
        lines.push(`FAIL ${c.name}`, `    ! ${displayText(formats, 400)}`);
        continue;
      }
      // A case's formats add literals of their own: its table is its own, so no other case sees them.
      const engine = new RuleEngine(rules, formats.length > 0 ? buildLiteralTable(rules, formats) : literals);
      c.ingested = await ingest({ ...c.options, rules, formats, recordEvents: true }, engine);
      const result = filterResult(evaluateIngested(c.ingested, engine, c.options.baselines), c.options.recipes, c.options.tiers);
      outcome = { ...compareCase(result, c.expected, `${c.dir}/`), name: c.name };
      for (const ruleId of c.expected.nearMissFor ?? []) {
        if (!rules.some((r) => r.rule.id === ruleId)) outcome.other.push(`nearMissFor names unknown rule ${ruleId}`);
      }
      outcome.ok = isClean(outcome);
    }
    outcomes.push(outcome);
    lines.push(`${outcome.ok ? 'PASS' : 'FAIL'} ${c.name}`);
    if (!outcome.ok) {
      lines.push(...sideBySide(outcome.missing, outcome.unexpected));
      for (const other of outcome.other) lines.push(`    ! ${displayText(other, 400)}`);
    }
  }

  // Coverage: a positive case and a near-miss case per rule.
  const uncovered: string[] = [];
  if (!options.only) {
    for (const { rule } of rules) {
      const coverage = ruleCoverage(cases, rule.id);
      const positive = coverage.fires.length > 0;
      const nearMiss = coverage.nearMiss.length > 0;
      if (!positive || !nearMiss) uncovered.push(`${rule.id}: ${[!positive ? 'no case where it fires' : '', !nearMiss ? 'no near-miss case where it stays quiet' : ''].filter(Boolean).join(' and ')}`);
    }
    if (uncovered.length > 0) {
      lines.push('', 'Uncovered rules:');
      for (const u of uncovered) lines.push(`  ${u}`);
    }
  }

  const untested: string[] = [];
  if (options.mutate) {
    const usable = cases.filter((c) => c.ingested);
    const equivalent: string[] = [];
    for (const loaded of rules) {
      for (const mutant of mutants(loaded.rule)) {
        if (mutant.equivalent) { equivalent.push(`${loaded.rule.id}: ${mutant.dropped}`); continue; }
        const mutatedRules = rules.map((r) => (r === loaded ? { ...r, rule: mutant.rule } : r));
        const noticed = usable.some((c) => {
          const result = filterResult(replay(c.ingested!, mutatedRules, c.options.baselines), c.options.recipes, c.options.tiers);
          return !compareCase(result, c.expected, `${c.dir}/`).ok;
        });
        if (!noticed) untested.push(`${loaded.rule.id}: ${mutant.dropped}`);
      }
    }
    lines.push('', untested.length === 0 ? 'Mutation check: every condition of every rule is noticed by some case.' : 'Untested conditions (dropping them changes no case):');
    for (const u of untested) lines.push(`  ${u}`);
    if (equivalent.length > 0) {
      lines.push('Equivalent mutants, not run (the only pattern of the rule: a group exists only where it matched):');
      for (const e of equivalent) lines.push(`  ${e}`);
    }
  }

  const passed = outcomes.filter((o) => o.ok).length;
  const ok = passed === outcomes.length && uncovered.length === 0 && untested.length === 0 && outcomes.length > 0;
  lines.push('', `${plural(outcomes.length, 'case')}: ${passed} passed, ${outcomes.length - passed} failed${uncovered.length ? `; ${plural(uncovered.length, 'uncovered rule')}` : ''}${options.mutate ? `; ${plural(untested.length, 'untested condition')}` : ''} (${path.relative(process.cwd(), resolvedDir) || '.'})`);
  return { ok, report: `${lines.join('\n')}\n`, cases: outcomes, uncovered, untested };
}
