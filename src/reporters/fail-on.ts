import { DEFAULT_FAIL_ON } from '../exit-status.js';
import type { ReportContext } from './types.js';

const DEFAULT = new Set(DEFAULT_FAIL_ON);

/** Whether a classification (or `unexplained`) fails the scan in this context (--fail-on; the default when absent). */
export function failsScan(classification: string, context: ReportContext): boolean {
  return (context.failOn ?? DEFAULT).has(classification);
}
