import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT } from '../helpers.js';

// The count is written plain: console.log colours a number when the runner forces colour (uvu without --no-color).
// A user's run skips chevrotain's grammar validations to start fast (kit.ts PARSER_CONFIG);
// here every grammar is built with them on, in a process of its own, and must pass.
test('every grammar passes chevrotain validations (ambiguity, left recursion, token conflicts)', () => {
  const registry = path.join(ROOT, 'dist', 'src', 'parsers', 'registry.js');
  const script = `
    const { ENVELOPES, PAYLOADS } = await import(${JSON.stringify(registry)});
    let parsed = 0;
    for (const g of [...Object.values(ENVELOPES), ...PAYLOADS]) for (const s of g.samples) if (g.parse(s.line, { tz: 'UTC' })) parsed++;
    process.stdout.write(String(parsed));`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { env: { ...process.env, REDFIX_GRAMMAR_CHECKS: '1' }, encoding: 'utf8' });
  assert.is(run.status, 0, run.stderr);
  assert.ok(Number(run.stdout.trim()) > 50, run.stdout);
});

test.run();
