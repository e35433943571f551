import { createRequire } from 'node:module';
import type { Client } from 'pg';
import type { Row, SqlDriver } from './driver.js';
import { HistoryError } from './errors.js';

/** One lock id for every redfix-forensics writer of a database: recordings queue behind each other. */
const WRITER_LOCK = 4_711_018;
const CONNECT_TIMEOUT_MS = 10_000;

/** `?` placeholders as PostgreSQL's `$1, $2 …` (our SQL holds no `?` of its own). */
export function numberPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

/** A driver message with the password, should it ever appear, masked. */
function clean(message: string, password: string | undefined): string {
  const line = message.split('\n')[0];
  return password ? line.split(password).join('***') : line;
}

class PostgresDriver implements SqlDriver {
  readonly dialect = 'postgres' as const;

  constructor(
    private readonly client: Client,
    readonly display: string,
    private readonly password?: string,
  ) {}

  private async guard<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof HistoryError) throw error;
      const code = (error as { code?: string }).code;
      throw new HistoryError(
        `${this.display}: ${code ? `${code}: ` : ''}${clean((error as Error).message, this.password)}`,
      );
    }
  }

  all(sql: string, params: readonly unknown[] = []): Promise<Row[]> {
    return this.guard(async () => (await this.client.query(numberPlaceholders(sql), [...params])).rows as Row[]);
  }

  run(sql: string, params: readonly unknown[] = []): Promise<number> {
    return this.guard(async () => (await this.client.query(numberPlaceholders(sql), [...params])).rowCount ?? 0);
  }

  async tables(): Promise<string[]> {
    const rows = await this.all(
      'SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema()',
    );
    return rows.map((r) => String(r.name));
  }

  async prepareForWrites(): Promise<void> {}

  async transaction<T>(work: () => Promise<T>): Promise<T> {
    await this.run('BEGIN');
    try {
      await this.all('SELECT pg_advisory_xact_lock(?)', [WRITER_LOCK]);
      const result = await work();
      await this.run('COMMIT');
      return result;
    } catch (error) {
      await this.client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  }

  async close(): Promise<void> {
    await this.client.end().catch(() => undefined);
  }
}

/** Connects to a PostgreSQL history; a server that cannot be reached is named by host and port only. */
export async function openPostgres(url: string, display: string, host: string, password?: string): Promise<SqlDriver> {
  let pg: typeof import('pg');
  try {
    // Required, not imported: the CLI bundle is a script (scripts/bundle.ts), which cannot run import().
    pg = createRequire(import.meta.url)('pg') as typeof import('pg');
  } catch (error) {
    throw new HistoryError(
      `PostgreSQL history: the pg client cannot be loaded (${clean((error as Error).message, password)}); ` +
        'run npm ci in the redfix-forensics directory',
    );
  }
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  // An idle connection that drops emits 'error'; the next query reports it instead of the process crashing.
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => undefined);
    const code = (error as { code?: string }).code;
    const reason = clean((error as Error).message, password);
    throw new HistoryError(
      `cannot reach the PostgreSQL history at ${host} (${display}): ${code ? `${code}: ` : ''}${reason}`,
    );
  }
  return new PostgresDriver(client, display, password);
}
