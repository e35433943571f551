#!/usr/bin/env node
// Thin shim: the CLI is built into one bundle (dist/bundle/cli.js) because loading ~100 separate
// modules costs more than a small log's whole scan; only this file touches the process.
import module from 'node:module';

// Node >= 22.1 keeps compiled code on disk: later starts skip compiling the bundle. Node 20 has no
// compile cache (the call is absent there). Imported after it, so the bundle itself is cached.
module.enableCompileCache?.();
const { run } = await import('../dist/bundle/cli.js');

// A reader that stops early (`| head`) closes the pipe: that is not an error of ours.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

process.exitCode = await run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env });
