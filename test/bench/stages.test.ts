/**
 * The benchmark's per-stage breakdown (bench/stages.ts): every module of src/ belongs to a stage
 * or is a shared helper on purpose, and a sample is charged to the stage of its nearest own
 * caller (chevrotain's lexer is envelope time under an envelope, payload time under a payload).
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SHARED_MODULES, readProfiles, stageBreakdown, stageOfModule } from '../../bench/stages.js';
import { ROOT, tempDir } from '../helpers.js';

const test = suite('bench stages');

function sourceModules(dir: string, prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceModules(full, `${prefix}${name}/`);
    return name.endsWith('.ts') ? [`${prefix}${name.replace(/\.ts$/, '.js')}`] : [];
  });
}

test('every module of src/ has a stage, or is one of the shared helpers', () => {
  const unstaged = sourceModules(path.join(ROOT, 'src')).filter(
    (module) => stageOfModule(module) === undefined && !SHARED_MODULES.has(module),
  );
  assert.equal(unstaged, []);
  assert.is(stageOfModule('parsers/docker/grammar.js'), 'envelope');
  assert.is(stageOfModule('parsers/postgres/grammar.js'), 'payload');
  assert.is(stageOfModule('scan/multiline.js'), 'signals');
  assert.is(stageOfModule('some-new-directory/x.js'), undefined);
});

test('a sample is charged to its nearest own caller: the same lexer frame in two stages', () => {
  const src = '/repo/dist/src/';
  const frame = (id: number, functionName: string, url: string, children: number[] = []) => ({
    id,
    callFrame: { functionName, url, lineNumber: 0, columnNumber: 0, scriptId: '0' },
    children,
  });
  const profile = {
    nodes: [
      frame(1, '(root)', '', [2, 7, 8, 9]),
      frame(2, 'parseLine', `file://${src}parsers/line.js`, [3, 5]),
      frame(3, 'tryEnvelope', `file://${src}parsers/line.js`, [4]),
      frame(4, 'tokenize', 'file:///repo/node_modules/chevrotain/lib/chevrotain.min.mjs'),
      frame(5, 'parsePayload', `file://${src}parsers/registry.js`, [6]),
      frame(6, 'tokenize', 'file:///repo/node_modules/chevrotain/lib/chevrotain.min.mjs'),
      frame(7, '(garbage collector)', ''),
      frame(8, '(idle)', ''),
      // A worker blocked in Atomics.wait is sampled in its waiting function: idle, not scan.
      frame(9, 'workerLoop', `file://${src}scan/pool.js`, [10]),
      frame(10, 'scanRange', `file://${src}scan/scan-input.js`),
    ],
    samples: [4, 4, 6, 7, 8, 9, 10],
    timeDeltas: [100, 200, 400, 800, 1600, 3200, 6400],
  };
  const dir = tempDir();
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'main.cpuprofile'), JSON.stringify(profile));
  const breakdown = stageBreakdown(readProfiles(dir), src);
  assert.is(breakdown.micros.envelope, 300);
  assert.is(breakdown.micros.payload, 400);
  assert.is(breakdown.micros.gc, 800);
  assert.is(breakdown.idleMicros, 1600 + 3200);
  assert.is(breakdown.micros.scan, 6400, 'what the waiting loop calls is its callee\'s stage');
  assert.is(breakdown.threads, 1);
});

test.run();
