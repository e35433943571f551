/**
 * Piped stdin read from its file descriptor (src/inputs/stdin.ts): every byte in order, as the
 * scan asks for them or as a stream; a descriptor in non-blocking mode is handed to process.stdin
 * with nothing lost; the binary reads a pipe, a socket and a file this way, and reports the same.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { closeSync, openSync, writeFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { DescriptorStdin } from '../../src/inputs/stdin.js';
import { ROOT, runCli, tempDir } from '../helpers.js';
import { smallRunLog } from '../../bench/corpus.js';

/** Bytes that show any reordering or loss: a counter in every line, several pipe buffers long. */
const DATA = Buffer.from(Array.from({ length: 30_000 }, (_, i) => `line ${i} ${'x'.repeat(i % 50)}\n`).join(''));

function fileDescriptor(data: Buffer): number {
  const file = path.join(tempDir(), 'stdin.bin');
  writeFileSync(file, data);
  return openSync(file, 'r');
}

async function collect(chunks: AsyncIterable<Buffer>): Promise<Buffer> {
  const all: Buffer[] = [];
  for await (const chunk of chunks) all.push(chunk);
  return Buffer.concat(all);
}

test('chunks(): every byte, in order, in chunks of at most 64 KiB', async () => {
  const fd = fileDescriptor(DATA);
  const sizes: number[] = [];
  const chunks = async function* () {
    for await (const chunk of new DescriptorStdin(fd, () => Readable.from([])).chunks()) {
      sizes.push(chunk.length);
      yield chunk;
    }
  };
  assert.ok((await collect(chunks())).equals(DATA));
  assert.ok(sizes.length > 1 && Math.max(...sizes) <= 64 * 1024, sizes.join(' '));
  closeSync(fd);
});

test('read as a stream (a history hashes it so): the same bytes', async () => {
  const fd = fileDescriptor(DATA);
  assert.ok((await collect(new DescriptorStdin(fd, () => Readable.from([])))).equals(DATA));
  closeSync(fd);
});

test('a descriptor in non-blocking mode (EAGAIN) is handed to the fallback, from its first byte', async () => {
  const eagain = Object.assign(new Error('EAGAIN: resource temporarily unavailable, read'), { code: 'EAGAIN' });
  let reads = 0;
  const stdin = new DescriptorStdin(0, () => Readable.from([DATA.subarray(0, 10), DATA.subarray(10)]), () => {
    reads += 1;
    return Promise.reject(eagain);
  });
  assert.ok((await collect(stdin.chunks())).equals(DATA));
  assert.is(reads, 1);
});

test('any other read error reaches the scan', async () => {
  const stdin = new DescriptorStdin(0, () => Readable.from([]), () => Promise.reject(new Error('EIO: i/o error, read')));
  try {
    await collect(stdin.chunks());
    assert.unreachable('no error');
  } catch (error) {
    assert.match((error as Error).message, /EIO/);
  }
});

/** The bench's log at the end of half a megabyte of quiet lines: the finding needs every byte. */
const BIG_LOG = `${'INFO nothing to see here, a quiet line of a long log\n'.repeat(10_000)}${smallRunLog()}`;

test('the binary: a pipe, a socket and a file on stdin give the same report', () => {
  const piped = runCli(['-f', 'json'], { input: BIG_LOG });
  assert.is(piped.status, 1, piped.stderr);
  assert.match(piped.stdout, /ready-probe-404-after-upgrade/);
  const file = path.join(tempDir(), 'big.log');
  writeFileSync(file, BIG_LOG);
  const bin = path.join(ROOT, 'bin', 'redfix-forensics.js');
  const shell = (command: string) => spawnSync('bash', ['-c', command], {
    encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', NODE: process.execPath, BIN: bin, LOG: file },
    maxBuffer: 64 * 1024 * 1024,
  });
  const fromFile = shell('"$NODE" "$BIN" -f json < "$LOG"');
  const fromPipe = shell('cat "$LOG" | "$NODE" "$BIN" -f json');
  for (const run of [fromFile, fromPipe]) assert.is(run.status, 1, run.stderr);
  assert.is(fromFile.stdout, piped.stdout);
  assert.is(fromPipe.stdout, piped.stdout);
});

test.run();
