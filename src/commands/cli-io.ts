/** The command line's streams, and how a command writes to them: controls escaped, secrets redacted. */
import type { StandardInput } from '../inputs/stdin.js';
import { escapeForDisplay } from '../text/escape.js';
import { redactSecrets } from '../text/redact.js';
import { TOOL_NAME } from '../version.js';

/**
 * Where the command line writes: text, and whether it is a terminal and how wide. bin/ gives
 * stand-ins that make the process's stream only when written to (a Writable is one too).
 */
export interface TextOutput {
  write(text: string, callback?: (error?: Error | null) => void): boolean;
  readonly isTTY?: boolean;
  readonly columns?: number;
}

export interface CliIo {
  stdout: TextOutput;
  stderr: TextOutput;
  stdin: StandardInput;
  env: NodeJS.ProcessEnv;
  cwd?: string;
}

/** A write to stdout that failed for a reason of ours to report (a full disk), not a reader that left. */
export class OutputError extends Error {}

/** The reader went away (`| head`): what it did not read it did not want, so this is no failure. */
function readerGone(error: NodeJS.ErrnoException): boolean {
  return error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED';
}

function describeWriteError(error: NodeJS.ErrnoException): string {
  if (error.code === 'ENOSPC') return 'no space left on device (ENOSPC); write it elsewhere with -o <file>';
  return error.code ? `${error.code}: ${error.message}` : error.message;
}

export function write(stream: TextOutput, text: string): Promise<void> {
  return new Promise((resolve, reject) =>
    stream.write(text, (error) => {
      if (!error || readerGone(error)) resolve();
      else reject(new OutputError(`cannot write the report to stdout: ${describeWriteError(error)}`));
    }));
}

/** Untrusted text a command prints for a person: controls shown escaped and secrets redacted, line by line. */
export function safeText(text: string): string {
  return text.split('\n').map((line) => redactSecrets(escapeForDisplay(line))).join('\n');
}

/** Text a command printed for a person: controls shown escaped, line by line. */
export function escapeLines(text: string): string {
  return text.split('\n').map(escapeForDisplay).join('\n');
}

/** A line on stderr: the tool's name, then the untrusted text made safe. */
export function problemLine(text: string): string {
  return `${TOOL_NAME}: ${safeText(text.replace(/\n/g, ' '))}\n`;
}
