/**
 * One linear pass over a junit document that records what fast-xml-parser does not report:
 * the nesting depth, a DOCTYPE to neutralize, where the document ends with elements still open,
 * where its last complete test case ends (a truncated file keeps only complete ones), and which
 * suites declare properties after their first case (the chunker looks ahead for those).
 *
 * It keeps counts and offsets, never one record per test case: its memory does not grow with the
 * number of cases. Well-formedness is judged by fast-xml-parser's validator.
 */
import { MarkupCursor } from './markup.js';

export interface OpenElement {
  name: string;
  line: number;
}

export interface Prescan {
  root?: string;
  /** <testcase> start tags seen. */
  testcases: number;
  /** Test cases closed (`</testcase>` or `<testcase/>`) inside the scanned text. */
  closedCases: number;
  /** Offset just past the last closed test case; 0 when there is none. */
  lastCaseEnd: number;
  maxDepth: number;
  /** [start, end) of a <!DOCTYPE …> declaration, internal subset included. */
  doctype?: { start: number; end: number; line: number };
  /** First attribute value holding a raw `<`, which XML forbids (fast-xml-parser's validator lets it pass). */
  rawLessThanInAttribute?: { line: number; offset: number };
  /** The first element nested deeper than the limit (the scan stops there). */
  tooDeep?: { line: number; offset: number };
  /** Elements still open at the end of the document, outermost first. */
  openAtEnd: OpenElement[];
  /** The construct the document ends inside of, if it ends mid-token (comment, CDATA, tag). */
  endsInside?: { what: string; line: number };
  /** Start offsets of suite elements with a <properties> child after a case or suite inside them. */
  lateProperties: Set<number>;
}

interface Frame extends OpenElement {
  start: number;
  /** A suite that has had a <testcase> or <testsuite> inside it. */
  hadChild: boolean;
}

const isSuiteElement = (name: string): boolean => name === 'testsuite' || name === 'testsuites';

/** The document's structure up to `limit` (a prefix is scanned as if it were cut out). */
export function prescanJunit(text: string, depthLimit: number, limit = text.length): Prescan {
  const result: Prescan = {
    testcases: 0, closedCases: 0, lastCaseEnd: 0, maxDepth: 0, openAtEnd: [], lateProperties: new Set(),
  };
  const stack: Frame[] = [];
  /** A <testcase> was opened and its `</testcase>` is still to come (the innermost one, when nested). */
  let openCase = false;
  const cursor: MarkupCursor = new MarkupCursor(text, limit, (offset) => {
    result.rawLessThanInAttribute ??= { line: cursor.lineAt(offset), offset };
  });
  while (cursor.next()) {
    if (cursor.kind === 'doctype') {
      result.doctype ??= { start: cursor.start, end: cursor.end, line: cursor.lineAt(cursor.start) };
      continue;
    }
    if (cursor.kind !== 'tag') continue;
    const { name, line } = cursor;
    if (cursor.closing) {
      // Pop to the matching element; a mismatch is the validator's to report.
      for (let i = stack.length - 1; i >= 0; i--) {
        if (stack[i].name === name) { stack.length = i; break; }
      }
      if (name === 'testcase' && openCase) {
        closeCase(result, cursor.end);
        openCase = false;
      }
      continue;
    }
    if (!name) continue;
    if (result.root === undefined) result.root = name;
    const parent = stack[stack.length - 1];
    if (name === 'testcase' || name === 'testsuite') {
      // The chunker hands a suite on at its first case or suite, wherever inside it that sits.
      const suite = stack.findLast((frame) => isSuiteElement(frame.name));
      if (suite) suite.hadChild = true;
    } else if (name === 'properties' && parent && isSuiteElement(parent.name) && parent.hadChild) {
      result.lateProperties.add(parent.start);
    }
    if (name === 'testcase') {
      result.testcases += 1;
      if (cursor.selfClosing) closeCase(result, cursor.end);
    }
    if (cursor.selfClosing) continue;
    stack.push({ name, line, start: cursor.start, hadChild: false });
    if (name === 'testcase') openCase = true;
    if (stack.length > result.maxDepth) {
      result.maxDepth = stack.length;
      if (result.maxDepth > depthLimit) { result.tooDeep = { line, offset: cursor.start }; break; }
    }
  }
  result.endsInside = cursor.unterminated;
  result.openAtEnd = stack.map(({ name, line }) => ({ name, line }));
  return result;
}

function closeCase(result: Prescan, end: number): void {
  result.closedCases += 1;
  result.lastCaseEnd = end;
}
