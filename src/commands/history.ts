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

