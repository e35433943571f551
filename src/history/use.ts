import type { Finding } from '../engine/findings.js';

/** The history a scan used (`history` in the JSON): where, what it read and what it recorded. */
export interface HistoryUse {
  target: string;
  /** Recorded runs used as evidence for flake or genuine. */
  evidence: string[];
  /** Each scanned run: recorded, kept (recorded with this rule set), replaced (a newer rule set), or not recorded. */
  runs: Array<{ run: string; outcome: 'recorded' | 'kept' | 'replaced' | 'not recorded'; reason?: string }>;
  /** Findings of recorded runs decided again with the runs recorded now. */
  revised: Array<{ finding: Finding; before?: { classification: string; confidence: number } }>;
  /** Set when the history could not be used: nothing was read or recorded. */
  error?: string;
}
