import type { Ingested } from '../analyze.js';
import type { Finding } from '../engine/findings.js';
import type { RuleEngine } from '../engine/engine.js';
import { formatIso } from '../parsers/time.js';
import { findingFingerprint, primaryText, stableTemplate, unexplainedFingerprint } from '../reporters/fingerprint.js';
import type { AnalysisResult, RecipeSummary, UnexplainedFailure } from '../result.js';
import { LOAD_FLAKE_UNEXPLAINED } from '../rules/reserved.js';
import { redactSecrets } from '../text/redact.js';
import type { RecordedTest, RecipeFacts } from './evidence.js';

/** A finding as recorded: its identity, the rule's own verdict (before runs were compared) and the whole finding. */
export interface FindingRecord {
  finding: Finding;
  fingerprint: string;
  template: string;
  ruleClassification: string;
  ruleConfidence: number;
  derived: boolean;
}

export interface UnexplainedRecord {
  failure: UnexplainedFailure;
  fingerprint: string;
  template: string;
}

/** Error-level lines of one run × recipe × tier, folded by their masked, redacted template. */
export interface ErrorTemplate {
  recipe: string;
  tier: string;
  template: string;
  count: number;
  text: string;
}

/** Everything a history keeps of one run: no log text beyond redacted evidence lines. */
export interface RunSnapshot {
  key: string;
  label: string;
  started?: string;
  /** The run's time for windows: its first timestamp, else when it was recorded. */
  at: string;
  recordedAt: string;
  concurrency?: number;
  inputs: number;
  recipes: RecipeFacts[];
  findings: FindingRecord[];
  unexplained: UnexplainedRecord[];
  errorTemplates: ErrorTemplate[];
}

function testsOf(ingested: Ingested, run: string, recipe: string): RecordedTest[] {
  const record = ingested.collector.runs.get(run)?.recipes.get(recipe);
  return [...(record?.tests.values() ?? [])].map((t) => {
    const failed = t.outcome === 'failed' || t.outcome === 'error';
    const test: RecordedTest = { key: t.key, nodeid: t.nodeid, outcome: t.outcome, path: t.path, line: t.line };
    if (t.tier !== undefined) test.tier = t.tier;
    if (failed && t.message) test.message = redactSecrets(t.message);
    return test;
  });
}

function recipeFacts(ingested: Ingested, row: RecipeSummary): RecipeFacts {
  const run = ingested.collector.runs.get(row.run);
  const record = run?.recipes.get(row.recipe);
  const facts: RecipeFacts = {
    recipe: row.recipe,
    unitKind: row.unit?.kind ?? 'recipe',
    trees: [...(record?.trees ?? [])],
    verdict: row.verdict,
    tiers: row.tiers,
    tests: testsOf(ingested, row.run, row.recipe),
  };
  if (row.version) facts.version = row.version;
  if (record) {
    facts.concurrency = run!.concurrency(row.recipe)?.count;
    const started = formatIso(record.window.start ?? record.extent.start);
    if (started) facts.started = started;
    if (record.promote) facts.promote = record.promote.result;
  }
  return facts;
}

function errorTemplates(ingested: Ingested, row: RecipeSummary): ErrorTemplate[] {
  const isRecipe = (row.unit?.kind ?? 'recipe') === 'recipe';
  const lines = ingested.candidates
    .candidates(row.run, isRecipe ? row.recipe : undefined)
    .filter((c) => isRecipe || c.unit === row.recipe);
  const folded = new Map<string, ErrorTemplate>();
  for (const line of lines) {
    const text = redactSecrets(line.text);
    const template = stableTemplate(text);
    const tier = line.tier ?? '';
    const key = `${tier}\u0000${template}`;
    const seen = folded.get(key);
    if (seen) seen.count += line.count;
    else folded.set(key, { recipe: row.recipe, tier, template, count: line.count, text });
  }
  return [...folded.values()];
}

/** The rule's verdict before runs were compared: the base the comparison starts from again. */
function findingRecord(finding: Finding, engine: RuleEngine): FindingRecord {
  const derived = finding.rule === LOAD_FLAKE_UNEXPLAINED.id;
  const rule = derived ? LOAD_FLAKE_UNEXPLAINED : engine.compiled.find((c) => c.rule.id === finding.rule)?.rule;
  return {
    finding,
    fingerprint: finding.fingerprint ?? findingFingerprint(finding),
    template: stableTemplate(primaryText(finding)),
    ruleClassification: rule?.classification ?? finding.classification,
    ruleConfidence: rule?.confidence ?? finding.confidence,
    derived,
  };
}

/**
 * The record of each scanned run, from the evidence collected and the result (redacted and
 * fingerprinted: nothing secret is hashed or stored). `keys`: each run's identity.
 */
export function snapshotRuns(
  ingested: Ingested,
  result: AnalysisResult,
  engine: RuleEngine,
  keys: ReadonlyMap<string, string>,
  recordedAt: string,
): RunSnapshot[] {
  return result.runs
    .filter((run) => keys.has(run.id))
    .map((run) => {
      const rows = result.recipes.filter((r) => r.run === run.id);
      const snapshot: RunSnapshot = {
        key: keys.get(run.id)!,
        label: run.id,
        at: new Date(run.started ?? recordedAt).toISOString(),
        recordedAt,
        inputs: result.inputs.filter((i) => i.run === run.id).length,
        recipes: rows.map((row) => recipeFacts(ingested, row)),
        findings: result.findings.filter((f) => f.run === run.id).map((f) => findingRecord(f, engine)),
        unexplained: result.unexplained
          .filter((u) => u.run === run.id)
          .map((failure) => ({
            failure,
            fingerprint: unexplainedFingerprint(failure),
            template: stableTemplate(failure.lines[0]?.text ?? ''),
          })),
        errorTemplates: rows.flatMap((row) => errorTemplates(ingested, row)),
      };
      if (run.started) snapshot.started = run.started;
      if (run.concurrency !== undefined) snapshot.concurrency = run.concurrency;
      return snapshot;
    });
}
