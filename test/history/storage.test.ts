import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readFileSync, writeFileSync, appendFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type BetterSqlite3 from 'better-sqlite3';
import { openHistory } from '../../src/history/open.js';
import { openPostgres } from '../../src/history/postgres.js';
import { migrate, SCHEMA_VERSION, schemaVersion } from '../../src/history/schema.js';
import { openSqlite } from '../../src/history/sqlite.js';
import { parseTarget } from '../../src/history/target.js';
import type { SqlDriver } from '../../src/history/driver.js';
import { ROOT, runCli, tempDir } from '../helpers.js';
import type { PruneAnswer, RunsAnswer } from './answers.js';
import { backends } from './backends.js';
import { jsonOutput } from '../json.js';
import type { AnalysisResult } from '../../src/result.js';

/**
 * better-sqlite3 opened directly, to damage a history by hand. Loaded when a test needs it: an
 * optional dependency whose build failed then fails those tests with the reason, and the rest of
 * the suite still runs and reports (a static import stopped the whole run before any count).
 */
function openRawSqlite(file: string): BetterSqlite3.Database {
  let Database: typeof BetterSqlite3;
  try {
    Database = createRequire(import.meta.url)('better-sqlite3') as typeof BetterSqlite3;
  } catch (error) {
    throw new Error('better-sqlite3 is not installed: npm ci builds it (python3, make, a C++ compiler)', {
      cause: error,
    });
  }
  return new Database(file);
}

const SWEEP = path.join(ROOT, 'corpus', 'redfix-canon-sweep');
const MUMBLE = path.join(ROOT, 'corpus', 'mumble-handshake-flake-across-runs');
const RUN = 'input/redfix-mumble';

function sha(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

function json<T = AnalysisResult>(args: string[], cwd: string, env: Record<string, string | undefined> = {}): T {
  const out = runCli(args, { cwd, env });
  assert.ok(out.status === 0 || out.status === 1, `${args.join(' ')} exited ${out.status}: ${out.stderr}`);
  return jsonOutput<T>(out);
}

/** A scan that must refuse the history: exit 2, the report still printed, nothing written. */
function refused(file: string, message: string | RegExp): void {
  const before = sha(file);
  const out = runCli(['--history', file, RUN], { cwd: MUMBLE });
  assert.is(out.status, 2, out.stderr);
  assert.match(out.stdout, '1 run, ', 'the scan still reports');
  assert.match(out.stderr, message);
  assert.match(out.stderr, 'nothing was recorded');
  assert.is(sha(file), before, 'the file was left untouched');
}

test('sqlite: a file that is not a database is refused and left untouched', () => {
  const file = path.join(tempDir(), 'history.db');
  writeFileSync(file, 'these are my notes, not a database\n'.repeat(100));
  refused(file, 'not a SQLite database');
});

test('sqlite: a damaged database (a header, then garbage) is refused and left untouched', () => {
  const file = path.join(tempDir(), 'history.db');
  writeFileSync(file, Buffer.concat([Buffer.from('SQLite format 3\0', 'latin1'), Buffer.alloc(8192, 0xa5)]));
  refused(file, /corrupt|SQLITE_/);
});

test('sqlite: a history of a newer schema version is refused and left untouched', () => {
  const file = path.join(tempDir(), 'history.db');
  json(['--history', file, RUN, '-f', 'json'], MUMBLE);
  const db = openRawSqlite(file);
  db.prepare("UPDATE redfix_meta SET value = '99' WHERE key = 'schema_version'").run();
  db.pragma('journal_mode = DELETE');
  db.close();
  refused(file, `schema version 99, newer than this redfix-forensics knows (${SCHEMA_VERSION})`);
});

test('sqlite: a database of something else is refused and left untouched', () => {
  const file = path.join(tempDir(), 'other.db');
  const db = openRawSqlite(file);
  db.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)');
  db.close();
  refused(file, 'not a redfix-forensics history (it holds other tables: invoices)');
});

test('sqlite: better-sqlite3 that cannot load says how to fix it, exit 2, and the scan still reports', () => {
  const file = path.join(tempDir(), 'history.db');
  const out = runCli(['--history', file, RUN], {
    cwd: MUMBLE,
    env: { REDFIX_SQLITE_BINDING: '/nonexistent/better_sqlite3.node' },
  });
  assert.is(out.status, 2);
  assert.match(out.stdout, '1 run, ');
  assert.match(out.stderr, 'npm rebuild better-sqlite3');
  assert.not.ok(existsSync(file));
});

test('--history with --recipe, --tier or --disable-rule is refused: a filtered scan is not the whole run', () => {
  const file = path.join(tempDir(), 'history.db');
  for (const filter of [
    ['--recipe', 'mumble'],
    ['--tier', 'custom'],
    ['--disable-rule', 'deploy-timeout'],
  ]) {
    const out = runCli(['--history', file, ...filter, RUN], { cwd: MUMBLE });
    assert.is(out.status, 2);
    assert.match(out.stderr, `--history cannot be used with ${filter[0]}`);
  }
  const fromEnv = runCli(['--recipe', 'mumble', RUN], { cwd: MUMBLE, env: { REDFIX_HISTORY: file } });
  assert.is(fromEnv.status, 2, 'REDFIX_HISTORY counts as --history');
  assert.not.ok(existsSync(file));
});

test('REDFIX_HISTORY names the history of a scan; test-rules ignores it', () => {
  const file = path.join(tempDir(), 'history.db');
  const result = json([RUN, '-f', 'json'], MUMBLE, { REDFIX_HISTORY: file });
  assert.is(result.history?.target, file);
  assert.ok(existsSync(file));
  const other = path.join(tempDir(), 'history.db');
  const rules = runCli(['test-rules', 'corpus', '--case', 'mumble-handshake-one-run'], {
    env: { REDFIX_HISTORY: other },
  });
  assert.is(rules.status, 0, rules.stdout);
  assert.not.ok(existsSync(other), 'test-rules recorded nothing');
});

test('postgres: an unreachable server is named by host, never by password; the scan reports, records nothing', () => {
  const out = runCli(['--history', 'postgres://ci:s3cr3t-pa55@127.0.0.1:1/history', RUN], { cwd: MUMBLE });
  assert.is(out.status, 2);
  assert.match(out.stdout, '1 run, ');
  assert.match(out.stderr, 'cannot reach the PostgreSQL history at 127.0.0.1:1');
  assert.match(out.stderr, 'nothing was recorded');
  assert.not.ok(`${out.stdout}${out.stderr}`.includes('s3cr3t-pa55'));
  assert.equal(
    parseTarget('postgres://ci:s3cr3t-pa55@db.example:6543/h?sslmode=require').display,
    'postgres://ci@db.example:6543/h',
  );
});

test('sqlite: a piped log is identified by its bytes: the same log again is kept, another is recorded', () => {
  const file = path.join(tempDir(), 'history.db');
  const log = readFileSync(path.join(MUMBLE, RUN, 'mumble', 'run.log'));
  const outcome = (input: Buffer) => {
    const out = runCli(['--history', file, '-f', 'json'], { input });
    return jsonOutput(out).history?.runs;
  };
  assert.equal(outcome(log), [{ run: '-', outcome: 'recorded' }]);
  assert.equal(outcome(log), [{ run: '-', outcome: 'kept' }]);
  assert.equal(outcome(Buffer.concat([log, Buffer.from('\n')])), [{ run: '-', outcome: 'recorded' }]);
});

async function driverFor(target: string): Promise<SqlDriver> {
  const parsed = parseTarget(target);
  if (parsed.kind === 'sqlite') return openSqlite(parsed.path, process.env);
  return openPostgres(parsed.url, parsed.display, parsed.host, parsed.password);
}

for (const backend of backends('history storage')) {
  test(`${backend.name}: forward migrations run on open, and keep what was recorded`, async () => {
    const target = await backend.fresh();
    const old = await driverFor(target);
    assert.is(await migrate(old, 1), 1);
    assert.not.ok((await old.tables()).includes('redfix_error_templates'));
    await old.run(
      `INSERT INTO redfix_runs (id, label, started, at, recorded_at, tool_version, rules_version, concurrency, inputs)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ['k1', 'input/old-run', null, '2026-06-01T00:00:00.000Z', '2026-06-01T00:00:00Z', '0.1.0', '2026.12.1', null, 1],
    );
    await old.close();
    const driver = await openHistory(target, process.env);
    assert.is(await schemaVersion(driver), SCHEMA_VERSION);
    assert.ok((await driver.tables()).includes('redfix_error_templates'));
    await driver.close();
    const runs = json<RunsAnswer>(['history', 'runs', '--history', target, '-f', 'json'], ROOT).runs;
    assert.equal(
      runs.map((r) => r.run),
      ['input/old-run'],
    );
  });

  test(`${backend.name}: concurrent writers record every run`, async () => {
    const target = await backend.fresh();
    const runs = [
      'canon-sweep-2026-06-16',
      'ci-warm-mumble',
      'redfix-bluesky-pds',
      'redfix-discourse',
      'redfix-gitea',
      'redfix-gitea2',
      'redfix-mattermost-lts',
      'redfix-mumble',
      'redfix-mumble2',
    ];
    const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', REDFIX_HISTORY: undefined };
    const codes = await Promise.all(
      runs.map(
        (run) =>
          new Promise<number>((resolve) => {
            const child = spawn(
              process.execPath,
              [path.join(ROOT, 'bin', 'redfix-forensics.js'), '--history', target, `input/${run}`, '-f', 'json'],
              { cwd: SWEEP, env, stdio: ['ignore', 'ignore', 'ignore'] },
            );
            child.on('exit', (code) => resolve(code ?? -1));
          }),
      ),
    );
    assert.equal(
      codes.filter((c) => c !== 0 && c !== 1),
      [],
      `exit codes ${codes.join(', ')}`,
    );
    const recorded = json<RunsAnswer>(['history', 'runs', '--history', target, '-f', 'json'], ROOT).runs.map(
      (r) => r.run,
    );
    assert.equal(recorded.sort(), runs.map((r) => `input/${r}`).sort());
  });

  test(`${backend.name}: the same run again is kept; a newer rule set replaces it`, async () => {
    const target = await backend.fresh();
    assert.equal(json(['--history', target, RUN, '-f', 'json'], MUMBLE).history?.runs, [
      { run: RUN, outcome: 'recorded' },
    ]);
    assert.equal(json(['--history', target, RUN, '-f', 'json'], MUMBLE).history?.runs, [{ run: RUN, outcome: 'kept' }]);
    const driver = await driverFor(target);
    await driver.run("UPDATE redfix_runs SET rules_version = '2020.1.1'");
    await driver.close();
    assert.equal(json(['--history', target, RUN, '-f', 'json'], MUMBLE).history?.runs, [
      { run: RUN, outcome: 'replaced' },
    ]);
    assert.is(json<RunsAnswer>(['history', 'runs', '--history', target, '-f', 'json'], ROOT).runs.length, 1);
  });

  test(`${backend.name}: new since the last green run, then seen before`, async () => {
    const target = await backend.fresh();
    const cwd = path.join(ROOT, 'corpus', 'gitea-leftover-then-crash-across-runs');
    json(['--history', target, 'input/ci-warm-gitea', '-f', 'json'], cwd);
    const crash = json(['--history', target, 'input/redfix-gitea2', '-f', 'json'], cwd).findings[0];
    assert.equal(crash.history, { lastGreen: 'input/ci-warm-gitea', newSince: 'input/ci-warm-gitea' });
    // The same crash in another run (one byte more in its log, so another identity): seen before.
    const copy = path.join(tempDir(), 'redfix-gitea3');
    cpSync(path.join(cwd, 'input', 'redfix-gitea2'), copy, { recursive: true });
    appendFileSync(path.join(copy, 'gitea', 'run.log'), '\n');
    const again = json(['--history', target, copy, '-f', 'json'], cwd).findings[0];
    assert.equal(again.history?.seenBefore?.since, 'input/redfix-gitea2');
    assert.is(again.history?.seenBefore?.runs, 1);
    assert.is(again.history?.newSince, 'input/ci-warm-gitea');
    const table = runCli(['--history', target, copy], { cwd });
    assert.match(table.stdout, 'History: new since input/ci-warm-gitea');
    const markdown = runCli(['--history', target, copy, '-f', 'markdown'], { cwd });
    assert.match(markdown.stdout, '**History:** new since input/ci-warm-gitea');
    const html = runCli(['--history', target, copy, '-f', 'html'], { cwd });
    assert.match(html.stdout, '<strong>History:</strong> new since input/ci-warm-gitea');
  });

  test(`${backend.name}: windows count back from the newest run or --now, never from the clock`, async () => {
    const target = await backend.fresh();
    for (const run of ['canon-sweep-2026-06-16', 'ci-warm-mumble', 'redfix-mumble', 'redfix-mumble2'])
      json(['--history', target, `input/${run}`, '-f', 'json'], MUMBLE);
    const names = (args: string[]) =>
      json<RunsAnswer>(['history', 'runs', '--history', target, '-f', 'json', ...args], ROOT).runs.map(
        (r) => r.run,
      );
    assert.equal(names([]), [
      'input/redfix-mumble2',
      'input/redfix-mumble',
      'input/ci-warm-mumble',
      'input/canon-sweep-2026-06-16',
    ]);
    assert.equal(names(['--since', '1d']), ['input/redfix-mumble2', 'input/redfix-mumble', 'input/ci-warm-mumble']);
    assert.equal(names(['--now', '2026-06-17T00:00:00Z', '--since', '1d']), ['input/canon-sweep-2026-06-16']);
    const kept = json<PruneAnswer>(['history', 'prune', '--history', target, '--keep', '90d', '-f', 'json'], ROOT);
    assert.equal(kept.pruned, [], 'the corpus is months older than the clock, and nothing is pruned');
    const pruned = json<PruneAnswer>(['history', 'prune', '--history', target, '--keep', '1d', '-f', 'json'], ROOT);
    assert.equal(pruned.pruned, [{ run: 'input/canon-sweep-2026-06-16' }]);
    assert.is(names([]).length, 3);
  });
}

test.run();
