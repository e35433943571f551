import type { SqlDriver } from './driver.js';
import { HistoryError } from './errors.js';
import { openPostgres } from './postgres.js';
import { migrate } from './schema.js';
import { openSqlite } from './sqlite.js';
import { parseTarget } from './target.js';

/** The environment variable that names a history when --history is not given. */
export const HISTORY_ENV = 'REDFIX_HISTORY';

/** --history, else REDFIX_HISTORY; undefined when neither names one. */
export function historyTarget(option: string | undefined, env: NodeJS.ProcessEnv): string | undefined {
  if (option !== undefined) return option;
  const fromEnv = env[HISTORY_ENV];
  return fromEnv === undefined || fromEnv === '' ? undefined : fromEnv;
}

/** Opens a history and brings its schema up to date; a target that cannot be used is a HistoryError. */
export async function openHistory(value: string, env: NodeJS.ProcessEnv): Promise<SqlDriver> {
  const target = parseTarget(value);
  const driver =
    target.kind === 'sqlite'
      ? openSqlite(target.path, env)
      : await openPostgres(target.url, target.display, target.host, target.password);
  try {
    await migrate(driver);
    return driver;
  } catch (error) {
    await driver.close().catch(() => undefined);
    if (error instanceof HistoryError) throw error;
    throw new HistoryError(`${driver.display}: ${(error as Error).message.split('\n')[0]}`);
  }
}
