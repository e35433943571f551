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
import { ACME_FORMAT, ACME_PANIC_LINE, acmeFormatAndPack, runInProcess, tree } from '../cli/fixtures.js';

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

/**
 * Cases on the user format acme-log (acmeFormatAndPack): one with no formats of its own, one whose
 * own format also reads PANIC lines (so acme-log must be tried first), one that defines acme-log again.
 */
function acmeCorpus(): string {
  const expected = (args: string[]): string => JSON.stringify({
    description: 'acme-disk-quota on a fatal line of the user format acme-log',
    args,
    findings: [{ rule: 'acme-disk-quota', classification: 'harness-defect', recipe: null, evidence: ['input/app.log:1'] }],
  });
  const panicLine = { ...ACME_FORMAT, name: 'panic-line', regex: '^(?<level>PANIC) (?<message>.*)$', literals: ['PANIC '], samples: [{ line: 'PANIC db: connection lost', level: 'fatal' }] };
  const withOwn = ['--formats', 'formats/own.json', 'input/app.log'];
  return tree({
    'fires/input/app.log': `${ACME_PANIC_LINE}\n`,
    'fires/expected.json': expected(['input/app.log']),
    'fires-beside-own-format/input/app.log': `${ACME_PANIC_LINE}\n`,
    'fires-beside-own-format/formats/own.json': JSON.stringify({ formats: [panicLine] }),
    'fires-beside-own-format/expected.json': expected(withOwn),
    'redefines-format/input/app.log': `${ACME_PANIC_LINE}\n`,
    'redefines-format/formats/own.json': JSON.stringify({ formats: [ACME_FORMAT] }),
    'redefines-format/expected.json': expected(withOwn),
  });
}

test('test-rules --formats: the packs may name its formats, and every case is scanned with them before its own', async () => {
  const { formats, pack } = acmeFormatAndPack();
  const corpus = acmeCorpus();
  const run = await runInProcess(['test-rules', corpus, '--case', 'fires', '--formats', formats, '--rules', pack]);
  assert.is(run.status, 0, run.stdout + run.stderr);
  assert.match(run.stdout, /^PASS fires$/m);
  assert.match(run.stdout, /^PASS fires-beside-own-format$/m);
  const redefined = await runInProcess(['test-rules', corpus, '--case', 'redefines', '--formats', formats, '--rules', pack]);
  assert.is(redefined.status, 1, redefined.stdout + redefined.stderr);
  assert.match(redefined.stdout, /^FAIL redefines-format\n {4}! .*own\.json: format acme-log: name: also defined in .*acme\.json$/m);
});

test('test-rules without --formats names the unknown format, and never reads the default directory', async () => {
  const { dir, formats, pack } = acmeFormatAndPack();
  const corpus = acmeCorpus();
  const env = { NO_COLOR: '1', REDFIX_FORMATS_DIR: path.dirname(formats) };
  for (const run of [await runInProcess(['test-rules', corpus, '--rules', pack]), await runInProcess(['test-rules', corpus, '--rules', pack], { env })]) {
    assert.is(run.status, 2, run.stdout + run.stderr);
    assert.match(run.stderr, 'events.panic.format: "acme-log" is not one of');
  }
  const broken = path.join(dir, 'broken.json');
  await fs.writeFile(broken, '{"formats": [');
  const refused = await runInProcess(['test-rules', corpus, '--formats', broken, '--rules', pack]);
  assert.is(refused.status, 2);
  assert.is(refused.stderr.split('\n').filter(Boolean).length, 1, refused.stderr);
  assert.match(refused.stderr, `${broken}: `);
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
