import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ROOT, runCli, tempDir } from '../helpers.js';
import { rulePack, userRule } from '../cli/fixtures.js';
import { parseJson } from '../json.js';
import type { Rule } from '../../src/rules/types.js';
import type { ExpectedCase } from '../../src/corpus/expected.js';

const corpus = (...parts: string[]) => path.join('corpus', ...parts);

test('explain <rule-id> prints the rule, its conditions and its corpus cases', () => {
  const run = runCli(['explain', 'pg-relation-missing-after-restore']);
  assert.is(run.status, 0, run.stderr);
  assert.match(run.stdout, /pg-relation-missing-after-restore {2}\(recipe-defect, error/);
  assert.match(run.stdout, /"sequence":\["restoreRan","relationMissing"\]/);
  assert.match(run.stdout, /fires in: .*mattermost-lts-restore-relation-missing/);
  assert.match(run.stdout, /quiet in \(near misses\): .*near-miss-pg-restore-post-hook-ran/);
});

test('explain over a near miss says which condition fell short and why', () => {
  const run = runCli(['explain', 'pg-relation-missing-after-restore', corpus('near-miss-pg-relation-missing-during-install', 'input', 'keycloak-first-boot')]);
  assert.is(run.status, 0, run.stderr);
  assert.match(run.stdout, /does not fire/);
  assert.match(run.stdout, /✗ relationMissing after restoreRan: relationMissing at .*services\/db\.log:\d+ is not after restoreRan/);
  assert.match(run.stdout, /✗ relationMissingInRestoreTier present: no relationMissingInRestoreTier event in scope/);
  assert.match(run.stdout, /near miss .*db\.log:\d+: tier is install, needs restore/);
});

test('explain over a positive case marks every condition satisfied', () => {
  const run = runCli(['explain', 'caddy-ondemand-ask-rotating-refused', corpus('bluesky-pds-ondemand-tls-app-alias-collision', 'input', 'redfix-bluesky-pds')]);
  assert.is(run.status, 0, run.stderr);
  assert.match(run.stdout, /FIRES/);
  assert.match(run.stdout, /✓ distinct dialHost of askRefused per askHost within 15m >= 2: askHost app:3000: 8 distinct dialHosts \(10\.10\.0\.2, 10\.10\.0\.4, 10\.10\.0\.5, 10\.10\.0\.6, 10\.10\.0\.8, 10\.10\.0\.9, 10\.10\.0\.10, 10\.10\.0\.12\)/);  // The root cause as this evidence renders it: the joined promote line selects the HTTPS sentence.
  assert.match(run.stdout.replace(/\s+/g, ' '), /root cause: Caddy's on-demand TLS ask endpoint app:3000 was refused at several addresses .* is not healthy over HTTPS \(last status 0\)\./);
});

test('explain decides a pattern as the engine does: a coloured line matches its text regex', async () => {
  const dir = tempDir();
  const log = path.join(dir, 'deploy.log');
  await fs.writeFile(log, 'deploy \x1b[31mfailed\x1b[0m for good\ndeploy succeeded\n');
  const pack = rulePack(userRule({ id: 'deploy-failed', events: { failed: { literals: ['deploy'], text: 'deploy failed' } }, condition: { exists: 'failed' } }));
  const run = runCli(['explain', '--rules', pack, 'deploy-failed', log]);
  assert.is(run.status, 0, run.stderr);
  assert.match(run.stdout, `failed: 1 event, first at ${log}:1`);
  assert.match(run.stdout, /near miss .*deploy\.log:2: line does not match \/deploy failed\//);
  assert.not.match(run.stdout, /deploy\.log:1: line does not match/);
  assert.match(run.stdout, 'FIRES');
});

test('explain of an unknown rule is a usage error', () => {
  const run = runCli(['explain', 'no-such-rule']);
  assert.is(run.status, 2);
  assert.match(run.stderr, /no rule with id no-such-rule/);
});

test('draft-rule turns the top unexplained line into a rule and a case that test-rules accepts', async () => {
  const out = tempDir('redfix-draft-');
  const input = path.join(ROOT, 'corpus', 'unexplained-immich-restore-with-baseline', 'input');
  const run = runCli(['draft-rule', path.join(input, 'immich-restore'), '--baseline', path.join(input, 'immich-green'), '--out', out]);
  assert.is(run.status, 0, run.stderr);
  assert.match(run.stdout, /Drafted draft-password-authentication-failed-for-user/);
  const id = /Drafted (\S+)/.exec(run.stdout)![1];
  const ruleFile = path.join(out, id, `${id}.json`);
  const { signature } = parseJson<Rule>(await fs.readFile(ruleFile, 'utf8'), ruleFile).events;
  assert.equal(signature.literals, ['password authentication failed for user "immich"']);
  assert.ok(signature.message, 'the signature has a message regex');
  assert.match(signature.message, /password authentication failed for user/);
  assert.ok(new RegExp(signature.message).test('password authentication failed for user "immich"'));
  const expectedFile = path.join(out, id, 'case', 'expected.json');
  const expected = parseJson<ExpectedCase>(await fs.readFile(expectedFile, 'utf8'), expectedFile);
  assert.is(expected.findings[0].rule, id);
  // The drafted case passes test-rules with the drafted rule loaded (coverage aside: it has no near miss yet).
  const check = runCli(['test-rules', path.join(out, id), '--rules', path.join(out, id, `${id}.json`)]);
  assert.match(check.stdout, /^PASS case$/m, check.stdout + check.stderr);
  assert.match(check.stdout, new RegExp(`${id}: no near-miss case`));
});

test('draft-rule reads the evidence as the scan does: a user format, a time zone; the drafted case carries them and passes test-rules', async () => {
  const out = tempDir('redfix-draft-');
  const caseDir = path.join(ROOT, 'corpus', 'user-format-inhouse-app-fatal');
  const log = path.join(caseDir, 'input', 'ledger.log');
  const formats = path.join(caseDir, 'formats', 'ledger.yaml');
  // Without its format the log is plain text with no level: nothing failed, nothing to draft.
  const plain = runCli(['draft-rule', log, '--out', out]);
  assert.is(plain.status, 0, plain.stderr);
  assert.match(plain.stdout, /No unexplained failure/);
  const run = runCli(['draft-rule', log, '--formats', formats, '--tz', 'Europe/Berlin', '--out', out]);
  assert.is(run.status, 0, run.stderr);
  assert.match(run.stdout, /Drafted \S+ from \S+ledger\.log:6 /);
  const id = /Drafted (\S+)/.exec(run.stdout)![1];
  const expectedFile = path.join(out, id, 'case', 'expected.json');
  const expected = parseJson<ExpectedCase>(await fs.readFile(expectedFile, 'utf8'), expectedFile);
  assert.equal(expected.args, ['input/ledger.log', '--formats', 'formats.json', '--tz', 'Europe/Berlin']);
  // A loose input is the failure's unit, not a recipe: the finding the case expects has none.
  assert.is(expected.findings[0].recipe, null);
  const check = runCli(['test-rules', path.join(out, id), '--rules', path.join(out, id, `${id}.json`)]);
  assert.match(check.stdout, /^PASS case$/m, check.stdout + check.stderr);
});

/** Drafts from `args` into a fresh directory; the drafted case's expected.json, and test-rules' verdict on it. */
async function draftAndCheck(args: string[]): Promise<{ expected: ExpectedCase; check: string }> {
  const out = tempDir('redfix-draft-');
  const run = runCli(['draft-rule', ...args, '--out', out]);
  assert.is(run.status, 0, run.stderr);
  const id = /Drafted (\S+)/.exec(run.stdout)![1];
  const expectedFile = path.join(out, id, 'case', 'expected.json');
  const expected = parseJson<ExpectedCase>(await fs.readFile(expectedFile, 'utf8'), expectedFile);
  const check = runCli(['test-rules', path.join(out, id), '--rules', path.join(out, id, `${id}.json`)]);
  return { expected, check: check.stdout + check.stderr };
}

test('draft-rule over run directories (--runs) or several paths: the case holds them all and passes test-rules', async () => {
  const input = path.join(ROOT, 'corpus', 'unexplained-immich-restore-with-baseline', 'input');
  const runs = await draftAndCheck(['--runs', input]);
  assert.equal(runs.expected.args, ['--runs', 'runs-1']);
  assert.equal(runs.expected.findings[0].evidence, ['runs-1/immich-restore/immich/services/database.log:10']);
  assert.match(runs.check, /^PASS case$/m, runs.check);
  // Two paths: the evidence is named under the copy of the one it came from.
  const two = await draftAndCheck([path.join(input, 'immich-restore'), path.join(input, 'immich-green')]);
  assert.equal(two.expected.args, ['input/immich-restore', 'input/immich-green']);
  assert.equal(two.expected.findings[0].evidence, ['input/immich-restore/immich/services/database.log:10']);
  assert.match(two.check, /^PASS case$/m, two.check);
});

test('draft-rule with no evidence at all is a usage error', () => {
  const run = runCli(['draft-rule']);
  assert.is(run.status, 2);
  assert.match(run.stderr, /paths, or --runs <dir>/);
});

test('draft-rule says so when every red tier is explained', () => {
  const run = runCli(['draft-rule', corpus('gitea-warm-advance-appini-readonly', 'input', 'redfix-gitea2')]);
  assert.is(run.status, 0, run.stderr);
  assert.match(run.stdout, /Every red tier is explained by a finding/);
});

test.run();
