import type { RuleEngine } from '../engine/engine.js';
import type { Finding } from '../engine/findings.js';
import { findingFingerprint, primaryText, stableTemplate } from '../reporters/fingerprint.js';
import type { UnexplainedFailure } from '../result.js';
import { LOAD_FLAKE_UNEXPLAINED } from '../rules/reserved.js';
import { compareRuns } from '../triage/across-runs.js';
import { withRecordedRuns, type ComparableRuns } from '../triage/comparable.js';
import { blamingFinding, explains } from '../triage/verdict.js';
import { unexplainedLoadFlakes } from '../triage/unexplained-flakes.js';
import type { Row, SqlDriver } from './driver.js';
import type { RecordedRun } from './evidence.js';
import { loadEvidence } from './read.js';
import { insertFinding } from './write.js';

/** An earlier run's finding decided again with the runs recorded since: what it was, and what it is now. */
export interface Revision {
  finding: Finding;
  /** Absent: a finding the earlier run did not have (a load flake only the new runs show). */
  before?: { classification: string; confidence: number };
}

interface Stored {
  key: string;
  finding: Finding;
  derived: boolean;
  ruleClassification: string;
  ruleConfidence: number;
}

function placeholders(n: number): string {
  return Array.from({ length: n }, () => '?').join(', ');
}

async function storedFindings(driver: SqlDriver, runs: readonly RecordedRun[]): Promise<Stored[]> {
  const byKey = new Map(runs.map((r) => [r.key, r]));
  const rows: Row[] = await driver.all(
    `SELECT run_id, derived, rule_classification, rule_confidence, body FROM redfix_findings
    WHERE run_id IN (${placeholders(runs.length)}) ORDER BY run_id, id`,
    runs.map((r) => r.key),
  );
  return rows.flatMap((row) => {
    const run = byKey.get(String(row.run_id))!;
    const finding = JSON.parse(String(row.body)) as Finding;
    if (finding.recipe === null || !run.recipes.has(finding.recipe)) return [];
    return [
      {
        key: run.key,
        finding: { ...finding, run: run.id },
        derived: Number(row.derived) === 1,
        ruleClassification: String(row.rule_classification),
        ruleConfidence: Number(row.rule_confidence),
      },
    ];
  });
}

/** The finding as its rule gave it, before any comparison of runs: where deciding again starts. */
function asRuleGaveIt(stored: Stored): Finding {
  const finding = { ...stored.finding };
  delete finding.acrossRuns;
  return {
    ...finding,
    classification: stored.ruleClassification as Finding['classification'],
    confidence: stored.ruleConfidence,
    why: finding.why.filter((w) => w.condition !== 'across runs'),
  };
}

function changed(before: Finding, after: Finding): boolean {
  return (
    before.classification !== after.classification ||
    Math.abs(before.confidence - after.confidence) > 1e-9 ||
    (before.acrossRuns?.length ?? 0) !== (after.acrossRuns?.length ?? 0)
  );
}

async function updateFinding(driver: SqlDriver, run: RecordedRun, finding: Finding): Promise<void> {
  await driver.run(
    'UPDATE redfix_findings SET classification = ?, confidence = ?, body = ? WHERE run_id = ? AND id = ?',
    [finding.classification, finding.confidence, JSON.stringify({ ...finding, run: run.label }), run.key, finding.id],
  );
}

/** Each touched run × recipe's verdict again, from its findings and its failures no finding explains. */
async function updateVerdicts(driver: SqlDriver, touched: ReadonlyMap<string, Set<string>>): Promise<void> {
  for (const [key, recipes] of touched) {
    const findings = (await driver.all('SELECT body FROM redfix_findings WHERE run_id = ?', [key])).map(
      (r) => JSON.parse(String(r.body)) as Finding,
    );
    const open = (await driver.all('SELECT body FROM redfix_unexplained WHERE run_id = ?', [key])).map(
      (r) => JSON.parse(String(r.body)) as UnexplainedFailure,
    );
    for (const recipe of recipes) {
      const own = findings.filter((f) => f.recipe === recipe);
      const unexplained = open.filter((u) => u.recipe === recipe && !own.some((f) => explains(f, u.tier ?? 'run')));
      const verdict = blamingFinding(own)?.classification ?? (unexplained.length > 0 ? 'unexplained' : 'green');
      await driver.run('UPDATE redfix_run_recipes SET verdict = ? WHERE run_id = ? AND recipe = ?', [
        verdict,
        key,
        recipe,
      ]);
    }
  }
}

function touch(touched: Map<string, Set<string>>, run: RecordedRun, recipe: string | null): void {
  if (recipe !== null) (touched.get(run.key) ?? touched.set(run.key, new Set()).get(run.key)!).add(recipe);
}

/** Load flakes with no rule that only the new runs show in a recorded run: added; those no longer holding, removed. */
async function reviseDerived(
  driver: SqlDriver,
  derived: readonly Finding[],
  stored: readonly Stored[],
  runs: ReadonlyMap<string, RecordedRun>,
  touched: Map<string, Set<string>>,
): Promise<Revision[]> {
  const revisions: Revision[] = [];
  const before = new Map(stored.filter((s) => s.derived).map((s) => [`${s.key}\u0000${s.finding.id}`, s]));
  for (const finding of derived) {
    const run = runs.get(finding.run)!;
    const key = `${run.key}\u0000${finding.id}`;
    if (before.delete(key)) continue;
    const fingerprint = findingFingerprint(finding);
    await insertFinding(driver, run.key, {
      finding: { ...finding, run: run.label, fingerprint },
      fingerprint,
      template: stableTemplate(primaryText(finding)),
      ruleClassification: LOAD_FLAKE_UNEXPLAINED.classification,
      ruleConfidence: LOAD_FLAKE_UNEXPLAINED.confidence,
      derived: true,
    });
    revisions.push({ finding: { ...finding, fingerprint } });
    touch(touched, run, finding.recipe);
  }
  for (const gone of before.values()) {
    await driver.run('DELETE FROM redfix_findings WHERE run_id = ? AND id = ?', [gone.key, gone.finding.id]);
    touch(touched, runs.get(gone.finding.run)!, gone.finding.recipe);
  }
  return revisions;
}

/**
 * Decides the recorded runs' findings again with the runs being recorded now: a flake
 * hypothesis of last night's sweep is confirmed (or made genuine) by today's isolated run, as
 * if both had been named together. Runs inside the caller's transaction; returns what changed.
 */
export async function redecideRecorded(
  driver: SqlDriver,
  current: readonly RecordedRun[],
  currentFindings: readonly Finding[],
  engine: RuleEngine,
): Promise<Revision[]> {
  const recipes = [...new Set(current.flatMap((r) => [...r.recipes.keys()]))];
  const { runs } = await loadEvidence(
    driver,
    recipes,
    new Set(current.map((r) => r.key)),
    current.map((r) => r.id),
  );
  if (runs.length === 0) return [];
  const byId = new Map(runs.map((r) => [r.id, r]));
  const compared: ComparableRuns = withRecordedRuns({ runs: new Map(current.map((r) => [r.id, r])) }, runs);
  const stored = await storedFindings(driver, runs);
  const decided = compareRuns(stored.filter((s) => !s.derived).map(asRuleGaveIt), compared, engine);
  const touched = new Map<string, Set<string>>();
  const revisions: Revision[] = [];
  const storedById = new Map(stored.map((s) => [`${s.finding.run}\u0000${s.finding.id}`, s]));
  for (const finding of decided) {
    const previous = storedById.get(`${finding.run}\u0000${finding.id}`)!;
    if (!changed(previous.finding, finding)) continue;
    const run = byId.get(finding.run)!;
    await updateFinding(driver, run, finding);
    revisions.push({
      finding: { ...finding, fingerprint: previous.finding.fingerprint },
      before: { classification: previous.finding.classification, confidence: previous.finding.confidence },
    });
    touch(touched, run, finding.recipe);
  }
  const derived = unexplainedLoadFlakes([...decided, ...currentFindings], compared).filter((f) => byId.has(f.run));
  revisions.push(...(await reviseDerived(driver, derived, stored, byId, touched)));
  await updateVerdicts(driver, touched);
  return revisions;
}
