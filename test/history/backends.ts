import path from 'node:path';
import pg from 'pg';
import { tempDir } from '../helpers.js';

/** The admin URL of a PostgreSQL server the tests may create databases on (.ci/run starts one). */
export const PG_URL_ENV = 'REDFIX_TEST_POSTGRES_URL';

export interface Backend {
  name: 'sqlite' | 'postgres';
  /** A new, empty history target. */
  fresh(): Promise<string>;
}

let databases = 0;

async function freshDatabase(admin: string): Promise<string> {
  const name = `redfix_t_${process.pid}_${++databases}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${name}`);
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return url.toString();
}

const announced = new Set<string>();

/**
 * SQLite always; PostgreSQL when a server is given. Under CI the PostgreSQL tests never skip:
 * a missing server fails them. Elsewhere they are skipped with the reason printed.
 */
export function backends(suite: string): Backend[] {
  const sqlite: Backend = {
    name: 'sqlite',
    fresh: () => Promise.resolve(path.join(tempDir('redfix-history-'), 'history.db')),
  };
  const admin = process.env[PG_URL_ENV];
  if (admin) return [sqlite, { name: 'postgres', fresh: () => freshDatabase(admin) }];
  if (process.env.CI) {
    return [
      sqlite,
      {
        name: 'postgres',
        fresh: () =>
          Promise.reject(new Error(`CI is set but ${PG_URL_ENV} names no PostgreSQL server: .ci/run starts one`)),
      },
    ];
  }
  if (!announced.has(suite)) {
    announced.add(suite);
    console.log(
      `  skipped: ${suite} on PostgreSQL — ${PG_URL_ENV} is not set ` +
        '(bash .ci/postgres.sh start <dir> prints a URL for it)',
    );
  }
  return [sqlite];
}
