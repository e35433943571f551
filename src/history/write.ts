import { TOOL_VERSION } from '../version.js';
import { RULESET_VERSION } from '../rules/index.js';
import type { SqlDriver } from './driver.js';
import type { RecipeFacts } from './evidence.js';
import { RUN_TABLES } from './schema.js';
import type { FindingRecord, RunSnapshot, UnexplainedRecord } from './snapshot.js';

export type RecordOutcome = 'recorded' | 'kept' | 'replaced';

/** `2026.12.1` against `2026.9.3`: negative, zero or positive. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map((p) => Number.parseInt(p, 10) || 0);
  const pb = b.split('.').map((p) => Number.parseInt(p, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export async function deleteRun(driver: SqlDriver, key: string): Promise<void> {
  for (const table of RUN_TABLES) await driver.run(`DELETE FROM ${table} WHERE run_id = ?`, [key]);
  await driver.run('DELETE FROM redfix_runs WHERE id = ?', [key]);
}

async function insertRecipe(driver: SqlDriver, key: string, facts: RecipeFacts): Promise<void> {
  await driver.run(
    `INSERT INTO redfix_run_recipes (run_id, recipe, unit_kind, version, trees, concurrency, started, promote,
    verdict) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      key,
      facts.recipe,
      facts.unitKind,
      facts.version,
      JSON.stringify(facts.trees),
      facts.concurrency,
      facts.started,
      facts.promote,
      facts.verdict,
    ],
  );
  for (const [tier, result] of Object.entries(facts.tiers)) {
    await driver.run('INSERT INTO redfix_tier_results (run_id, recipe, tier, result) VALUES (?, ?, ?, ?)', [
      key,
      facts.recipe,
      tier,
      result,
    ]);
  }
  for (const t of facts.tests) {
    await driver.run(
      `INSERT INTO redfix_tests (run_id, recipe, tier, test, nodeid, outcome, path, line, message)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (run_id, recipe, tier, test) DO NOTHING`,
      [key, facts.recipe, t.tier ?? '', t.key, t.nodeid, t.outcome, t.path, t.line, t.message],
    );
  }
}

export async function insertFinding(driver: SqlDriver, key: string, record: FindingRecord): Promise<void> {
  const f = record.finding;
  await driver.run(
    `INSERT INTO redfix_findings (run_id, id, fingerprint, rule, classification, confidence, rule_classification,
    rule_confidence, recipe, tier, test, template, derived, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      key,
      f.id,
      record.fingerprint,
      f.rule,
      f.classification,
      f.confidence,
      record.ruleClassification,
      record.ruleConfidence,
      f.recipe,
      f.tier,
      f.test,
      record.template,
      record.derived ? 1 : 0,
      JSON.stringify(f),
    ],
  );
}

async function insertUnexplained(
  driver: SqlDriver,
  key: string,
  position: number,
  record: UnexplainedRecord,
): Promise<void> {
  const u = record.failure;
  await driver.run(
    `INSERT INTO redfix_unexplained (run_id, position, fingerprint, recipe, tier, test, template, body)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    [key, position, record.fingerprint, u.recipe, u.tier, u.test, record.template, JSON.stringify(u)],
  );
}

async function insertRun(driver: SqlDriver, snap: RunSnapshot): Promise<void> {
  await driver.run(
    `INSERT INTO redfix_runs (id, label, started, at, recorded_at, tool_version, rules_version, concurrency,
    inputs) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      snap.key,
      snap.label,
      snap.started,
      snap.at,
      snap.recordedAt,
      TOOL_VERSION,
      RULESET_VERSION,
      snap.concurrency,
      snap.inputs,
    ],
  );
  for (const facts of snap.recipes) await insertRecipe(driver, snap.key, facts);
  for (const record of snap.findings) await insertFinding(driver, snap.key, record);
  for (const [position, record] of snap.unexplained.entries())
    await insertUnexplained(driver, snap.key, position, record);
  for (const e of snap.errorTemplates) {
    await driver.run(
      `INSERT INTO redfix_error_templates (run_id, recipe, tier, template, count, text) VALUES (?, ?, ?, ?, ?, ?)
      ON CONFLICT (run_id, recipe, tier, template) DO UPDATE SET count = redfix_error_templates.count + excluded.count`,
      [snap.key, e.recipe, e.tier, e.template, e.count, e.text],
    );
  }
}

/**
 * Records one run, inside the caller's transaction. The same inputs again are a no-op, unless
 * this rule set is newer than the one that recorded them: then the record is replaced.
 */
export async function recordRun(driver: SqlDriver, snap: RunSnapshot): Promise<RecordOutcome> {
  const existing = await driver.all('SELECT rules_version FROM redfix_runs WHERE id = ?', [snap.key]);
  if (existing.length > 0) {
    if (compareVersions(RULESET_VERSION, String(existing[0].rules_version)) <= 0) return 'kept';
    await deleteRun(driver, snap.key);
    await insertRun(driver, snap);
    return 'replaced';
  }
  await insertRun(driver, snap);
  return 'recorded';
}
