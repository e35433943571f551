import type { InputProblem, InputRef } from '../inputs/types.js';
import type { InputSummary } from '../result.js';
import type { ScanProblem } from './types.js';

/** What the report says of one input: its summary, and how a problem found in it is recorded. */
export interface InputReport {
  summary: InputSummary;
  /** A bound function, passed on as a sink's `problem`. */
  problem: (problem: ScanProblem) => void;
}

/**
 * An input's summary and its problems, each also added to the scan's `problems`. A notice the
 * scan raises per chunk or range (invalid UTF-8, NUL bytes) is recorded once per input; a long
 * line, every time (each names its line).
 */
export function inputReport(input: InputRef, format: string, problems: InputProblem[]): InputReport {
  const summary: InputSummary = { path: input.path, run: input.run, format, events: 0, errors: [] };
  const reportedOnce = new Set<string>();
  const problem = (p: ScanProblem) => {
    if (p.kind) {
      if (reportedOnce.has(p.kind) && p.kind !== 'long-line') return;
      reportedOnce.add(p.kind);
    }
    summary.errors.push({
      message: p.message, ...(p.line !== undefined ? { line: p.line } : {}),
      ...(p.offset !== undefined ? { offset: p.offset } : {}), ...(p.lost ? { lost: p.lost } : {}),
    });
    const { message, line, offset } = p;
    problems.push({ path: input.path, run: input.run, message, line, offset, fatal: p.fatal ?? false });
  };
  return { summary, problem };
}

/** In file order, however the scan found them (a notice is raised per chunk or per range). */
export function sortErrors(summary: InputSummary): void {
  summary.errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.offset ?? 0) - (b.offset ?? 0));
}
