import { KNOWN_TIERS } from '../triage/attribution.js';
import type { TierResult } from '../triage/collector.js';
import type { Row, SqlDriver, SqlValue } from './driver.js';
import { displayIds, isOutcome, RecordedRun, type RecipeFacts, type RecordedTest } from './evidence.js';

/** Recorded runs of one recipe used as evidence at most (the newest): acrossRuns stays readable. */
export const RECORDED_RUNS_PER_RECIPE = 30;

export interface LoadedEvidence {
  runs: RecordedRun[];
  /** Recipes with more recorded runs than were used: recipe → how many there are. */
  capped: Map<string, number>;
}

function placeholders(n: number): string {
  return Array.from({ length: n }, () => '?').join(', ');
}

const str = (v: SqlValue): string | undefined => (v === null || v === undefined ? undefined : String(v));
const num = (v: SqlValue): number | undefined => (v === null || v === undefined ? undefined : Number(v));

/** The key of one recipe of one run in the facts map. */
const factsKey = (runId: SqlValue, recipe: SqlValue): string => `${String(runId)}\u0000${String(recipe)}`;

/** The newest runs holding each recipe, the runs in `exclude` (being scanned now) left out. */
async function pickRuns(
  driver: SqlDriver,
  recipes: readonly string[],
  exclude: ReadonlySet<string>,
  perRecipe: number,
) {
  const rows = await driver.all(
    `SELECT rr.run_id, rr.recipe FROM redfix_run_recipes rr JOIN redfix_runs r ON r.id = rr.run_id
    WHERE rr.recipe IN (${placeholders(recipes.length)}) ORDER BY r.at DESC, r.id`,
    recipes,
  );
  const perRecipeCount = new Map<string, number>();
  const picked = new Map<string, Set<string>>();
  const capped = new Map<string, number>();
  for (const row of rows) {
    const run = String(row.run_id);
    const recipe = String(row.recipe);
    if (exclude.has(run)) continue;
    const count = (perRecipeCount.get(recipe) ?? 0) + 1;
    perRecipeCount.set(recipe, count);
    if (count > perRecipe) {
      capped.set(recipe, count);
      continue;
    }
    (picked.get(run) ?? picked.set(run, new Set()).get(run)!).add(recipe);
  }
  return { picked, capped };
}

/** Tiers in the table's order (install … promote, then others by name), as a scan lists them. */
function inTierOrder(tiers: Record<string, TierResult>): Record<string, TierResult> {
  const known = KNOWN_TIERS as readonly string[];
  const rank = (t: string) => (known.includes(t) ? known.indexOf(t) : known.length);
  return Object.fromEntries(Object.entries(tiers).sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b)));
}

function testOf(row: Row): RecordedTest | undefined {
  const outcome = String(row.outcome);
  if (!isOutcome(outcome)) return undefined;
  const test: RecordedTest = {
    key: String(row.test),
    nodeid: String(row.nodeid),
    outcome,
    path: String(row.path),
    line: Number(row.line),
  };
  if (row.tier !== '') test.tier = String(row.tier);
  if (row.message !== null && row.message !== undefined) test.message = String(row.message);
  return test;
}

/** Every recorded fact of the recipes of some runs, keyed by run and recipe. */
export async function recipeFactsOf(driver: SqlDriver, runIds: readonly string[]): Promise<Map<string, RecipeFacts>> {
  const facts = new Map<string, RecipeFacts>();
  if (runIds.length === 0) return facts;
  const inRuns = `run_id IN (${placeholders(runIds.length)})`;
  for (const row of await driver.all(`SELECT * FROM redfix_run_recipes WHERE ${inRuns}`, runIds)) {
    facts.set(factsKey(row.run_id, row.recipe), {
      recipe: String(row.recipe),
      unitKind: String(row.unit_kind),
      version: str(row.version),
      trees: JSON.parse(String(row.trees)) as RecipeFacts['trees'],
      concurrency: num(row.concurrency),
      started: str(row.started),
      promote: str(row.promote) as RecipeFacts['promote'],
      verdict: String(row.verdict),
      tiers: {},
      tests: [],
    });
  }
  for (const row of await driver.all(
    `SELECT * FROM redfix_tier_results WHERE ${inRuns} ORDER BY run_id, recipe, tier`,
    runIds,
  )) {
    const f = facts.get(factsKey(row.run_id, row.recipe));
    if (f) f.tiers[String(row.tier)] = String(row.result) as TierResult;
  }
  for (const f of facts.values()) f.tiers = inTierOrder(f.tiers);
  for (const row of await driver.all(
    `SELECT * FROM redfix_tests WHERE ${inRuns} ORDER BY run_id, recipe, tier, test`,
    runIds,
  )) {
    const test = testOf(row);
    const f = facts.get(factsKey(row.run_id, row.recipe));
    if (f && test) f.tests.push(test);
  }
  return facts;
}

/**
 * The recorded runs that hold any of `recipes`, as evidence for comparing runs: the newest
 * RECORDED_RUNS_PER_RECIPE per recipe, named apart from `taken` (the scanned runs' ids).
 */
export async function loadEvidence(
  driver: SqlDriver,
  recipes: readonly string[],
  exclude: ReadonlySet<string>,
  taken: Iterable<string>,
  perRecipe = RECORDED_RUNS_PER_RECIPE,
): Promise<LoadedEvidence> {
  if (recipes.length === 0) return { runs: [], capped: new Map() };
  const { picked, capped } = await pickRuns(driver, recipes, exclude, perRecipe);
  const ids = [...picked.keys()];
  if (ids.length === 0) return { runs: [], capped };
  const meta = await driver.all(
    `SELECT id, label, at FROM redfix_runs WHERE id IN (${placeholders(ids.length)})
    ORDER BY at, id`,
    ids,
  );
  const facts = await recipeFactsOf(driver, ids);
  const names = displayIds(
    meta.map((m) => ({ key: String(m.id), label: String(m.label) })),
    taken,
  );
  const runs = meta.map((m) => {
    const key = String(m.id);
    const own = [...picked.get(key)!]
      .map((recipe) => facts.get(factsKey(key, recipe)))
      .filter((f) => f !== undefined);
    return new RecordedRun(names.get(key)!, key, String(m.label), String(m.at), own);
  });
  return { runs, capped };
}
