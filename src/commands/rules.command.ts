/** `rules list`: the rule set (the work is in rules.ts, loaded when the command runs). */
import { escapeLines, write } from './cli-io.js';
import type { CommandDefinition } from './command.js';
import { repeat, rulesFrom } from './options.js';

export const rulesCommand: CommandDefinition = {
  name: 'rules',
  register(program, { io }) {
    const rules = program.command('rules').description('the rule set');
    rules
      .command('list')
      .description('list the rules: id, classification, severity, origin')
      .option('--rules <file|dir>', 'also load a rule pack', repeat)
      .option('--json', 'as JSON')
      .action(async (options: { rules?: string[]; json?: boolean }) => {
        const { listRules } = await import('./rules.js');
        const listed = listRules(await rulesFrom(options), options.json === true);
        // Rule text is ours or the user's, not log text: escaped, never redacted ("secret: app.ini" is a title).
        await write(io.stdout, options.json === true ? listed : escapeLines(listed));
      });
  },
};
