import type { Command } from 'commander';
import type { HistoryCommandIo } from '../history/command.js';
import { HistoryError } from '../history/errors.js';
import { historyTarget } from '../history/open.js';
import type { HistorySession } from '../history/session.js';

/**
 * A scan's history (--history, else REDFIX_HISTORY), or undefined. A filtered scan is refused:
 * recorded, it would pass for the whole run.
 */
export async function historyForScan(
  options: { history?: string; recipe?: string[]; tier?: string[]; disableRule?: string[] },
  env: NodeJS.ProcessEnv,
): Promise<HistorySession | undefined> {
  const value = historyTarget(options.history, env);
  if (value === undefined) return undefined;
  const filters = [
    ['--recipe', options.recipe],
    ['--tier', options.tier],
    ['--disable-rule', options.disableRule],
  ]
    .filter(([, v]) => (v?.length ?? 0) > 0)
    .map(([name]) => name);
  if (filters.length > 0) {
    throw new HistoryError(
      `--history cannot be used with ${filters.join(', ')}: a filtered scan would be recorded as the ` +
        'whole run; scan without them to record, or leave out --history (and unset REDFIX_HISTORY)',
    );
  }
  const { HistorySession } = await import('../history/session.js');
  return HistorySession.start(value, env);
}


const FORMATS = ['table', 'json', 'ndjson', 'markdown'];

function common(cmd: Command): Command {
  return cmd
    .option('--history <target>', 'the history: a SQLite file or a postgres:// URL (default: $REDFIX_HISTORY)')
    .option('-f, --format <format>', `output format (${FORMATS.join(', ')})`, 'table')
    .option('--now <time>', 'count time windows back from this instant instead of the newest recorded run');
}

/** `history runs|flakes|show|prune`: queries of a history; the work is loaded only when one runs. */
export function registerHistoryCommand(program: Command, io: HistoryCommandIo): void {
  const history = program.command('history').description('query the history of recorded runs (see scan --history)');
  const run =
    (query: string) =>
    async (...args: unknown[]) => {
      const { runHistoryQuery } = await import('../history/command.js');
      io.setExit(await runHistoryQuery(query, args, io));
    };
  common(history.command('runs').description('the recorded runs, newest first'))
    .option('--since <duration>', 'only runs this recent (e.g. 30d, 12h, 2w)')
    .action(run('runs'));
  common(
    history
      .command('flakes')
      .description('per recipe and test: red and green runs, under load and alone, and the verdict'),
  )
    .option('--recipe <name>', 'only this recipe')
    .option('--since <duration>', 'only runs this recent (e.g. 30d)')
    .action(run('flakes'));
  common(
    history
      .command('show')
      .description('a recipe: its tier results over time, and when each finding first and last appeared'),
  )
    .argument('<recipe>')
    .option('--since <duration>', 'only runs this recent (e.g. 30d)')
    .action(run('show'));
  common(history.command('prune').description('delete the runs older than the window'))
    .requiredOption(
      '--keep <duration>',
      'keep the runs this recent (e.g. 90d), counted back from the newest run or --now',
    )
    .action(run('prune'));
}
