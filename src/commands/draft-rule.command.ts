/** `draft-rule`: a rule and a corpus case drafted from an unexplained failure's top line (the work: draft-rule.ts). */
import { safeText, write } from './cli-io.js';
import { UsageError, type CommandDefinition } from './command.js';
import { checkTz, collect, formatsFrom, inputOptions, repeat, rulesFrom, type InputOptionValues } from './options.js';

interface DraftOptions extends InputOptionValues {
  rules?: string[];
  disableRule?: string[];
  test?: string;
  id?: string;
  out: string;
  baseline?: string[];
}

export const draftRuleCommand: CommandDefinition = {
  name: 'draft-rule',
  register(program, { io }) {
    const draft = program
      .command('draft-rule')
      .description('draft a rule (and a corpus case skeleton) from the top-ranked line of an unexplained failure')
      .argument('[paths...]', 'the evidence of the failure (or --runs)')
      .option('--test <name>', 'the failing test to explain (when several fail)')
      .option('--id <id>', 'id for the drafted rule')
      .option('--out <dir>', 'where to write the draft rule and case', 'drafts')
      .option('--baseline <run>', 'a green run of the same recipe', repeat)
      // Read as the scan reads it: the failure left unexplained, and its top line, are the scan's.
      .option('--rules <file|dir>', 'also load a rule pack (failures it explains are not drafted)', repeat)
      .option('--disable-rule <id>', 'do not run this rule (comma list, repeatable)', collect);
    inputOptions(draft).action(async (paths: string[], options: DraftOptions) => {
      if (paths.length === 0 && (options.runs ?? []).length === 0) {
        throw new UsageError('draft-rule needs the evidence of the failure: paths, or --runs <dir>');
      }
      const { draftRule } = await import('./draft-rule.js');
      const { test, id, out } = options;
      const tz = checkTz(options.tz);
      const formats = await formatsFrom(options, io);
      const reading = {
        rules: await rulesFrom(options, formats), formats, tz, inputFormat: options.inputFormat,
        runsDirs: options.runs ?? [], followSymlinks: options.followSymlinks === true,
        maxDecompressed: options.maxDecompressed,
      };
      const baselines = options.baseline ?? [];
      const text = await draftRule(paths, { test, id, out, baselines, stdin: io.stdin, reading });
      await write(io.stdout, safeText(text));
    });
  },
};
