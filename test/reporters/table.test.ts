import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { runCli } from '../helpers.js';
import { wrap } from '../../src/reporters/text.js';
import {
  CADDY_IPS,
  COLOUR_CODE,
  FAILING_JUNIT,
  FAILING_JUNIT_NAME,
  GITEA_INFO_LINE,
  GITEA_LINE,
  HARMLESS_LOG,
  SGR,
  caddyAskRefusedLog,
  rulePack,
  runInProcess,
  tree,
  userRule,
} from '../cli/fixtures.js';

// A run with everything the table shows: findings (one folded with values), an unexplained
// failure with long test and file names, a missing input, a long run directory name.
const longDir = `run-with-a-rather-long-directory-name-${'x'.repeat(60)}`;
const root = tree({
  'runA/services/gitea.log': `${GITEA_LINE}\n`,
  'runA/services/caddy.log': caddyAskRefusedLog(CADDY_IPS),
  [`${longDir}/junit/${FAILING_JUNIT_NAME}`]: FAILING_JUNIT,
  'harmless.log': HARMLESS_LOG,
});
const ARGS = ['runA', longDir, 'harmless.log', 'missing.log'];

const visible = (line: string) => [...line.replace(SGR, '')].length;

function assertFits(output: string, width: number): void {
  const long = output.split('\n').filter((l) => visible(l) > width);
  assert.equal(long, [], `lines wider than ${width} columns`);
}

test('table: every line fits 80 columns when stdout is not a TTY (NO_COLOR)', () => {
  const { stdout, status } = runCli(ARGS, { cwd: root });
  assert.is(status, 2, 'missing.log cannot be read');
  assert.match(stdout, 'Findings');
  assert.match(stdout, 'Unexplained failures');
  assert.match(stdout, 'Input problems');
  assert.match(stdout, 'missing.log');
  assertFits(stdout, 80);
});

test('table: the tier legend is there, on lines that fit', async () => {
  const { stdout } = await runInProcess(['harmless.log'], { cwd: root });
  assert.match(stdout, 'tiers: i install, u upgrade, b backup, r restore, c custom, p promote');
  assert.match(stdout, '✓ pass  ✗ fail  ? fail no finding explains  - skip  · n/a  blank: not run');
  assertFits(stdout, 80);
});

test('table: no ANSI with NO_COLOR, nor when stdout is not a TTY', () => {
  assert.not.match(runCli(ARGS, { cwd: root }).stdout, '\x1b');
  assert.not.match(runCli(ARGS, { cwd: root, env: { NO_COLOR: undefined } }).stdout, '\x1b', 'coloured a pipe');
  assert.not.match(runCli(ARGS, { cwd: root, env: { NO_COLOR: '1', FORCE_COLOR: '1' } }).stdout, '\x1b', 'NO_COLOR must win');
});

test('table: FORCE_COLOR=1 gives colour; borders stay plain and every escape is whole', () => {
  const { stdout } = runCli(ARGS, { cwd: root, env: { NO_COLOR: undefined, FORCE_COLOR: '1' } });
  assert.match(stdout, COLOUR_CODE);
  for (const line of stdout.split('\n')) {
    if (/^[┌├└]/.test(line)) assert.not.match(line, '\x1b', `a coloured border: ${JSON.stringify(line)}`);
    // An escape cut in two by cell wrapping would leave a stray ESC the regex cannot consume.
    assert.not.match(line.replace(SGR, ''), '\x1b', `a broken escape sequence: ${JSON.stringify(line)}`);
  }
  assertFits(stdout, 80);
  // Colour changes nothing else.
  assert.is(stdout.replace(SGR, ''), runCli(ARGS, { cwd: root }).stdout);
});

test('table: a TTY gets colour and its width (up to 160 columns); --output gets none', async () => {
  const tty = await runInProcess(ARGS, { cwd: root, env: {}, stdoutIsTTY: true, columns: 120 });
  assert.match(tty.stdout, COLOUR_CODE);
  assertFits(tty.stdout, 120);
  const wide = tty.stdout.split('\n').some((l) => visible(l) > 80);
  assert.ok(wide, 'the table did not use the wider terminal');
  const narrow = await runInProcess(ARGS, { cwd: root, env: {}, stdoutIsTTY: true, columns: 40 });
  assertFits(narrow.stdout, 80);
  const out = tree({});
  const toFile = await runInProcess([...ARGS, '--output', `${out}/report.txt`], { cwd: root, env: {}, stdoutIsTTY: true });
  assert.is(toFile.stdout, '');
  const { readFileSync } = await import('node:fs');
  assert.not.match(readFileSync(`${out}/report.txt`, 'utf8'), '\x1b');
});

test('table: the tier mark sits under its tier', async () => {
  const { stdout } = await runInProcess([longDir], { cwd: root });
  const header = stdout.split('\n').find((l) => l.includes('i u b r c p'))!;
  const row = stdout.split('\n').find((l) => l.includes('mumble'))!;
  assert.is(row[header.indexOf('c', header.indexOf('i u b r'))], '?', `${header}\n${row}`);
});

test('table: the evidence line is shown whole enough to read its cause, wrapped to the width', async () => {
  const { stdout } = await runInProcess(['runA'], { cwd: root });
  assert.match(stdout, 'read-only file system');
  assert.match(stdout, 'dialHost: ');
  for (const ip of new Set(CADDY_IPS)) assert.match(stdout, ip);
  assert.match(stdout, `services/caddy.log:1 (x${CADDY_IPS.length})`);
});

test('table: a user rule replacing a built-in prints a note line', async () => {
  const pack = rulePack(userRule({ id: 'gitea-appini-readonly-jwt', title: 'my gitea rule', scope: 'recipe', events: { m: { literals: ['read-only file system'] } }, condition: { exists: 'm' } }));
  const { stdout } = await runInProcess(['--rules', pack, 'runA'], { cwd: root });
  const note = stdout.split('\n').findIndex((l) => l.startsWith('note: rule gitea-appini-readonly-jwt from'));
  assert.ok(note > 0, stdout);
  assert.match(stdout.split('\n').slice(note, note + 3).join(' '), 'replaces the built-in rule of the same id');
  assert.match(stdout, 'my gitea rule');
});


test('table: the root cause shown is the finding the verdict comes from, not the first by line', async () => {
  // A milder finding on an earlier line sorts first among the findings; the row must still name
  // the recipe-defect its verdict comes from.
  const dir = tree({ 'run/services/warm-gitea_app.log': `${GITEA_INFO_LINE}\n${GITEA_LINE}\n` });
  const pack = rulePack(userRule({ id: 'early-marker-flake', classification: 'load-flake', severity: 'warning', scope: 'recipe', events: { m: { literals: ['zzz early marker line'] } }, condition: { exists: 'm' }, rootCause: 'an early marker', fix: 'nothing' }));
  const { stdout } = await runInProcess(['--rules', pack, 'run'], { cwd: dir });
  const row = stdout.split('\n').find((l) => l.startsWith('│ gitea'))!;
  assert.match(row, 'recipe-defect');
  assert.match(row, 'gitea-appini-readonly-jwt', row);
  assert.match(stdout, 'early-marker-flake', 'the milder finding is still listed');
});

// Long names in narrow cells break where a reader would, after a separator, and never overflow.
test('wrap breaks a long path after a separator and keeps path:line whole', () => {
  assert.equal(wrap('gitea-appini-readonly-jwt · services/warm-gitea_app.log:2', 28), 'gitea-appini-readonly-jwt ·\nservices/warm-gitea_\napp.log:2');
  assert.equal(wrap('pg-relation-missing-after-restore', 28), 'pg-relation-missing-after-\nrestore');
  assert.equal(wrap('x'.repeat(30), 10), 'xxxxxxxxxx\nxxxxxxxxxx\nxxxxxxxxxx');
  for (const line of wrap('a/'.repeat(200), 20).split('\n')) assert.ok(line.length <= 20, line);
});

test.run();
