import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { reportOf, sharedOrSkip } from '../helpers.js';
import { runInProcess } from '../cli/fixtures.js';

/**
 * Failure evidence is seen whether or not a rule knows it, checked on data the signals were not
 * tuned on: the real junit files of ../shared/realworld (scanned alone, as a user would), and
 * Loghub's Apache sample (hundreds of `[error]` lines and no crash).
 */
const test = suite('never green on real failure evidence');
const shared = sharedOrSkip('real-world junit and Loghub scanned alone (test/signals/never-green.test.ts)');

function files(dir: string, suffix: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full, suffix) : name.endsWith(suffix) ? [full] : [];
  });
}

interface Expected { failures_plus_errors?: number; failures: number; errors: number; parse_error: boolean }

test('every real junit file whose expected counts hold a failure or error, scanned alone: exit 1, a failing test named', async () => {
  if (!shared) return;
  let checked = 0;
  for (const expectation of files(path.join(shared, 'realworld', 'junit'), '.expected.json')) {
    const expected = JSON.parse(readFileSync(expectation, 'utf8')) as Expected;
    const failing = expected.failures_plus_errors ?? expected.failures + expected.errors;
    if (failing === 0 || expected.parse_error) continue;
    const file = expectation.slice(0, -'.expected.json'.length);
    const run = await runInProcess(['--format', 'json', file]);
    const where = path.relative(shared, file);
    assert.is(run.status, 1, `${where}: exit ${run.status}`);
    const result = reportOf(run);
    const namesFailingTest = result.unexplained.some(
      (u) => u.test !== undefined && (u.signals ?? []).some((s) => s.kind === 'test-failed'),
    );
    assert.ok(namesFailingTest, `${where}: no failing test named`);
    assert.ok(result.recipes.some((r) => r.verdict === 'unexplained'), `${where}: no unit is unexplained`);
    checked += 1;
  }
  assert.ok(checked >= 40, `only ${checked} failing junit files found`);
});

test('Loghub Apache sample: hundreds of [error] lines, no crash: exit 0, errors seen, nothing unexplained', async () => {
  if (!shared) return;
  const run = await runInProcess(['--format', 'json', path.join(shared, 'realworld', 'loghub', 'Apache_2k.log')]);
  assert.is(run.status, 0, run.stderr);
  const result = reportOf(run);
  assert.equal(result.unexplained, []);
  assert.ok((result.errorsSeen ?? []).reduce((n, e) => n + e.count, 0) >= 100, 'the error lines are counted as errors seen');
});

test('every Loghub sample (no crash in any) stays green', async () => {
  if (!shared) return;
  for (const file of files(path.join(shared, 'realworld', 'loghub'), '_2k.log')) {
    const run = await runInProcess(['--format', 'json', file]);
    assert.is(run.status, 0, `${path.basename(file)}: ${JSON.stringify(reportOf(run).unexplained).slice(0, 400)}`);
  }
});

test.run();
