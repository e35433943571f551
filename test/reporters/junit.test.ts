import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  CADDY_IPS,
  FAILING_JUNIT,
  FAILING_JUNIT_NAME,
  GITEA_LINE,
  HARMLESS_LOG,
  caddyAskRefusedLog,
  rulePack,
  runInProcess,
  tree,
  userRule,
} from '../cli/fixtures.js';
import { jsonOutput } from '../json.js';
import { parseJunit } from '../../src/parsers/junit/parse.js';

const root = tree({
  'runA/services/gitea.log': `${GITEA_LINE}\n`,
  'runA/services/caddy.log': caddyAskRefusedLog(CADDY_IPS),
  [`runB/junit/${FAILING_JUNIT_NAME}`]: FAILING_JUNIT,
  'harmless.log': HARMLESS_LOG,
});

async function both(args: string[]) {
  const junit = await runInProcess(['--format', 'junit', ...args], { cwd: root });
  const json = jsonOutput(await runInProcess(['--format', 'json', ...args], { cwd: root }));
  return { junit, json, doc: parseJunit(junit.stdout) };
}

test('junit output parses back with our own junit parser, without errors', async () => {
  const { junit, doc } = await both(['runA', 'runB', 'harmless.log']);
  assert.is(junit.status, 1);
  assert.equal(doc.errors, []);
  assert.is(doc.root, 'testsuites');
  assert.is(doc.suites.length, 1);
});

test('a test case per recipe × finding, per unexplained failure, per tier that passed, and the scan; failures counted', async () => {
  const { doc, json } = await both(['runA', 'runB']);
  assert.ok(json.findings.length >= 2 && json.unexplained.length === 1);
  const passed = json.recipes.flatMap((r) => Object.values(r.tiers).filter((t) => t === 'pass')).length;
  assert.is(doc.cases.length, json.findings.length + json.unexplained.length + passed + 1);
  for (const f of json.findings) {
    const c = doc.cases.find((k) => k.classname === `${f.run}.${f.recipe}` && k.name?.includes(`: ${f.rule}`));
    assert.ok(c, `no case for ${f.rule} in ${f.run}.${f.recipe}`);
    assert.is(c.outcome, 'failed');
    assert.is(c.results[0].type, f.classification);
    assert.match(c.results[0].body ?? '', f.evidence[0].path.slice(`${f.run}/`.length));
  }
  const unexplained = doc.cases.find((k) => k.name?.includes('unexplained failure'));
  assert.ok(unexplained);
  assert.is(unexplained.classname, 'runB.mumble');
  assert.is(unexplained.outcome, 'failed');
  assert.is(unexplained.results[0].type, 'unexplained');
  const failed = doc.cases.filter((k) => k.outcome === 'failed').length;
  assert.is(failed, json.findings.length + json.unexplained.length);
  assert.is(Number(doc.suites[0].attributes.failures), failed);
  assert.is(Number(doc.suites[0].attributes.tests), doc.cases.length);
});

test('a benign finding is a passing case; nothing found is the scan case alone, never an empty suite', async () => {
  const pack = rulePack(userRule());
  const { doc, json } = await both(['--rules', pack, 'harmless.log']);
  assert.is(json.findings.length, 1);
  const hello = doc.cases.filter((c) => c.name?.includes('hello-user-rule'));
  assert.is(hello.length, 1);
  assert.is(hello[0].outcome, 'passed');
  assert.match(hello[0].systemOut ?? '', 'said hello to world');
  assert.is(doc.suites[0].attributes.failures, '0');

  const empty = await both(['harmless.log']);
  assert.equal(empty.doc.errors, []);
  assert.equal(empty.doc.cases.map((c) => c.name), ['scan']);
  assert.is(empty.doc.suites[0].attributes.tests, '1');
});

test('the failure body keeps its line breaks: root cause, fix, then the evidence', async () => {
  const { doc } = await both(['runA']);
  const gitea = doc.cases.find((k) => k.name?.includes(': gitea-appini-readonly-jwt'))!;
  const body = gitea.results[0].body ?? '';
  assert.not.match(body, '\\n', 'line breaks shown as a literal \\n');
  const lines = body.split('\n');
  assert.match(lines[0], 'gitea cannot save its generated JWT Secret');
  assert.ok(lines[1].startsWith('Fix: '));
  // Paths inside the run: the run is the case's classname.
  assert.ok(lines.includes(`services/gitea.log:1: ${GITEA_LINE}`), body);
  const caddy = doc.cases.find((k) => k.name?.includes(': caddy-ondemand-ask-rotating-refused'))!;
  assert.match(caddy.results[0].body ?? '', `services/caddy.log:1 (x${CADDY_IPS.length}): `);
});

test.run();
