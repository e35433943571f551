import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { LogEvent } from '../../src/events.js';
import { summarize } from '../../src/triage/summary.js';
import { at, event, evidenceOf, finding, recipeRun } from './build.js';

// The summary: one row per unit with its tier results, marks and verdict; the red tiers and the
// failure evidence no finding explains, with their lines ranked.

/** An error line of `recipe` in `tier`, as the context leaves it. */
function errorLine(run: string, recipe: string, tier: string | undefined, line: number, message: string): LogEvent {
  const path = `${run}/${recipe}/services/app.log`;
  return event({ run, recipe, tier, path, line, format: 'text', level: 'error', message, fields: {} });
}

test('a red tier a finding explains: the finding\'s classification is the verdict and the tier is ✗', () => {
  const tiers = { install: 'PASS', promote: 'FAIL' };
  const evidence = evidenceOf(['run'], recipeRun('run', 'gitea', '3.6.0', [at(0), at(30)], tiers));
  const blame = finding({ rule: 'gitea-appini-readonly-jwt', run: 'run', recipe: 'gitea', tier: 'promote' });
  const { recipes, unexplained } = summarize(evidence, [blame], []);
  assert.equal(recipes.map((r) => [r.recipe, r.verdict, r.version, r.marks]), [
    ['gitea', 'recipe-defect', '3.6.0', { install: '✓', promote: '✗' }],
  ]);
  assert.equal(unexplained, []);
});

test('a red tier nothing explains: unexplained, marked ?, its error lines ranked (another tier\'s left out)', () => {
  const evidence = evidenceOf(['run'], [
    ...recipeRun('run', 'mumble', '1.5.0', [at(0), at(30)], { install: 'PASS', custom: 'FAIL' }),
    errorLine('run', 'mumble', 'install', 10, 'install noise'),
    errorLine('run', 'mumble', 'custom', 20, 'handshake timed out after 60s'),
  ]);
  const { recipes, unexplained } = summarize(evidence, [], []);
  assert.equal(recipes.map((r) => [r.verdict, r.marks]), [['unexplained', { install: '✓', custom: '?' }]]);
  assert.equal(unexplained.map((u) => [u.recipe, u.tier, u.lines.map((l) => l.text)]), [
    ['mumble', 'custom', ['handshake timed out after 60s']],
  ]);
});

test('a benign finding explains nothing: the red tier stays ?, the verdict unexplained', () => {
  const evidence = evidenceOf(['run'], recipeRun('run', 'mumble', '1.5.0', [at(0), at(30)], { custom: 'FAIL' }));
  const herring = finding({ rule: 'compose-prepull-undefined-service', classification: 'benign', recipe: 'mumble' });
  const { recipes } = summarize(evidence, [herring], []);
  assert.equal(recipes.map((r) => [r.verdict, r.marks]), [['unexplained', { custom: '?' }]]);
});

test('each failing test of a red tier is an unexplained failure of its own', () => {
  const base = { run: 'run', recipe: 'mumble', tier: 'custom', format: 'pytest', kind: 'test-result' as const };
  const evidence = evidenceOf(['run'], [
    ...recipeRun('run', 'mumble', '1.5.0', [at(0), at(30)], { custom: 'FAIL' }),
    event({ ...base, line: 7, test: 'test_a.py::test_one', fields: { outcome: 'failed' } }),
    event({ ...base, line: 8, test: 'test_a.py::test_two', fields: { outcome: 'error' } }),
    event({ ...base, line: 9, test: 'test_a.py::test_ok', fields: { outcome: 'passed' } }),
  ]);
  const { unexplained } = summarize(evidence, [], []);
  assert.equal(unexplained.map((u) => u.test), ['test_a.py::test_one', 'test_a.py::test_two']);
});

test('failure evidence outside the red tiers keeps the unit off green, with its signals', () => {
  const evidence = evidenceOf(['run'], [
    ...recipeRun('run', 'gitea', '3.6.0', [at(0), at(30)], { install: 'PASS' }),
    event({
      run: 'run', recipe: 'gitea', path: 'run/gitea/services/app.log', line: 3, format: 'text', level: 'fatal',
      message: 'panic: runtime error', failure: { kind: 'panic', detail: 'Go panic' }, fields: {},
    }),
  ]);
  const { recipes, unexplained } = summarize(evidence, [], []);
  assert.equal(recipes.map((r) => r.verdict), ['unexplained']);
  assert.equal(unexplained.map((u) => [u.tier, u.signals]), [
    [null, [{ kind: 'panic', detail: 'Go panic', count: 1 }]],
  ]);
});

test('error lines with no failure are no verdict: green, listed as errors seen', () => {
  const evidence = evidenceOf(['run'], [
    ...recipeRun('run', 'gitea', '3.6.0', [at(0), at(30)], { install: 'PASS' }),
    errorLine('run', 'gitea', 'install', 4, 'mailer: connection refused'),
    errorLine('run', 'gitea', 'install', 5, 'mailer: connection refused'),
  ]);
  const { recipes, unexplained, errorsSeen } = summarize(evidence, [], []);
  assert.equal(recipes.map((r) => r.verdict), ['green']);
  assert.equal(unexplained, []);
  assert.equal(errorsSeen.map((e) => [e.unit.name, e.template, e.count]), [['gitea', 'mailer: connection refused', 2]]);
});

test('evidence that names no recipe in a run of several: a unit of the service it came from', () => {
  const evidence = evidenceOf(['run'], [
    ...recipeRun('run', 'gitea', '3.6.0', [at(0), at(30)], { install: 'PASS' }),
    ...recipeRun('run', 'mumble', '1.5.0', [at(0), at(30)], { install: 'PASS' }),
    event({
      run: 'run', service: 'caddy', stack: 'proxy', path: 'run/proxy.log', line: 2, format: 'text', level: 'fatal',
      message: 'exit status 2', failure: { kind: 'exit', detail: 'exit code 2' }, fields: {},
    }),
  ]);
  const { recipes } = summarize(evidence, [], []);
  assert.equal(recipes.map((r) => [r.recipe, r.unit?.kind, r.verdict]), [
    ['gitea', 'recipe', 'green'], ['mumble', 'recipe', 'green'], ['proxy_caddy', 'service', 'unexplained'],
  ]);
});

test('lines also seen in a --baseline run rank last', () => {
  const evidence = evidenceOf(['red', 'green'], [
    ...recipeRun('red', 'mumble', '1.5.0', [at(0), at(30)], { custom: 'FAIL' }),
    errorLine('red', 'mumble', 'custom', 3, 'cache warming slow'),
    errorLine('red', 'mumble', 'custom', 9, 'handshake timed out'),
    ...recipeRun('green', 'mumble', '1.5.0', [at(40), at(70)], { custom: 'PASS' }),
    errorLine('green', 'mumble', 'custom', 3, 'cache warming slow'),
  ]);
  const { unexplained } = summarize(evidence, [], ['green']);
  const lines = unexplained[0].lines;
  assert.equal(lines.map((l) => [l.text, l.score === 0]), [
    ['handshake timed out', false], ['cache warming slow', true],
  ]);
  assert.ok(lines[1].reasons?.includes('also in a green run'));
});

test('runs: their recipes, start and peak concurrency, in the order given', () => {
  const evidence = evidenceOf(['run'], [
    ...recipeRun('run', 'gitea', '3.6.0', [at(0), at(30)], { install: 'PASS' }),
    ...recipeRun('run', 'mumble', '1.5.0', [at(10), at(40)], { install: 'PASS' }),
  ]);
  const { runs } = summarize(evidence, [], []);
  assert.equal(runs.map((r) => [r.id, r.recipes, r.started, r.concurrency]), [
    ['run', ['gitea', 'mumble'], '2026-06-16T20:00:00Z', 2],
  ]);
});

test.run();
