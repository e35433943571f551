/** `history runs|flakes|show|prune`: queries of a history (the work is in history/command.ts, loaded when one runs). */
import type { Command } from 'commander';
import { write } from './cli-io.js';
import type { CommandDefinition } from './command.js';

const FORMATS = ['table', 'json', 'ndjson', 'markdown'];

function common(cmd: Command): Command {
  return cmd
    .option('--history <target>', 'the history: a SQLite file or a postgres:// URL (default: $REDFIX_HISTORY)')
    .option('-f, --format <format>', `output format (${FORMATS.join(', ')})`, 'table')
    .option('--now <time>', 'count time windows back from this instant instead of the newest recorded run');
}

export const historyCommand: CommandDefinition = {
  name: 'history',
  register(program, { io, exit }) {
    const history = program.command('history').description('query the history of recorded runs (see scan --history)');
    const queryIo = {
      env: io.env,
      write: (text: string) => write(io.stdout, text),
      setExit: (code: number) => { exit.code = code; },
    };
    const run = (query: string) => async (...args: unknown[]) => {
      const { runHistoryQuery } = await import('../history/command.js');
      queryIo.setExit(await runHistoryQuery(query, args, queryIo));
    };
    common(history.command('runs').description('the recorded runs, newest first'))
      .option('--since <duration>', 'only runs this recent (e.g. 30d, 12h, 2w)')
      .action(run('runs'));
    common(history.command('flakes')
      .description('per recipe and test: red and green runs, under load and alone, and the verdict'))
      .option('--recipe <name>', 'only this recipe')
      .option('--since <duration>', 'only runs this recent (e.g. 30d)')
      .action(run('flakes'));
    common(history.command('show')
      .description('a recipe: its tier results over time, and when each finding first and last appeared'))
      .argument('<recipe>')
      .option('--since <duration>', 'only runs this recent (e.g. 30d)')
      .action(run('show'));
    common(history.command('prune').description('delete the runs older than the window'))
      .requiredOption('--keep <duration>',
        'keep the runs this recent (e.g. 90d), counted back from the newest run or --now')
      .action(run('prune'));
  },
};
