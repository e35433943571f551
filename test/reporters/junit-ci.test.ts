import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { cpSync } from 'node:fs';
import path from 'node:path';
import { parse as junit2json, type TestCase, type TestSuites } from 'junit2json';
import { ROOT, tempDir } from '../helpers.js';
import { junitSchemaErrors } from '../consumers.js';
import { GITEA_LINE, HARMLESS_LOG, rulePack, runInProcess, tree, userRule } from '../cli/fixtures.js';

async function junitOf(args: string[], cwd = ROOT): Promise<{ xml: string; status: number; doc: TestSuites }> {
  const run = await runInProcess(['-f', 'junit', ...args], { cwd });
  return { xml: run.stdout, status: run.status, doc: (await junit2json(run.stdout)) as TestSuites };
}

const cases = (doc: TestSuites): TestCase[] => (doc.testsuite ?? []).flatMap((s) => s.testcase ?? []);
const pairs = (doc: TestSuites) => cases(doc).map((c) => `${c.classname} :: ${c.name}`);
const failing = (c: TestCase) => (c.failure?.length ?? 0) + (c.error?.length ?? 0) > 0;

const SWEEP = 'corpus/redfix-canon-sweep/input';

test('the whole investigation: valid against the junit schema, parsed by junit2json, counts agree', async () => {
  const { xml, doc } = await junitOf(['--runs', SWEEP]);
  assert.equal(await junitSchemaErrors(xml), []);
  const all = cases(doc);
  assert.ok(all.length > 20);
  assert.is(doc.tests, all.length);
  assert.is(doc.failures, all.filter((c) => (c.failure?.length ?? 0) > 0).length);
});

test('the schema check is not vacuous: a case without classname and a report without cases are refused', async () => {
  const { xml } = await junitOf(['--runs', SWEEP]);
  assert.ok((await junitSchemaErrors(xml.replace(/ classname="[^"]*"/, ''))).length > 0);
  assert.ok((await junitSchemaErrors('<?xml version="1.0"?>\n<testsuites><testsuite name="x" tests="0"></testsuite></testsuites>\n')).length > 0);
  // One bad document among good ones is still caught when several are checked in one run.
  assert.ok((await junitSchemaErrors({ good: xml, bad: xml.replace(/ classname="[^"]*"/, ''), alsoGood: xml })).length > 0);
  assert.equal(await junitSchemaErrors({ good: xml, alsoGood: xml }), []);
});

test('(classname, name) pairs are unique, carry recipe and tier, and do not depend on how the runs were named', async () => {
  const relative = await junitOf(['--runs', SWEEP]);
  const absolute = await junitOf(['--runs', path.join(ROOT, SWEEP)]);
  const copy = tempDir();
  cpSync(path.join(ROOT, SWEEP), path.join(copy, 'elsewhere', 'input'), { recursive: true });
  const moved = await junitOf(['--runs', path.join('elsewhere', 'input')], copy);
  const names = pairs(relative.doc);
  assert.is(new Set(names).size, names.length, `repeated pairs: ${names.filter((n, i) => names.indexOf(n) !== i).join(', ')}`);
  assert.equal(pairs(absolute.doc), names);
  assert.equal(pairs(moved.doc), names);
  for (const name of names) assert.not.match(name, /corpus|\/work|^\//, name);
  // Names carry recipe and tier: the gitea promote failure and a gitea tier that passed.
  assert.ok(names.includes('canon-sweep-2026-06-16.gitea :: gitea promote: gitea-appini-readonly-jwt'), names.join('\n'));
  assert.ok(names.includes('canon-sweep-2026-06-16.gitea :: gitea install: passed'));
});

test('a green scan is not an empty report: a passing case per recipe × tier that passed, and the scan itself', async () => {
  const { xml, doc, status } = await junitOf(['corpus/clean-healthy-run/input']);
  assert.is(status, 0);
  assert.equal(await junitSchemaErrors(xml), []);
  const all = cases(doc);
  assert.ok(all.length > 1);
  assert.ok(all.every((c) => !failing(c)));
  assert.ok(all.some((c) => / install: passed$/.test(c.name ?? '')));
  const nothing = tree({ 'harmless.log': HARMLESS_LOG });
  const empty = await junitOf(['harmless.log'], nothing);
  assert.equal(await junitSchemaErrors(empty.xml), []);
  assert.equal(pairs(empty.doc), ['redfix-forensics :: scan']);
});

test('classifications outside --fail-on are passing cases with their finding in system-out', async () => {
  const strict = await junitOf(['--runs', SWEEP]);
  const lenient = await junitOf(['--fail-on', 'none', '--runs', SWEEP]);
  assert.is(lenient.status, 0);
  assert.ok(cases(strict.doc).some(failing));
  assert.equal(cases(lenient.doc).filter(failing), []);
  assert.is(lenient.doc.failures, 0);
  const gitea = cases(lenient.doc).find((c) => c.name === 'gitea promote: gitea-appini-readonly-jwt')!;
  assert.match(gitea['system-out']?.[0] ?? '', 'recipe-defect (not in --fail-on)');
  assert.equal(pairs(lenient.doc), pairs(strict.doc), 'the same cases, only their outcome differs');
  const onlyDefects = await junitOf(['--fail-on', 'recipe-defect', '--runs', SWEEP]);
  for (const c of cases(onlyDefects.doc).filter(failing)) assert.is(c.failure?.[0]?.type, 'recipe-defect');
});

test('an unreadable input is an error case of the scan, with the problem named', async () => {
  const dir = tree({ 'harmless.log': HARMLESS_LOG });
  const { xml, doc, status } = await junitOf(['harmless.log', 'missing.log'], dir);
  assert.is(status, 2);
  assert.equal(await junitSchemaErrors(xml), []);
  const scan = cases(doc).find((c) => c.name === 'scan')!;
  assert.match(scan.error?.[0]?.inner ?? '', 'missing.log: cannot read');
  assert.is(doc.errors, 1);
});

test('notices reach junit: in the scan case\'s output', async () => {
  const dir = tree({ 'run/gitea.log': `${GITEA_LINE}\n` });
  const pack = rulePack(userRule({ id: 'gitea-appini-readonly-jwt', scope: 'recipe', events: { m: { literals: ['read-only file system'] } }, condition: { exists: 'm' } }));
  const { xml, doc } = await junitOf(['--rules', pack, 'run'], dir);
  assert.equal(await junitSchemaErrors(xml), []);
  const scan = cases(doc).find((c) => c.name === 'scan')!;
  assert.match(scan['system-out']?.[0] ?? '', /note: rule gitea-appini-readonly-jwt from .* replaces the built-in rule/);
});

test.run();
