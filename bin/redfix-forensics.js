#!/usr/bin/env node
// Thin shim: the CLI is built into one bundle (dist/bundle/cli.cjs) because loading ~100 separate
// modules costs more than a small log's whole scan; only this file touches the process.
//
// A CommonJS script (bin/package.json says so): Node runs a CommonJS entry point without starting
// its ES module loader, about 3 ms of every start on Node 20 and 24.
'use strict';
const module_ = require('node:module');
const { fstatSync } = require('node:fs');
const path = require('node:path');

// Node >= 22.1 keeps compiled code on disk for what it loads itself (the loader below, the scan
// worker, chevrotain); Node 20 has no compile cache (the call is absent there).
module_.enableCompileCache?.();
const { cacheKind, loadBundle } = require('../dist/bundle/code-cache.cjs');
// The bundle starts from the code an earlier run of the same kind compiled (src/code-cache.ts).
const argv = process.argv.slice(2);
const bundle = loadBundle(path.join(__dirname, '..', 'dist', 'bundle', 'cli.cjs'), cacheKind(argv));
const { run, standardInput } = bundle.exports;

// A stream error is never thrown from here: a reader that stops early (`| head`, EPIPE) is not
// an error of ours, and the run must still finish to decide the exit code (findings: 1). Any
// other failure to write (ENOSPC on a full disk) that the run did not report itself is said in
// one line and exits 2.
let streamError;
const watched = new Set();
function watch(stream) {
  if (!watched.has(stream)) {
    watched.add(stream);
    stream.on('error', (error) => {
      if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') streamError ??= { stream, error };
    });
  }
  return stream;
}

/** Whether a descriptor can be a terminal: a terminal is a character device, a file or a pipe never is. */
function mayBeTerminal(fd) {
  try {
    return fstatSync(fd).isCharacterDevice();
  } catch {
    return false;
  }
}

// stdout and stderr stand in for the process's streams, which are made when first written to:
// Node builds a stream for each (and loads its stream module) when first asked for one, and a run
// that writes its report with -o to a file writes nothing to stdout. Whether one is a terminal is
// answered without making it when the descriptor cannot be one (src/commands/cli-io.ts).
function textOutput(fd, stream) {
  const terminal = () => mayBeTerminal(fd) && stream().isTTY === true;
  return {
    write: (text, callback) => watch(stream()).write(text, callback),
    get isTTY() { return terminal(); },
    get columns() { return terminal() ? stream().columns : undefined; },
  };
}

const io = {
  stdout: textOutput(1, () => process.stdout),
  stderr: textOutput(2, () => process.stderr),
  // A piped log is read from its file descriptor (src/inputs/stdin.ts).
  stdin: standardInput(),
  env: process.env,
};

async function main() {
  const code = await run(argv, io);
  // A run that went through has compiled what its kind of run needs; a usage error, only the start.
  if (code !== 2) bundle.save();
  // A failed write's 'error' event comes a tick after its callback: let it arrive.
  await new Promise((resolve) => setImmediate(resolve));
  if (streamError !== undefined && code !== 2) {
    const name = streamError.stream === process.stdout ? 'stdout' : 'stderr';
    if (name === 'stdout') process.stderr.write(`redfix-forensics: cannot write to stdout: ${streamError.error.code ?? streamError.error.message}\n`);
    process.exitCode = 2;
  } else process.exitCode = code;
}

void main();
