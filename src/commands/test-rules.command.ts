/** `test-rules`: every corpus case scanned on its own, compared with its expected.json (the work: test-rules.ts). */
import { safeText, write } from './cli-io.js';
import type { CommandDefinition } from './command.js';
import { repeat, rulesFrom } from './options.js';

export const testRulesCommand: CommandDefinition = {
  name: 'test-rules',
  register(program, { io, exit }) {
    program
      .command('test-rules')
      .description('run every corpus case as its own scan and compare with its expected.json; exit 1 on any difference')
      .argument('[dir]', 'corpus directory', 'corpus')
      .option('--mutate', 'also drop each condition of each rule in turn: some case must notice')
      .option('--case <name>', 'only cases whose name contains <name>')
      .option('--rules <file|dir>', 'also load a rule pack (a drafted rule, say)', repeat)
      .action(async (dir: string, options: { mutate?: boolean; case?: string; rules?: string[] }) => {
        const { testRules } = await import('./test-rules.js');
        const rules = await rulesFrom(options);
        const outcome = await testRules(dir, { mutate: options.mutate === true, only: options.case, rules });
        await write(io.stdout, safeText(outcome.report));
        exit.code = outcome.ok ? 0 : 1;
      });
  },
};
