import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { analyze } from '../../src/analyze.js';
import { loadRules } from '../../src/rule-packs/load.js';
import { STATE_LIMITS } from '../../src/engine/state.js';
import { REPORTERS } from '../../src/reporters/index.js';
import type { AnalysisResult } from '../../src/result.js';
import { tempDir } from '../helpers.js';

const DOCKER_PREFIX = 'warm-gitea_ci_commoninternet_net_app.1.abcdef123456@cc-ci    | ';

/** gitea's read-only app.ini line, each `i` its own template (a word that differs, not a number the masks fold). */
function giteaLine(i: number): string {
  const word = i.toString(26).replace(/[0-9]/g, (d) => 'qrstuvwxyz'[Number(d)]);
  return '2026/06/18 01:14:36 modules/setting/setting.go:105:LoadCommonSettings() [F] '
    + `Unable to load settings from config: error saving JWT Secret for custom config ${word}: `
    + 'failed to save "/etc/gitea/app.ini": open /etc/gitea/app.ini: read-only file system';
}

async function scan(files: Record<string, string[]>): Promise<AnalysisResult> {
  const dir = tempDir();
  for (const [name, lines] of Object.entries(files)) await fs.writeFile(path.join(dir, name), lines.join('\n') + '\n');
  return analyze({ paths: [dir], rules: await loadRules(), workers: 0 });
}

const range = (from: number, n: number) => Array.from({ length: n }, (_, i) => from + i);
const finding = (result: AnalysisResult) => result.findings.find((f) => f.rule === 'gitea-appini-readonly-jwt')!;

/** More distinct templates of the rule's pattern than it keeps folds for: 40 past the limit. */
const PAST_THE_LIMIT = range(0, STATE_LIMITS.foldsPerPattern + 40)
  .map((i) => DOCKER_PREFIX + giteaLine(i));

test('evidence past the fold limit is counted in the finding, said in a notice, never dropped silently', async () => {
  const result = await scan({ 'app.log': PAST_THE_LIMIT });
  assert.is(finding(result).evidence.length, STATE_LIMITS.foldsPerPattern);
  assert.is(finding(result).unlistedEvidence, 40);
  assert.ok(result.notices.some((n) => n.includes('40 more matching lines')), result.notices.join('\n'));
});

test('a single-recipe run\'s lines naming no recipe join its own past the limit: counted, not dropped', async () => {
  // app.log names gitea (its stack); notes.log names no recipe, so its lines are merged into gitea's.
  const result = await scan({ 'app.log': PAST_THE_LIMIT, 'notes.log': range(1000, 10).map(giteaLine) });
  assert.is(finding(result).recipe, 'gitea');
  assert.is(finding(result).evidence.length, STATE_LIMITS.foldsPerPattern);
  assert.is(finding(result).unlistedEvidence, 50);
  assert.ok(result.notices.some((n) => n.includes('50 more matching lines')), result.notices.join('\n'));
});

test('merged repeats of one line keep their whole count', async () => {
  // The same line in one file, once with a recipe of its own (a stack, not a warm one: no tier)
  // and twice without: one file, one tier, one template, so one fold of three.
  const cold = DOCKER_PREFIX.replace('warm-', '');
  const result = await scan({ 'app.log': [cold + giteaLine(1), giteaLine(1), giteaLine(1)] });
  assert.equal(finding(result).evidence.map((e) => [e.line, e.count]), [[1, 3]]);
  assert.is(finding(result).unlistedEvidence, undefined);
});

test('every format says how many matching lines are counted but not listed', async () => {
  const result = await scan({ 'app.log': PAST_THE_LIMIT });
  for (const [format, load] of Object.entries(REPORTERS)) {
    const report = (await load())(result, { color: false, width: 100, failOn: new Set(['recipe-defect']) });
    const said = format === 'json' || format === 'ndjson'
      ? /"unlistedEvidence": ?40\b/.test(report)
      : report.includes('+40 more matching lines, counted but not listed');
    assert.ok(said, `${format} does not say +40 more`);
  }
});

test.run();
