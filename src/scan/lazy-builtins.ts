/**
 * Node built-ins the scan loads on first use: worker_threads when a scan starts threads, v8 when
 * a worker sends its first range. Most scans (a piped log, a small sweep) start none, and loading
 * them would cost every start-up a few milliseconds.
 */
import { createRequire } from 'node:module';

const requireBuiltin = createRequire(import.meta.url);

export function workerThreads(): typeof import('node:worker_threads') {
  return requireBuiltin('node:worker_threads') as typeof import('node:worker_threads');
}

export function v8(): typeof import('node:v8') {
  return requireBuiltin('node:v8') as typeof import('node:v8');
}
