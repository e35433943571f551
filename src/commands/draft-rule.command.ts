/** `draft-rule`: a rule and a corpus case drafted from an unexplained failure's top line (the work: draft-rule.ts). */
import { safeText, write } from './cli-io.js';
import type { CommandDefinition } from './command.js';
import { repeat } from './options.js';

interface DraftOptions {
  test?: string;
  id?: string;
  out: string;
  baseline?: string[];
}

export const draftRuleCommand: CommandDefinition = {
  name: 'draft-rule',
  register(program, { io }) {
    program
      .command('draft-rule')
      .description('draft a rule (and a corpus case skeleton) from the top-ranked line of an unexplained failure')
      .argument('<paths...>', 'the evidence of the failure')
      .option('--test <name>', 'the failing test to explain (when several fail)')
      .option('--id <id>', 'id for the drafted rule')
      .option('--out <dir>', 'where to write the draft rule and case', 'drafts')
      .option('--baseline <run>', 'a green run of the same recipe', repeat)
      .action(async (paths: string[], options: DraftOptions) => {
        const { draftRule } = await import('./draft-rule.js');
        const { test, id, out } = options;
        const text = await draftRule(paths, { test, id, out, baselines: options.baseline ?? [], stdin: io.stdin });
        await write(io.stdout, safeText(text));
      });
  },
};
