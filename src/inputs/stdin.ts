/**
 * Standard input, as the command line reads it. A piped log is read from its file descriptor with
 * fs.read, a chunk at a time as the scan asks for it: process.stdin on a pipe is a net.Socket, and
 * making it and reading it as a stream cost a small log's start about 3 ms (Node 24), a tenth of
 * its run. A terminal, /dev/null and whatever else stdin may be stay process.stdin.
 *
 * What the command line reads is only an async iterable of chunks (a Readable is one): the read
 * from a descriptor loads no stream module, another 1.5 ms of such a start.
 */
import { fstatSync, read } from 'node:fs';

/** Standard input as the command line reads it: its chunks in order, and whether it is a terminal. */
export type StandardInput = AsyncIterable<Buffer> & { readonly isTTY?: boolean };

/** What fs.read returns in one chunk: what a pipe holds (64 KiB on Linux) and Node's own stream reads. */
const CHUNK = 64 * 1024;

type ReadInto = (fd: number, buffer: Buffer) => Promise<number>;

const readInto: ReadInto = (fd, buffer) =>
  new Promise((resolve, reject) => {
    read(fd, buffer, 0, buffer.length, null, (error, bytes) => (error ? reject(error) : resolve(bytes)));
  });

/**
 * A pipe, a socket or a file on a file descriptor, read in order from where it stands.
 *
 * A descriptor in non-blocking mode (the writer's process can set it on a shared pipe) answers
 * EAGAIN when nothing is there yet: the rest is then read through `fallback` (process.stdin, which
 * waits for such a pipe). The failed read read nothing, so nothing is lost.
 */
export class DescriptorStdin implements StandardInput {
  readonly isTTY = false;

  constructor(
    private readonly fd: number,
    private readonly fallback: () => AsyncIterable<Buffer>,
    private readonly readChunk: ReadInto = readInto,
  ) {}

  [Symbol.asyncIterator](): AsyncGenerator<Buffer> {
    return this.chunks();
  }

  /** The bytes in chunks, each read when asked for: nothing is read ahead of the scan. */
  async *chunks(): AsyncGenerator<Buffer> {
    let buffer = Buffer.allocUnsafe(CHUNK);
    for (;;) {
      let bytes: number;
      try {
        bytes = await this.readChunk(this.fd, buffer);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
        yield* this.fallback();
        return;
      }
      if (bytes === 0) return;
      // A short read is copied out, so a chunk the scan keeps does not hold a whole buffer.
      if (bytes < CHUNK / 2) {
        yield Buffer.from(buffer.subarray(0, bytes));
      } else {
        yield buffer.subarray(0, bytes);
        buffer = Buffer.allocUnsafe(CHUNK);
      }
    }
  }
}

/** The process's stdin for the command line: from its descriptor when it is a pipe, a socket or a file. */
export function standardInput(): StandardInput {
  // Windows pipes are read as Node reads them.
  if (process.platform === 'win32') return process.stdin;
  let readable = false;
  try {
    const stat = fstatSync(0);
    readable = stat.isFIFO() || stat.isSocket() || stat.isFile();
  } catch {
    // A closed stdin: process.stdin says so as Node does.
  }
  return readable ? new DescriptorStdin(0, () => process.stdin) : process.stdin;
}
