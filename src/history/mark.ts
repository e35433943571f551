// Imports nothing: findings and the result carry a mark, and the history computes it.
/** What the history says of a failure: new since the recipe's last green run, or seen before: since when, how often. */
export interface HistoryMark {
  /** The recipe's last recorded green run, when the failure's line was absent from it. */
  newSince?: string;
  /** The recipe's last recorded green run (absent: none is recorded). */
  lastGreen?: string;
  /** Earlier recorded runs with the same failure (its fingerprint) or its line among their errors. */
  seenBefore?: { since: string; at: string; runs: number };
}
