import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import type { Row, SqlDriver } from './driver.js';
import { HistoryError } from './errors.js';

/** How long a writer waits for another (a parallel CI job recording into the same file). */
export const BUSY_TIMEOUT_MS = 30_000;

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

/** Where better-sqlite3's native addon comes from when not the installed one (a copy built for another Node). */
export const BINDING_ENV = 'REDFIX_SQLITE_BINDING';

const TOOLCHAIN = 'it compiles with node-gyp: python3, make, a C++ compiler and the headers of the Node that runs it';
const HOW_TO_INSTALL =
  `install its build tools and run \`npm ci\` in the redfix-forensics directory again (${TOOLCHAIN}), ` +
  'or record into a postgres:// history';
const HOW_TO_FIX =
  `run \`npm rebuild better-sqlite3\` in the redfix-forensics directory (${TOOLCHAIN}), ` +
  'or record into a postgres:// history';

type DatabaseConstructor = typeof BetterSqlite3;

/** better-sqlite3 is an optional dependency, loaded only when a SQLite history is used. */
function loadDriver(): DatabaseConstructor {
  try {
    return createRequire(import.meta.url)('better-sqlite3') as DatabaseConstructor;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'MODULE_NOT_FOUND') {
      throw new HistoryError(
        'SQLite history: the optional dependency better-sqlite3 is not installed (its native build ' +
          `failed or was skipped at npm ci); ${HOW_TO_INSTALL}`,
      );
    }
    throw new HistoryError(`SQLite history: better-sqlite3 cannot be loaded (${firstLine(error)}); ${HOW_TO_FIX}`);
  }
}

function firstLine(error: unknown): string {
  return String((error as Error).message ?? error).split('\n')[0];
}

/** A file that exists and is not empty must start as a SQLite database does: anything else is never opened. */
function checkHeader(path: string): void {
  if (!existsSync(path)) {
    if (!existsSync(dirname(path) || '.')) throw new HistoryError(`${path}: its directory does not exist`);
    return;
  }
  const stat = statSync(path);
  if (!stat.isFile()) throw new HistoryError(`${path}: not a file: a SQLite history is a file`);
  if (stat.size === 0) return;
  const head = Buffer.alloc(SQLITE_MAGIC.length);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  if (!head.equals(SQLITE_MAGIC)) {
    throw new HistoryError(
      `${path}: not a SQLite database (corrupt, or another kind of file); it was left untouched: ` +
        'name another file, or move this one away',
    );
  }
}

/** A SQLite error as one line naming the file; `SQLITE_CORRUPT` and `SQLITE_NOTADB` say the file is damaged. */
export function sqliteError(path: string, error: unknown): Error {
  const code = (error as { code?: string }).code ?? '';
  if (!code.startsWith('SQLITE_')) return error as Error;
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
    return new HistoryError(
      `${path}: the history database is corrupt (${code}: ${firstLine(error)}); it was left untouched`,
    );
  }
  return new HistoryError(`${path}: ${code}: ${firstLine(error)}`);
}

function bind(params: readonly unknown[]): unknown[] {
  return params.map((p) => (p === undefined ? null : p));
}

class SqliteDriver implements SqlDriver {
  readonly dialect = 'sqlite' as const;

  constructor(
    private readonly db: BetterSqlite3.Database,
    readonly display: string,
  ) {}

  private guard<T>(work: () => T): Promise<T> {
    try {
      return Promise.resolve(work());
    } catch (error) {
      return Promise.reject(sqliteError(this.display, error));
    }
  }

  all(sql: string, params: readonly unknown[] = []): Promise<Row[]> {
    return this.guard(() => this.db.prepare(sql).all(...bind(params)) as Row[]);
  }

  run(sql: string, params: readonly unknown[] = []): Promise<number> {
    return this.guard(() => this.db.prepare(sql).run(...bind(params)).changes);
  }

  tables(): Promise<string[]> {
    return this.all("SELECT name FROM sqlite_master WHERE type = 'table'").then((rows) =>
      rows.map((r) => String(r.name)),
    );
  }

  prepareForWrites(): Promise<void> {
    // WAL: readers never block the writer, and parallel jobs queue on the busy timeout instead of failing.
    return this.guard(() => {
      this.db.pragma('journal_mode = WAL');
    });
  }

  async transaction<T>(work: () => Promise<T>): Promise<T> {
    await this.guard(() => this.db.exec('BEGIN IMMEDIATE'));
    try {
      const result = await work();
      await this.guard(() => this.db.exec('COMMIT'));
      return result;
    } catch (error) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      throw error;
    }
  }

  close(): Promise<void> {
    return this.guard(() => {
      this.db.close();
    });
  }
}

/** Opens (or creates) a SQLite history; the file's header is checked before SQLite ever touches it. */
export function openSqlite(path: string, env: NodeJS.ProcessEnv): SqlDriver {
  checkHeader(path);
  const Database = loadDriver();
  const nativeBinding = env[BINDING_ENV] || undefined;
  let db: BetterSqlite3.Database;
  try {
    db = new Database(path, { timeout: BUSY_TIMEOUT_MS, ...(nativeBinding ? { nativeBinding } : {}) });
  } catch (error) {
    if ((error as { code?: string }).code?.startsWith('SQLITE_')) throw sqliteError(path, error);
    throw new HistoryError(
      `SQLite history: better-sqlite3's native addon cannot be loaded (${firstLine(error)}); ${HOW_TO_FIX}`,
    );
  }
  return new SqliteDriver(db, path);
}
