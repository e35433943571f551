import { test } from 'uvu';
import * as assert from 'uvu/assert';
import path from 'node:path';
import { analyze } from '../../src/analyze.js';
import { loadRules } from '../../src/rule-packs/load.js';
import { KNOWN_TIERS } from '../../src/triage/attribution.js';
import type { AnalysisResult } from '../../src/result.js';
import { filterResult } from '../../src/triage/filter.js';
import { tableReporter } from '../../src/reporters/table.js';
import { markdownReporter } from '../../src/reporters/markdown.js';
import { htmlReporter } from '../../src/reporters/html.js';
import { jsonReporter } from '../../src/reporters/json.js';
import { ROOT } from '../helpers.js';
import { rulePack, tree, userRule } from '../cli/fixtures.js';

// Tier marks are computed once, in the triage (`recipes[].marks`): the table, the markdown, the
// HTML matrix and the JSON must show the same mark for every tier of every row.

type Marks = Map<string, Record<string, string>>;
const CONTEXT = { color: false, width: 160 };

const at = (s: number) => `2026-06-16T20:00:${String(s).padStart(2, '0')}Z`;

/**
 * Recipe alpha: install passes, upgrade is skipped, backup does not apply, restore and custom are
 * red; `widget exploded` is logged inside the restore tier, or before any tier (`early`), and a
 * user rule of the given scope fires on it.
 */
async function alpha(scope: 'tier' | 'recipe', early = false): Promise<AnalysisResult> {
  const widget = `${at(early ? 5 : 10)} [deploy] widget exploded`;
  const root = tree({
    'run/alpha/run.log': [
      `${at(5)} [cc-ci] RECIPE=alpha VERSION=1.0.0 MODE=cold QUICK= REF=`,
      ...(early ? [widget] : []),
      `${at(6)} [tier] install: PASS (1 passed in 1.0s)`,
      `${at(7)} [tier] upgrade: SKIP`,
      `${at(8)} [tier] backup: EXPECTED_NA`,
      `${at(9)} [tier] restore: start`,
      ...(early ? [] : [widget]),
      `${at(11)} [tier] restore: FAIL (1 failed, 0 passed in 1.0s)`,
      `${at(12)} [tier] custom: FAIL (1 failed, 0 passed in 1.0s)`,
    ].join('\n') + '\n',
  });
  const pack = rulePack(userRule({
    id: 'widget-exploded', classification: 'recipe-defect', severity: 'error', scope,
    events: { boom: { literals: ['widget exploded'], message: 'widget exploded' } }, condition: { exists: 'boom' },
    rootCause: 'the widget exploded',
  }));
  return analyze({ paths: [path.join(root, 'run')], rules: await loadRules([pack]), workers: 0 });
}

function jsonMarks(result: AnalysisResult): Marks {
  const parsed = JSON.parse(jsonReporter(result, CONTEXT)) as AnalysisResult;
  return new Map(parsed.recipes.map((r) => [`${r.run} ${r.recipe}`, r.marks]));
}

/** Rows of the table: the first line of each holds the unit's name and its tier cell, one mark every two columns. */
function tableMarks(result: AnalysisResult): Marks {
  const marks: Marks = new Map();
  let run = '';
  let tiers: string[] = [];
  for (const line of tableReporter(result, CONTEXT).split('\n')) {
    const heading = /^Run (\S+)/.exec(line);
    if (heading) run = result.runs.find((r) => heading[1] === r.id)?.id ?? heading[1];
    const row = /^│ (\S[^│]*?)\s*│ ([^│]*)│/.exec(line);
    if (!row) continue;
    if (row[1] === 'recipe') {
      tiers = row[2].trimEnd().split(' ').map((code) => codeTier(result, code));
      continue;
    }
    const cells = [...row[2]].filter((_, i) => i % 2 === 0);
    marks.set(`${run} ${row[1]}`, Object.fromEntries(tiers.map((t, i): [string, string] => [t, cells[i]]).filter(([, m]) => m !== ' ')));
  }
  return marks;
}

/** A tier's one-letter code, back to its name (the known tiers; the tests use no other). */
function codeTier(_result: AnalysisResult, code: string): string {
  return KNOWN_TIERS.find((t) => t[0] === code) ?? code;
}

/** The markdown table: run, recipe, one column per tier (named in the header), verdict. */
function markdownMarks(result: AnalysisResult): Marks {
  const marks: Marks = new Map();
  let tiers: string[] = [];
  for (const line of markdownReporter(result, CONTEXT).split('\n')) {
    if (!line.startsWith('| ')) continue;
    const cells = line.slice(2, -2).split(' | ');
    if (cells[0] === 'run') { tiers = cells.slice(2, -1); continue; }
    if (!cells[0].startsWith('`')) continue;
    const key = `${cells[0].replace(/^`+|`+$/g, '')} ${cells[1]}`;
    marks.set(key, Object.fromEntries(tiers.map((t, i): [string, string] => [t, cells[2 + i].trim()]).filter(([, m]) => m !== '')));
  }
  return marks;
}

/** The HTML matrix: each row's `data-recipe`, each cell's `data-tier` and `data-mark`. */
function htmlMarks(result: AnalysisResult): Marks {
  const marks: Marks = new Map();
  const html = htmlReporter(result, CONTEXT);
  for (const section of html.split('<section class="run"').slice(1)) {
    const run = /<h3[^>]*>Run <code>([^<]*)<\/code>/.exec(section)![1];
    for (const row of section.split('<tr data-recipe="').slice(1)) {
      const recipe = row.slice(0, row.indexOf('"'));
      const cells = [...row.matchAll(/data-tier="([^"]*)" data-mark="([^"]*)"/g)].filter(([, , m]) => m !== ' ');
      marks.set(`${run} ${recipe}`, Object.fromEntries(cells.map(([, tier, mark]) => [tier, mark])));
    }
  }
  return marks;
}

function assertAgree(result: AnalysisResult): Marks {
  const json = jsonMarks(result);
  assert.ok(json.size > 0, 'rows with marks');
  assert.equal(tableMarks(result), json, 'the table shows the triage\'s marks');
  assert.equal(markdownMarks(result), json, 'the markdown shows the triage\'s marks');
  assert.equal(htmlMarks(result), json, 'the HTML matrix shows the triage\'s marks');
  return json;
}

test('one recipe with every mark: json, table, markdown and html agree on each tier', async () => {
  // ✓ pass, - skip, · n/a, ✗ red and explained (the rule fired in restore), ? red and unexplained.
  const result = await alpha('tier');
  const json = assertAgree(result);
  assert.equal([...json.values()], [{ install: '✓', upgrade: '-', backup: '·', restore: '✗', custom: '?' }]);
  const tiers = { install: 'pass', upgrade: 'skip', backup: 'n/a', restore: 'fail', custom: 'fail' };
  assert.equal(result.recipes[0].tiers, tiers, '`tiers` keeps its version-1 values');
});

test('the canon sweep and its isolation runs: every reporter shows the triage\'s marks', async () => {
  const runs = path.join(ROOT, 'corpus', 'redfix-canon-sweep', 'input');
  const result = await analyze({ paths: [], runsDirs: [runs], rules: await loadRules(), workers: 0 });
  const json = assertAgree(result);
  assert.ok([...json.values()].some((m) => Object.values(m).includes('✗')));
});

test('--tier keeps the triage\'s marks: a red tier explained by a finding with no tier stays ✗', async () => {
  // A recipe-wide finding (its line in no tier) explains every red tier of the recipe, but --tier
  // drops it from the findings: the table used to work the marks out again from what was left (?).
  const result = await alpha('recipe', true);
  assert.equal(result.findings.map((f) => [f.rule, f.tier]), [['widget-exploded', null]]);
  assert.equal(result.recipes[0].marks, { install: '✓', upgrade: '-', backup: '·', restore: '✗', custom: '✗' });
  const filtered = filterResult(result, [], ['custom']);
  assert.equal(filtered.findings, []);
  assert.equal(filtered.recipes[0].marks, { custom: '✗' });
  assert.equal(filtered.recipes[0].verdict, 'recipe-defect');
  assertAgree(filtered);
});

test.run();
