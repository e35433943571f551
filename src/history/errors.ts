/**
 * A history that cannot be used: a file that is not a history, a schema from a newer release,
 * a server that cannot be reached, a driver that is not installed. One line naming the target
 * and what to do; the CLI exits 2 and never writes to the target.
 */
export class HistoryError extends Error {
  override readonly name = 'HistoryError';
}
