import type { SqlDriver } from './driver.js';
import { HistoryError } from './errors.js';

/**
 * The history's schema, one migration per version, run in order and automatically when a
 * history is opened. The SQL is the common ground of SQLite and PostgreSQL; every table is
 * prefixed, so a shared PostgreSQL database can hold other tables too.
 */
export const MIGRATIONS: ReadonlyArray<{ version: number; statements: readonly string[] }> = [
  {
    version: 1,
    statements: [
      'CREATE TABLE redfix_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)',
      `CREATE TABLE redfix_runs (id TEXT PRIMARY KEY, label TEXT NOT NULL, started TEXT, at TEXT NOT NULL,
        recorded_at TEXT NOT NULL, tool_version TEXT NOT NULL, rules_version TEXT NOT NULL, concurrency INTEGER,
        inputs INTEGER NOT NULL)`,
      'CREATE INDEX redfix_runs_at ON redfix_runs (at)',
      `CREATE TABLE redfix_run_recipes (run_id TEXT NOT NULL, recipe TEXT NOT NULL, unit_kind TEXT NOT NULL,
        version TEXT, trees TEXT NOT NULL, concurrency INTEGER, started TEXT, promote TEXT, verdict TEXT NOT NULL,
        PRIMARY KEY (run_id, recipe))`,
      'CREATE INDEX redfix_run_recipes_recipe ON redfix_run_recipes (recipe)',
      `CREATE TABLE redfix_tier_results (run_id TEXT NOT NULL, recipe TEXT NOT NULL, tier TEXT NOT NULL,
        result TEXT NOT NULL, PRIMARY KEY (run_id, recipe, tier))`,
      `CREATE TABLE redfix_tests (run_id TEXT NOT NULL, recipe TEXT NOT NULL, tier TEXT NOT NULL, test TEXT NOT NULL,
        nodeid TEXT NOT NULL, outcome TEXT NOT NULL, path TEXT NOT NULL, line INTEGER NOT NULL, message TEXT,
        PRIMARY KEY (run_id, recipe, tier, test))`,
      `CREATE TABLE redfix_findings (run_id TEXT NOT NULL, id TEXT NOT NULL, fingerprint TEXT NOT NULL,
        rule TEXT NOT NULL, classification TEXT NOT NULL, confidence DOUBLE PRECISION NOT NULL,
        rule_classification TEXT NOT NULL, rule_confidence DOUBLE PRECISION NOT NULL, recipe TEXT, tier TEXT,
        test TEXT, template TEXT NOT NULL, derived INTEGER NOT NULL, body TEXT NOT NULL, PRIMARY KEY (run_id, id))`,
      'CREATE INDEX redfix_findings_fingerprint ON redfix_findings (fingerprint)',
      `CREATE TABLE redfix_unexplained (run_id TEXT NOT NULL, position INTEGER NOT NULL, fingerprint TEXT NOT NULL,
        recipe TEXT, tier TEXT, test TEXT, template TEXT NOT NULL, body TEXT NOT NULL, PRIMARY KEY (run_id, position))`,
    ],
  },
  {
    // The error-level lines of every run × recipe × tier, so "new since the last green run" can be
    // told against a green run, which has no findings.
    version: 2,
    statements: [
      `CREATE TABLE redfix_error_templates (run_id TEXT NOT NULL, recipe TEXT NOT NULL, tier TEXT NOT NULL,
        template TEXT NOT NULL, count INTEGER NOT NULL, text TEXT NOT NULL,
        PRIMARY KEY (run_id, recipe, tier, template))`,
      'CREATE INDEX redfix_error_templates_template ON redfix_error_templates (recipe, template)',
      'CREATE INDEX redfix_unexplained_fingerprint ON redfix_unexplained (fingerprint)',
    ],
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;

/** Every table a run's record spans, children first (a run is deleted from all of them). */
export const RUN_TABLES = [
  'redfix_error_templates',
  'redfix_unexplained',
  'redfix_findings',
  'redfix_tests',
  'redfix_tier_results',
  'redfix_run_recipes',
] as const;

/**
 * The schema version of an open database: 0 when it holds no history yet. A SQLite file with
 * tables of its own, or a database with our tables but no version, is not ours to change.
 */
export async function schemaVersion(driver: SqlDriver): Promise<number> {
  const tables = await driver.tables();
  if (!tables.includes('redfix_meta')) {
    const foreign = driver.dialect === 'sqlite' ? tables : tables.filter((t) => t.startsWith('redfix_'));
    if (foreign.length > 0) {
      throw new HistoryError(
        `${driver.display}: not a redfix-forensics history (it holds other tables: ` +
          `${foreign.slice(0, 5).join(', ')}); it was left untouched`,
      );
    }
    return 0;
  }
  const rows = await driver.all("SELECT value FROM redfix_meta WHERE key = 'schema_version'");
  const version = Number(rows[0]?.value);
  if (!Number.isInteger(version) || version < 1) {
    throw new HistoryError(`${driver.display}: the history has no valid schema version; it was left untouched`);
  }
  return version;
}

function refuseNewer(driver: SqlDriver, version: number): void {
  if (version > SCHEMA_VERSION) {
    throw new HistoryError(
      `${driver.display}: the history has schema version ${version}, newer than this ` +
        `redfix-forensics knows (${SCHEMA_VERSION}); it was left untouched: upgrade redfix-forensics to use it`,
    );
  }
}

/**
 * Brings the schema up to SCHEMA_VERSION (or `upTo`), inside the writer's lock: the version is
 * read again there, so two processes opening a new history at once migrate it once.
 */
export async function migrate(driver: SqlDriver, upTo = SCHEMA_VERSION): Promise<number> {
  const found = await schemaVersion(driver);
  refuseNewer(driver, found);
  await driver.prepareForWrites();
  if (found >= upTo) return found;
  return driver.transaction(async () => {
    const version = await schemaVersion(driver);
    refuseNewer(driver, version);
    for (const migration of MIGRATIONS) {
      if (migration.version <= version || migration.version > upTo) continue;
      for (const statement of migration.statements) await driver.run(statement);
    }
    const reached = Math.max(version, Math.min(upTo, SCHEMA_VERSION));
    await driver.run(
      'INSERT INTO redfix_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
      ['schema_version', String(reached)],
    );
    return reached;
  });
}
