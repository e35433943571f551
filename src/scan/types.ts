import type { ScanEvent } from '../engine/engine.js';
import type { DocumentProblem, DocumentSink } from '../parsers/document.js';

/** Bytes [start, stop) of a file, as lines that START in that range (a worker's share of a large file). */
export interface ByteRange {
  start: number;
  stop: number;
}

/** Something wrong with an input, found while scanning it. */
export interface ScanProblem extends DocumentProblem {
  /** Bytes [from, to) that could not be read at all. */
  lost?: { from: number; to: number };
}

/** Where a scan hands its events and problems, in file order (a document mapper's sink too). */
export interface ScanSink extends DocumentSink {
  event(event: ScanEvent): void;
  /**
   * A passing test's result that holds no literal but its outcome's (scan-input.ts, the shortcut of a
   * verbose run's commonest line): a sink with nothing but the run's structure to read in it may take
   * it on a shorter path. Without this method it is handed to `event`, like any other.
   */
  passingTest?(event: ScanEvent): void;
  problem(problem: ScanProblem): void;
  /** The input ended after `lines` lines (a line input) or events (a document): what waits for its end is decided. */
  end?(lines: number): void;
  /**
   * True once the sink will take no more: the read stops at the end of the chunk it is in (a
   * sample of a range that holds more events than may be kept ahead, scan/pool.ts).
   */
  enough?(): boolean;
}
