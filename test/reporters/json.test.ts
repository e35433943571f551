import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { runCli } from '../helpers.js';
import {
  CADDY_IPS,
  GITEA_INFO_LINE,
  GITEA_LINE,
  HARMLESS_LOG,
  caddyAskRefusedLog,
  rulePack,
  runInProcess,
  tree,
  userRule,
  type InProcessOptions,
} from '../cli/fixtures.js';
import { fieldOf, jsonOutput } from '../json.js';
import { TOOL_NAME, TOOL_VERSION } from '../../src/version.js';
import { RULESET_VERSION } from '../../src/rules/index.js';
import { CLASSIFICATIONS, SEVERITIES } from '../../src/rules/types.js';
import type { Finding } from '../../src/engine/findings.js';

// The JSON contract, version 1 (issue "The command line… and the output contract").

const json = async (args: string[], options: InProcessOptions = {}) => {
  const run = await runInProcess(['--format', 'json', ...args], options);
  return { ...run, result: jsonOutput(run) };
};

// Two runs: runA holds a gitea recipe (service log) and bluesky-pds (Caddy), runB gitea only.
const root = tree({
  'runA/services/gitea.log': `${GITEA_LINE}\n`,
  'runA/services/caddy.log': caddyAskRefusedLog(CADDY_IPS),
  'runB/gitea.log': `${GITEA_INFO_LINE}\n${GITEA_LINE}\n`,
  'loose/harmless.log': HARMLESS_LOG,
});

test('top level: version, tool {name, version, rules}, runs, inputs, findings, unexplained, recipes', async () => {
  const { result, status } = await json(['runA'], { cwd: root });
  assert.is(status, 1);
  for (const key of ['version', 'tool', 'runs', 'inputs', 'findings', 'unexplained', 'recipes']) assert.ok(key in result, `missing ${key}`);
  assert.is(result.version, 1);
  assert.equal(result.tool, { name: TOOL_NAME, version: TOOL_VERSION, rules: RULESET_VERSION });
  const lists = [result.runs, result.inputs, result.findings, result.unexplained, result.recipes];
  assert.ok(lists.every((list) => Array.isArray(list)));
  assert.equal(result.runs.map((r) => r.id), ['runA']);
  assert.equal(result.inputs.map((i) => i.path), ['runA/services/caddy.log', 'runA/services/gitea.log']);
});

test('each finding carries the contract fields with their types', async () => {
  const { result } = await json(['runA', 'runB'], { cwd: root });
  assert.ok(result.findings.length >= 3);
  for (const f of result.findings) {
    for (const key of ['id', 'rule', 'title', 'classification', 'severity', 'confidence', 'run', 'recipe', 'tier', 'test', 'rootCause', 'fix', 'evidence', 'why']) assert.ok(key in f, `finding lacks ${key}`);
    for (const key of ['id', 'rule', 'title', 'run', 'rootCause', 'fix']) assert.type(fieldOf(f, key), 'string');
    assert.ok((CLASSIFICATIONS as readonly string[]).includes(f.classification), f.classification);
    assert.ok((SEVERITIES as readonly string[]).includes(f.severity), f.severity);
    assert.ok(['error', 'warning', 'info'].includes(f.severity));
    assert.type(f.confidence, 'number');
    assert.ok(f.confidence >= 0 && f.confidence <= 1, `confidence ${f.confidence}`);
    for (const key of ['recipe', 'tier', 'test']) {
      const value = fieldOf(f, key);
      assert.ok(value === null || typeof value === 'string', `${key}: ${String(value)}`);
    }
    assert.ok(f.evidence.length > 0);
    for (const e of f.evidence) {
      assert.type(e.path, 'string');
      assert.ok(Number.isInteger(e.line) && e.line >= 1, `line ${e.line}`);
      assert.type(e.text, 'string');
      for (const key of Object.keys(e)) assert.ok(['path', 'line', 'text', 'ts', 'count', 'values'].includes(key), `unexpected evidence field ${key}`);
      if ('ts' in e) assert.ok(typeof e.ts === 'string' && !Number.isNaN(Date.parse(e.ts)), `ts ${e.ts}`);
      if ('count' in e) assert.ok(typeof e.count === 'number' && Number.isInteger(e.count) && e.count > 1);
      if ('values' in e) {
        assert.ok(e.values, 'values is an object');
        for (const list of Object.values(e.values)) {
          assert.ok(Array.isArray(list) && list.every((v) => typeof v === 'string'));
        }
      }
    }
    assert.ok(f.why.length > 0);
    for (const w of f.why) {
      assert.type(w.condition, 'string');
      assert.type(w.matched, 'number');
      assert.type(w.detail, 'string');
    }
  }
  const gitea = result.findings.find((f) => f.rule === 'gitea-appini-readonly-jwt' && f.run === 'runA');
  assert.ok(gitea);
  assert.is(gitea.classification, 'recipe-defect');
  assert.is(gitea.severity, 'error');
  assert.is(gitea.recipe, 'gitea');
  assert.match(gitea.rootCause, 'JWT Secret');
  assert.match(gitea.rootCause, '/etc/gitea/app.ini');
});

test('paths: as named on the command line joined with the path inside a scanned dir', async () => {
  const relative = (await json(['runA', 'loose/harmless.log'], { cwd: root })).result;
  const paths = relative.inputs.map((i) => i.path).sort();
  assert.equal(paths, ['loose/harmless.log', 'runA/services/caddy.log', 'runA/services/gitea.log']);
  const evidencePaths = relative.findings.flatMap((f) => f.evidence.map((e) => e.path));
  assert.ok(evidencePaths.includes('runA/services/gitea.log'));

  const absolute = (await json([path.join(root, 'runB')])).result;
  assert.equal(absolute.inputs.map((i) => i.path), [path.join(root, 'runB', 'gitea.log')]);
  assert.is(absolute.findings[0].evidence[0].path, path.join(root, 'runB', 'gitea.log'));
  assert.is(absolute.findings[0].evidence[0].line, 2);
  assert.is(absolute.findings[0].run, path.join(root, 'runB'));
});

test('stdin is `-`, in inputs, runs and evidence', () => {
  for (const args of [['-'], []]) {
    const run = runCli(['--format', 'json', ...args], { input: `${GITEA_LINE}\n` });
    const { status } = run;
    const result = jsonOutput(run);
    assert.is(status, 1);
    assert.equal(result.inputs.map((i) => i.path), ['-']);
    assert.equal(result.runs.map((r) => r.paths), [['-']]);
    assert.is(result.findings[0].evidence[0].path, '-');
    assert.is(result.findings[0].evidence[0].line, 1);
  }
});

test('deterministic: two runs give byte-identical output, in every format', async () => {
  for (const format of ['json', 'ndjson', 'sarif', 'junit', 'markdown', 'table']) {
    const args = ['--format', format, 'runA', 'runB', 'loose/harmless.log'];
    const first = await runInProcess(args, { cwd: root });
    const second = await runInProcess(args, { cwd: root });
    assert.ok(first.stdout.length > 0, format);
    assert.is(second.stdout, first.stdout, `${format} differs between two runs`);
  }
  // And across processes: the binary itself, twice, and the in-process run agree.
  const args = ['--format', 'json', 'runB', 'runA', 'loose/harmless.log'];
  const first = runCli(args, { cwd: root });
  assert.is(runCli(args, { cwd: root }).stdout, first.stdout);
  assert.is((await runInProcess(args, { cwd: root })).stdout, first.stdout, 'in-process and spawned output differ');
});

test('findings are sorted by run, recipe, path, line, rule', async () => {
  // Same run and recipe: a user rule on line 1 sorts before the built-in on line 2 (line beats
  // rule id), and a user rule on the built-in's line sorts by rule id.
  const dir = tree({ 'runC/gitea.log': `${GITEA_INFO_LINE}\n${GITEA_LINE}\n` });
  const pack = rulePack([
    userRule({ id: 'zz-early-line', scope: 'recipe', classification: 'harness-defect', severity: 'warning', events: { m: { literals: ['zzz early marker'] } }, condition: { exists: 'm' }, rootCause: 'early' }),
    userRule({ id: 'aa-same-line', scope: 'recipe', classification: 'harness-defect', severity: 'warning', events: { m: { literals: ['Unable to load settings'] } }, condition: { exists: 'm' }, rootCause: 'same' }),
  ]);
  const { result } = await json(['--rules', pack, 'runA', 'runB', path.join(dir, 'runC')], { cwd: root });
  const key = (f: Finding) =>
    [f.run, f.recipe ?? '', f.evidence[0].path, String(f.evidence[0].line).padStart(10, '0'), f.rule];
  const keys = result.findings.map(key);
  const sorted = [...keys].sort((a, b) => {
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
    return 0;
  });
  assert.equal(keys, sorted);
  const runC = result.findings.filter((f) => f.run === path.join(dir, 'runC')).map((f) => f.rule);
  assert.equal(runC, ['zz-early-line', 'aa-same-line', 'gitea-appini-readonly-jwt']);
  const runA = result.findings.filter((f) => f.run === 'runA').map((f) => f.recipe);
  assert.equal(runA, [...runA].sort());
  assert.ok(runA.includes('bluesky-pds') && runA.includes('gitea'));
});

test('repeated evidence is folded with a count, and the distinct values survive (Caddy ask refused at rotating IPs)', async () => {
  const { result } = await json(['runA'], { cwd: root });
  const caddy = result.findings.find((f) => f.rule === 'caddy-ondemand-ask-rotating-refused');
  assert.ok(caddy, 'caddy-ondemand-ask-rotating-refused did not fire');
  assert.is(caddy.recipe, 'bluesky-pds');
  assert.is(caddy.run, 'runA');
  const folded = caddy.evidence.find((e) => e.path === 'runA/services/caddy.log');
  assert.ok(folded);
  assert.is(folded.line, 1);
  assert.is(folded.count, CADDY_IPS.length);
  const ips = [...new Set(CADDY_IPS)].sort();
  assert.ok(folded.values, 'the folded evidence keeps its values');
  assert.equal([...folded.values.dialHost].sort(), ips);
  for (const ip of ips) assert.match(caddy.rootCause, ip);
  assert.match(caddy.rootCause, 'app:3000');
});

test('.gz inputs are read transparently', async () => {
  const dir = tree({ 'g.log.gz': gzipSync(`${GITEA_LINE}\n`) });
  const { result, status } = await json(['g.log.gz'], { cwd: dir });
  assert.is(status, 1);
  assert.is(result.inputs[0].path, 'g.log.gz');
  assert.is(result.findings[0].rule, 'gitea-appini-readonly-jwt');
  assert.is(result.findings[0].evidence[0].text, GITEA_LINE);
});

test('a harmless log: no findings, no unexplained failures, exit 0', async () => {
  const { result, status } = await json(['loose/harmless.log'], { cwd: root });
  assert.is(status, 0);
  assert.equal(result.findings, []);
  assert.equal(result.unexplained, []);
  assert.is(result.inputs[0].events >= 0, true);
});

test.run();
