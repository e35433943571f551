/** `rules list`: the rule set (the work is in rules.ts, loaded when the command runs). */
import { escapeLines, write } from './cli-io.js';
import type { CommandDefinition } from './command.js';
import { FORMATS_HELP, formatsFrom, repeat, rulesFrom } from './options.js';

export const rulesCommand: CommandDefinition = {
  name: 'rules',
  register(program, { io }) {
    const rules = program.command('rules').description('the rule set');
    rules
      .command('list')
      .description('list the rules: id, classification, severity, origin')
      .option('--rules <file|dir>', 'also load a rule pack', repeat)
      // The formats scan would load, so that a pack naming a user format lists wherever it scans.
      .option('--formats <file|dir>', `${FORMATS_HELP}; as scan, after the default formats directory; `
        + 'a pack\'s patterns may name them', repeat)
      .option('--json', 'as JSON')
      .action(async (options: { rules?: string[]; formats?: string[]; json?: boolean }) => {
        const { listRules } = await import('./rules.js');
        const listed = listRules(await rulesFrom(options, await formatsFrom(options, io)), options.json === true);
        // Rule text is ours or the user's, not log text: escaped, never redacted ("secret: app.ini" is a title).
        await write(io.stdout, options.json === true ? listed : escapeLines(listed));
      });
  },
};
