import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ROOT } from '../helpers.js';
import { GITEA_LINE, HARMLESS_LOG, SGR, rulePack, runInProcess, tree, userRule } from './fixtures.js';
import { progressLine } from '../../src/commands/scan.command.js';
import { REPORTERS } from '../../src/reporters/index.js';
import { tierCodes } from '../../src/reporters/table.js';

const visible = (line: string) => [...line.replace(SGR, '')].length;
const tooWide = (output: string, width: number) => output.split('\n').filter((l) => visible(l) > width);

// The run with an extra tier (`run`, from the sweep log) and a long run path.
const EXTRA_TIER = ['--runs', 'corpus/discourse-canon-sweep-timeout/input'];
const terminal = (columns: number, args = EXTRA_TIER) => runInProcess(args, { cwd: ROOT, stdoutIsTTY: true, columns });

test('the table at 120 columns: a table that uses the width and fits it', async () => {
  const { stdout } = await terminal(120);
  assert.equal(tooWide(stdout, 120), []);
  assert.ok(stdout.split('\n').some((l) => visible(l) > 100), 'the wider terminal was not used');
  assert.match(stdout, '┌');
});

test('the table at 60 columns: stacked, every line fits, recipe names and causes whole on their lines', async () => {
  const { stdout } = await terminal(60);
  assert.equal(tooWide(stdout, 60), []);
  assert.not.match(stdout, '┌', 'a table squeezed into 60 columns');
  for (const recipe of ['discourse', 'immich', 'keycloak', 'lasuite-docs', 'mattermost-lts', 'mumble']) assert.match(stdout, new RegExp(`^  ${recipe} `, 'm'));
  assert.match(stdout, 'deploy-timeout · run.log:14');
  assert.match(stdout, /^ {4}i✗$/m);
});

test('an extra tier gets a letter of its own, in the header and in the legend', async () => {
  const { stdout } = await terminal(120);
  const header = stdout.split('\n').find((l) => l.includes('i u b r c p'))!;
  const letters = header.split('│')[2].trim().split(' ');
  assert.is(new Set(letters).size, letters.length, `a letter used twice: ${header}`);
  assert.equal(letters, ['i', 'u', 'b', 'r', 'c', 'p', 'n']);
  assert.match(stdout, 'p promote, n run');
  assert.equal([...tierCodes(['run', 'rollback', 'upgrade-2']).values()].slice(6), ['n', 'o', 'g']);
});

test('FORCE_COLOR=0 on a terminal gives no colour; FORCE_COLOR=1 does', async () => {
  const off = await runInProcess(EXTRA_TIER, { cwd: ROOT, stdoutIsTTY: true, columns: 100, env: { FORCE_COLOR: '0' } });
  assert.not.match(off.stdout, '\x1b');
  const on = await runInProcess(EXTRA_TIER, { cwd: ROOT, stdoutIsTTY: false, env: { FORCE_COLOR: '1' } });
  assert.match(on.stdout, '\x1b[');
});

test('the progress line fits the terminal, however long the path', () => {
  const path = `runs/${'very-long-directory/'.repeat(10)}services/warm-gitea_app.log`;
  for (const columns of [80, 60, 40, 20, 8]) {
    const line = progressLine(5, 120, path, columns);
    assert.ok(line.length <= columns - 1, `${line.length} characters at ${columns} columns: ${line}`);
  }
  assert.match(progressLine(5, 120, path, 60), /^\[6\/120\] …/);
  assert.match(progressLine(5, 120, path, 60), /app\.log$/);
});

const problems = tree({ 'run/gitea.log': `${GITEA_LINE}\n`, 'harmless.log': HARMLESS_LOG });
const replacing = rulePack(userRule({ id: 'gitea-appini-readonly-jwt', scope: 'recipe', events: { m: { literals: ['read-only file system'] } }, condition: { exists: 'm' } }));

test('every format: each input problem and notice is one line on stderr', async () => {
  for (const format of Object.keys(REPORTERS)) {
    const { stderr, status } = await runInProcess(['-f', format, '--rules', replacing, 'run', 'missing.log'], { cwd: problems });
    assert.is(status, 2, format);
    const lines = stderr.trimEnd().split('\n');
    assert.ok(lines.some((l) => l === 'redfix-forensics: missing.log: cannot read: no such file or directory'), `${format}: ${stderr}`);
    assert.ok(lines.some((l) => l.startsWith('redfix-forensics: note: rule gitea-appini-readonly-jwt from ') && l.endsWith('replaces the built-in rule of the same id')), `${format}: ${stderr}`);
  }
});

test('the table on a terminal shows problems itself: not repeated on stderr', async () => {
  const { stdout, stderr } = await runInProcess(['--rules', replacing, 'run', 'missing.log'], { cwd: problems, stdoutIsTTY: true, columns: 100 });
  assert.match(stdout, 'missing.log');
  assert.match(stdout.replace(/\n\s+/g, ' '), 'replaces the built-in rule');
  assert.is(stderr, '');
});

test.run();
