/**
 * The CLI bundle, compiled from a code cache of the functions an earlier run of the same kind
 * compiled. V8 compiles a function when it first runs; Node's own compile cache keeps only what
 * was compiled before the bundle ran (its top level), so every start compiled again the few
 * hundred functions a scan runs: 30 to 45 ms of a small log's start-up. The cache here is made
 * after a run (V8's createCachedData on the executed script) and read by the next start.
 *
 * Where: beside Node's compile cache ($NODE_COMPILE_CACHE, else <tmpdir>/node-compile-cache), in
 * redfix-forensics/, one file per bundle path, Node version, architecture and kind of run (its
 * command and format: a `--help` run's code is not a scan's). NODE_DISABLE_COMPILE_CACHE=1 turns
 * it off, as it does Node's. A cache is used only for the bundle it was made from (its build's
 * SHA-256, which the build appends, and its file's device, inode, size and times) and the same
 * flags; V8 refuses data made by another V8 or flags. Cached code is code: the directory and the
 * file must be the user's own, writable by nobody else, or the cache is not read.
 */
import { closeSync, fstatSync, lstatSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import type { BigIntStats, Stats } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Script } from 'node:vm';

/** What became of the cached code: used, none yet (or not for this bundle), refused by V8, or caching off. */
export type CacheOutcome = 'accepted' | 'absent' | 'rejected' | 'off';

export interface LoadedBundle<T> {
  exports: T;
  cache: CacheOutcome;
  /** Writes the code compiled so far when there was no usable cache; call it after a run that went through. */
  save(): void;
}

/** The commands (src/commands/index.ts); a test holds the two lists together. */
export const COMMAND_NAMES: readonly string[] = ['scan', 'parse', 'rules', 'explain', 'test-rules', 'history', 'draft-rule'];

const FORMAT_NAME = /^[a-z]{1,16}$/;

/** The format a run's arguments ask for: `-f x`, `-fx`, `--format x`, `--format=x`. */
function formatArgument(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '-f' || arg === '--format') return argv[i + 1];
    if (arg.startsWith('--format=')) return arg.slice('--format='.length);
    if (arg.startsWith('-f') && !arg.startsWith('--')) return arg.slice(2);
  }
  return undefined;
}

/**
 * The kind of a run, which names its cache: the command and the format (`scan-json`), `help` or
 * `version`. Read from the arguments before commander does; a wrong guess costs only time.
 */
export function cacheKind(argv: readonly string[]): string {
  if (argv.includes('--help') || argv.includes('-h')) return 'help';
  if (argv.includes('--version') || argv.includes('-V')) return 'version';
  const command = COMMAND_NAMES.includes(argv[0]) ? argv[0] : 'scan';
  const format = formatArgument(argv);
  if (format === undefined) return `${command}-default`;
  return `${command}-${FORMAT_NAME.test(format) ? format : 'other'}`;
}

/** Owned by this user and writable by nobody else (no owner to compare on Windows). */
function ownOnly(stat: Stats | BigIntStats): boolean {
  const uid = process.getuid?.();
  return uid === undefined || (Number(stat.uid) === uid && (Number(stat.mode) & 0o022) === 0);
}

/** The cache directory, made if missing; undefined when caching is off or the directory is not safely ours. */
function cacheDirectory(env: NodeJS.ProcessEnv): string | undefined {
  if (env.NODE_DISABLE_COMPILE_CACHE) return undefined;
  const base = env.NODE_COMPILE_CACHE || path.join(tmpdir(), 'node-compile-cache');
  const dir = path.join(base, 'redfix-forensics');
  try {
    // Node's directory as Node would make it (it is every user's default); ours for this user alone.
    mkdirSync(base, { recursive: true });
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const stat = lstatSync(dir);
    return stat.isDirectory() && ownOnly(stat) ? dir : undefined;
  } catch {
    return undefined;
  }
}

/** A short, stable name for a path (32-bit FNV-1a, hex). */
function pathHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** The build's SHA-256 from the line the bundle step appends (`//# bundle-sha256=…`), or ''. */
function buildHash(source: string): string {
  const at = source.lastIndexOf('\n//# bundle-sha256=');
  return at < 0 ? '' : source.slice(at + 19).trim();
}

/** What a cache must have been made from: this bundle file as built and read, this Node and its flags. */
function cacheKey(source: string, stat: BigIntStats, env: NodeJS.ProcessEnv): string {
  const file = `${buildHash(source)} ${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}`;
  const node = `${process.version} ${process.arch} ${JSON.stringify(process.execArgv)} ${env.NODE_OPTIONS ?? ''}`;
  return `redfix-forensics code cache 1\n${file} ${node}\n`;
}

/** The cached data stored under `key` in `file`, if the file is the user's own and holds that key. */
function readCache(file: string, key: string): Buffer | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const stat = fstatSync(fd);
    if (!stat.isFile() || !ownOnly(stat)) return undefined;
    const content = readFileSync(fd);
    const header = Buffer.from(key, 'utf8');
    return content.subarray(0, header.length).equals(header) ? content.subarray(header.length) : undefined;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Writes the cache whole or not at all: a new file of its own, renamed over the old one. */
function writeCache(file: string, key: string, data: Buffer): void {
  const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    writeFileSync(temporary, Buffer.concat([Buffer.from(key, 'utf8'), data]), { mode: 0o600, flag: 'wx' });
    renameSync(temporary, file);
  } catch {
    // A full disk or a directory gone: the next start compiles again, nothing else.
    rmSync(temporary, { force: true });
  }
}

/** The bundle's text and its file's identity, read from one descriptor. */
function readBundle(file: string): { source: string; stat: BigIntStats } {
  const fd = openSync(file, 'r');
  try {
    return { stat: fstatSync(fd, { bigint: true }), source: readFileSync(fd, 'utf8') };
  } finally {
    closeSync(fd);
  }
}

/** Runs a CommonJS bundle's top level as Node's loader would: exports, require, module, its file and directory. */
function evaluate<T>(script: Script, file: string): T {
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  const module = { exports: {} as T };
  wrapper.call(module.exports, module.exports, createRequire(file), module, file, path.dirname(file));
  return module.exports;
}

/** Loads a CommonJS bundle from `file` with the code cache of its `kind` of run. */
export function loadBundle<T>(file: string, kind: string, env: NodeJS.ProcessEnv = process.env): LoadedBundle<T> {
  if (!/^[a-z][a-z0-9-]{0,40}$/.test(kind)) throw new Error(`not a kind of run: ${JSON.stringify(kind)}`);
  const { source, stat } = readBundle(file);
  const dir = cacheDirectory(env);
  const key = cacheKey(source, stat, env);
  const cacheFile = dir === undefined
    ? undefined
    : path.join(dir, `${pathHash(path.resolve(file))}-${process.version}-${process.arch}-${kind}.bin`);
  const cachedData = cacheFile === undefined ? undefined : readCache(cacheFile, key);
  // The wrapper's own line is line 0: the bundle's lines keep their numbers in stack traces.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {\n${source}\n})`, {
    filename: file, lineOffset: -1, cachedData,
  });
  const cache: CacheOutcome = cacheFile === undefined ? 'off'
    : cachedData === undefined ? 'absent' : script.cachedDataRejected === true ? 'rejected' : 'accepted';
  const exports = evaluate<T>(script, file);
  return {
    exports,
    cache,
    save: () => {
      if (cacheFile !== undefined && (cache === 'absent' || cache === 'rejected')) {
        writeCache(cacheFile, key, script.createCachedData());
      }
    },
  };
}
