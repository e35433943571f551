/**
 * Every command, in the order --help lists them. A new command is one file, `<name>.command.ts`
 * exporting a CommandDefinition (see command.ts), added here.
 */
import type { CommandDefinition } from './command.js';
import { draftRuleCommand } from './draft-rule.command.js';
import { explainCommand } from './explain.command.js';
import { historyCommand } from './history.command.js';
import { parseCommand } from './parse.command.js';
import { rulesCommand } from './rules.command.js';
import { scanCommand } from './scan.command.js';
import { testRulesCommand } from './test-rules.command.js';

export const COMMANDS: readonly CommandDefinition[] = [
  scanCommand,
  parseCommand,
  rulesCommand,
  explainCommand,
  testRulesCommand,
  historyCommand,
  draftRuleCommand,
];
