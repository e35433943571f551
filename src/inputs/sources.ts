import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import { createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';
import type { InputRef } from './types.js';

export const HEAD_BYTES = 64 * 1024;
const READ_CHUNK = 1024 * 1024;

export function isGzip(head: Uint8Array): boolean {
  return head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b;
}

/**
 * Stdin can be read only once, but detection needs its head before the scan: the head is
 * kept here and replayed in front of the rest of the stream.
 */
export class StdinSource {
  private head: Buffer[] = [];
  private iterator: AsyncIterator<Buffer> | undefined;

  constructor(private readonly stream: Readable = process.stdin) {}

  async readHead(bytes: number): Promise<Buffer> {
    this.iterator ??= this.stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
    let have = this.head.reduce((n, b) => n + b.length, 0);
    while (have < bytes) {
      const next = await this.iterator.next();
      if (next.done) break;
      const chunk = Buffer.isBuffer(next.value) ? next.value : Buffer.from(next.value);
      this.head.push(chunk);
      have += chunk.length;
    }
    return Buffer.concat(this.head);
  }

  async *chunks(): AsyncGenerator<Buffer> {
    this.iterator ??= this.stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
    const replay = this.head;
    this.head = [];
    for (const chunk of replay) yield chunk;
    for (;;) {
      const next = await this.iterator.next();
      if (next.done) return;
      yield Buffer.isBuffer(next.value) ? next.value : Buffer.from(next.value);
    }
  }
}

/** Synchronous on purpose: a sweep holds thousands of small files, and an async open/read/close costs a thread-pool round trip each. */
function readFileHead(file: string, bytes: number): Buffer {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    return buf.subarray(0, readSync(fd, buf, 0, bytes, 0));
  } finally {
    closeSync(fd);
  }
}

/** The first `bytes` of an input, decompressed when it is gzip. */
export async function readHead(input: InputRef, stdin: StdinSource | undefined, bytes = HEAD_BYTES): Promise<{ head: Buffer; gzip: boolean }> {
  const raw = input.fsPath === undefined ? await stdin!.readHead(bytes) : await readFileHead(input.fsPath, bytes);
  if (!isGzip(raw)) return { head: raw, gzip: false };
  return { head: await gunzipHead(raw, bytes), gzip: true };
}

/** Decompresses what it can of a truncated gzip head (a head is never a whole stream). */
async function gunzipHead(raw: Buffer, bytes: number): Promise<Buffer> {
  return new Promise((resolve) => {
    const out: Buffer[] = [];
    let have = 0;
    const gunzip = createGunzip({ finishFlush: 2 /* Z_SYNC_FLUSH: tolerate the cut end */ });
    gunzip.on('data', (chunk: Buffer) => {
      out.push(chunk);
      have += chunk.length;
      if (have >= bytes) gunzip.destroy();
    });
    const done = () => resolve(Buffer.concat(out).subarray(0, bytes));
    gunzip.on('error', done);
    gunzip.on('close', done);
    gunzip.on('end', done);
    gunzip.end(raw);
  });
}

export interface ChunkOptions {
  start?: number;
  gzip: boolean;
}

/** The input's bytes, decompressed, in chunks of about a megabyte. */
export async function* readChunks(input: InputRef, stdin: StdinSource | undefined, options: ChunkOptions): AsyncGenerator<Buffer> {
  let stream: AsyncIterable<Buffer>;
  if (input.fsPath === undefined) {
    const raw = stdin!.chunks();
    stream = options.gzip ? gunzipIterable(raw) : raw;
  } else {
    const file = createReadStream(input.fsPath, { highWaterMark: READ_CHUNK, start: options.start ?? 0 });
    stream = options.gzip ? file.pipe(createGunzip()) : file;
  }
  for await (const chunk of stream) yield chunk as Buffer;
}

async function* gunzipIterable(source: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  const gunzip = createGunzip();
  const feed = (async () => {
    try {
      for await (const chunk of source) if (!gunzip.write(chunk)) await new Promise((r) => gunzip.once('drain', r));
      gunzip.end();
    } catch (error) {
      gunzip.destroy(error as Error);
    }
  })();
  for await (const chunk of gunzip) yield chunk as Buffer;
  await feed;
}
