/** The scan, the default command: inputs → the triage → a report in the chosen format, and the exit code. */
import { realpathSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { sep } from 'node:path';
import { Option, type Command } from 'commander';
import { analyze, type AnalyzeOptions } from '../analyze.js';
import { DEFAULT_FAIL_ON, scanExitStatus } from '../exit-status.js';
import { REPORTERS } from '../reporters/index.js';
import { redactResult } from '../reporters/redaction.js';
import { withFingerprints } from '../reporters/fingerprint.js';
import { inputProblemLines, type AnalysisResult } from '../result.js';
import { filterResult } from '../triage/filter.js';
import { escapeForDisplay } from '../text/escape.js';
import { redactSecrets } from '../text/redact.js';
import { TOOL_NAME } from '../version.js';
import { problemLine, write, type CliIo } from './cli-io.js';
import { UsageError, type CommandContext, type CommandDefinition } from './command.js';
import { EXAMPLES } from './help.js';
import { checkTz, collect, formatsFrom, inputOptions, parseFailOn, repeat, rulesFrom, type InputOptionValues } from './options.js';
import { closestCommand, unmatchedFilters } from './typos.js';
import { historyForScan } from './history.js';

/** The scan's options, as commander hands them over. */
interface ScanOptions extends InputOptionValues {
  format: string;
  output?: string;
  failOn: string;
  recipe?: string[];
  tier?: string[];
  rules?: string[];
  disableRule?: string[];
  baseline?: string[];
  history?: string;
  fullGrammar?: boolean;
  workers?: number;
}

export const scanCommand: CommandDefinition = {
  name: 'scan',
  register(program, context) {
    const scan = program
      .command('scan', { isDefault: true })
      .description('scan logs, junit files and run directories; print the triage (default command)')
      .argument('[paths...]', 'files and directories; - is stdin (the default when stdin is piped)')
      .addOption(new Option('-f, --format <format>', 'output format').choices(Object.keys(REPORTERS)).default('table'))
      .option('-o, --output <file>', 'write the report to <file> instead of stdout')
      .option('--fail-on <list>', 'classifications (and unexplained) that make the exit code 1, or none',
        DEFAULT_FAIL_ON.join(','))
      .option('--recipe <names>', 'only these recipes (comma list, repeatable)', collect)
      .option('--tier <names>', 'only these tiers (comma list, repeatable)', collect)
      .option('--rules <file|dir>',
        'load a rule pack (JSON or YAML, see schema/rule.schema.json); repeatable; '
        + 'a rule with a built-in id replaces it', repeat)
      .option('--disable-rule <id>', 'do not run this rule (comma list, repeatable)', collect)
      .option('--baseline <run>',
        'a green run of the same recipe: its lines rank last for unexplained failures (repeatable)', repeat)
      .option('--history <target>',
        'record the runs into a history and compare with it (SQLite file or postgres:// URL; default $REDFIX_HISTORY)')
      .addOption(new Option('--full-grammar', 'parse every line with the grammars (slow; checks the fast path)')
        .hideHelp())
      .addOption(new Option('--workers <n>', 'worker threads for large line files (0: scan in the main thread)')
        .argParser((v) => Number.parseInt(v, 10)).hideHelp())
      .addHelpText('after', EXAMPLES);
    inputOptions(scan).action((paths: string[], options: ScanOptions) => runScan(paths, options, context));
  },
};

async function runScan(paths: string[], options: ScanOptions, { io, exit, program }: CommandContext): Promise<void> {
  const failOn = parseFailOn(options.failOn);
  const analysis = await analyzeOptions(options, io);
  analysis.paths = scanTargets(paths, options, io, program);
  if (options.output !== undefined) {
    refuseOutputOverInput(options.output, [...analysis.paths, ...(options.runs ?? []), ...(options.baseline ?? [])]);
  }
  // --history: recorded runs are evidence, and these runs are recorded (src/history/session.ts).
  const history = await historyForScan(options, io.env);
  if (history) analysis.stdin = history.stdin(io.stdin, analysis.paths);
  const run = history ? history.analyze.bind(history) : analyze;
  const result = await run({ ...analysis, onProgress: progress(options, io) });
  const unmatched = unmatchedFilters(result, options.recipe ?? [], options.tier ?? []);
  if (unmatched.length > 0) throw new UsageError(unmatched.join('; '));
  let shown = withFingerprints(redactResult(filterResult(result, options.recipe ?? [], options.tier ?? [])));
  if (history) shown = await history.finish(shown);
  const toTerminal = await report(shown, options, io, failOn);
  // Problems and notices reach a person whatever the format; the table on a terminal already shows them.
  if (!(options.format === 'table' && toTerminal)) {
    const lines = [...inputProblemLines(shown), ...shown.notices.map((n) => `note: ${n}`)];
    for (const line of lines) io.stderr.write(problemLine(line));
  }
  exit.code = history?.error !== undefined ? 2 : scanExitStatus(shown, failOn);
}

/** The analysis the options ask for, its paths still to be named. */
async function analyzeOptions(options: ScanOptions, io: CliIo): Promise<AnalyzeOptions> {
  const tz = checkTz(options.tz);
  const formats = await formatsFrom(options, io);
  const rules = await rulesFrom(options, formats);
  return {
    paths: [],
    runsDirs: options.runs ?? [],
    followSymlinks: options.followSymlinks === true,
    maxDecompressed: options.maxDecompressed,
    rules,
    tz,
    inputFormat: options.inputFormat,
    formats,
    fullGrammar: options.fullGrammar === true,
    workers: options.workers,
    baselines: options.baseline ?? [],
    stdin: io.stdin,
  };
}

/** What to scan: the paths named; else stdin when piped (and no --runs). A path that is a command's typo is refused. */
function scanTargets(paths: string[], options: ScanOptions, io: CliIo, program: Command): string[] {
  const targets = paths.length > 0 ? paths : (options.runs?.length ?? 0) > 0 ? [] : io.stdin.isTTY ? undefined : ['-'];
  if (targets === undefined) {
    throw new UsageError('nothing to scan: name files or directories, pipe a log on stdin, or see --help');
  }
  const meant = paths.length > 0 ? closestCommand(paths[0], program.commands.map((c) => c.name())) : undefined;
  if (meant) {
    const hint = `did you mean \`${TOOL_NAME} ${meant}\`?`;
    throw new UsageError(`${paths[0]}: no such file or directory, and not a command; ${hint}`);
  }
  return targets;
}

/** The progress line on a terminal's stderr, at most five times a second; nothing when stderr is not one. */
function progress(options: ScanOptions, io: CliIo): AnalyzeOptions['onProgress'] {
  if (io.stderr.isTTY !== true || options.format === undefined) return undefined;
  let last = 0;
  return (done, total, path) => {
    const now = Date.now();
    if (total < 2 || (now - last < 200 && done < total)) return;
    last = now;
    const line = done < total ? progressLine(done, total, path, io.stderr.columns ?? 80) : '';
    io.stderr.write(`\r\x1b[K${line}`);
  };
}

/** Writes the report where -o says (`-o -` is stdout, as in most tools); whether it went to a terminal. */
async function report(
  result: AnalysisResult, options: ScanOptions, io: CliIo, failOn: ReadonlySet<string>,
): Promise<boolean> {
  const toFile = options.output !== undefined && options.output !== '-';
  const reporter = await REPORTERS[options.format]();
  const width = io.stdout.columns ?? 80;
  const text = reporter(result, { color: useColor(io, toFile), width, cwd: io.cwd ?? process.cwd(), failOn });
  if (!toFile) {
    await write(io.stdout, text);
    return io.stdout.isTTY === true;
  }
  // Written synchronously: nothing else is left to do, and fs.promises would cost its loading
  // (about 1.5 ms on Node 24). A path the user can fix is a usage error, not a crash with a stack trace.
  try {
    writeFileSync(options.output!, text);
  } catch (error) {
    throw new UsageError(`--output ${options.output}: cannot write: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  return false;
}

function useColor(io: CliIo, toFile: boolean): boolean {
  const force = io.env.FORCE_COLOR;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  // FORCE_COLOR=0 (or false) is a request for no colour, as chalk and Node read it, not "unset".
  if (force === '0' || force === 'false') return false;
  if (force !== undefined) return true;
  return !toFile && io.stdout.isTTY === true;
}

/**
 * `-o` must not name an input: the report would overwrite the evidence it was made from. An
 * existing file that is one of the inputs, or lies inside a scanned directory, is refused.
 */
function refuseOutputOverInput(output: string, inputs: readonly string[]): void {
  const target = statOrUndefined(output);
  if (!target?.isFile()) return;
  const real = realpathSync(output);
  for (const input of inputs) {
    if (input === '-') continue;
    const stat = statOrUndefined(input);
    if (stat?.isFile() && stat.dev === target.dev && stat.ino === target.ino) {
      throw new UsageError(`-o ${output}: that file is an input (${input}); `
        + 'the report would overwrite the evidence: write it elsewhere');
    }
    if (stat?.isDirectory() && real.startsWith(`${realpathSync(input).replace(/\/+$/, '')}${sep}`)) {
      throw new UsageError(`-o ${output}: that file lies inside the scanned directory ${input}, so it is an input too; `
        + 'the report would overwrite it: write it elsewhere');
    }
  }
}

function statOrUndefined(file: string): Stats | undefined {
  try {
    return statSync(file);
  } catch {
    return undefined;
  }
}

/** `[3/17] …/path/of/the/input`: cut from the left to fit the terminal, so it never wraps into a stray line. */
export function progressLine(done: number, total: number, path: string, columns: number): string {
  const counter = `[${done + 1}/${total}] `;
  const room = Math.max(0, columns - 1 - counter.length);
  const shown = escapeForDisplay(redactSecrets(path));
  if (counter.length >= columns) return counter.slice(0, Math.max(0, columns - 1));
  return counter + (shown.length <= room ? shown : room > 1 ? `…${shown.slice(shown.length - room + 1)}` : '');
}
