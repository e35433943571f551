import { createHash, type Hash } from 'node:crypto';
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import type { InputSummary } from '../result.js';
import type { StandardInput } from '../inputs/stdin.js';

const CHUNK = 1 << 20;

/** Stdin as the scan reads it, hashed on the way through: a piped run has an identity too. */
export class HashedStdin {
  private readonly hash: Hash = createHash('sha256');
  readonly stream: StandardInput;

  constructor(source: StandardInput) {
    const hash = this.hash;
    this.stream = {
      isTTY: source.isTTY,
      async* [Symbol.asyncIterator]() {
        for await (const chunk of source) {
          hash.update(chunk);
          yield chunk;
        }
      },
    };
  }

  digest(): string {
    return this.hash.copy().digest('hex');
  }
}

function hashFile(path: string): string | undefined {
  const stat = statSync(path, { throwIfNoEntry: false });
  // A pipe or device cannot be read a second time: such a run has no identity.
  if (!stat?.isFile()) return undefined;
  const hash = createHash('sha256');
  const buffer = Buffer.alloc(CHUNK);
  const fd = openSync(path, 'r');
  try {
    for (let read = readSync(fd, buffer, 0, CHUNK, null); read > 0; read = readSync(fd, buffer, 0, CHUNK, null)) {
      hash.update(buffer.subarray(0, read));
    }
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}

function relativeTo(path: string, roots: readonly string[]): string {
  for (const root of roots) {
    const base = root.replace(/\/+$/, '');
    if (path.startsWith(`${base}/`)) return path.slice(base.length + 1);
  }
  return path;
}

export interface RunIdentities {
  /** Run id → identity. */
  keys: Map<string, string>;
  /** Runs that have none, with the reason. */
  missing: Array<{ run: string; reason: string }>;
}

/**
 * A run's identity: a hash of its inputs' bytes together with their paths relative to the
 * run's root, so the same run named from elsewhere (or another night's directory holding the
 * same bytes) is the same run, and a dated directory re-used with new logs is not.
 */
export function runIdentities(
  result: { runs: ReadonlyArray<{ id: string; paths: string[] }>; inputs: readonly InputSummary[] },
  stdin?: HashedStdin,
): RunIdentities {
  const keys = new Map<string, string>();
  const missing: RunIdentities['missing'] = [];
  for (const run of result.runs) {
    const entries: string[] = [];
    let unreadable: string | undefined;
    for (const input of result.inputs.filter((i) => i.run === run.id)) {
      const digest = input.path === '-' ? stdin?.digest() : hashFile(input.path);
      if (digest === undefined) {
        unreadable = input.path;
        break;
      }
      entries.push(JSON.stringify([relativeTo(input.path, run.paths), digest]));
    }
    if (unreadable !== undefined) {
      missing.push({
        run: run.id,
        reason: `${unreadable} cannot be read again to identify the run (a pipe or a device)`,
      });
      continue;
    }
    keys.set(run.id, createHash('sha256').update(entries.sort().join('\n')).digest('hex').slice(0, 32));
  }
  return { keys, missing };
}
