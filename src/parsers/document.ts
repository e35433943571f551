/**
 * What a whole-document mapper (junit, canonical.json) hands on while it reads: events with the
 * rule literals they hold, and problems with the input. The scan's sink is one.
 */
import type { LogEvent } from '../events.js';

export type DocumentEvent = LogEvent & { hits: readonly number[] };

export interface DocumentProblem {
  message: string;
  line?: number;
  /** Byte offset in the input as it is on disk. */
  offset?: number;
  /** The input could not be used at all. */
  fatal?: boolean;
  /** For notices reported once per input (invalid-utf8, junit-cut …). */
  kind?: string;
}

export interface DocumentSink {
  event(event: DocumentEvent): void;
  problem(problem: DocumentProblem): void;
}

/** What a whole document was read into: its event count (one per test case for junit). */
export interface DocumentSummary {
  events: number;
}

/** Where the document came from, as the events name it. */
export interface DocumentSource {
  /** Display path. */
  path: string;
  /** Its file name (inside a scanned directory, its relative path's last part). */
  fileName: string;
}
