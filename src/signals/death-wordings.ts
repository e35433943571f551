/**
 * The wordings of failure: lines that say a process died or a test failed, in any format and any
 * runtime, each with the signal it gives and the literals the prefilter hands its lines on by.
 * Data only, one module per signal they give (signals/wordings/): how a line is tried against them,
 * and what else makes a failure (an exit code, a tool's last word, a failed Ansible task), is
 * signals/failure.ts. Each wording is a real one: its line and source are in
 * test/signals/failure.test.ts.
 */
import type { DeathPattern } from './wordings/pattern.js';
import { CRASH_WORDINGS } from './wordings/crashes.js';
import { EXIT_WORDINGS } from './wordings/exits.js';
import { FATAL_WORDINGS } from './wordings/fatal.js';
import { TEST_FAILURE_WORDINGS } from './wordings/tests.js';

export type { DeathPattern } from './wordings/pattern.js';

/**
 * Lines that say a process died or a test failed, in any format and any runtime (inferred where
 * the line carries no level of its own, or an error level: an app logs its own death at ERROR).
 * Each wording is a real one: the sources are named in test/signals/failure.test.ts.
 *
 * A line is tried against them in this order and the first that matches gives its signal: a test's failure, then a
 * crash, a server's stop, a process's exit (the more particular before the more general: PHP's `Fatal error: Allowed
 * memory size … exhausted` is out of memory before it is fatal).
 */
export const DEATH_PATTERNS: readonly DeathPattern[] = [
  ...TEST_FAILURE_WORDINGS, ...CRASH_WORDINGS, ...FATAL_WORDINGS, ...EXIT_WORDINGS,
];
