/**
 * A column's value as both drivers return it for our schema: TEXT as a string, INTEGER and DOUBLE
 * PRECISION as a number, NULL as null. Counts are cast to INTEGER: PostgreSQL sends a bigint as text.
 */
export type SqlValue = string | number | null;

/** A row as the drivers return it: column name → value. */
export type Row = Record<string, SqlValue>;

/**
 * One storage interface for SQLite and PostgreSQL. SQL is written once with `?` placeholders
 * (the PostgreSQL driver numbers them); values are always parameters, never spliced in.
 */
export interface SqlDriver {
  readonly dialect: 'sqlite' | 'postgres';
  /** The target as outputs name it (a path, or a URL without its password). */
  readonly display: string;
  all(sql: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Runs a statement; resolves to the number of rows it changed. */
  run(sql: string, params?: readonly unknown[]): Promise<number>;
  /** The names of the tables in the database (PostgreSQL: in the current schema). */
  tables(): Promise<string[]>;
  /** Settings for several writers at once (SQLite: WAL); called after the schema version was read. */
  prepareForWrites(): Promise<void>;
  /** Runs `work` as the only writer: SQLite BEGIN IMMEDIATE, PostgreSQL an advisory lock. */
  transaction<T>(work: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
