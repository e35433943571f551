/**
 * junit XML → suites and test cases, streamed to a handler.
 *
 * Three passes over the text, none of which holds one record per test case: the prescan
 * (prescan.ts) finds what fast-xml-parser does not report (depth, a DOCTYPE to drop, where the
 * document ends with elements open, where its last complete case ends); fast-xml-parser's
 * validator tells a broken file from a good one and where it breaks; the chunker (chunker.ts)
 * then reads the suites and hands fast-xml-parser one batch of cases at a time. Entities beyond
 * the predefined five are never expanded and no DTD is read.
 */
import { XMLValidator } from 'fast-xml-parser';
import { JunitChunker } from './chunker.js';
import { JUNIT_LIMITS } from './limits.js';
import { prescanJunit, type Prescan } from './prescan.js';
import { shown } from './shown.js';
import type { JunitCase, JunitDocument, JunitHandler, JunitOutline, JunitProblem, JunitSuite } from './types.js';

export { JUNIT_LIMITS };
export type { BatchStats, CaseOutcome, JunitCase, JunitDocument, JunitHandler, JunitOutline, JunitProblem, JunitResult, JunitSuite } from './types.js';

/** Reads a junit document, handing its suites and cases on in document order; returns what it found wrong. */
export function readJunit(text: string, handler: JunitHandler): JunitOutline {
  const outline: JunitOutline = { cases: 0, errors: [], batches: { batches: 0, largestCases: 0, largestChars: 0 } };
  const { errors } = outline;
  if (text.trim().length === 0) {
    errors.push({ message: 'empty file: no XML document', line: 1 });
    return outline;
  }
  const scan = prescanJunit(text, JUNIT_LIMITS.maxDepth);
  outline.root = scan.root;
  if (scan.maxDepth > JUNIT_LIMITS.maxDepth) {
    errors.push({
      message: `elements nest deeper than ${JUNIT_LIMITS.maxDepth} levels (<${shown(scan.openAtEnd[scan.openAtEnd.length - 1]?.name ?? '?')}> at line ${scan.tooDeep?.line ?? '?'}); not read: real junit nests a few levels`,
      line: scan.tooDeep?.line,
      offset: scan.tooDeep?.offset,
    });
    return outline;
  }
  let source = text;
  if (scan.doctype) {
    errors.push({ message: 'DOCTYPE declaration ignored: no DTD or external entity is read and only the five predefined entities are expanded', line: scan.doctype.line });
    // Blank it out in place (newlines kept) so lines and offsets stay exact.
    source = text.slice(0, scan.doctype.start) + text.slice(scan.doctype.start, scan.doctype.end).replace(/[^\n]/g, ' ') + text.slice(scan.doctype.end);
  }
  if (scan.rawLessThanInAttribute) {
    errors.push({
      message: "attribute value holds a raw '<', which XML forbids; the file was read leniently",
      line: scan.rawLessThanInAttribute.line,
      offset: scan.rawLessThanInAttribute.offset,
    });
  }

  const validation = XMLValidator.validate(source, { allowBooleanAttributes: true });
  let readableEnd = source.length;
  if (validation !== true || scan.openAtEnd.length > 0 || scan.endsInside) {
    const problem = describeBreak(validation === true ? undefined : validation.err, scan, source);
    errors.push(problem);
    // The complete cases before the break are read; elements still open after the last one end there.
    readableEnd = prescanJunit(source, JUNIT_LIMITS.maxDepth, problem.offset ?? source.length).lastCaseEnd;
    if (readableEnd === 0) return outline;
  }
  if (scan.root !== 'testsuites' && scan.root !== 'testsuite') {
    if (errors.length === 0 || scan.root !== undefined) errors.push({ message: `root element <${shown(scan.root ?? '?')}> is not junit (<testsuites> or <testsuite>)`, line: 1 });
    return outline;
  }

  const chunker = new JunitChunker(source, readableEnd, scan.lateProperties, handler);
  try {
    chunker.run();
  } catch (error) {
    errors.push({ message: `not readable as XML: ${shown((error as Error).message)}` });
  }
  errors.push(...chunker.problems);
  outline.cases = chunker.cases;
  outline.batches = chunker.stats;
  return outline;
}

/** The whole document at once: every suite and case in memory (tests, and callers with small files). */
export function parseJunit(text: string): JunitDocument {
  const suites: JunitSuite[] = [];
  const cases: JunitCase[] = [];
  const handler: JunitHandler = { suite: (suite) => suites.push(suite), testCase: (testCase) => cases.push(testCase) };
  const { root, errors } = readJunit(text, handler);
  return { root, cases, suites, errors };
}

/** What fast-xml-parser's validator says of a document it refuses. */
interface ValidatorError {
  code: string;
  msg: string;
  line: number;
  col?: number;
}

/** Where and why the document breaks, in words a user can act on. */
function describeBreak(err: ValidatorError | undefined, scan: Prescan, text: string): JunitProblem {
  if (scan.endsInside) return { message: `file ends inside ${scan.endsInside.what} opened at line ${scan.endsInside.line} (truncated?)`, line: scan.endsInside.line, offset: text.length };
  // The validator reports unclosed elements at EOF as line 1 (`Invalid '[…]' found` for several,
  // `Unclosed tag 'x'` for one); the prescan knows better. Taken at line 1 the break would also
  // drop every complete case, as in a file cut right after a </testcase>.
  if (scan.openAtEnd.length > 0 && (!err || /^Invalid '\[|^Unclosed tag /.test(err.msg))) {
    const innermost = scan.openAtEnd[scan.openAtEnd.length - 1];
    return { message: `file ends with <${shown(innermost.name)}> (opened at line ${innermost.line}) and ${scan.openAtEnd.length - 1} enclosing element(s) not closed (truncated?)`, line: lineCount(text), offset: text.length };
  }
  if (err) {
    const offset = offsetOf(text, err.line, err.col ?? 1);
    return { message: `malformed XML: ${shown(err.msg)}`, line: err.line, offset };
  }
  return { message: 'malformed XML', offset: text.length };
}

function lineCount(text: string): number {
  let n = 1;
  for (let p = text.indexOf('\n'); p !== -1; p = text.indexOf('\n', p + 1)) n += 1;
  return n;
}

function offsetOf(text: string, line: number, col: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const nl = text.indexOf('\n', offset);
    if (nl < 0) return text.length;
    offset = nl + 1;
  }
  return Math.min(text.length, offset + Math.max(0, col - 1));
}
