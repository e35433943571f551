import { test } from 'uvu';
import { ROOT } from '../helpers.js';
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
import { fieldOf, jsonOutput, parseJson, parseJsonLines } from '../json.js';

/** An ndjson record: its type, then the fields of what it carries. */
type NdjsonRecord = { type: string } & Record<string, unknown>;

/** A record without its `type`: what the JSON contract holds in its place. */
function withoutType(record: NdjsonRecord): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([key]) => key !== 'type'));
}

const root = tree({
  'runA/services/gitea.log': `${GITEA_LINE}\n`,
  'runA/services/caddy.log': caddyAskRefusedLog(CADDY_IPS),
  [`runB/junit/${FAILING_JUNIT_NAME}`]: FAILING_JUNIT,
  'harmless.log': HARMLESS_LOG,
});

test('ndjson: one JSON record per line: a header, then run, input, finding, recipe, unexplained and notice records', async () => {
  const { stdout, status } = await runInProcess(['--format', 'ndjson', 'runA', 'runB', 'harmless.log'], { cwd: root });
  assert.is(status, 1);
  assert.ok(stdout.endsWith('\n'));
  const lines = stdout.slice(0, -1).split('\n');
  const records = lines.map((line) => {
    assert.not.match(line, /\n/);
    return parseJson<NdjsonRecord>(line);
  });
  for (const r of records) assert.ok(['header', 'run', 'finding', 'recipe', 'unexplained', 'error-seen', 'input', 'notice'].includes(r.type), `type ${r.type}`);
  assert.is(records[0].type, 'header', 'the header comes first');
  assert.is(records.filter((r) => r.type === 'header').length, 1);

  // The same content as the JSON contract, record for record.
  const whole = jsonOutput(await runInProcess(['--format', 'json', 'runA', 'runB', 'harmless.log'], { cwd: root }));
  const strip = (type: string) => records.filter((r) => r.type === type).map(withoutType);
  assert.equal(strip('header'), [{ version: whole.version, tool: whole.tool }]);
  assert.equal(strip('run'), whole.runs);
  assert.equal(strip('input'), whole.inputs);
  assert.equal(strip('finding'), whole.findings);
  assert.equal(strip('recipe'), whole.recipes);
  assert.equal(strip('unexplained'), whole.unexplained);
  assert.ok(whole.findings.length >= 2 && whole.unexplained.length === 1 && whole.inputs.length === 4);
});

test('ndjson: nothing to report is the header, the run and an input record per input', async () => {
  const { stdout, status } = await runInProcess(['--format', 'ndjson', 'harmless.log'], { cwd: root });
  assert.is(status, 0);
  const records = parseJsonLines<NdjsonRecord>(stdout);
  assert.equal(records.map((r) => r.type), ['header', 'run', 'input']);
  assert.is(records[2].path, 'harmless.log');
});

test('ndjson: every top-level field of the JSON contract has its record type', async () => {
  const RECORDS: Record<string, string> = {
    version: 'header',
    tool: 'header',
    runs: 'run',
    inputs: 'input',
    findings: 'finding',
    recipes: 'recipe',
    unexplained: 'unexplained',
    errorsSeen: 'error-seen',
    notices: 'notice',
    history: 'history',
  };
  const args = ['corpus/clean-healthy-run/input', 'corpus/gitea-warm-advance-appini-readonly/input'];
  const whole = jsonOutput(await runInProcess(['--format', 'json', ...args], { cwd: ROOT }));
  assert.equal(Object.keys(whole).filter((key) => !RECORDS[key]), [], 'a field of the contract has no ndjson record');
  const records = parseJsonLines<NdjsonRecord>((await runInProcess(['--format', 'ndjson', ...args], { cwd: ROOT })).stdout);
  for (const key of Object.keys(whole)) {
    const field = fieldOf(whole, key);
    const count = Array.isArray(field) ? field.length : 1;
    assert.is(records.filter((r) => r.type === RECORDS[key]).length, key === 'version' || key === 'tool' ? 1 : count, key);
  }
});

test('ndjson: notices are records (a user rule replacing a built-in)', async () => {
  const pack = rulePack(userRule({ id: 'gitea-appini-readonly-jwt', scope: 'recipe', events: { m: { literals: ['read-only file system'] } }, condition: { exists: 'm' } }));
  const { stdout } = await runInProcess(['--format', 'ndjson', '--rules', pack, 'runA'], { cwd: root });
  const notices = parseJsonLines<NdjsonRecord & { message: string }>(stdout).filter((r) => r.type === 'notice');
  assert.is(notices.length, 1);
  assert.match(notices[0].message, 'replaces the built-in rule');
});

test.run();
