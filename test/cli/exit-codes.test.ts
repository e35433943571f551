import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { runCli } from '../helpers.js';
import { FAILING_JUNIT, FAILING_JUNIT_NAME, GITEA_LINE, HARMLESS_LOG, rulePack, runInProcess, tree, userRule } from './fixtures.js';
import { jsonOutput } from '../json.js';

// 0 nothing reaches --fail-on · 1 a finding or unexplained failure does · 2 usage error, or an
// input that cannot be read at all (the rest still printed).

const root = tree({
  'harmless.log': HARMLESS_LOG,
  'gitea.log': `${GITEA_LINE}\n`,
  [`junit-run/junit/${FAILING_JUNIT_NAME}`]: FAILING_JUNIT,
});
const benignPack = rulePack(userRule());

test('0: nothing found', () => {
  const { status, stdout, stderr } = runCli(['harmless.log'], { cwd: root });
  assert.is(status, 0);
  assert.match(stdout, '0 findings, 0 unexplained failures');
  assert.is(stderr, '');
});

test('1: a finding reaches the default --fail-on (everything but benign)', () => {
  assert.is(runCli(['gitea.log'], { cwd: root }).status, 1);
});

test('1: an unexplained failure reaches the default --fail-on', async () => {
  const { status, stdout } = await runInProcess(['junit-run'], { cwd: root });
  assert.is(status, 1);
  assert.match(stdout, '1 unexplained failure');
});

test('benign findings do not fail by default; --fail-on benign makes them', async () => {
  assert.is((await runInProcess(['--rules', benignPack, 'harmless.log'], { cwd: root })).status, 0);
  assert.is((await runInProcess(['--rules', benignPack, '--fail-on', 'benign', 'harmless.log'], { cwd: root })).status, 1);
  assert.is((await runInProcess(['--fail-on', 'benign', 'gitea.log'], { cwd: root })).status, 0, 'a recipe-defect is not benign');
});

test('--fail-on none: always 0 (but the report is still printed)', async () => {
  const { status, stdout } = await runInProcess(['--fail-on', 'none', 'gitea.log', 'junit-run'], { cwd: root });
  assert.is(status, 0);
  assert.match(stdout, 'gitea-appini-readonly-jwt');
});

test('--fail-on lists: a classification, unexplained, several', async () => {
  const run = async (failOn: string, ...paths: string[]) => (await runInProcess(['--fail-on', failOn, ...paths], { cwd: root })).status;
  assert.is(await run('recipe-defect', 'gitea.log'), 1);
  assert.is(await run('load-flake', 'gitea.log'), 0);
  assert.is(await run('unexplained', 'junit-run'), 1);
  assert.is(await run('recipe-defect', 'junit-run'), 0);
  assert.is(await run('load-flake,unexplained', 'junit-run'), 1);
  assert.is(await run('load-flake, stale-test', 'gitea.log', 'junit-run'), 0);
});

test('2: a bad --fail-on value, named on stderr; nothing on stdout', () => {
  const { status, stdout, stderr } = runCli(['--fail-on', 'flaky', 'gitea.log'], { cwd: root });
  assert.is(status, 2);
  assert.is(stdout, '');
  assert.match(stderr, '--fail-on: "flaky" is not one of');
});

test('2: an unknown option, with a pointer to --help', () => {
  const { status, stderr } = runCli(['--no-such-option', 'gitea.log'], { cwd: root });
  assert.is(status, 2);
  assert.match(stderr, "unknown option '--no-such-option'");
  assert.match(stderr, '--help');
});

test('2: a bad --tz, and a bad --format', async () => {
  const tz = await runInProcess(['--tz', 'Mars/Olympus_Mons', 'gitea.log'], { cwd: root });
  assert.is(tz.status, 2);
  assert.match(tz.stderr, '--tz');
  assert.match(tz.stderr, 'Mars/Olympus_Mons');
  const format = await runInProcess(['--format', 'xml', 'gitea.log'], { cwd: root });
  assert.is(format.status, 2);
  assert.match(format.stderr, 'xml');
});

test('2: an input that cannot be read at all; the results for everything else are still printed', async () => {
  const run = runCli(['--format', 'json', 'no-such-file.log', 'gitea.log'], { cwd: root });
  const result = jsonOutput(run);
  assert.is(run.status, 2);
  assert.equal(result.findings.map((f) => f.rule), ['gitea-appini-readonly-jwt']);
  const missing = result.inputs.find((i) => i.path === 'no-such-file.log');
  assert.ok(missing, 'the unreadable input is not listed');
  assert.is(missing.format, 'unreadable');
  assert.match(missing.errors[0].message, 'no such file');

  const table = await runInProcess(['no-such-file.log', 'gitea.log'], { cwd: root });
  assert.is(table.status, 2);
  assert.match(table.stdout, 'gitea-appini-readonly-jwt');
  assert.match(table.stdout, /no-such-file\.log: .*no such file/);
});

test('2: nothing to scan (stdin a terminal and no paths)', async () => {
  const { status, stderr } = await runInProcess([], { cwd: root, stdinIsTTY: true });
  assert.is(status, 2);
  assert.match(stderr, 'nothing to scan');
});

test('0: --help and --version', async () => {
  assert.is((await runInProcess(['--help'])).status, 0);
  assert.is((await runInProcess(['--version'])).status, 0);
  assert.is((await runInProcess(['rules', 'list'])).status, 0);
});

test.run();
