#!/usr/bin/env node
// Thin shim: the CLI is built into one bundle (dist/bundle/cli.cjs) because loading ~100 separate
// modules costs more than a small log's whole scan; only this file touches the process.
import module from 'node:module';
import { fileURLToPath } from 'node:url';

// Node >= 22.1 keeps compiled code on disk for what it loads itself (the loader below, the scan
// worker, chevrotain); Node 20 has no compile cache (the call is absent there).
module.enableCompileCache?.();
const { cacheKind, loadBundle } = module.createRequire(import.meta.url)('../dist/bundle/code-cache.cjs');
// The bundle starts from the code an earlier run of the same kind compiled (src/code-cache.ts).
const argv = process.argv.slice(2);
const bundle = loadBundle(fileURLToPath(new URL('../dist/bundle/cli.cjs', import.meta.url)), cacheKind(argv));
const { run, standardInput } = bundle.exports;

// A stream error is never thrown from here: a reader that stops early (`| head`, EPIPE) is not
// an error of ours, and the run must still finish to decide the exit code (findings: 1). Any
// other failure to write (ENOSPC on a full disk) that the run did not report itself is said in
// one line and exits 2.
let streamError;
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') streamError ??= { stream, error };
  });
}

const code = await run(argv, {
  stdout: process.stdout,
  stderr: process.stderr,
  // A piped log is read from its file descriptor (src/inputs/stdin.ts).
  stdin: standardInput(),
  env: process.env,
});
// A run that went through has compiled what its kind of run needs; a usage error, only the start.
if (code !== 2) bundle.save();
// A failed write's 'error' event comes a tick after its callback: let it arrive.
await new Promise((resolve) => setImmediate(resolve));
if (streamError !== undefined && code !== 2) {
  const name = streamError.stream === process.stdout ? 'stdout' : 'stderr';
  if (name === 'stdout') process.stderr.write(`redfix-forensics: cannot write to stdout: ${streamError.error.code ?? streamError.error.message}\n`);
  process.exitCode = 2;
} else process.exitCode = code;
