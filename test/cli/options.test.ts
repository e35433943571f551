import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT, runCli } from '../helpers.js';
import {
  CADDY_IPS,
  FAILING_JUNIT,
  FAILING_JUNIT_NAME,
  GITEA_LINE,
  HARMLESS_LOG,
  caddyAskRefusedLog,
  runInProcess,
  tree,
} from './fixtures.js';
import { jsonOutput, parseJson } from '../json.js';
import { RULESET_VERSION } from '../../src/rules/index.js';

const root = tree({
  'runA/services/gitea.log': `${GITEA_LINE}\n`,
  'runA/services/caddy.log': caddyAskRefusedLog(CADDY_IPS),
  [`runA/junit/${FAILING_JUNIT_NAME}`]: FAILING_JUNIT,
  'runs/r1/gitea.log': `${GITEA_LINE}\n`,
  'runs/r2/harmless.log': HARMLESS_LOG,
  'runs/not-a-dir.log': HARMLESS_LOG,
  'gitea.log.gz': gzipSync(`${GITEA_LINE}\n`),
  'harmless.log': HARMLESS_LOG,
});

const json = async (args: string[], input?: string) => {
  const run = await runInProcess(['--format', 'json', ...args], { cwd: root, input });
  return { status: run.status, stderr: run.stderr, result: jsonOutput(run) };
};
const rules = (result: { findings: Array<{ rule: string }> }) => result.findings.map((f) => f.rule);

test('--recipe keeps only those recipes (comma list, repeatable)', async () => {
  const all = await json(['runA']);
  assert.equal(rules(all.result).sort(), ['caddy-ondemand-ask-rotating-refused', 'gitea-appini-readonly-jwt']);
  assert.equal(all.result.unexplained.map((u) => u.recipe), ['mumble']);

  const gitea = await json(['--recipe', 'gitea', 'runA']);
  assert.equal(rules(gitea.result), ['gitea-appini-readonly-jwt']);
  assert.equal(gitea.result.unexplained, []);
  assert.equal(gitea.result.recipes.map((r) => r.recipe), ['gitea']);

  const two = await json(['--recipe', 'gitea,mumble', 'runA']);
  assert.equal(rules(two.result), ['gitea-appini-readonly-jwt']);
  assert.is(two.result.unexplained.length, 1);
  assert.equal((await json(['--recipe', 'gitea', '--recipe', 'mumble', 'runA'])).result, two.result);

  const none = await json(['--recipe', 'bluesky-pds', '--fail-on', 'unexplained', 'runA']);
  assert.is(none.status, 0, 'the unexplained mumble failure was filtered out');
});

test('--tier keeps only those tiers', async () => {
  const custom = await json(['--tier', 'custom', 'runA']);
  assert.equal(custom.result.unexplained.map((u) => u.tier), ['custom']);
  assert.ok(custom.result.findings.every((f) => f.tier === 'custom' || (f.tiers ?? []).includes('custom')));
  const promote = await json(['--tier', 'promote', 'runA']);
  assert.equal(promote.result.unexplained, []);
  assert.is(promote.status, promote.result.findings.length > 0 ? 1 : 0);
});

test('a --recipe or --tier value that matches in no run is an error naming it (exit 2); one that matches in some runs is fine', async () => {
  const recipe = await runInProcess(['--recipe', 'nosuch', 'runA'], { cwd: root });
  assert.is(recipe.status, 2);
  assert.match(recipe.stderr, '--recipe nosuch: no run has this recipe');
  assert.match(recipe.stderr, 'gitea');
  assert.is(recipe.stdout, '', 'no report that would look green');
  const tier = await runInProcess(['--tier', 'instal', 'runA'], { cwd: root });
  assert.is(tier.status, 2);
  assert.match(tier.stderr, '--tier instal: no run has this tier');
  // gitea is in runs/r1 only, not in runs/r2: fine.
  const some = await json(['--recipe', 'gitea', '--runs', 'runs']);
  assert.is(some.status, 1);
  assert.equal(rules(some.result), ['gitea-appini-readonly-jwt']);
});

test('-o - writes to stdout, not to a file named "-"', async () => {
  const dir = tree({ 'run/gitea.log': `${GITEA_LINE}\n` });
  const out = await runInProcess(['-f', 'json', '-o', '-', 'run'], { cwd: dir });
  assert.is(jsonOutput(out).findings.length, 1);
  assert.not.ok(existsSync(path.join(dir, '-')));
});

test('a mistyped command suggests the closest one instead of reading a missing file', async () => {
  const typo = await runInProcess(['expalin', 'gitea-appini-readonly-jwt'], { cwd: root });
  assert.is(typo.status, 2);
  assert.match(typo.stderr, 'did you mean `redfix-forensics explain`?');
  const listing = await runInProcess(['rule', 'list'], { cwd: root });
  assert.match(listing.stderr, 'did you mean `redfix-forensics rules`?');
  // A missing path far from any command stays an unreadable input.
  const missing = await runInProcess(['no-such-run-directory'], { cwd: root });
  assert.not.match(missing.stderr, 'did you mean');
  assert.match(missing.stderr, 'no-such-run-directory: cannot read');
});

test('--disable-rule drops a rule; an unknown id is a usage error', async () => {
  const disabled = await json(['--disable-rule', 'gitea-appini-readonly-jwt', 'runs/r1']);
  assert.equal(disabled.result.findings, []);
  // Without its rule the crash loop is still failure evidence: unexplained, never green.
  assert.equal(disabled.result.recipes.map((r) => r.verdict), ['unexplained']);
  assert.is(disabled.status, 1);
  const both = await json(['--disable-rule', 'gitea-appini-readonly-jwt,caddy-ondemand-ask-rotating-refused', '--recipe', 'gitea,bluesky-pds', 'runA']);
  assert.equal(both.result.findings, []);
  const unknown = await runInProcess(['--disable-rule', 'no-such-rule', 'runA'], { cwd: root });
  assert.is(unknown.status, 2);
  assert.match(unknown.stderr, 'no-such-rule');
});

test('--output <file>: the report goes to the file, byte for byte what stdout would get', async () => {
  const out = path.join(tree({}), 'triage.json');
  const written = await runInProcess(['--format', 'json', '--output', out, 'runA'], { cwd: root });
  assert.is(written.stdout, '');
  assert.is(written.status, 1, 'the exit code does not depend on where the report goes');
  assert.is(readFileSync(out, 'utf8'), (await runInProcess(['--format', 'json', 'runA'], { cwd: root })).stdout);
});

test('--output into a directory that does not exist: one line naming it, exit 2', async () => {
  const { status, stderr } = await runInProcess(['--output', '/no/such/dir/triage.txt', 'runA'], { cwd: root });
  assert.is(status, 2);
  assert.is(stderr, 'redfix-forensics: --output /no/such/dir/triage.txt: cannot write: ENOENT\n');
});

test('--version: the tool and the rule-set versions', async () => {
  const pkg = parseJson<{ version: string }>(readFileSync(path.join(ROOT, 'package.json'), 'utf8'), 'package.json');
  const expected = `redfix-forensics ${pkg.version} (rules ${RULESET_VERSION})`;
  const { stdout, status } = runCli(['--version']);
  assert.is(status, 0);
  assert.is(stdout.trim(), expected);
  assert.is((await runInProcess(['-V'])).stdout.trim(), expected);
});

test('--help shows an example of each use', () => {
  const { stdout, status } = runCli(['--help']);
  assert.is(status, 0);
  const examples = stdout.slice(stdout.indexOf('Examples:'));
  assert.ok(examples.length > 10, 'no Examples section');
  for (const use of [
    /\| redfix-forensics /, / - /, /\.gz/, /--runs /, /redfix-forensics \S+\/ \S+\/ /,
    /-f sarif|--format sarif/, /-f junit|--format junit/, /-f markdown|--format markdown/, /-f ndjson|--format ndjson/, /--format json|-f json/,
    /-o |--output /, /--fail-on /, /--recipe /, /--tier /, /--rules /, /--disable-rule /, /--formats /, /--tz /,
    /rules list/, /test-rules/, / parse /, / explain /, /draft-rule/, /--version/,
  ]) assert.match(examples, use);
  assert.match(stdout, /Exit status: 0 .* 1 .*\n2 /);
});

test('scan --help shows the scan options and the examples', async () => {
  const { stdout, status } = await runInProcess(['scan', '--help']);
  assert.is(status, 0);
  for (const option of ['--format', '--output', '--fail-on', '--recipe', '--tier', '--rules', '--disable-rule', '--formats', '--runs', '--tz']) assert.match(stdout, option);
  assert.match(stdout, 'Examples:');
});

test('stdin: `-`, and piping with no arguments', () => {
  for (const args of [['-'], []]) {
    const run = runCli(['--format', 'json', ...args], { input: `${GITEA_LINE}\n` });
    const result = jsonOutput(run);
    assert.is(run.status, 1);
    assert.equal(rules(result), ['gitea-appini-readonly-jwt']);
    assert.equal(result.runs.map((r) => r.id), ['-']);
  }
});

test('.gz is read transparently, from a file and from stdin', async () => {
  const file = await runInProcess(['--format', 'json', 'gitea.log.gz'], { cwd: root });
  assert.equal(rules(jsonOutput(file)), ['gitea-appini-readonly-jwt']);
  const piped = runCli(['--format', 'json'], { input: gzipSync(`${GITEA_LINE}\n`) });
  assert.equal(rules(jsonOutput(piped)), ['gitea-appini-readonly-jwt']);
});

test('--runs <dir>: each subdirectory is a run (loose files in it are not)', async () => {
  const { result } = await json(['--runs', 'runs']);
  assert.equal(result.runs.map((r) => r.id), ['runs/r1', 'runs/r2']);
  assert.equal(result.findings.map((f) => f.run), ['runs/r1']);
  assert.equal(result.inputs.map((i) => i.path), ['runs/r1/gitea.log', 'runs/r2/harmless.log']);
});

test('several directories are several runs', async () => {
  const { result } = await json(['runs/r1', 'runs/r2', 'runA']);
  assert.equal(result.runs.map((r) => r.id).sort(), ['runA', 'runs/r1', 'runs/r2']);
  const byRun = new Set(result.findings.map((f) => f.run));
  assert.ok(byRun.has('runA') && byRun.has('runs/r1'));
});

test('loose files and stdin form one run', async () => {
  const { result } = await json(['harmless.log', 'gitea.log.gz', '-'], `${GITEA_LINE}\n`);
  assert.is(result.runs.length, 1);
  assert.equal([...result.runs[0].paths].sort(), ['-', 'gitea.log.gz', 'harmless.log']);
  const { id } = result.runs[0];
  assert.equal(result.inputs.map((i) => i.run), [id, id, id]);
  const evidence = result.findings.flatMap((f) => f.evidence.map((e) => e.path)).sort();
  assert.equal(evidence, ['-', 'gitea.log.gz']);
});

test.run();
