/** `parse`: the events a rule would see, one NDJSON object per line read. */
import { ingest } from '../analyze.js';
import type { ScanEvent } from '../engine/engine.js';
import type { LogEvent } from '../events.js';
import type { InputProblem } from '../inputs/types.js';
import { safeJsonStringify } from '../text/escape.js';
import { redactSecrets } from '../text/redact.js';
import { problemLine, write, type CliIo } from './cli-io.js';
import type { CommandContext, CommandDefinition } from './command.js';
import { checkTz, formatsFrom, inputOptions, rulesFrom, type InputOptionValues } from './options.js';

type ParseOptions = InputOptionValues;

export const parseCommand: CommandDefinition = {
  name: 'parse',
  register(program, context) {
    const parse = program
      .command('parse')
      .description('print the events a rule would match, as NDJSON (one per line read)')
      .argument('[paths...]', 'files or directories; - is stdin');
    inputOptions(parse).action((paths: string[], options: ParseOptions) => runParse(paths, options, context));
  },
};

async function runParse(paths: string[], options: ParseOptions, { io, exit }: CommandContext): Promise<void> {
  const tz = checkTz(options.tz);
  const targets = paths.length > 0 ? paths : (options.runs?.length ?? 0) > 0 ? [] : ['-'];
  let pending = Promise.resolve();
  const formats = await formatsFrom(options, io);
  const ingested = await ingest({
    paths: targets, runsDirs: options.runs ?? [], followSymlinks: options.followSymlinks === true,
    maxDecompressed: options.maxDecompressed, rules: await rulesFrom({}), tz, inputFormat: options.inputFormat, formats,
    stdin: io.stdin, everyLine: true,
    onEvent: (event) => {
      const line = eventLine(event);
      pending = pending.then(() => write(io.stdout, line));
    },
  });
  await pending;
  reportProblems(ingested.problems, ingested.notices, io);
  exit.code = ingested.problems.some((p) => p.fatal) ? 2 : 0;
}

/** An event as one NDJSON line: log text redacted, the literal hits left out (they are the scan's, not the line's). */
function eventLine(event: ScanEvent): string {
  const fields = Object.fromEntries(Object.entries(event.fields)
    .map(([k, v]) => [k, typeof v === 'string' ? redactSecrets(v) : v]));
  const redacted: LogEvent & { hits?: ScanEvent['hits'] } = {
    ...event,
    text: redactSecrets(event.text),
    message: redactSecrets(event.message),
    fields,
  };
  delete redacted.hits;
  return `${safeJsonStringify(redacted)}\n`;
}

/** Input problems, then notices, each once on stderr (as the scan prints them). */
function reportProblems(problems: readonly InputProblem[], notices: readonly string[], io: CliIo): void {
  for (const { path, line, message } of problems) {
    io.stderr.write(problemLine(`${path}${line !== undefined ? `:${line}` : ''}: ${message}`));
  }
  for (const notice of notices) io.stderr.write(problemLine(`note: ${notice}`));
}
