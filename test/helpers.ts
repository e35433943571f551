import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';

/** The repository root (tests run from dist/test/…). */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * ../shared beside the project (or $REDFIX_SHARED): real-world data read at test time, never
 * copied into the project. Undefined when absent, so a fresh clone's tests still pass.
 */
export const SHARED: string | undefined = (() => {
  const candidate = process.env.REDFIX_SHARED ?? path.resolve(ROOT, '..', 'shared');
  return existsSync(path.join(candidate, 'realworld')) ? candidate : undefined;
})();

const announced = new Set<string>();
/** Prints once why a shared-data test is skipped. */
export function sharedOrSkip(what: string): string | undefined {
  if (SHARED) return SHARED;
  if (!announced.has(what)) {
    announced.add(what);
    console.log(`  skipped: ${what} — ../shared is absent (set REDFIX_SHARED to its path to run it)`);
  }
  return undefined;
}

/** Every line of the corpus's text inputs (`.log`, `.txt`). */
export function corpusLines(): string[] {
  const lines: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.(log|txt)$/.test(name)) lines.push(...readFileSync(full, 'utf8').split(/\r?\n/));
    }
  };
  walk(path.join(ROOT, 'corpus'));
  return lines;
}

export function tempDir(prefix = 'redfix-test-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

/** What a test may set on a spawned run. */
interface CliOptions {
  input?: string | Buffer;
  cwd?: string;
  env?: Record<string, string | undefined>;
}

/** Spawns the built binary the way a user runs it, with colour off and a fixed environment. */
export function runCli(args: string[], options: CliOptions = {}): CliRun {
  // No test reads the user's own format directory: a fixed, empty configuration home unless a test sets one.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NO_COLOR: '1',
    FORCE_COLOR: undefined,
    REDFIX_FORMATS_DIR: undefined,
    REDFIX_HISTORY: undefined,
    XDG_CONFIG_HOME: path.join(tmpdir(), 'redfix-test-no-config'),
    ...options.env,
  };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  const result = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'redfix-forensics.js'), ...args], {
    cwd: options.cwd ?? ROOT, input: options.input ?? '', env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

