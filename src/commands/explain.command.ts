/** `explain`: a rule, its conditions and corpus cases; with paths, each condition walked over them (work: rules.ts). */
import { TOOL_NAME } from '../version.js';
import { escapeLines, write } from './cli-io.js';
import { UsageError, type CommandContext, type CommandDefinition } from './command.js';
import { checkTz, formatsFrom, inputOptions, repeat, rulesFrom, type InputOptionValues } from './options.js';

interface ExplainOptions extends InputOptionValues {
  rules?: string[];
  corpus: string;
}

export const explainCommand: CommandDefinition = {
  name: 'explain',
  register(program, context) {
    const explain = program
      .command('explain')
      .description('print a rule, its conditions and corpus cases; with paths, walk each condition over them')
      .argument('<rule-id>')
      .argument('[paths...]', 'evidence to walk the rule over');
    inputOptions(explain)
      .option('--rules <file|dir>', 'also load a rule pack', repeat)
      .option('--corpus <dir>', 'corpus to list the rule\'s cases from', 'corpus')
      .action((ruleId: string, paths: string[], options: ExplainOptions) =>
        runExplain(ruleId, paths, options, context));
  },
};

async function runExplain(
  ruleId: string, paths: string[], options: ExplainOptions, { io }: CommandContext,
): Promise<void> {
  const formats = await formatsFrom(options, io);
  const loaded = await rulesFrom(options, formats);
  const rule = loaded.find((r) => r.rule.id === ruleId);
  if (!rule) throw new UsageError(`no rule with id ${ruleId} (see \`${TOOL_NAME} rules list\`)`);
  const { explainRule, explainOnInput } = await import('./rules.js');
  if (paths.length === 0 && (options.runs?.length ?? 0) === 0) {
    await write(io.stdout, escapeLines(await explainRule(rule, options.corpus)));
    return;
  }
  const text = await explainOnInput(rule, loaded, {
    paths, runsDirs: options.runs ?? [], tz: checkTz(options.tz), inputFormat: options.inputFormat, formats,
    stdin: io.stdin, followSymlinks: options.followSymlinks === true,
  });
  // Redacted where log text enters it (rule words like "secretSaveFailed: 2 events" are not secrets); escaped here.
  await write(io.stdout, escapeLines(text));
}
