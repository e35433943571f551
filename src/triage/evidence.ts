import type { RunRef } from '../inputs/types.js';
import type { TriageCollector } from './collector.js';
import type { CandidateCollector } from './unexplained.js';
import type { FailureCollector } from './failures.js';

/** What the triage reads once every input is scanned: the runs, and what its collectors kept of their events. */
export interface TriageEvidence {
  runs: readonly RunRef[];
  collector: TriageCollector;
  candidates: CandidateCollector;
  failures: FailureCollector;
}
