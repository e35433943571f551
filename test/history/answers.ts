/**
 * What `history runs|flakes|show|prune -f json` print: the query's kind and header fields, then
 * each section's rows under the section's name (src/history/command.ts, renderQuery).
 */
import type { FlakeRow, RecipeHistory, RunRow } from '../../src/history/queries.js';

/** The header of every answer but prune's: which history, and the window's reference and start. */
export interface QueryHeader {
  kind: string;
  history: string;
  reference: string | null;
  since: string | null;
}

export interface RunsAnswer extends QueryHeader {
  runs: RunRow[];
}

export interface FlakesAnswer extends QueryHeader {
  recipe: string | null;
  flakes: FlakeRow[];
}

export type ShowAnswer = QueryHeader & RecipeHistory;

export interface PruneAnswer {
  kind: string;
  history: string;
  reference: string | null;
  before: string | null;
  pruned: Array<{ run: string }>;
}
