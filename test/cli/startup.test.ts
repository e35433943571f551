/**
 * Start-up of the commonest use, a small log piped in: what it loads. Each module below costs a
 * few milliseconds on every start and is needed only by other inputs or options, so a small log
 * must not load it (a time is not asserted: the machine decides it; what runs is the code's).
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { runCli, tempDir } from '../helpers.js';
import { jsonOutput } from '../json.js';
import { smallRunLog } from '../../bench/corpus.js';
import type { AnalysisResult } from '../../src/result.js';

interface Loaded {
  builtins: string[];
  commonjs: string[];
  esm: string[];
  streamsMade: string[];
}

/**
 * Pipes the bench's 1 KB log into the binary with the module recorder preloaded (ES modules too:
 * `esm`); the report on stdout, or with `-o` in a file as the bench writes it (`toFile`).
 */
function pipedSmallLog(esm: boolean, toFile = false): { loaded: Loaded; findings: string[] } {
  const dir = tempDir();
  const file = path.join(dir, 'loaded.json');
  const report = path.join(dir, 'report.json');
  const hook = new URL('./startup/loaded-modules.js', import.meta.url).href;
  const run = runCli(['-f', 'json', ...(toFile ? ['-o', report] : [])], {
    input: smallRunLog(),
    env: { LOADED_MODULES_FILE: file, LOADED_MODULES_ESM: esm ? '1' : '0', NODE_OPTIONS: `--import=${hook}` },
  });
  assert.is(run.status, 1, run.stderr);
  const json = toFile ? JSON.parse(readFileSync(report, 'utf8')) as AnalysisResult : jsonOutput(run);
  return { loaded: JSON.parse(readFileSync(file, 'utf8')) as Loaded, findings: json.findings.map((f) => f.rule) };
}

const { loaded, findings } = pipedSmallLog(false);

test('the run is the one the bench times: one finding', () => {
  assert.equal(findings, ['ready-probe-404-after-upgrade']);
});

test('no node:crypto (fingerprints hash in JavaScript), worker_threads, zlib, fs.promises or child_process', () => {
  for (const name of ['crypto', 'worker_threads', 'zlib', 'internal/fs/promises', 'child_process']) {
    assert.not.ok(loaded.builtins.includes(name), `${name} was loaded`);
  }
});

test('the piped log is read from its file descriptor: no process.stdin stream is made', () => {
  assert.not.ok(loaded.streamsMade.includes('stdin'), loaded.streamsMade.join(' '));
});

test('a report written with -o makes no stream: the stream module is not loaded', () => {
  const written = pipedSmallLog(false, true);
  assert.equal(written.findings, ['ready-probe-404-after-upgrade']);
  assert.equal(written.loaded.streamsMade, []);
  for (const name of ['stream', 'net', 'tty']) {
    assert.not.ok(written.loaded.builtins.includes(name), `${name} was loaded`);
  }
});

test('no chevrotain: every built-in format the log holds is read by its fast path', () => {
  const withEsm = pipedSmallLog(true).loaded;
  const files = [...withEsm.commonjs, ...withEsm.esm].filter((f) => /chevrotain/i.test(f));
  assert.equal(files, []);
});

test('the next start runs from the code the first one compiled, and reports the same', () => {
  const cacheHome = tempDir();
  const piped = (env: Record<string, string>) => runCli(['-f', 'json'], { input: smallRunLog(), env });
  const first = piped({ NODE_COMPILE_CACHE: cacheHome });
  const cacheDir = path.join(cacheHome, 'redfix-forensics');
  const saved = readdirSync(cacheDir).filter((name) => name.endsWith('-scan-json.bin'));
  assert.is(saved.length, 1, readdirSync(cacheDir).join(' '));
  const written = statSync(path.join(cacheDir, saved[0])).mtimeMs;
  const second = piped({ NODE_COMPILE_CACHE: cacheHome });
  assert.is(statSync(path.join(cacheDir, saved[0])).mtimeMs, written, 'read, not made again');
  const uncached = piped({ NODE_DISABLE_COMPILE_CACHE: '1' });
  for (const run of [first, second, uncached]) assert.is(run.status, 1, run.stderr);
  assert.is(second.stdout, first.stdout);
  assert.is(uncached.stdout, first.stdout);
});

test.run();
