import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { analyze } from '../../src/analyze.js';
import { loadRules } from '../../src/rule-packs/load.js';
import { STATE_LIMITS } from '../../src/engine/state.js';
import { MAX_RECIPES_PER_RUN } from '../../src/triage/collector.js';
import { tempDir } from '../helpers.js';

test('thousands of distinct recipe names do not grow state without bound, and the output says what was dropped', async () => {
  const file = path.join(tempDir(), 'many.log');
  const lines: string[] = [];
  for (let i = 0; i < 5000; i++) lines.push(`warm-r${i}_app.1.abcdefghijkl@node-1    | FATA[0000] deploy timed out rc=143`);
  writeFileSync(file, lines.join('\n'));
  const result = await analyze({ paths: [file], rules: await loadRules(), workers: 0 });
  assert.is(result.findings.length, STATE_LIMITS.groupsPerRule);
  assert.ok(result.recipes.length <= MAX_RECIPES_PER_RUN + STATE_LIMITS.groupsPerRule);
  assert.ok(result.notices.some((n) => n.startsWith(`rule deploy-timeout: ${5000 - STATE_LIMITS.groupsPerRule} matching events not evaluated`)), result.notices.join('\n'));
  assert.ok(result.notices.some((n) => n.includes(`more than ${MAX_RECIPES_PER_RUN} recipes`)), result.notices.join('\n'));
});

test.run();
