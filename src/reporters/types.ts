import type { AnalysisResult } from '../result.js';

export interface ReportContext {
  /** Emit ANSI colour (the CLI decides: TTY, NO_COLOR, FORCE_COLOR, --output). */
  color: boolean;
  /** Terminal width for the table. */
  width: number;
  /** Directory relative paths are taken from (SARIF's SRCROOT); the process's when absent. */
  cwd?: string;
  /** Classifications (and `unexplained`) that fail the scan (--fail-on); all but benign when absent. */
  failOn?: ReadonlySet<string>;
}

/** A reporter is pure: the same result and context give the same string. */
export type Reporter = (result: AnalysisResult, context: ReportContext) => string;
