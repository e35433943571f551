/**
 * The bundle's code cache (src/code-cache.ts): the code a run compiled is kept for the next start,
 * used only for the same bundle file, Node and flags, and only from a directory and a file that
 * are the user's own. Each start is a process of its own, as a user's is: within one process V8
 * reuses what it compiled and never looks at the cached data.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { chmodSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { cacheKind, COMMAND_NAMES } from '../../src/code-cache.js';
import { commandPaths } from '../../src/cli.js';
import { ROOT, tempDir } from '../helpers.js';

const test = suite('code cache');

/** A bundle's text as the build writes it: the code, then the line with its SHA-256. */
function bundleText(body: string): string {
  const code = `'use strict';\n${body}\nexports.where = () => __filename;\n`;
  return `${code}//# bundle-sha256=${createHash('sha256').update(code).digest('hex')}\n`;
}

/** A CommonJS bundle with a function V8 compiles lazily, and the environment for its cache. */
function fixture(body = 'exports.answer = () => [1, 2, 3].map((n) => n * 14).reduce((a, b) => a + b, 0);') {
  const dir = tempDir();
  const file = path.join(dir, 'bundle.cjs');
  writeFileSync(file, bundleText(body));
  const env = { NODE_COMPILE_CACHE: path.join(dir, 'cache') };
  return { file, env, cacheDir: path.join(dir, 'cache', 'redfix-forensics') };
}

interface Start {
  cache: string;
  answer: number;
  where: string;
}

/** One start in a process of its own: loads the bundle, calls it, then saves the cache as bin/ does. */
function start(file: string, kind: string, env: Record<string, string>): Start {
  const module = path.join(ROOT, 'dist', 'src', 'code-cache.js');
  const script = `
    const { loadBundle } = await import(${JSON.stringify(module)});
    const bundle = loadBundle(${JSON.stringify(file)}, ${JSON.stringify(kind)});
    const { answer, where } = bundle.exports;
    console.log(JSON.stringify({ cache: bundle.cache, answer: answer(), where: where() }));
    bundle.save();`;
  const inherited = { ...process.env };
  delete inherited.NODE_COMPILE_CACHE;
  delete inherited.NODE_DISABLE_COMPILE_CACHE;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    env: { ...inherited, ...env }, encoding: 'utf8',
  });
  assert.is(run.status, 0, run.stderr);
  return JSON.parse(run.stdout) as Start;
}

const only = (dir: string): string => {
  const files = readdirSync(dir);
  assert.is(files.length, 1, files.join(' '));
  return path.join(dir, files[0]);
};

test('the first start compiles and saves, the next one starts from what the first compiled', () => {
  const { file, env, cacheDir } = fixture();
  assert.equal(start(file, 'scan-json', env), { cache: 'absent', answer: 84, where: file });
  const saved = only(cacheDir);
  assert.match(path.basename(saved), new RegExp(`-${process.version}-${process.arch}-scan-json\\.bin$`));
  if (process.getuid) assert.is(statSync(saved).mode & 0o777, 0o600);
  const before = statSync(saved).mtimeMs;
  assert.equal(start(file, 'scan-json', env), { cache: 'accepted', answer: 84, where: file });
  assert.is(statSync(saved).mtimeMs, before, 'an accepted cache is not written again');
});

test('each kind of run has its own cache', () => {
  const { file, env, cacheDir } = fixture();
  start(file, 'scan-json', env);
  assert.is(start(file, 'scan-table', env).cache, 'absent');
  assert.is(start(file, 'scan-json', env).cache, 'accepted');
  assert.is(readdirSync(cacheDir).length, 2);
});

test('a bundle rebuilt, even to the same length, never runs with the old code', () => {
  const { file, env } = fixture('exports.answer = () => 84;');
  start(file, 'scan-json', env);
  writeFileSync(file, bundleText('exports.answer = () => 42;'));
  assert.equal(start(file, 'scan-json', env), { cache: 'absent', answer: 42, where: file });
  assert.is(start(file, 'scan-json', env).cache, 'accepted');
});

test('cached data V8 refuses is replaced after the run', () => {
  const { file, env, cacheDir } = fixture();
  start(file, 'scan-json', env);
  const saved = only(cacheDir);
  const content = readFileSync(saved);
  const header = content.subarray(0, content.indexOf(0x0a, content.indexOf(0x0a) + 1) + 1);
  const garbage = Buffer.from(Array.from({ length: content.length - header.length }, (_, i) => i % 251));
  writeFileSync(saved, Buffer.concat([header, garbage]), { mode: 0o600 });
  assert.equal(start(file, 'scan-json', env), { cache: 'rejected', answer: 84, where: file });
  assert.is(start(file, 'scan-json', env).cache, 'accepted');
});

test('other flags, another cache: a file made under other flags is not read', () => {
  const { file, env } = fixture();
  start(file, 'scan-json', env);
  assert.is(start(file, 'scan-json', { ...env, NODE_OPTIONS: '--max-old-space-size=100' }).cache, 'absent');
});

test('NODE_DISABLE_COMPILE_CACHE turns it off: nothing read, nothing written', () => {
  const { file, env, cacheDir } = fixture();
  assert.is(start(file, 'scan-json', { ...env, NODE_DISABLE_COMPILE_CACHE: '1' }).cache, 'off');
  assert.throws(() => readdirSync(cacheDir));
});

if (process.getuid) {
  test('a directory others may write to is not used', () => {
    const { file, env, cacheDir } = fixture();
    start(file, 'scan-json', env);
    chmodSync(cacheDir, 0o777);
    assert.is(start(file, 'scan-json', env).cache, 'off');
  });

  test('a cache file others may write to is not read, and is replaced', () => {
    const { file, env, cacheDir } = fixture();
    start(file, 'scan-json', env);
    chmodSync(only(cacheDir), 0o666);
    assert.is(start(file, 'scan-json', env).cache, 'absent');
    assert.is(statSync(only(cacheDir)).mode & 0o777, 0o600);
    assert.is(start(file, 'scan-json', env).cache, 'accepted');
  });
}

test('the kind of a run: its command and format, from the arguments as commander reads them', () => {
  assert.is(cacheKind([]), 'scan-default');
  assert.is(cacheKind(['-f', 'json', '--output', 'r.json']), 'scan-json');
  assert.is(cacheKind(['--format=sarif', 'logs/']), 'scan-sarif');
  assert.is(cacheKind(['-fjunit', 'logs/']), 'scan-junit');
  assert.is(cacheKind(['scan', 'logs', '--format', 'markdown']), 'scan-markdown');
  assert.is(cacheKind(['rules', 'list']), 'rules-default');
  assert.is(cacheKind(['--help']), 'help');
  assert.is(cacheKind(['parse', '-h']), 'help');
  assert.is(cacheKind(['-V']), 'version');
  assert.is(cacheKind(['logs', '--format', '../../etc/x']), 'scan-other', 'never a path in a file name');
});

test('the kinds name every command', () => {
  const commands = [...new Set(commandPaths().map((p) => p.split(' ')[0]))].sort();
  assert.equal([...COMMAND_NAMES].sort(), commands);
});

test.run();
