/**
 * Start-up of the commonest use, a small log piped in: what it loads. Each module below costs a
 * few milliseconds on every start and is needed only by other inputs or options, so a small log
 * must not load it (a time is not asserted: the machine decides it; what runs is the code's).
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runCli, tempDir } from '../helpers.js';
import { jsonOutput } from '../json.js';
import { smallRunLog } from '../../bench/corpus.js';

interface Loaded {
  builtins: string[];
  commonjs: string[];
  esm: string[];
}

/** Pipes the bench's 1 KB log into the binary with the module recorder preloaded (ES modules too: `esm`). */
function pipedSmallLog(esm: boolean): { loaded: Loaded; findings: string[] } {
  const file = path.join(tempDir(), 'loaded.json');
  const hook = new URL('./startup/loaded-modules.js', import.meta.url).href;
  const run = runCli(['-f', 'json'], {
    input: smallRunLog(),
    env: { LOADED_MODULES_FILE: file, LOADED_MODULES_ESM: esm ? '1' : '0', NODE_OPTIONS: `--import=${hook}` },
  });
  assert.is(run.status, 1, run.stderr);
  const findings = jsonOutput(run).findings.map((f) => f.rule);
  return { loaded: JSON.parse(readFileSync(file, 'utf8')) as Loaded, findings };
}

const { loaded, findings } = pipedSmallLog(false);

test('the run is the one the bench times: one finding', () => {
  assert.equal(findings, ['ready-probe-404-after-upgrade']);
});

test('no node:crypto (fingerprints hash in JavaScript), worker_threads or zlib', () => {
  for (const name of ['crypto', 'worker_threads', 'zlib']) {
    assert.not.ok(loaded.builtins.includes(name), `${name} was loaded`);
  }
});

test('no chevrotain: every built-in format the log holds is read by its fast path', () => {
  const withEsm = pipedSmallLog(true).loaded;
  const files = [...withEsm.commonjs, ...withEsm.esm].filter((f) => /chevrotain/i.test(f));
  assert.equal(files, []);
});

test.run();
