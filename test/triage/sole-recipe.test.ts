import { test } from 'uvu';
import * as assert from 'uvu/assert';
import path from 'node:path';
import { analyze } from '../../src/analyze.js';
import { loadRules } from '../../src/rule-packs/load.js';
import { GITEA_INFO_LINE, GITEA_LINE, tree } from '../cli/fixtures.js';

/** An error line of gitea's service: it names the recipe (its stack) and is handed on (its level marker). */
const GITEA_ERROR_LINE = GITEA_INFO_LINE.replace('[I] zzz early marker line', '[E] mailer: connection refused');

// "A run that names one recipe owns its lines that name none": one criterion (RunRecord.soleRecipe,
// the run's recipes once it is read) for the rule groups, the units and the tier results alike.

const rules = await loadRules();
const PANIC = 'panic: runtime error: invalid memory address or nil pointer dereference\n';

async function scan(root: string, run: string) {
  return analyze({ paths: [path.join(root, run)], rules, workers: 0 });
}

test('two recipes, one declared by RECIPE= and read first: a shared log\'s panic is not that recipe\'s', async () => {
  // The criterion that differed: RECIPE= lines seen so far (one, alpha, when zz-shared.log is read)
  // gave alpha the panic; the run's recipes (alpha and beta) give it to no recipe.
  const root = tree({
    'run/alpha/run.log': '2026-06-16T20:00:05Z [cc-ci] RECIPE=alpha VERSION=1.0.0 MODE=cold QUICK= REF=\n'
      + '2026-06-16T20:00:06Z [tier] install: PASS (1 passed in 1.0s)\n',
    'run/beta/run.log': '2026-06-16T20:00:07Z [tier] install: PASS (1 passed in 1.0s)\n',
    'run/zz-shared.log': PANIC,
  });
  const result = await scan(root, 'run');
  const rows = result.recipes.map((r) => [r.recipe.replace(root + path.sep, ''), r.unit?.kind, r.verdict]);
  rows.sort();
  assert.equal(rows, [
    ['alpha', 'recipe', 'green'],
    ['beta', 'recipe', 'green'],
    ['run/zz-shared.log', 'input', 'unexplained'],
  ]);
  assert.equal(result.unexplained.map((u) => u.signals?.map((s) => s.kind)), [['panic']]);
});

test('one recipe, named by a stack, no RECIPE= line: its unattributed lines are its own, rules and units', async () => {
  const root = tree({
    'run/services/app.log': `${GITEA_ERROR_LINE}\n`,
    // gitea's own line without the docker prefix: no stack, so no recipe of its own.
    'run/notes.log': `${GITEA_LINE.slice(GITEA_LINE.indexOf('| ') + 2)}\n${PANIC}`,
  });
  const result = await scan(root, 'run');
  assert.equal(result.findings.map((f) => [f.rule, f.recipe]), [['gitea-appini-readonly-jwt', 'gitea']]);
  assert.equal(result.recipes.map((r) => [r.recipe, r.verdict]), [['gitea', 'recipe-defect']]);
  assert.equal(result.unexplained, []);
});

test('no recipe at all: the lines stay with their input, whatever the rules find', async () => {
  const root = tree({ 'run/notes.log': PANIC });
  const result = await scan(root, 'run');
  assert.equal(result.recipes.map((r) => [r.unit?.kind, r.verdict]), [['input', 'unexplained']]);
});

test.run();
