#!/usr/bin/env node
// Thin shim: the CLI is built into one bundle (dist/bundle/cli.js) because loading ~100 separate
// modules costs more than a small log's whole scan; only this file touches the process.
import module from 'node:module';

// Node >= 22.1 keeps compiled code on disk: later starts skip compiling the bundle. Node 20 has no
// compile cache (the call is absent there). Imported after it, so the bundle itself is cached.
module.enableCompileCache?.();
const { run } = await import('../dist/bundle/cli.js');

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

const code = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
});
// A failed write's 'error' event comes a tick after its callback: let it arrive.
await new Promise((resolve) => setImmediate(resolve));
if (streamError !== undefined && code !== 2) {
  const name = streamError.stream === process.stdout ? 'stdout' : 'stderr';
  if (name === 'stdout') process.stderr.write(`redfix-forensics: cannot write to stdout: ${streamError.error.code ?? streamError.error.message}\n`);
  process.exitCode = 2;
} else process.exitCode = code;
