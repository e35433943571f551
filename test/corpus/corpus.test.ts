import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { testRules, type TestRulesOutcome } from '../../src/commands/test-rules.js';
import { analyze } from '../../src/analyze.js';
import { loadFormats } from '../../src/parsers/user/load.js';
import { loadRules } from '../../src/rule-packs/load.js';
import type { ExpectedCase } from '../../src/corpus/expected.js';
import { ROOT, runCli } from '../helpers.js';

const CORPUS = path.join(ROOT, 'corpus');
// Computed once and awaited by each test (not in a `before` hook: uvu skips a suite whose hook
// throws without failing it, which would hide a crash).
let pending: Promise<TestRulesOutcome> | undefined;
const corpusOutcome = () => (pending ??= testRules(path.relative(process.cwd(), CORPUS) || CORPUS, { mutate: true }));

test('every corpus case passes: findings exhaustive, unexplained and verdicts as expected', async () => {
  const outcome = await corpusOutcome();
  const failed = outcome.cases.filter((c) => !c.ok);
  assert.equal(failed.map((c) => `${c.name}: ${[...c.missing.map((m) => `missing ${m}`), ...c.unexpected.map((u) => `unexpected ${u}`), ...c.other].join('; ')}`), []);
  assert.ok(outcome.cases.length >= 25, `only ${outcome.cases.length} cases`);
});

test('every rule has a case where it fires and a near-miss case where it stays quiet', async () => {
  assert.equal((await corpusOutcome()).uncovered, []);
});

test('mutation check: dropping any condition of any rule makes some case fail', async () => {
  assert.equal((await corpusOutcome()).untested, []);
});

test('`redfix-forensics test-rules` exits 0 on the shipped corpus and prints a line per case', () => {
  const run = runCli(['test-rules']);
  assert.is(run.status, 0, run.stdout + run.stderr);
  assert.match(run.stdout, /^PASS mattermost-lts-restore-relation-missing$/m);
  assert.match(run.stdout, /cases: \d+ passed, 0 failed/);
});

test('test-rules fails, showing missing and unexpected side by side, when a case expects what does not happen', async () => {
  const dir = path.join(ROOT, 'dist', 'test-tmp', 'broken-corpus');
  await fs.rm(dir, { recursive: true, force: true });
  await fs.cp(path.join(CORPUS, 'gitea-advance-leftover-already-deployed'), path.join(dir, 'case'), { recursive: true });
  const expected = JSON.parse(await fs.readFile(path.join(dir, 'case', 'expected.json'), 'utf8')) as ExpectedCase;
  expected.findings[0].rule = 'gitea-appini-readonly-jwt';
  await fs.writeFile(path.join(dir, 'case', 'expected.json'), JSON.stringify(expected));
  const run = runCli(['test-rules', dir]);
  assert.is(run.status, 1);
  assert.match(run.stdout, /FAIL case/);
  assert.match(run.stdout, /- missing: +gitea-appini-readonly-jwt/);
  assert.match(run.stdout, /\+ unexpected: already-deployed-on-promote/);
});

test('test-rules checks rootCauseIncludes and rootCauseExcludes of a matched finding', async () => {
  const dir = path.join(ROOT, 'dist', 'test-tmp', 'root-cause-corpus');
  await fs.rm(dir, { recursive: true, force: true });
  await fs.cp(path.join(CORPUS, 'gitea-warm-advance-appini-readonly'), path.join(dir, 'case'), { recursive: true });
  const expected = JSON.parse(await fs.readFile(path.join(dir, 'case', 'expected.json'), 'utf8')) as ExpectedCase;
  expected.findings[0].rootCauseIncludes = ['read-only file system', 'a sentence no rule writes'];
  expected.findings[0].rootCauseExcludes = ['crash-loops'];
  await fs.writeFile(path.join(dir, 'case', 'expected.json'), JSON.stringify(expected));
  const run = runCli(['test-rules', dir]);
  assert.is(run.status, 1);
  assert.match(run.stdout, /FAIL case/);
  assert.match(run.stdout, /! gitea-appini-readonly-jwt gitea\/promote: root cause lacks "a sentence no rule writes"/);
  assert.match(run.stdout, /! gitea-appini-readonly-jwt gitea\/promote: root cause says "crash-loops", which its evidence does not show/);
  assert.not.match(run.stdout, /lacks "read-only file system"/);
});

test('the fast path (byte prefilter) and the full-grammar path produce identical results on every case', async () => {
  const rules = await loadRules();
  for (const name of (await fs.readdir(CORPUS)).sort()) {
    const dir = path.join(CORPUS, name);
    const expected = JSON.parse(await fs.readFile(path.join(dir, 'expected.json'), 'utf8')) as ExpectedCase;
    const args = expected.args ?? ['input'];
    const paths: string[] = [];
    const runsDirs: string[] = [];
    const formatFiles: string[] = [];
    for (let i = 0; i < args.length; i++) {
      if (args[i] === '--runs') runsDirs.push(path.join(dir, args[++i]));
      else if (args[i] === '--formats') formatFiles.push(path.join(dir, args[++i]));
      else if (args[i].startsWith('--')) i++;
      else paths.push(path.join(dir, args[i]));
    }
    const formats = await loadFormats(formatFiles);
    const fast = await analyze({ paths, runsDirs, rules, formats });
    const full = await analyze({ paths, runsDirs, rules, formats, fullGrammar: true });
    assert.equal(full, fast, `fast and full-grammar paths differ on ${name}`);
  }
});

test.run();
