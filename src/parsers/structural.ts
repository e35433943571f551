import { HARNESS_TAGS } from './harness/statements.js';
import { PAYLOADS } from './registry.js';
import { failureMarkers } from './levels.js';
import { ERROR_SHAPE_LITERALS, TEXT_LEVELS } from './text/levels.js';
import { MONGO_SEVERITY_MARKERS, NUMERIC_LEVEL_MARKERS } from './json/grammar.js';

/** Every format's level table, plain text's included: their error and fatal markers are the level literals. */
const LEVEL_TABLES = [...PAYLOADS.flatMap((format) => (format.levels ? [format.levels] : [])), TEXT_LEVELS];

/** The literal of pytest's passing result (`… PASSED [ 42%]`): the scan reads a line holding it alone on a shortcut. */
export const PASSING_RESULT_LITERAL = ' PASSED';

/**
 * Literals of the lines the triage needs whatever the rules say. The scanner hands on every
 * line holding one of these (or a rule's literal) and skips the rest unparsed; both the fast
 * and the full-grammar path apply the same test, so they see the same events.
 */
export const STRUCTURAL_LITERALS: readonly string[] = [
  // cc-ci harness: every tagged line (tier boundaries, sweep, promote, canonical) and RECIPE=.
  ...HARNESS_TAGS.map((tag) => `[${tag}]`),
  'RECIPE=',
  'recipe_checkout ',
  'chaos-version label',
  // pytest results, short summary and totals.
  PASSING_RESULT_LITERAL,
  ' FAILED',
  ' SKIPPED',
  ' XFAIL',
  ' XPASS',
  'FAILED ',
  ' passed',
  ' failed',
  // Level markers: error and fatal lines are what an unexplained failure is explained from. Each
  // format's come from its own level table, none from here. Five bytes at least: the prefilter
  // skips up to length-1 bytes per step, so one short literal slows every line of every log.
  ...new Set(LEVEL_TABLES.flatMap(failureMarkers)),
  ...NUMERIC_LEVEL_MARKERS,
  ...MONGO_SEVERITY_MARKERS,
  ...ERROR_SHAPE_LITERALS,
  // A Python traceback's frame: the first line of one pasted without its `Traceback` line (scan/multiline.ts); a .NET
  // frame that names its source line or, Mono's, its module; a Java frame.
  '", line ',
  ':line ',
  '] in <',
  // A Java frame's (Kotlin's `.kt:` is too short a literal: a Kotlin frame continues a block a Java one began).
  '.java:',
  '.scala:',
  'Unknown Source)',
  'Native Method)',
];
