/**
 * What a command is: a module under src/commands/ named `<name>.command.ts` that adds itself to
 * the program (its arguments, options and action) and sets the exit code it decides. Register it
 * in commands/index.ts. Work a command does at length lives beside it (`<name>.ts`) and is loaded
 * when the command runs, so the commands a user does not run cost nothing at start-up.
 */
import type { Command } from 'commander';
import type { CliIo } from './cli-io.js';

/** What a command's action may use: the streams and environment, and where its exit code goes. */
export interface CommandContext {
  io: CliIo;
  /** Set by the command that runs; cli.ts returns it (errors have their own codes there). */
  exit: { code: number };
  /** The program, for what a command needs to know of the others (the names a typo may have meant). */
  program: Command;
}

export interface CommandDefinition {
  /** The name it is run by (`redfix-forensics <name>`); the scan is also the default command. */
  readonly name: string;
  /** Adds the command to the program. */
  register(program: Command, context: CommandContext): void;
}

/** An error the user can act on: printed as one line with a hint, exit 2. */
export class UsageError extends Error {}
