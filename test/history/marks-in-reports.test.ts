import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { appendFileSync, cpSync } from 'node:fs';
import path from 'node:path';
import { parse as junit2json, type TestCase, type TestSuites } from 'junit2json';
import { ROOT, tempDir } from '../helpers.js';
import { runInProcess } from '../cli/fixtures.js';
import { jsonOutput } from '../json.js';
import { junitSchemaErrors, sarifMultitoolValidate, sarifSchemaErrors } from '../consumers.js';
import type { SarifLog, SarifResult } from '../sarif-log.js';
import type { AnalysisResult } from '../../src/result.js';
import { sarifReporter } from '../../src/reporters/sarif.js';
import { junitReporter } from '../../src/reporters/junit.js';

// SARIF and junit carry the history mark of each finding and unexplained failure, as the table,
// markdown, html and JSON do. SQLite only: the marks are the same over PostgreSQL
// (storage.test.ts); what is tested here is how each format carries them.

const GITEA = path.join(ROOT, 'corpus', 'gitea-leftover-then-crash-across-runs', 'input');
/** The green run is recorded under a hostile name: every mark names it, so the mark is untrusted text. */
const GREEN = 'input/ci-warm <gitea> & "x" \x1b[31m';
const GREEN_SHOWN = 'input/ci-warm <gitea> & "x" \\x1b[31m';
const CRASH = 'input/redfix-gitea2';
/** The same crash in another run (one byte more in its log, so another identity): seen before. */
const AGAIN = 'input/redfix-gitea3';
const RULE = 'gitea-appini-readonly-jwt';

interface Scene {
  cwd: string;
  /** The crash's first scan, new since the green run; the same crash again, seen before; and without the history. */
  first: SarifLog;
  again: SarifLog;
  againJson: AnalysisResult;
  junit: string;
  lenientJunit: string;
  plainSarif: SarifLog;
  plainJunit: string;
}

async function cli(cwd: string, args: string[]): Promise<string> {
  const run = await runInProcess(args, { cwd });
  assert.ok(run.status === 0 || run.status === 1, `${args.join(' ')} exited ${run.status}: ${run.stderr}`);
  return run.stdout;
}

/** The green run, then the crash, then the crash again, each scanned with one history, as CI would. */
async function buildScene(): Promise<Scene> {
  const cwd = tempDir('redfix-marks-');
  cpSync(path.join(GITEA, 'ci-warm-gitea'), path.join(cwd, GREEN), { recursive: true });
  cpSync(path.join(GITEA, 'redfix-gitea2'), path.join(cwd, CRASH), { recursive: true });
  cpSync(path.join(GITEA, 'redfix-gitea2'), path.join(cwd, AGAIN), { recursive: true });
  appendFileSync(path.join(cwd, AGAIN, 'gitea', 'run.log'), '\n');
  const history = ['--history', 'history.db'];
  await cli(cwd, [...history, GREEN, '-f', 'json']);
  const sarif = async (args: string[]) => jsonOutput<SarifLog>({ status: 0, stderr: '', stdout: await cli(cwd, args) });
  const first = await sarif([...history, CRASH, '-f', 'sarif']);
  const again = await sarif([...history, AGAIN, '-f', 'sarif']);
  // The same run scanned again is kept, and marked as before (a run is never evidence of itself).
  const againJson = jsonOutput({ status: 0, stderr: '', stdout: await cli(cwd, [...history, AGAIN, '-f', 'json']) });
  const junit = await cli(cwd, [...history, AGAIN, '-f', 'junit']);
  const lenientJunit = await cli(cwd, [...history, AGAIN, '-f', 'junit', '--fail-on', 'none']);
  const plainSarif = await sarif([AGAIN, '-f', 'sarif']);
  const plainJunit = await cli(cwd, [AGAIN, '-f', 'junit']);
  return { cwd, first, again, againJson, junit, lenientJunit, plainSarif, plainJunit };
}

let built: Promise<Scene> | undefined;
const scene = () => (built ??= buildScene());

const results = (log: SarifLog): SarifResult[] => log.runs[0].results;
const crashOf = (log: SarifLog): SarifResult => {
  const found = results(log).find((r) => r.ruleId === RULE);
  assert.ok(found, `no ${RULE} result`);
  return found;
};
const cases = (doc: TestSuites): TestCase[] => (doc.testsuite ?? []).flatMap((s) => s.testcase ?? []);
const crashCase = async (xml: string): Promise<TestCase> => {
  const found = cases((await junit2json(xml)) as TestSuites).find((c) => c.name?.endsWith(`: ${RULE}`));
  assert.ok(found, `no case for ${RULE}`);
  return found;
};

test('SARIF: baselineState new for a failure no recorded run has, unchanged for one seen before', async () => {
  const { first, again } = await scene();
  assert.ok(results(first).length > 0 && results(again).length > 0);
  for (const r of results(first)) assert.is(r.baselineState, 'new', `${r.ruleId} in the first scan`);
  for (const r of results(again)) assert.is(r.baselineState, 'unchanged', `${r.ruleId} scanned again`);
});

test('SARIF: the whole mark in properties.history, its fields as the JSON has them and its text', async () => {
  const { first, again, againJson } = await scene();
  const newText = `new since ${GREEN} (the recipe's last green run)`;
  assert.equal(crashOf(first).properties.history, { lastGreen: GREEN, newSince: GREEN, text: newText });
  const history = crashOf(again).properties.history;
  assert.ok(history, 'the crash seen again has a mark');
  const { text, ...fields } = history;
  assert.equal(fields, againJson.findings.find((f) => f.rule === RULE)?.history);
  assert.equal(fields.seenBefore, { since: CRASH, at: '2026-06-18T01:10:05.000Z', runs: 1 });
  assert.is(text, `${newText}; seen in 1 earlier run since ${CRASH} (2026-06-18T01:10:05Z)`);
});

test('SARIF with marks: valid for the official schema and for the code-scanning rules (multitool)', async () => {
  const { first, again } = await scene();
  assert.equal(sarifSchemaErrors(first), []);
  assert.equal(sarifSchemaErrors(again), []);
  assert.equal(sarifMultitoolValidate({ first: JSON.stringify(first), again: JSON.stringify(again) }), []);
  // The schema checks the new field: a state SARIF does not name is refused.
  const broken = structuredClone(again) as unknown as { runs: Array<{ results: Array<{ baselineState: string }> }> };
  broken.runs[0].results[0].baselineState = 'recurring';
  assert.ok(sarifSchemaErrors(broken).some((e) => e.includes('baselineState')), 'an unknown baselineState passed');
});

test('junit: the mark in the failing case\'s body, escaped; valid for the schema, read back by junit2json', async () => {
  const { junit } = await scene();
  assert.equal(await junitSchemaErrors(junit), []);
  assert.not.match(junit, '\x1b', 'a raw control character in the XML');
  assert.match(junit, 'History: new since input/ci-warm &lt;gitea&gt; &amp; &quot;x&quot; \\x1b[31m');
  const failure = (await crashCase(junit)).failure?.[0];
  assert.ok(failure, 'the crash fails its case');
  const lines = (failure.inner ?? '').split('\n');
  assert.ok(lines[1].startsWith('Fix: '), lines[1]);
  const mark = `new since ${GREEN_SHOWN} (the recipe's last green run); seen in 1 earlier run since ${CRASH} (2026-06-18T01:10:05Z)`;
  assert.is(lines[2], `History: ${mark}`);
});

test('junit: a finding outside --fail-on keeps its mark in the passing case\'s output', async () => {
  const { lenientJunit } = await scene();
  assert.equal(await junitSchemaErrors(lenientJunit), []);
  const passing = await crashCase(lenientJunit);
  assert.is(passing.failure, undefined);
  assert.match(passing['system-out']?.[0] ?? '', `\nHistory: new since ${GREEN_SHOWN} (the recipe's last green run); seen in 1`);
});

test('without a history: no baselineState, no properties.history, no History line', async () => {
  const { plainSarif, plainJunit } = await scene();
  assert.ok(results(plainSarif).length > 0);
  for (const r of results(plainSarif)) {
    assert.is(r.baselineState, undefined);
    assert.is(r.properties.history, undefined);
  }
  assert.equal(sarifSchemaErrors(plainSarif), []);
  assert.ok((await crashCase(plainJunit)).failure?.[0], 'the crash still fails its case');
  assert.not.match(plainJunit, 'History:');
});

/** The crash scanned again, as the reporters get it, with an unexplained failure added. */
async function withUnexplained(unexplained: AnalysisResult['unexplained'][number]): Promise<AnalysisResult> {
  const { againJson } = await scene();
  return { ...againJson, unexplained: [...againJson.unexplained, unexplained] };
}

const LINE = { path: `${AGAIN}/gitea/run.log`, line: 3, text: 'worker lost', score: 5, reasons: [] };

test('SARIF: baselineState on every result or on none, as §3.27.24 says: a result with no mark leaves it off all', async () => {
  // The history marks a failure of a recipe; one that names none is not compared, so the run has no baselineState.
  const unmarked = await withUnexplained({ run: AGAIN, recipe: null, tier: null, lines: [LINE] });
  const log = JSON.parse(sarifReporter(unmarked, { color: false, width: 80 })) as SarifLog;
  assert.is(results(log).length, 2);
  for (const r of results(log)) assert.is(r.baselineState, undefined, r.ruleId);
  assert.ok(crashOf(log).properties.history, 'the mark itself is still carried');
  assert.equal(sarifSchemaErrors(log), []);
});

test('an unexplained failure\'s mark: SARIF properties.history and baselineState, and its junit case\'s body', async () => {
  const marked = await withUnexplained({
    run: AGAIN, recipe: 'gitea', tier: 'custom', lines: [LINE], history: { lastGreen: 'input/green <run>' },
  });
  const log = JSON.parse(sarifReporter(marked, { color: false, width: 80 })) as SarifLog;
  const unexplained = results(log).find((r) => r.ruleId === 'unexplained-failure');
  const text = 'its line was in the last green run too (input/green <run>)';
  assert.equal(unexplained?.properties.history, { lastGreen: 'input/green <run>', text });
  // Its line was in a recorded (green) run: the history has it, as it has the crash seen before.
  assert.equal(results(log).map((r) => r.baselineState), ['unchanged', 'unchanged']);
  const xml = junitReporter(marked, { color: false, width: 80 });
  assert.equal(await junitSchemaErrors(xml), []);
  const doc = (await junit2json(xml)) as TestSuites;
  const body = cases(doc).find((c) => c.name?.includes('unexplained failure'))?.failure?.[0]?.inner ?? '';
  assert.is(body.split('\n')[0], `History: ${text}`);
});

test.run();
