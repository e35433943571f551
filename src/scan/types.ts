import type { ScanEvent } from '../engine/engine.js';

/** Bytes [start, stop) of a file, as lines that START in that range (a worker's share of a large file). */
export interface ByteRange {
  start: number;
  stop: number;
}

/** Something wrong with an input, found while scanning it. */
export interface ScanProblem {
  message: string;
  line?: number;
  offset?: number;
  fatal?: boolean;
  /** For notices reported once per input (invalid-utf8, nul-bytes, long-line). */
  kind?: string;
  /** Bytes [from, to) that could not be read at all. */
  lost?: { from: number; to: number };
}

/** Where a scan hands its events and problems, in file order. */
export interface ScanSink {
  event(event: ScanEvent): void;
  problem(problem: ScanProblem): void;
}
