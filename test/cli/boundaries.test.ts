/**
 * Boundaries of what the tool reads and writes: symbolic links out of the scanned tree, -o over
 * an input, draft-rule ids that climb out of --out, template names from the prototype, --tz
 * offsets out of range, bidi characters in explain.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from '../helpers.js';
import { FAILING_JUNIT, FAILING_JUNIT_NAME, GITEA_LINE, HARMLESS_LOG, rulePack, runInProcess, tree, userRule } from './fixtures.js';
import { jsonOutput } from '../json.js';

const SECRET_HOST_FILE = 'host-secret-marker hello world from outside\n';
const outside = tree({ 'host.log': SECRET_HOST_FILE, 'hostdir/inner.log': SECRET_HOST_FILE });
const root = tree({
  'run/gitea.log': `${GITEA_LINE}\n`,
  'run/inside-target.log': HARMLESS_LOG,
  [`junit-run/junit/${FAILING_JUNIT_NAME}`]: FAILING_JUNIT,
  'harmless.log': HARMLESS_LOG,
});
symlinkSync(path.join(outside, 'host.log'), path.join(root, 'run', 'escape.log'));
symlinkSync(path.join(outside, 'hostdir'), path.join(root, 'run', 'escape-dir'));
symlinkSync('inside-target.log', path.join(root, 'run', 'inside-link.log'));
mkdirSync(path.join(root, 'runs'));
symlinkSync(path.join(root, 'run'), path.join(root, 'runs', 'outside-run'));

test('symbolic links leading out of the scanned directory are not followed by default, with a notice', async () => {
  const run = await runInProcess(['-f', 'json', 'run'], { cwd: root });
  const result = jsonOutput(run);
  // A link inside the tree is followed (and its target, the same file, read once).
  assert.equal(result.inputs.map((i) => i.path), ['run/gitea.log', 'run/inside-link.log']);
  assert.not.match(run.stdout, 'host-secret-marker');
  assert.equal(result.notices, [
    'run/escape-dir: a symbolic link leading outside run: not followed (--follow-symlinks reads it)',
    'run/escape.log: a symbolic link leading outside run: not followed (--follow-symlinks reads it)',
    'run/inside-target.log: the same file as run/inside-link.log: read once',
  ]);
});

test('--follow-symlinks reads them; --runs and parse take the same rule', async () => {
  const followed = jsonOutput(await runInProcess(['-f', 'json', '--follow-symlinks', 'run'], { cwd: root }));
  assert.ok(followed.inputs.some((i) => i.path === 'run/escape.log'));
  assert.ok(followed.inputs.some((i) => i.path === 'run/escape-dir/inner.log'));
  assert.equal(followed.notices, ['run/inside-target.log: the same file as run/inside-link.log: read once']);
  const runs = jsonOutput(await runInProcess(['-f', 'json', '--runs', 'runs'], { cwd: root }));
  assert.is(runs.inputs[0].format, 'unreadable', 'the only run led outside: no run left');
  assert.match(runs.notices.join('\n'), 'runs/outside-run: a symbolic link leading outside runs');
  const parse = await runInProcess(['parse', 'run'], { cwd: root });
  assert.not.match(parse.stdout, 'host-secret-marker');
  assert.match(parse.stderr, 'leading outside run');
});

test('-o naming an input, or a file inside a scanned directory: refused, exit 2, the evidence untouched', async () => {
  for (const [output, args] of [['harmless.log', ['harmless.log']], ['run/gitea.log', ['run']], ['./harmless.log', ['--runs', '.']]] as const) {
    const before = readFileSync(path.join(root, output), 'utf8');
    const run = await runInProcess(['-o', output, ...args], { cwd: root });
    assert.is(run.status, 2, output);
    assert.match(run.stderr, `-o ${output}: that file `);
    assert.match(run.stderr, 'write it elsewhere');
    assert.is(readFileSync(path.join(root, output), 'utf8'), before, `${output} was overwritten`);
  }
  const elsewhere = path.join(tempDir(), 'report.txt');
  assert.is((await runInProcess(['-o', elsewhere, 'harmless.log'], { cwd: root })).status, 0);
  assert.ok(existsSync(elsewhere));
});

test('draft-rule --id must be kebab-case: ../../x cannot write outside --out', async () => {
  const out = path.join(tempDir(), 'drafts');
  for (const id of ['../../x', 'a/b', 'Upper', '..']) {
    const run = await runInProcess(['draft-rule', 'junit-run', '--out', out, '--id', id], { cwd: root });
    assert.is(run.status, 2, id);
    assert.match(run.stderr, 'must be kebab-case');
    assert.not.ok(existsSync(out), `${id}: something was written`);
  }
  const ok = await runInProcess(['draft-rule', 'junit-run', '--out', out, '--id', 'handshake-failed'], { cwd: root });
  assert.is(ok.status, 0, ok.stderr);
  assert.ok(existsSync(path.join(out, 'handshake-failed', 'handshake-failed.json')));
});

test('templates resolve own names only: {{toString}} and {{constructor}} print ?, not a function', async () => {
  const pack = rulePack(userRule({ rootCause: 'a {{toString}} b {{constructor}} c {{hasOwnProperty}} d {{who}}', fix: 'see {{valueOf}}' }));
  const result = jsonOutput(await runInProcess(['-f', 'json', '--rules', pack, 'harmless.log'], { cwd: root }));
  const finding = result.findings.find((f) => f.rule === 'hello-user-rule');
  assert.ok(finding, 'hello-user-rule fired');
  assert.is(finding.rootCause, 'a ? b ? c ? d world');
  assert.is(finding.fix, 'see ?');
});

test('--tz offsets beyond -12:00..+14:00, or with minutes over 59, are refused', async () => {
  for (const tz of ['+25:00', '-13:00', '+14:01', '+02:60', '+9999']) {
    const run = await runInProcess(['--tz', tz, 'harmless.log'], { cwd: root });
    assert.is(run.status, 2, tz);
    assert.match(run.stderr, `--tz: offset "${tz}" is out of range`);
  }
  for (const tz of ['+14:00', '-12:00', '+05:45', '-0330', 'Z']) assert.is((await runInProcess(['--tz', tz, 'harmless.log'], { cwd: root })).status, 0, tz);
});

test('explain escapes bidi and control characters in a user rule (literals, regexes, origin)', async () => {
  const dir = tempDir('redfix-\u202ebidi-');
  const pack = path.join(dir, 'pack.json');
  writeFileSync(pack, JSON.stringify(userRule({ events: { hello: { literals: ['hello\u202e world'], message: 'hello\u2066 (?<who>\\w+)' } } })));
  for (const args of [['explain', '--rules', pack, 'hello-user-rule'], ['explain', '--rules', pack, 'hello-user-rule', 'harmless.log']]) {
    const run = await runInProcess(args, { cwd: root });
    assert.is(run.status, 0, run.stderr);
    assert.not.match(run.stdout, /[\u202a-\u202e\u2066-\u2069]/, args.join(' '));
  }
  assert.match((await runInProcess(['explain', '--rules', pack, 'hello-user-rule'], { cwd: root })).stdout, 'hello\\u202e world');
});

test.run();
