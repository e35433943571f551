/**
 * The command line: the only module that reads argv, writes to the terminal and decides the
 * exit code (returned to bin/, which sets process.exitCode).
 *   0 nothing reaches --fail-on · 1 a finding or unexplained failure does · 2 usage error, or an
 *   input that could not be read at all (the results for everything else are still printed).
 */
import { promises as fs, realpathSync, statSync, type Stats } from 'node:fs';
import { sep } from 'node:path';
import { DEFAULT_FAIL_ON as DEFAULT_FAIL_ON_LIST, scanExitStatus } from './exit-status.js';
import { PassThrough, type Readable, type Writable } from 'node:stream';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { analyze, ingest } from './analyze.js';
import { INPUT_FORMATS } from './inputs/detect.js';
import { loadRules, RulePackError } from './rule-packs/load.js';
import { RuleValidationError } from './rules/errors.js';
import { RULESET_VERSION } from './rules/index.js';
import { CLASSIFICATIONS, type LoadedRule } from './rules/types.js';
import { REPORTERS } from './reporters/index.js';
import { redactResult } from './reporters/redaction.js';
import { validateTimeZone } from './parsers/time.js';
import { escapeForDisplay, safeJsonStringify } from './text/escape.js';
import { existsSync } from 'node:fs';
import { inputProblemLines, type AnalysisResult } from './result.js';
import { withFingerprints } from './reporters/fingerprint.js';
import { filterResult } from './triage/filter.js';
import { redactSecrets } from './text/redact.js';
import { TOOL_NAME, TOOL_VERSION } from './version.js';
import { RuleCompileError } from './engine/compile.js';
import { FormatDefinitionError, type LoadedFormat } from './parsers/user/definition.js';
import { historyForScan, registerHistoryCommand } from './commands/history.js';
import { HistoryError } from './history/errors.js';

export interface CliIo {
  stdout: Writable & { isTTY?: boolean; columns?: number };
  stderr: Writable & { isTTY?: boolean; columns?: number };
  stdin: Readable & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  cwd?: string;
}

/** An error the user can act on: printed as one line with a hint, exit 2. */
class UsageError extends Error {}

// One example per use: --help is where a CI author looks first (the scan options hide under
// the default command, so the main help must show them).
const EXAMPLES = `
Examples:
  cat run.log | redfix-forensics                      pipe one log: stdin (also: redfix-forensics -)
  redfix-forensics /var/lib/cc-ci-runs/sweep-17       batch-scan a sweep directory: the triage table
  redfix-forensics sweep-16/ sweep-17/                several directories: one run each, compared
  redfix-forensics --runs runs/ --format json         each subdirectory a run; compare runs (flake or genuine)
  redfix-forensics app.log junit.xml.gz -             loose files (.gz read as is) and stdin: one run
  redfix-forensics -f sarif -o triage.sarif run/      SARIF for code scanning, written to a file
  redfix-forensics -f junit run/ > triage.xml         junit for a CI test dashboard
  redfix-forensics -f markdown run/ > comment.md      a pull-request comment
  redfix-forensics -f ndjson run/ | jq 'select(.type=="finding")'   one record per line
  redfix-forensics --fail-on recipe-defect run/       exit 1 only for recipe defects (none: always 0)
  redfix-forensics --recipe gitea --tier promote run/ only these recipes and tiers
  redfix-forensics --rules my-rules/ run/             add (or replace) rules from a JSON pack
  redfix-forensics --disable-rule deploy-timeout run/ do not run one rule
  redfix-forensics --formats harness.yaml run/        read a harness layout or an app's log format given as data
  redfix-forensics --tz Europe/Berlin run/            zone of timestamps that carry none
  redfix-forensics --history history.db sweep-17/     record the runs; recorded runs settle flake or genuine
  redfix-forensics history flakes --history history.db   per recipe and test: red under load, green alone, verdict
  redfix-forensics rules list --json                  the rules: id, classification, severity, origin
  redfix-forensics test-rules                         regression-test the rules against corpus/
  redfix-forensics parse services/app.log             the events a rule would see, as NDJSON
  redfix-forensics explain gitea-appini-readonly-jwt run/   why a rule did or did not fire
  redfix-forensics draft-rule run/                    draft a rule from an unexplained failure
  redfix-forensics --version                          the tool and rule-set versions

Exit status: 0 nothing reaches --fail-on · 1 a finding or unexplained failure does ·
2 usage error or an input that cannot be read (the rest is still reported).`;

function useColor(io: CliIo, toFile: boolean): boolean {
  const force = io.env.FORCE_COLOR;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  // FORCE_COLOR=0 (or false) is a request for no colour, as chalk and Node read it, not "unset".
  if (force === '0' || force === 'false') return false;
  if (force !== undefined) return true;
  return !toFile && io.stdout.isTTY === true;
}

/** Untrusted text a command prints for a person: controls shown escaped and secrets redacted, line by line. */
function safeText(text: string): string {
  return text.split('\n').map((line) => redactSecrets(escapeForDisplay(line))).join('\n');
}

/** Text a command printed for a person: controls shown escaped, line by line. */
function escapeLines(text: string): string {
  return text.split('\n').map(escapeForDisplay).join('\n');
}

/** A line on stderr: the tool's name, then the untrusted text made safe. */
function problemLine(text: string): string {
  return `${TOOL_NAME}: ${safeText(text.replace(/\n/g, ' '))}\n`;
}

/** Edit distance, for suggesting the command a typo meant. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row.push(Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)));
    previous = row;
  }
  return previous[b.length];
}

/** The command a missing path most likely meant (`expalin` → `explain`), when one is close. */
function closestCommand(word: string, commands: readonly string[]): string | undefined {
  if (word.includes('/') || word.includes('.') || existsSync(word)) return undefined;
  const ranked = commands.map((c) => ({ c, d: distance(word.toLowerCase(), c) })).sort((a, b) => a.d - b.d);
  const best = ranked[0];
  return best && best.d <= Math.max(1, Math.floor(best.c.length / 3)) ? best.c : undefined;
}

/**
 * A --recipe or --tier value that names nothing in any run is a typo, not a green scan: each
 * such value, named. A value seen in some runs only is fine.
 */
function unmatchedFilters(result: AnalysisResult, recipes: readonly string[], tiers: readonly string[]): string[] {
  const seenRecipes = new Set<string>([...result.recipes.map((r) => r.recipe), ...result.runs.flatMap((r) => r.recipes)]);
  for (const f of result.findings) if (f.recipe) seenRecipes.add(f.recipe);
  const seenTiers = new Set<string>([...result.recipes.flatMap((r) => Object.keys(r.tiers)), ...result.unexplained.flatMap((u) => (u.tier ? [u.tier] : []))]);
  for (const f of result.findings) for (const t of [f.tier, ...(f.tiers ?? [])]) if (t) seenTiers.add(t);
  const list = (set: Set<string>) => (set.size > 0 ? [...set].sort().join(', ') : 'none');
  return [
    ...recipes.filter((r) => !seenRecipes.has(r)).map((r) => `--recipe ${r}: no run has this recipe (recipes seen: ${list(seenRecipes)})`),
    ...tiers.filter((t) => !seenTiers.has(t)).map((t) => `--tier ${t}: no run has this tier (tiers seen: ${list(seenTiers)})`),
  ];
}

/** A write to stdout that failed for a reason of ours to report (a full disk), not a reader that left. */
class OutputError extends Error {}

/** The reader went away (`| head`): what it did not read it did not want, so this is no failure. */
function readerGone(error: NodeJS.ErrnoException): boolean {
  return error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED';
}

function write(stream: Writable, text: string): Promise<void> {
  return new Promise((resolve, reject) =>
    stream.write(text, (error) => {
      if (!error || readerGone(error)) resolve();
      else reject(new OutputError(`cannot write the report to stdout: ${describeWriteError(error)}`));
    }));
}

function describeWriteError(error: NodeJS.ErrnoException): string {
  if (error.code === 'ENOSPC') return 'no space left on device (ENOSPC); write it elsewhere with -o <file>';
  return error.code ? `${error.code}: ${error.message}` : error.message;
}

/** A repeatable option: every value given, in order. */
function repeat(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, ...value.split(',').map((v) => v.trim()).filter(Boolean)];
}

function parseFailOn(value: string): Set<string> {
  if (value === 'none') return new Set();
  const allowed = [...CLASSIFICATIONS, 'unexplained'];
  const list = value.split(',').map((v) => v.trim()).filter(Boolean);
  for (const item of list) if (!allowed.includes(item)) throw new UsageError(`--fail-on: "${item}" is not one of ${allowed.join(', ')} or none`);
  return new Set(list);
}

const DEFAULT_FAIL_ON = DEFAULT_FAIL_ON_LIST.join(',');

/** Built-in rules and packs; a pack's rules may name the user formats loaded beside them (`formats`). */
async function rulesFrom(options: { rules?: string[]; disableRule?: string[] }, formats: readonly LoadedFormat[] = []): Promise<LoadedRule[]> {
  return loadRules(options.rules ?? [], options.disableRule ?? [], { formats: formats.map((f) => f.definition.name) });
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
      throw new UsageError(`-o ${output}: that file is an input (${input}); the report would overwrite the evidence: write it elsewhere`);
    }
    if (stat?.isDirectory() && real.startsWith(`${realpathSync(input).replace(/\/+$/, '')}${sep}`)) {
      throw new UsageError(`-o ${output}: that file lies inside the scanned directory ${input}, so it is an input too; the report would overwrite it: write it elsewhere`);
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

const SIZE_UNITS: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 };

/** `500M`, `20G`, `1.5g`, `4096`: bytes (binary units). */
function parseSize(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([kmgt]?)(?:i?b)?$/i.exec(value.trim());
  if (!m) throw new InvalidArgumentError(`"${value}" is not a size: use bytes or a number with K, M, G or T (e.g. 20G)`);
  return Math.floor(Number(m[1]) * SIZE_UNITS[m[2].toLowerCase()]);
}

/**
 * User formats: the default directory ($REDFIX_FORMATS_DIR, else ~/.config/redfix-forensics/formats)
 * when it exists, then each --formats; and a check that --input-format names a format, a user's
 * included (so the name cannot be a commander choice fixed before the files are read).
 */
async function formatsFrom(options: { formats?: string[]; inputFormat?: string }, io: CliIo): Promise<LoadedFormat[]> {
  const { loadFormats } = await import('./parsers/user/load.js');
  const formats = await loadFormats(options.formats ?? [], { env: io.env, useDefault: true });
  const forced = options.inputFormat;
  if (forced !== undefined && !(forced in INPUT_FORMATS) && !formats.some((f) => f.definition.name === forced)) {
    const names = [...Object.keys(INPUT_FORMATS), ...formats.map((f) => f.definition.name)].sort();
    throw new UsageError(`--input-format: "${forced}" is not a format (formats: ${names.join(', ')})`);
  }
  return formats;
}

function checkTz(tz: string): string {
  const problem = validateTimeZone(tz);
  if (problem) throw new UsageError(`--tz: ${problem}`);
  return tz;
}

/** `[3/17] …/path/of/the/input`: cut from the left to fit the terminal, so it never wraps into a stray line. */
export function progressLine(done: number, total: number, path: string, columns: number): string {
  const counter = `[${done + 1}/${total}] `;
  const room = Math.max(0, columns - 1 - counter.length);
  const shown = escapeForDisplay(redactSecrets(path));
  return counter.length >= columns ? counter.slice(0, Math.max(0, columns - 1)) : counter + (shown.length <= room ? shown : room > 1 ? `…${shown.slice(shown.length - room + 1)}` : '');
}

/** The command line's commands; `exit.code` is set by the one that runs. */
function createProgram(io: CliIo, exit: { code: number }): Command {
  const program = new Command();
  program
    .name(TOOL_NAME)
    .description('Static forensics for CI failure evidence: sweep logs, docker service logs, Caddy logs and junit XML → classified findings.')
    .version(`${TOOL_NAME} ${TOOL_VERSION} (rules ${RULESET_VERSION})`, '-V, --version', 'print the tool and rule-set versions')
    .addHelpText('after', EXAMPLES)
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .showHelpAfterError(`(${TOOL_NAME} --help shows the options and an example of each use)`)
    .exitOverride();

  const inputOptions = (cmd: Command) =>
    cmd
      .option('--input-format <format>', `force the input format instead of detecting it (${Object.keys(INPUT_FORMATS).join(', ')}, or a --formats name)`)
      .option('--formats <file|dir>', 'load user line formats (JSON or YAML, see schema/format.schema.json); repeatable; one with a built-in name replaces it', repeat)
      .option('--tz <zone>', 'zone of timestamps that carry none (gitea, Caddy console): UTC, +02:00 or an IANA name', 'UTC')
      .option('--runs <dir>', 'each subdirectory of <dir> is one run (repeatable)', repeat)
      .option('--follow-symlinks', 'follow symbolic links that lead out of a scanned directory (default: skipped, with a notice)')
      .option('--max-decompressed <size>', 'read at most <size> (e.g. 20G, 500M) of each decompressed .gz; default: stop past 256M at over 100:1', parseSize);

  const scan = program
    .command('scan', { isDefault: true })
    .description('scan logs, junit files and run directories; print the triage (default command)')
    .argument('[paths...]', 'files and directories; - is stdin (the default when stdin is piped)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(Object.keys(REPORTERS)).default('table'))
    .option('-o, --output <file>', 'write the report to <file> instead of stdout')
    .option('--fail-on <list>', `classifications (and unexplained) that make the exit code 1, or none`, DEFAULT_FAIL_ON)
    .option('--recipe <names>', 'only these recipes (comma list, repeatable)', collect)
    .option('--tier <names>', 'only these tiers (comma list, repeatable)', collect)
    .option('--rules <file|dir>', 'load a rule pack (JSON or YAML, see schema/rule.schema.json); repeatable; a rule with a built-in id replaces it', repeat)
    .option('--disable-rule <id>', 'do not run this rule (comma list, repeatable)', collect)
    .option('--baseline <run>', 'a green run of the same recipe: its lines rank last for unexplained failures (repeatable)', repeat)
    .option('--history <target>', 'record the runs into a history and compare with it (SQLite file or postgres:// URL; default $REDFIX_HISTORY)')
    .addOption(new Option('--full-grammar', 'parse every line with the grammars (slow; checks the fast path)').hideHelp())
    .addOption(new Option('--workers <n>', 'worker threads for large line files (0: scan in the main thread)').argParser((v) => Number.parseInt(v, 10)).hideHelp())
    .addHelpText('after', EXAMPLES);
  inputOptions(scan).action(async (paths: string[], options) => {
    const failOn = parseFailOn(options.failOn);
    const tz = checkTz(options.tz);
    const formats = await formatsFrom(options, io);
    const rules = await rulesFrom(options, formats);
    const targets = paths.length > 0 ? paths : (options.runs?.length ?? 0) > 0 ? [] : io.stdin.isTTY ? undefined : ['-'];
    if (targets === undefined) throw new UsageError('nothing to scan: name files or directories, pipe a log on stdin, or see --help');
    const meant = paths.length > 0 ? closestCommand(paths[0], program.commands.map((c) => c.name())) : undefined;
    if (meant) throw new UsageError(`${paths[0]}: no such file or directory, and not a command; did you mean \`${TOOL_NAME} ${meant}\`?`);
    if (options.output !== undefined) refuseOutputOverInput(options.output, [...targets, ...(options.runs ?? []), ...(options.baseline ?? [])]);
    const progress = io.stderr.isTTY === true && options.format !== undefined;
    let lastProgress = 0;
    // --history: recorded runs are evidence, and these runs are recorded (src/history/session.ts).
    const history = await historyForScan(options, io.env);
    let result = await (history ? history.analyze.bind(history) : analyze)({
      paths: targets,
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
      stdin: history ? history.stdin(io.stdin, targets) : io.stdin,
      onProgress: progress
        ? (done, total, path) => {
            const now = Date.now();
            if (total < 2 || (now - lastProgress < 200 && done < total)) return;
            lastProgress = now;
            io.stderr.write(done < total ? `\r\x1b[K${progressLine(done, total, path, io.stderr.columns ?? 80)}` : '\r\x1b[K');
          }
        : undefined,
    });
    const unmatched = unmatchedFilters(result, options.recipe ?? [], options.tier ?? []);
    if (unmatched.length > 0) throw new UsageError(unmatched.join('; '));
    result = withFingerprints(redactResult(filterResult(result, options.recipe ?? [], options.tier ?? [])));
    if (history) result = await history.finish(result);
    // `-o -` is stdout, as in most tools, not a file named "-".
    const toFile = options.output !== undefined && options.output !== '-';
    const reporter = await REPORTERS[options.format]!();
    const toTerminal = !toFile && io.stdout.isTTY === true;
    const report = reporter(result, { color: useColor(io, toFile), width: io.stdout.columns ?? 80, cwd: io.cwd ?? process.cwd(), failOn });
    if (toFile) {
      // A path the user can fix is a usage error, not a crash with a stack trace.
      await fs.writeFile(options.output, report).catch((error: NodeJS.ErrnoException) => {
        throw new UsageError(`--output ${options.output}: cannot write: ${error.code ?? error.message}`);
      });
    }
    else await write(io.stdout, report);
    // Problems and notices reach a person whatever the format; the table on a terminal already shows them.
    if (!(options.format === 'table' && toTerminal)) {
      for (const line of [...inputProblemLines(result), ...result.notices.map((n) => `note: ${n}`)]) io.stderr.write(problemLine(line));
    }
    exit.code = history?.error !== undefined ? 2 : scanExitStatus(result, failOn);
  });

  const parse = program
    .command('parse')
    .description('print the events a rule would match, as NDJSON (one per line read)')
    .argument('[paths...]', 'files or directories; - is stdin');
  inputOptions(parse).action(async (paths: string[], options) => {
    const tz = checkTz(options.tz);
    const targets = paths.length > 0 ? paths : (options.runs?.length ?? 0) > 0 ? [] : ['-'];
    let pending = Promise.resolve();
    const formats = await formatsFrom(options, io);
    const ingested = await ingest({
      paths: targets, runsDirs: options.runs ?? [], followSymlinks: options.followSymlinks === true, maxDecompressed: options.maxDecompressed, rules: await rulesFrom({}), tz, inputFormat: options.inputFormat, formats, stdin: io.stdin, everyLine: true,
      onEvent: (event) => {
        const { hits: _hits, ...plain } = event;
        const fields = Object.fromEntries(Object.entries(plain.fields).map(([k, v]) => [k, typeof v === 'string' ? redactSecrets(v) : v]));
        const line = `${safeJsonStringify({ ...plain, text: redactSecrets(plain.text), message: redactSecrets(plain.message), fields })}\n`;
        pending = pending.then(() => write(io.stdout, line));
      },
    });
    await pending;
    for (const notice of ingested.notices) io.stderr.write(problemLine(`note: ${notice}`));
    for (const problem of ingested.problems) io.stderr.write(problemLine(`${problem.path}${problem.line !== undefined ? `:${problem.line}` : ''}: ${problem.message}`));
    for (const notice of ingested.notices) io.stderr.write(problemLine(`note: ${notice}`));
    exit.code = ingested.problems.some((p) => p.fatal) ? 2 : 0;
  });

  const rules = program.command('rules').description('the rule set');
  rules
    .command('list')
    .description('list the rules: id, classification, severity, origin')
    .option('--rules <file|dir>', 'also load a rule pack', repeat)
    .option('--json', 'as JSON')
    .action(async (options) => {
      const { listRules } = await import('./commands/rules.js');
      const listed = listRules(await rulesFrom(options), options.json === true);
      // Rule text is ours or the user's, not log text: escaped, never redacted ("secret: app.ini" is a title).
      await write(io.stdout, options.json === true ? listed : escapeLines(listed));
    });

  const explain = program
    .command('explain')
    .description('print a rule, its conditions and corpus cases; with paths, walk each condition over them')
    .argument('<rule-id>')
    .argument('[paths...]', 'evidence to walk the rule over');
  inputOptions(explain)
    .option('--rules <file|dir>', 'also load a rule pack', repeat)
    .option('--corpus <dir>', 'corpus to list the rule\'s cases from', 'corpus')
    .action(async (ruleId: string, paths: string[], options) => {
      const formats = await formatsFrom(options, io);
      const loaded = await rulesFrom(options, formats);
      const rule = loaded.find((r) => r.rule.id === ruleId);
      if (!rule) throw new UsageError(`no rule with id ${ruleId} (see \`${TOOL_NAME} rules list\`)`);
      const { explainRule, explainOnInput } = await import('./commands/rules.js');
      if (paths.length === 0 && (options.runs?.length ?? 0) === 0) {
        await write(io.stdout, escapeLines(await explainRule(rule, options.corpus)));
        return;
      }
      const text = await explainOnInput(rule, loaded, { paths, runsDirs: options.runs ?? [], tz: checkTz(options.tz), inputFormat: options.inputFormat, formats, stdin: io.stdin, followSymlinks: options.followSymlinks === true });
      // Redacted where log text enters it (rule words like "secretSaveFailed: 2 events" are not secrets); escaped here.
      await write(io.stdout, escapeLines(text));
    });

  program
    .command('test-rules')
    .description('run every corpus case as its own scan and compare with its expected.json; exit 1 on any difference')
    .argument('[dir]', 'corpus directory', 'corpus')
    .option('--mutate', 'also drop each condition of each rule in turn: some case must notice')
    .option('--case <name>', 'only cases whose name contains <name>')
    .option('--rules <file|dir>', 'also load a rule pack (a drafted rule, say)', repeat)
    .action(async (dir: string, options) => {
      const { testRules } = await import('./commands/test-rules.js');
      const outcome = await testRules(dir, { mutate: options.mutate === true, only: options.case, rules: await rulesFrom(options) });
      await write(io.stdout, safeText(outcome.report));
      exit.code = outcome.ok ? 0 : 1;
    });

  registerHistoryCommand(program, { env: io.env, write: (text) => write(io.stdout, text), setExit: (code) => { exit.code = code; } });

  program
    .command('draft-rule')
    .description('draft a rule (and a corpus case skeleton) from the top-ranked line of an unexplained failure')
    .argument('<paths...>', 'the evidence of the failure')
    .option('--test <name>', 'the failing test to explain (when several fail)')
    .option('--id <id>', 'id for the drafted rule')
    .option('--out <dir>', 'where to write the draft rule and case', 'drafts')
    .option('--baseline <run>', 'a green run of the same recipe', repeat)
    .action(async (paths: string[], options) => {
      const { draftRule } = await import('./commands/draft-rule.js');
      const text = await draftRule(paths, { test: options.test, id: options.id, out: options.out, baselines: options.baseline ?? [], stdin: io.stdin });
      await write(io.stdout, safeText(text));
    });
  return program;
}

/** Every command a user can run ('rules list' for a nested one): the registry the output-safety tests loop over. */
export function commandPaths(): string[] {
  const leaves = (cmd: Command, prefix: string[]): string[] =>
    cmd.commands.length === 0 ? [prefix.join(' ')] : cmd.commands.flatMap((c) => leaves(c, [...prefix, c.name()]));
  const idle = new PassThrough();
  return leaves(createProgram({ stdout: idle, stderr: idle, stdin: idle, env: {} }, { code: 0 }), []);
}

export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const exit = { code: 0 };
  const program = createProgram(io, exit);
  try {
    await program.parseAsync(argv as string[], { from: 'user' });
    return exit.code;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0;
      return 2;
    }
    if (error instanceof UsageError || error instanceof OutputError || error instanceof RulePackError || error instanceof RuleValidationError || error instanceof RuleCompileError || error instanceof FormatDefinitionError || error instanceof HistoryError) {
      io.stderr.write(`${TOOL_NAME}: ${error.message}\n`);
      return 2;
    }
    io.stderr.write(`${TOOL_NAME} ${TOOL_VERSION}: unexpected error (please report it with this output):\n${(error as Error).stack ?? String(error)}\n`);
    return 2;
  }
}
