import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { InflateRaw } from 'node:zlib';
import type { InputRef, Utf16 } from './types.js';
import type { StandardInput } from './stdin.js';

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

  constructor(private readonly stream: StandardInput = process.stdin) {}

  /** The input's chunks: a descriptor's straight from fs.read, a stream's through its iterator. */
  private chunkIterator(): AsyncIterator<Buffer> {
    this.iterator ??= this.stream[Symbol.asyncIterator]();
    return this.iterator;
  }

  async readHead(bytes: number): Promise<Buffer> {
    const iterator = this.chunkIterator();
    let have = this.head.reduce((n, b) => n + b.length, 0);
    while (have < bytes) {
      const next = await iterator.next();
      if (next.done) break;
      const chunk = Buffer.isBuffer(next.value) ? next.value : Buffer.from(next.value);
      this.head.push(chunk);
      have += chunk.length;
    }
    return Buffer.concat(this.head);
  }

  async *chunks(): AsyncGenerator<Buffer> {
    const iterator = this.chunkIterator();
    const replay = this.head;
    this.head = [];
    for (const chunk of replay) yield chunk;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield Buffer.isBuffer(next.value) ? next.value : Buffer.from(next.value);
    }
  }
}

/**
 * Synchronous on purpose: a sweep holds thousands of small files, and an async open/read/close
 * costs a thread-pool round trip each.
 */
function readFileHead(file: string, bytes: number): Buffer {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    return buf.subarray(0, readSync(fd, buf, 0, bytes, 0));
  } finally {
    closeSync(fd);
  }
}

export interface Head {
  /** The first bytes, decompressed (gzip) and decoded to UTF-8 (UTF-16): what detection reads. */
  head: Buffer;
  gzip: boolean;
  /** UTF-16 text, by its BOM or by the NULs of its high bytes. */
  encoding?: Utf16;
  /** A compression this tool does not read (zstd, xz, bzip2 …), by its magic bytes. */
  compressed?: string;
}

/** The first `bytes` of an input, decompressed when it is gzip and decoded when it is UTF-16. */
export async function readHead(input: InputRef, stdin: StdinSource | undefined, bytes = HEAD_BYTES): Promise<Head> {
  const raw = input.fsPath === undefined ? await stdin!.readHead(bytes) : readFileHead(input.fsPath, bytes);
  const gzip = isGzip(raw);
  const head = gzip ? await gunzipHead(raw, bytes) : raw;
  if (!gzip) {
    const compressed = compressionOf(raw);
    if (compressed) return { head, gzip, compressed };
  }
  const encoding = utf16Of(head);
  return encoding ? { head: Buffer.from(new TextDecoder(encoding).decode(head)), gzip, encoding } : { head, gzip };
}

/** Magic bytes of the compressions met in CI artifacts that are not gzip. */
const COMPRESSIONS: ReadonlyArray<[string, readonly number[], string]> = [
  ['zstd', [0x28, 0xb5, 0x2f, 0xfd], 'zstd -d'],
  ['xz', [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], 'xz -d'],
  ['bzip2', [0x42, 0x5a, 0x68], 'bzip2 -d'],
  ['lz4', [0x04, 0x22, 0x4d, 0x18], 'lz4 -d'],
  ['zip', [0x50, 0x4b, 0x03, 0x04], 'unzip'],
];

/**
 * "zstd: decompress it first (…)" when the head starts with a known magic; bzip2's "BZh" also
 * needs its block-size digit.
 */
export function compressionOf(head: Uint8Array): string | undefined {
  for (const [name, magic, tool] of COMPRESSIONS) {
    if (head.length < magic.length || !magic.every((b, i) => head[i] === b)) continue;
    if (name === 'bzip2' && !(head[3] >= 0x31 && head[3] <= 0x39)) continue;
    return `${name}: decompress it first (${tool}, or name <(${name === 'zip' ? 'unzip -p' : `${tool} -c`} file) instead)`;
  }
  return undefined;
}

/**
 * UTF-16 by its BOM, or, without one, by the pattern of its NULs: text that is mostly ASCII has
 * a NUL in nearly every high byte and almost none in the low bytes. A binary file or a log with
 * NUL runs has NULs in both.
 */
export function utf16Of(head: Uint8Array): Utf16 | undefined {
  if (head.length >= 2 && head[0] === 0xff && head[1] === 0xfe && !(head[2] === 0 && head[3] === 0)) return 'utf-16le';
  if (head.length >= 2 && head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  const pairs = Math.min(head.length, 4096) >> 1;
  if (pairs < 8) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (head[i] === 0) evenNul += 1;
    if (head[i + 1] === 0) oddNul += 1;
  }
  if (oddNul >= pairs * 0.4 && evenNul <= pairs * 0.02) return 'utf-16le';
  if (evenNul >= pairs * 0.4 && oddNul <= pairs * 0.02) return 'utf-16be';
  return undefined;
}

/** UTF-16 chunks as UTF-8 ones: a character or surrogate pair split across chunks is carried over. */
async function* decodeUtf16(source: AsyncIterable<Buffer>, encoding: Utf16): AsyncGenerator<Buffer> {
  const decoder = new TextDecoder(encoding);
  for await (const chunk of source) {
    const text = decoder.decode(chunk, { stream: true });
    if (text.length > 0) yield Buffer.from(text, 'utf8');
  }
  const rest = decoder.decode();
  if (rest.length > 0) yield Buffer.from(rest, 'utf8');
}

/** Decompresses what it can of a truncated gzip head (a head is never a whole stream). */
async function gunzipHead(raw: Buffer, bytes: number): Promise<Buffer> {
  const out: Buffer[] = [];
  let have = 0;
  try {
    for await (const chunk of gunzipMembers([raw], () => {})) {
      out.push(chunk);
      have += chunk.length;
      if (have >= bytes) break;
    }
  } catch {
    // The cut end of the head, or a corrupt stream: what came before it is the head.
  }
  return Buffer.concat(out).subarray(0, bytes);
}

export interface ChunkOptions {
  start?: number;
  gzip: boolean;
  /** Told what was skipped without failing the read (bytes after the last gzip member, a gzip bomb cut short). */
  onNotice?: (message: string) => void;
  /** Decompressed bytes to read at most; without it, the ratio cap of DECOMPRESSION applies. */
  maxDecompressed?: number;
}

/**
 * A gzip bomb (10 GB of one line from 47 MB) would keep the scan busy for many minutes. As archive
 * tools do, decompression stops once the output passes `graceBytes` while being more than `ratio`
 * times the compressed bytes read; logs compress 5-30:1, deflate tops out near 1032:1.
 * `--max-decompressed` replaces the ratio with a plain size.
 */
export const DECOMPRESSION = { ratio: 100, graceBytes: 256 * 1024 * 1024 };

/** The input's bytes, decompressed, in chunks of about a megabyte. */
export async function* readChunks(
  input: InputRef,
  stdin: StdinSource | undefined,
  options: ChunkOptions,
): AsyncGenerator<Buffer> {
  const raw: AsyncIterable<Buffer> = input.fsPath === undefined
    ? stdin!.chunks()
    : createReadStream(input.fsPath, { highWaterMark: READ_CHUNK, start: options.start ?? 0 });
  const bytes = options.gzip
    ? capDecompressed(gunzipMembers(raw, (offset, length) =>
      options.onNotice?.(`${length} bytes after the gzip data (from byte ${offset} of the compressed file) are not gzip: ignored, as gzip -d does; everything before them was read`)), options)
    : raw;
  if (input.encoding) yield* decodeUtf16(bytes, input.encoding);
  else for await (const chunk of bytes) yield chunk;
}

/**
 * The decompressed chunks until the cap of `options` (or DECOMPRESSION's ratio) is reached; then
 * a notice and the end.
 */
async function* capDecompressed(chunks: GunzipStream, options: ChunkOptions): AsyncGenerator<Buffer> {
  let out = 0;
  for await (const chunk of chunks) {
    const limit = options.maxDecompressed;
    const after = out + chunk.length;
    const over = limit !== undefined
      ? after > limit
      : after > DECOMPRESSION.graceBytes && after > DECOMPRESSION.ratio * Math.max(1, chunks.compressedRead());
    if (over) {
      const keep = limit !== undefined ? limit - out : 0;
      if (keep > 0) yield chunk.subarray(0, keep);
      out += keep;
      const why = limit !== undefined
        ? `--max-decompressed ${limit}`
        : `${Math.round(out / Math.max(1, chunks.compressedRead()))}:1 to the ${chunks.compressedRead()} compressed bytes read, over the ${DECOMPRESSION.ratio}:1 cap (a gzip bomb?)`;
      options.onNotice?.(`decompression stopped after ${out} bytes (${why}): the rest of the input is not read; --max-decompressed <size> reads up to <size>`);
      await chunks.return(undefined);
      return;
    }
    out += chunk.length;
    yield chunk;
  }
}

/** Told of bytes after the gzip data that are not gzip: where they start and how many. */
type OnTrailing = (offset: number, length: number) => void;

/** gunzipMembers' generator, which also tells how many compressed bytes it has used. */
type GunzipStream = AsyncGenerator<Buffer> & { compressedRead(): number };

const GZIP_HEADER = 10;
const FHCRC = 2;
const FEXTRA = 4;
const FNAME = 8;
const FCOMMENT = 16;
/** CRC32 and ISIZE after each member's deflate data. */
const GZIP_TRAILER = 8;
/** Compressed bytes handed to the inflater at a time: its output per write stays bounded. */
const INFLATE_SLICE = 64 * 1024;

/**
 * Length of the gzip member header at the start of `buf` (RFC 1952): a number, `more` when
 * `buf` ends inside it, or `not-gzip`.
 */
export function gzipHeaderLength(buf: Buffer): number | 'more' | 'not-gzip' {
  if (buf.length >= 1 && buf[0] !== 0x1f) return 'not-gzip';
  if (buf.length >= 2 && buf[1] !== 0x8b) return 'not-gzip';
  if (buf.length >= 3 && buf[2] !== 8) return 'not-gzip'; // deflate is the only method
  if (buf.length < GZIP_HEADER) return 'more';
  const flags = buf[3];
  let at = GZIP_HEADER;
  if (flags & FEXTRA) {
    if (buf.length < at + 2) return 'more';
    at += 2 + buf.readUInt16LE(at);
  }
  for (const flag of [FNAME, FCOMMENT]) {
    if (!(flags & flag)) continue;
    const nul = buf.indexOf(0, at);
    if (nul < 0) return 'more';
    at = nul + 1;
  }
  if (flags & FHCRC) at += 2;
  return buf.length < at ? 'more' : at;
}

/**
 * gzip members one after the other, decompressed, as `gzip -d` reads them. zlib's own gunzip
 * drops the output of the last write when bytes that are not another member follow the data (a
 * log with trailing garbage then reads as empty); here each member is inflated raw, so what
 * decompressed is kept, and such bytes are counted and told to `onTrailing` instead. Trailing
 * zeros (padding) are ignored silently. A member cut short or corrupt is an error, thrown after
 * everything before it was yielded.
 */
export function gunzipMembers(source: AsyncIterable<Buffer> | Iterable<Buffer>, onTrailing: OnTrailing): GunzipStream {
  const input = new ByteQueue(source);
  return Object.assign(gunzipQueue(input, onTrailing), { compressedRead: () => input.offset });
}

async function* gunzipQueue(input: ByteQueue, onTrailing: OnTrailing): AsyncGenerator<Buffer> {
  try {
    yield* gunzipEach(input, onTrailing);
  } finally {
    await input.close();
  }
}

async function* gunzipEach(input: ByteQueue, onTrailing: OnTrailing): AsyncGenerator<Buffer> {
  for (let member = 0; ; member++) {
    let header: number | 'more' | 'not-gzip';
    while ((header = gzipHeaderLength(input.pending)) === 'more' && await input.pull());
    if (input.pending.length === 0 && input.exhausted) return;
    if (typeof header !== 'number') {
      const offset = input.offset;
      const { length, zeros } = await input.drain();
      if (member === 0) throw new Error('not a gzip stream (incorrect header)');
      if (!zeros) onTrailing(offset, length);
      return;
    }
    input.consume(header);
    yield* inflateMember(input);
    while (input.pending.length < GZIP_TRAILER && await input.pull());
    if (input.pending.length < GZIP_TRAILER) throw new Error('unexpected end of file');
    input.consume(GZIP_TRAILER);
  }
}

/** One member's deflate data from the queue; what follows it is left in the queue. */
async function* inflateMember(input: ByteQueue): AsyncGenerator<Buffer> {
  // zlib is loaded with the first .gz input, not on every start-up. Required, not imported: the
  // CLI bundle is a script (scripts/bundle.ts), which cannot run import().
  const { createInflateRaw } = createRequire(import.meta.url)('node:zlib') as typeof import('node:zlib');
  const inflate = createInflateRaw();
  const feeding = feedUntilStreamEnd(inflate, input).catch((error: Error) => { inflate.destroy(error); });
  for await (const chunk of inflate) yield chunk as Buffer;
  await feeding;
}

/** Writes the queue's bytes into `inflate` slice by slice until the deflate stream ends or the input does. */
async function feedUntilStreamEnd(inflate: InflateRaw, input: ByteQueue): Promise<void> {
  for (;;) {
    if (input.pending.length === 0 && !(await input.pull())) { inflate.end(); return; }
    const slice = input.pending.subarray(0, INFLATE_SLICE);
    const before = inflate.bytesWritten;
    await new Promise<void>((resolve, reject) => inflate.write(slice, (error) => (error ? reject(error) : resolve())));
    const used = inflate.bytesWritten - before;
    input.consume(used);
    // zlib stops taking input at the end of the deflate stream: the rest belongs to what follows.
    if (used < slice.length) { inflate.end(); return; }
  }
}

/** Compressed bytes not yet used, pulled from the source on demand. */
class ByteQueue {
  pending: Buffer = Buffer.alloc(0);
  /** Offset in the compressed input of pending[0]. */
  offset = 0;
  exhausted = false;
  private readonly iterator: AsyncIterator<Buffer> | Iterator<Buffer>;

  /** A stream's chunks, or chunks already in memory (a file's head). */
  constructor(source: AsyncIterable<Buffer> | Iterable<Buffer>) {
    this.iterator = Symbol.asyncIterator in source ? source[Symbol.asyncIterator]() : source[Symbol.iterator]();
  }

  /** Appends the next chunk of the source; false at its end. */
  async pull(): Promise<boolean> {
    if (this.exhausted) return false;
    const next = await this.iterator.next();
    if (next.done) { this.exhausted = true; return false; }
    const chunk = Buffer.isBuffer(next.value) ? next.value : Buffer.from(next.value);
    this.pending = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
    return true;
  }

  consume(bytes: number): void {
    this.pending = this.pending.subarray(bytes);
    this.offset += bytes;
  }

  /** Closes the source (a file stream) when reading stops before its end. */
  async close(): Promise<void> {
    if (!this.exhausted) await this.iterator.return?.();
    this.exhausted = true;
  }

  /** Reads the rest of the source, counting it: its length, and whether it was all zeros. */
  async drain(): Promise<{ length: number; zeros: boolean }> {
    let length = 0;
    let zeros = true;
    do {
      length += this.pending.length;
      if (zeros && !allZeros(this.pending)) zeros = false;
      this.consume(this.pending.length);
    } while (await this.pull());
    return { length, zeros };
  }
}

const ZEROS = Buffer.alloc(64 * 1024);

function allZeros(buf: Buffer): boolean {
  for (let at = 0; at < buf.length; at += ZEROS.length) {
    const part = buf.subarray(at, at + ZEROS.length);
    if (!part.equals(ZEROS.subarray(0, part.length))) return false;
  }
  return true;
}
