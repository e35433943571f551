import type { Finding } from '../engine/findings.js';
import type { SqlDriver } from './driver.js';
import type { RecipeFacts, RecordedTest } from './evidence.js';
import { recipeFactsOf } from './read.js';
import { deleteRun } from './write.js';

export interface RunRow {
  run: string;
  id: string;
  at: string;
  started: string | null;
  recorded: string;
  recipes: number;
  red: number;
  findings: number;
  unexplained: number;
  rules: string;
}

/** An instant as outputs show it: ISO 8601 UTC, without milliseconds when they are zero. */
export function shownTime(at: string): string {
  return at.replace(/\.000Z$/, 'Z');
}

interface RunMeta {
  key: string;
  label: string;
  at: string;
}

/** A window of recorded runs: from `since` (inclusive) to `until` (--now, inclusive); either may be open. */
export interface Window {
  since?: string;
  until?: string;
}

function where(window: Window, column: string): { sql: string; params: string[] } {
  const parts: string[] = [];
  const params: string[] = [];
  if (window.since !== undefined) {
    parts.push(`${column} >= ?`);
    params.push(window.since);
  }
  if (window.until !== undefined) {
    parts.push(`${column} <= ?`);
    params.push(window.until);
  }
  return { sql: parts.length > 0 ? ` WHERE ${parts.join(' AND ')}` : '', params };
}

async function runsSince(driver: SqlDriver, window: Window): Promise<RunMeta[]> {
  const w = where(window, 'at');
  const rows = await driver.all(`SELECT id, label, at FROM redfix_runs${w.sql} ORDER BY at DESC, id`, w.params);
  return rows.map((r) => ({ key: String(r.id), label: String(r.label), at: shownTime(String(r.at)) }));
}

/** The recorded runs, newest first. */
export async function listRuns(driver: SqlDriver, window: Window): Promise<RunRow[]> {
  const w = where(window, 'r.at');
  const rows = await driver.all(
    `SELECT r.id, r.label, r.at, r.started, r.recorded_at, r.rules_version,
      (SELECT CAST(COUNT(*) AS INTEGER) FROM redfix_run_recipes rr WHERE rr.run_id = r.id) AS recipes,
      (SELECT CAST(COUNT(*) AS INTEGER) FROM redfix_run_recipes rr
        WHERE rr.run_id = r.id AND rr.verdict <> 'green') AS red,
      (SELECT CAST(COUNT(*) AS INTEGER) FROM redfix_findings f WHERE f.run_id = r.id) AS findings,
      (SELECT CAST(COUNT(*) AS INTEGER) FROM redfix_unexplained u WHERE u.run_id = r.id) AS unexplained
    FROM redfix_runs r${w.sql} ORDER BY r.at DESC, r.id`,
    w.params,
  );
  return rows.map((r) => ({
    run: String(r.label),
    id: String(r.id).slice(0, 12),
    at: shownTime(String(r.at)),
    started: r.started === null ? null : String(r.started),
    recorded: String(r.recorded_at),
    recipes: Number(r.recipes),
    red: Number(r.red),
    findings: Number(r.findings),
    unexplained: Number(r.unexplained),
    rules: String(r.rules_version),
  }));
}

export type FlakeVerdict = 'load-flake' | 'genuine' | 'intermittent' | 'unsettled';

export interface FlakeRow {
  recipe: string;
  tier: string | null;
  /** The test; null for a tier red without a test result (a deploy that timed out). */
  test: string | null;
  runs: number;
  red: number;
  green: number;
  redUnderLoad: number;
  redAlone: number;
  greenUnderLoad: number;
  greenAlone: number;
  firstRed: { run: string; at: string };
  lastRed: { run: string; at: string; version: string | null };
  verdict: FlakeVerdict;
  why: string;
}

interface Observation {
  run: string;
  at: string;
  red: boolean;
  version?: string;
  concurrency?: number;
}

const alone = (o: Observation) => (o.concurrency ?? 1) <= 1;

type Outcome = { tier: string | null; test: string | null; red: boolean; unexplainedByTests?: boolean };

/**
 * Each test's outcome in one run of one recipe, and each tier's: a tier is its own row only
 * where it was red with no failing test of its own (a deploy killed by the sweep).
 */
function observationsOf(facts: RecipeFacts): Outcome[] {
  const out: Outcome[] = [];
  const isRed = (t: RecordedTest) => t.outcome === 'failed' || t.outcome === 'error';
  const failingTiers = new Set(facts.tests.filter(isRed).map((t) => t.tier ?? ''));
  for (const t of facts.tests)
    if (t.outcome !== 'skipped') out.push({ tier: t.tier ?? null, test: t.key, red: isRed(t) });
  for (const [tier, result] of Object.entries(facts.tiers)) {
    if (result !== 'pass' && result !== 'fail') continue;
    out.push({
      tier,
      test: null,
      red: result === 'fail',
      unexplainedByTests: result === 'fail' && !failingTiers.has(tier),
    });
  }
  return out;
}

/** Flake or genuine from the record, by a scan's rules: at the version of the last red, never across versions. */
export function flakeVerdict(
  observations: readonly Observation[],
  lastRed: Observation,
): { verdict: FlakeVerdict; why: string } {
  if (lastRed.version === undefined) return { verdict: 'unsettled', why: `no confirmed version in ${lastRed.run}` };
  const same = observations.filter((o) => o.version === lastRed.version);
  const reds = same.filter((o) => o.red);
  const greens = same.filter((o) => !o.red);
  const isolatedReds = reds.filter(alone);
  const loads = reds.filter((o) => !alone(o)).map((o) => o.concurrency ?? 1);
  const at = `at ${lastRed.version}`;
  const redWords = `red in ${reds.length} of ${same.length} runs ${at}`;
  const greenWords = `green in ${greens.length} (${greens.filter(alone).length} alone)`;
  if (isolatedReds.length > 0) {
    const verdict = greens.length > 0 ? 'intermittent' : 'genuine';
    return { verdict, why: `${redWords}, ${isolatedReds.length} of them alone; ${greenWords}` };
  }
  if (greens.length > 0) {
    return {
      verdict: 'load-flake',
      why: `${redWords}, always under load (≥ ${Math.min(...loads)} recipes at once); ${greenWords}`,
    };
  }
  return {
    verdict: 'unsettled',
    why: `${redWords}, all under load, and no green run ${at}: run it alone to settle it`,
  };
}

function flakeRow(
  recipe: string,
  tier: string | null,
  test: string | null,
  obs: readonly Observation[],
): FlakeRow | undefined {
  const reds = obs.filter((o) => o.red);
  if (reds.length === 0) return undefined;
  const greens = obs.filter((o) => !o.red);
  const last = reds[reds.length - 1];
  return {
    recipe,
    tier,
    test,
    runs: obs.length,
    red: reds.length,
    green: greens.length,
    redUnderLoad: reds.filter((o) => !alone(o)).length,
    redAlone: reds.filter(alone).length,
    greenUnderLoad: greens.filter((o) => !alone(o)).length,
    greenAlone: greens.filter(alone).length,
    firstRed: { run: reds[0].run, at: reds[0].at },
    lastRed: { run: last.run, at: last.at, version: last.version ?? null },
    ...flakeVerdict(obs, last),
  };
}

/** Per recipe and test: red and green runs, under load and alone, first and last red, and the verdict. */
export async function listFlakes(driver: SqlDriver, window: Window, recipe?: string): Promise<FlakeRow[]> {
  const runs = (await runsSince(driver, window)).reverse();
  const facts = await recipeFactsOf(
    driver,
    runs.map((r) => r.key),
  );
  const series = new Map<
    string,
    { recipe: string; tier: string | null; test: string | null; obs: Observation[]; own: boolean }
  >();
  const byRun = new Map<string, RecipeFacts[]>();
  for (const [key, f] of facts) {
    const run = key.slice(0, key.indexOf('\u0000'));
    (byRun.get(run) ?? byRun.set(run, []).get(run)!).push(f);
  }
  for (const run of runs) {
    for (const f of byRun.get(run.key) ?? []) {
      if (recipe !== undefined && f.recipe !== recipe) continue;
      for (const o of observationsOf(f)) {
        const key = JSON.stringify([f.recipe, o.tier, o.test]);
        const entry =
          series.get(key) ??
          series.set(key, { recipe: f.recipe, tier: o.tier, test: o.test, obs: [], own: false }).get(key)!;
        if (o.unexplainedByTests) entry.own = true;
        entry.obs.push({ run: run.label, at: run.at, red: o.red, version: f.version, concurrency: f.concurrency });
      }
    }
  }
  const rows = [...series.values()]
    .filter((s) => s.test !== null || s.own)
    .map((s) => flakeRow(s.recipe, s.tier, s.test, s.obs))
    .filter((r) => r !== undefined);
  return rows.sort(
    (a, b) =>
      a.recipe.localeCompare(b.recipe) ||
      (a.tier ?? '').localeCompare(b.tier ?? '') ||
      (a.test ?? '').localeCompare(b.test ?? ''),
  );
}

export interface ShowRun {
  run: string;
  at: string;
  version: string | null;
  concurrency: number | null;
  tiers: Record<string, string>;
  verdict: string;
  findings: Array<
    Pick<Finding, 'rule' | 'classification' | 'confidence' | 'tier' | 'test'> & {
      fingerprint: string;
      acrossRuns: string[];
    }
  >;
}

export interface ShowFinding {
  fingerprint: string;
  rule: string;
  classification: string;
  tier: string | null;
  test: string | null;
  first: { run: string; at: string };
  last: { run: string; at: string };
  runs: number;
}

export interface RecipeHistory {
  recipe: string;
  runs: ShowRun[];
  findings: ShowFinding[];
}

function findingOfRow(body: string): ShowRun['findings'][number] {
  const f = JSON.parse(body) as Finding;
  return {
    rule: f.rule,
    classification: f.classification,
    confidence: f.confidence,
    tier: f.tier,
    test: f.test,
    fingerprint: f.fingerprint ?? '',
    acrossRuns: (f.acrossRuns ?? []).map((a) => a.run),
  };
}

async function unexplainedOf(driver: SqlDriver, key: string, recipe: string): Promise<ShowRun['findings']> {
  const rows = await driver.all(
    'SELECT fingerprint, tier, test FROM redfix_unexplained WHERE run_id = ? AND recipe = ? ' + 'ORDER BY position',
    [key, recipe],
  );
  return rows.map((r) => ({
    rule: 'unexplained-failure',
    classification: 'unexplained' as Finding['classification'],
    confidence: 0,
    tier: r.tier === null ? null : String(r.tier),
    test: r.test === null ? null : String(r.test),
    fingerprint: String(r.fingerprint),
    acrossRuns: [],
  }));
}

function summarizeFindings(runs: readonly ShowRun[]): ShowFinding[] {
  const byPrint = new Map<string, ShowFinding>();
  for (const run of runs) {
    for (const f of run.findings) {
      const seen = byPrint.get(f.fingerprint);
      if (seen) {
        seen.last = { run: run.run, at: run.at };
        seen.runs += 1;
        seen.classification = f.classification;
        continue;
      }
      byPrint.set(f.fingerprint, {
        fingerprint: f.fingerprint,
        rule: f.rule,
        classification: f.classification,
        tier: f.tier,
        test: f.test,
        first: { run: run.run, at: run.at },
        last: { run: run.run, at: run.at },
        runs: 1,
      });
    }
  }
  return [...byPrint.values()].sort((a, b) => a.first.at.localeCompare(b.first.at) || a.rule.localeCompare(b.rule));
}

/** A recipe over time (oldest first): tier results, verdicts, findings; each finding's first and last appearance. */
export async function showRecipe(driver: SqlDriver, recipe: string, window: Window): Promise<RecipeHistory> {
  const runs = (await runsSince(driver, window)).reverse();
  const facts = await recipeFactsOf(
    driver,
    runs.map((r) => r.key),
  );
  const shown: ShowRun[] = [];
  for (const run of runs) {
    const f = facts.get(`${run.key}\u0000${recipe}`);
    if (!f) continue;
    const rows = await driver.all('SELECT body FROM redfix_findings WHERE run_id = ? AND recipe = ? ORDER BY id', [
      run.key,
      recipe,
    ]);
    shown.push({
      run: run.label,
      at: run.at,
      version: f.version ?? null,
      concurrency: f.concurrency ?? null,
      tiers: f.tiers,
      verdict: f.verdict,
      findings: [...rows.map((r) => findingOfRow(String(r.body))), ...(await unexplainedOf(driver, run.key, recipe))],
    });
  }
  return { recipe, runs: shown, findings: summarizeFindings(shown) };
}

/** Deletes the runs before `cutoff`; returns their labels, oldest first. */
export async function pruneRuns(driver: SqlDriver, cutoff: string): Promise<{ pruned: string[]; kept: number }> {
  return driver.transaction(async () => {
    const old = await driver.all('SELECT id, label FROM redfix_runs WHERE at < ? ORDER BY at, id', [cutoff]);
    for (const row of old) await deleteRun(driver, String(row.id));
    const kept = await driver.all('SELECT CAST(COUNT(*) AS INTEGER) AS n FROM redfix_runs');
    return { pruned: old.map((r) => String(r.label)), kept: Number(kept[0]?.n ?? 0) };
  });
}
