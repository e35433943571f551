import { isUnreadable, type AnalysisResult } from './result.js';
import { CLASSIFICATIONS } from './rules/types.js';

/** Every classification but `benign`, and unexplained failures: what makes a scan exit 1 by default. */
export const DEFAULT_FAIL_ON: readonly string[] = [...CLASSIFICATIONS.filter((c) => c !== 'benign'), 'unexplained'];

/**
 * The exit status of a scan: 2 when an input could not be read or parsed at all, 1 when a
 * finding's classification (or an unexplained failure) is in `failOn`, else 0. One definition
 * for the command line and for test-rules, so a corpus case's `exit` is the user's.
 */
export function scanExitStatus(
  result: AnalysisResult,
  failOn: ReadonlySet<string> = new Set(DEFAULT_FAIL_ON),
): 0 | 1 | 2 {
  if (result.inputs.some(isUnreadable)) return 2;
  const unexplainedFails = failOn.has('unexplained') && result.unexplained.length > 0;
  const failing = result.findings.some((f) => failOn.has(f.classification)) || unexplainedFails;
  return failing ? 1 : 0;
}
