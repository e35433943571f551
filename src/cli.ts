/**
 * The command line: the program wired from the commands (src/commands/, one file each) and the
 * exit-code policy. The only module a command's outcome leaves through: the code is returned to
 * bin/, which sets process.exitCode.
 *   0 nothing reaches --fail-on · 1 a finding or unexplained failure does · 2 usage error, or an
 *   input that could not be read at all (the results for everything else are still printed).
 */
import { Command, CommanderError } from 'commander';
import { RulePackError } from './rule-packs/load.js';
import { RuleValidationError } from './rules/errors.js';
import { RULESET_VERSION } from './rules/index.js';
import { RuleCompileError } from './engine/compile.js';
import { FormatDefinitionError } from './parsers/user/definition.js';
import { HistoryError } from './history/errors.js';
import { TOOL_NAME, TOOL_VERSION } from './version.js';
import { OutputError, type CliIo } from './commands/cli-io.js';
import { UsageError } from './commands/command.js';
import { COMMANDS } from './commands/index.js';
import { EXAMPLES } from './commands/help.js';

export type { CliIo };
export { standardInput } from './inputs/stdin.js';

/** The command line's commands; `exit.code` is set by the one that runs. */
function createProgram(io: CliIo, exit: { code: number }): Command {
  const program = new Command();
  program
    .name(TOOL_NAME)
    .description('Static forensics for CI failure evidence: sweep logs, docker service logs, Caddy logs and junit XML '
      + '→ classified findings.')
    .version(`${TOOL_NAME} ${TOOL_VERSION} (rules ${RULESET_VERSION})`, '-V, --version',
      'print the tool and rule-set versions')
    .addHelpText('after', EXAMPLES)
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .showHelpAfterError(`(${TOOL_NAME} --help shows the options and an example of each use)`)
    .exitOverride();
  for (const command of COMMANDS) command.register(program, { io, exit, program });
  return program;
}

/** Every command a user can run ('rules list' for a nested one): the registry the output-safety tests loop over. */
export function commandPaths(): string[] {
  const leaves = (cmd: Command, prefix: string[]): string[] =>
    cmd.commands.length === 0 ? [prefix.join(' ')] : cmd.commands.flatMap((c) => leaves(c, [...prefix, c.name()]));
  const idle = { write: () => true };
  const nothing = { async* [Symbol.asyncIterator](): AsyncGenerator<Buffer> {} };
  return leaves(createProgram({ stdout: idle, stderr: idle, stdin: nothing, env: {} }, { code: 0 }), []);
}

/** Errors the user can act on: one line, exit 2. */
const KNOWN_ERRORS = [
  UsageError, OutputError, RulePackError, RuleValidationError, RuleCompileError, FormatDefinitionError, HistoryError,
];

export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const exit = { code: 0 };
  const program = createProgram(io, exit);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exit.code;
  } catch (error) {
    if (error instanceof CommanderError) {
      const shown = ['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(error.code);
      return shown ? 0 : 2;
    }
    if (KNOWN_ERRORS.some((known) => error instanceof known)) {
      io.stderr.write(`${TOOL_NAME}: ${(error as Error).message}\n`);
      return 2;
    }
    const stack = (error as Error).stack ?? String(error);
    io.stderr.write(`${TOOL_NAME} ${TOOL_VERSION}: unexpected error (please report it with this output):\n${stack}\n`);
    return 2;
  }
}
