import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { CADDY_IPS, FAILING_JUNIT, FAILING_JUNIT_NAME, GITEA_LINE, HARMLESS_LOG, caddyAskRefusedLog, runInProcess, tree } from '../cli/fixtures.js';

const root = tree({
  'runA/services/gitea.log': `${GITEA_LINE}\n`,
  'runA/services/caddy.log': caddyAskRefusedLog(CADDY_IPS),
  [`runB/junit/${FAILING_JUNIT_NAME}`]: FAILING_JUNIT,
  'harmless.log': HARMLESS_LOG,
});

test('ndjson: one JSON record per line, each typed finding, recipe, unexplained or input', async () => {
  const { stdout, status } = await runInProcess(['--format', 'ndjson', 'runA', 'runB', 'harmless.log'], { cwd: root });
  assert.is(status, 1);
  assert.ok(stdout.endsWith('\n'));
  const lines = stdout.slice(0, -1).split('\n');
  const records = lines.map((line) => {
    assert.not.match(line, /\n/);
    return JSON.parse(line) as { type: string; [key: string]: unknown };
  });
  for (const r of records) assert.ok(['finding', 'recipe', 'unexplained', 'input'].includes(r.type), `type ${r.type}`);

  // The same content as the JSON contract, record for record.
  const whole = JSON.parse((await runInProcess(['--format', 'json', 'runA', 'runB', 'harmless.log'], { cwd: root })).stdout);
  const strip = (type: string) => records.filter((r) => r.type === type).map(({ type: _type, ...rest }) => rest);
  assert.equal(strip('input'), whole.inputs);
  assert.equal(strip('finding'), whole.findings);
  assert.equal(strip('recipe'), whole.recipes);
  assert.equal(strip('unexplained'), whole.unexplained);
  assert.ok(whole.findings.length >= 2 && whole.unexplained.length === 1 && whole.inputs.length === 4);
});

test('ndjson: nothing to report is an input record per input', async () => {
  const { stdout, status } = await runInProcess(['--format', 'ndjson', 'harmless.log'], { cwd: root });
  assert.is(status, 0);
  const records = stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(records.map((r) => r.type), ['input']);
  assert.is(records[0].path, 'harmless.log');
});

test.run();
