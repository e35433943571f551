/** `test-rules`: every corpus case scanned on its own, compared with its expected.json (the work: test-rules.ts). */
import { safeText, write } from './cli-io.js';
import type { CommandDefinition } from './command.js';
import { FORMATS_HELP, formatsFrom, repeat, rulesFrom } from './options.js';

interface TestRulesOptions {
  mutate?: boolean;
  case?: string;
  rules?: string[];
  formats?: string[];
}

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
      .option('--formats <file|dir>', `${FORMATS_HELP}; the packs may name them; every case is scanned with `
        + 'them, tried before the case\'s own --formats; the default formats directory ($REDFIX_FORMATS_DIR, '
        + '~/.config/redfix-forensics/formats) is never read: a corpus run does not depend on your configuration',
      repeat)
      .action(async (dir: string, options: TestRulesOptions) => {
        const { testRules } = await import('./test-rules.js');
        // A corpus run must give the same answer on every machine: no default formats directory.
        const formats = await formatsFrom(options, io, { useDefault: false });
        const rules = await rulesFrom(options, formats);
        const outcome = await testRules(dir, { mutate: options.mutate === true, only: options.case, rules, formats });
        await write(io.stdout, safeText(outcome.report));
        exit.code = outcome.ok ? 0 : 1;
      });
  },
};
