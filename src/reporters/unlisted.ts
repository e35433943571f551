import type { Finding } from '../engine/findings.js';

/**
 * A finding's matching lines past the evidence fold limit (`unlistedEvidence`): every format says
 * how many in the same words, so none drops them silently.
 */
export function unlistedNote(finding: Finding): string | undefined {
  const n = finding.unlistedEvidence;
  return n ? `+${n} more matching ${n === 1 ? 'line' : 'lines'}, counted but not listed` : undefined;
}
