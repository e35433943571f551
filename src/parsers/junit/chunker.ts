/**
 * The reading pass over a junit document: it walks the suites with the markup cursor and hands
 * fast-xml-parser one batch of sibling <testcase> elements at a time (a suite's start tag and
 * its <properties> on their own), then hands each case on. fast-xml-parser's tree is an order of
 * magnitude larger than its text, so parsing the whole document at once took 0.8 GB for a million
 * cases; batch by batch, what is held never grows with the number of cases.
 *
 * A suite is handed on once its properties are known: at its first case or nested suite, or at
 * its end. Properties written after the first case (the prescan lists those suites) are read
 * ahead, so every case of the suite sees them, as in a whole-tree reading.
 */
import { plural } from '../../text/plural.js';
import { JUNIT_LIMITS } from './limits.js';
import { MarkupCursor } from './markup.js';
import { reduceCase, type ReducedCase } from './oversized.js';
import { shown } from './shown.js';
import { elementName, parseFragment, readCase, readProperties, type OrderedNode } from './tree.js';
import type { BatchStats, JunitCase, JunitHandler, JunitProblem } from './types.js';

interface ElementSpan {
  start: number;
  end: number;
  line: number;
  /** Line of the first <failure>, <error> or <skipped> inside. */
  resultLine?: number;
  /** End tags of the elements still open where the readable text ends (a broken document's last case). */
  closers?: string;
  /** A case over JUNIT_LIMITS.maxCaseChars, cut before parsing (oversized.ts): what the parser reads instead. */
  reduced?: ReducedCase;
}

interface SuiteFrame {
  /** `testsuite` (a suite of its own) or `testsuites` (the root grouping them). */
  element: string;
  attributes: Record<string, string>;
  properties: Record<string, string>;
  /** Handed on already. */
  announced: boolean;
  /** Every <properties> child was read ahead. */
  propertiesReadAhead: boolean;
}

const RESULT_ELEMENTS = new Set(['failure', 'error', 'skipped']);

export class JunitChunker {
  private readonly cursor: MarkupCursor;
  /** Open elements from the root down: a suite, or an element the walk looks through (undefined). */
  private readonly open: Array<SuiteFrame | undefined> = [];
  /** The open suites, innermost last. */
  private readonly suites: SuiteFrame[] = [];
  private batch: ElementSpan[] = [];
  private rootSeen = false;
  /** Test cases handed on. */
  cases = 0;
  readonly stats: BatchStats = { batches: 0, largestCases: 0, largestChars: 0 };
  readonly problems: JunitProblem[] = [];

  /**
   * `text` is read up to `limit` (a broken document: the end of its last complete case); elements
   * still open there end there. `lateProperties` holds the start offsets of suites whose
   * properties come after a case (see prescan.ts).
   */
  constructor(
    private readonly text: string,
    private readonly limit: number,
    private readonly lateProperties: ReadonlySet<number>,
    private readonly handler: JunitHandler,
  ) {
    this.cursor = new MarkupCursor(text, limit);
  }

  /** Reads every suite and case. Throws what fast-xml-parser throws; the cases before it were handed on. */
  run(): void {
    const { cursor } = this;
    while (cursor.next()) {
      if (cursor.kind !== 'tag' || (!cursor.closing && !cursor.name)) continue;
      if (!this.rootSeen) {
        if (cursor.closing) continue;
        this.rootSeen = true;
        this.openSuite();
        continue;
      }
      if (this.open.length === 0) break; // the root has ended
      // An end tag closes the innermost open element whatever its name, as in fast-xml-parser.
      if (cursor.closing) this.close();
      else this.child();
    }
    while (this.open.length > 0) this.close();
  }

  private close(): void {
    this.flush();
    const frame = this.open.pop();
    if (!frame) return;
    this.suites.pop();
    this.announce(frame);
  }

  /**
   * An element inside a suite, the cursor on its start tag. Any element other than a case, a
   * suite or a suite's properties is looked through: a <testcase> the prescan counts as complete
   * is read wherever it sits (outside another case).
   */
  private child(): void {
    const { cursor } = this;
    const suite = this.suites[this.suites.length - 1];
    const name = cursor.name;
    if (name === 'testcase') {
      this.announce(suite);
      this.addCase(this.element(true));
      return;
    }
    this.flush();
    if (name === 'testsuite') {
      this.announce(suite);
      this.openSuite();
    } else if (name === 'properties') {
      const span = this.element(false);
      const ownProperties = this.open[this.open.length - 1] === suite;
      if (ownProperties && !suite.propertiesReadAhead) {
        suite.properties = readProperties(parseFragment(this.fragment(span, span)), { ...suite.properties });
      }
    } else if (!cursor.selfClosing) {
      this.open.push(undefined);
    }
  }

  /** The suite element under the cursor: its attributes, inherited and own properties. */
  private openSuite(): void {
    const { cursor } = this;
    const parent = this.suites[this.suites.length - 1];
    const start = cursor.start;
    const selfClosing = cursor.selfClosing;
    const frame: SuiteFrame = {
      element: cursor.name,
      attributes: this.startTagAttributes(start, cursor.end, selfClosing),
      properties: { ...parent?.properties },
      announced: false,
      propertiesReadAhead: false,
    };
    if (!selfClosing && this.lateProperties.has(start)) this.readPropertiesAhead(frame, cursor.end);
    if (selfClosing) {
      this.announce(frame);
      return;
    }
    this.open.push(frame);
    this.suites.push(frame);
  }

  private announce(frame: SuiteFrame): void {
    if (frame.announced) return;
    frame.announced = true;
    if (frame.element !== 'testsuite') return;
    this.handler.suite({ name: frame.attributes.name, properties: frame.properties, attributes: frame.attributes });
  }

  /** A start tag's attributes, read by fast-xml-parser from the tag alone. */
  private startTagAttributes(start: number, end: number, selfClosing: boolean): Record<string, string> {
    const beforeGt = this.text.charCodeAt(end - 1) === 0x3e ? end - 1 : end;
    const tag = selfClosing ? this.text.slice(start, end) : `${this.text.slice(start, beforeGt)}/>`;
    const node = parseFragment(tag).find((n) => elementName(n) !== '#text');
    return node?.[':@'] ?? {};
  }

  /** Every <properties> child of the suite whose content starts at `from`, in order, read before its cases. */
  private readPropertiesAhead(frame: SuiteFrame, from: number): void {
    const ahead = new MarkupCursor(this.text, this.limit, undefined, from);
    let depth = 0;
    let propertiesStart = -1;
    while (ahead.next()) {
      if (ahead.kind !== 'tag' || (!ahead.closing && !ahead.name)) continue;
      if (ahead.closing) {
        if (depth === 0) break; // the suite's own end
        depth -= 1;
        if (depth === 0 && propertiesStart >= 0) {
          readProperties(parseFragment(this.text.slice(propertiesStart, ahead.end)), frame.properties);
          propertiesStart = -1;
        }
        continue;
      }
      if (ahead.selfClosing) continue;
      if (depth === 0 && ahead.name === 'properties') propertiesStart = ahead.start;
      depth += 1;
    }
    frame.propertiesReadAhead = true;
  }

  /**
   * The element whose start tag is under the cursor, up to its end tag (the cursor moves past
   * it). An end tag closes the innermost open element whatever its name, as in fast-xml-parser;
   * elements still open where the readable text ends are closed there, as in the repaired prefix
   * of a broken document.
   */
  private element(noteResults: boolean): ElementSpan {
    const { cursor } = this;
    const span: ElementSpan = { start: cursor.start, end: cursor.end, line: cursor.line };
    if (cursor.selfClosing) return span;
    const open = [cursor.name];
    while (cursor.next()) {
      if (cursor.kind !== 'tag' || (!cursor.closing && !cursor.name)) continue;
      if (cursor.closing) {
        open.pop();
        if (open.length === 0) {
          span.end = cursor.end;
          return span;
        }
        continue;
      }
      if (noteResults && span.resultLine === undefined && RESULT_ELEMENTS.has(cursor.name)) {
        span.resultLine = cursor.line;
      }
      if (!cursor.selfClosing) open.push(cursor.name);
    }
    span.end = this.limit;
    span.closers = open.reverse().map((name) => `</${name}>`).join('');
    return span;
  }

  private addCase(span: ElementSpan): void {
    if (span.end - span.start > JUNIT_LIMITS.maxCaseChars) {
      // Parsed alone and cut first: the parser's tree of it would grow with its text.
      this.flush();
      span.reduced = reduceCase(this.text, span.start, span.end, span.line);
      this.batch.push(span);
      this.flush();
      return;
    }
    const first = this.batch[0];
    const full = first !== undefined &&
      (this.batch.length >= JUNIT_LIMITS.casesPerBatch || span.end - first.start > JUNIT_LIMITS.batchChars);
    if (full) this.flush();
    this.batch.push(span);
  }

  /** Parses the batch of sibling cases and hands each on. */
  private flush(): void {
    const batch = this.batch;
    if (batch.length === 0) return;
    this.batch = [];
    const suite = this.suites[this.suites.length - 1];
    const fragment = this.fragment(batch[0], batch[batch.length - 1]);
    this.stats.batches += 1;
    this.stats.largestCases = Math.max(this.stats.largestCases, batch.length);
    this.stats.largestChars = Math.max(this.stats.largestChars, fragment.length);
    let nodes: Array<OrderedNode | undefined> | undefined = casesIn(fragment);
    // fast-xml-parser and the cursor disagree on this batch (a `?>` inside quotes in a processing
    // instruction, which XML ends there): each case is parsed on its own, so one cannot hide another.
    if (nodes?.length !== batch.length) nodes = batch.map((span) => this.caseAlone(span));
    for (let i = 0; i < batch.length; i++) {
      const node = nodes[i];
      if (!node) continue;
      this.cases += 1;
      const { line, resultLine, reduced } = batch[i];
      const testCase = readCase(node, suite.attributes.name, suite.properties, line, resultLine);
      if (reduced) this.noteReduced(testCase, batch[i], reduced);
      this.handler.testCase(testCase);
    }
  }

  /** Says which case was cut before parsing, how, and how many bytes of it were not read. */
  private noteReduced(testCase: JunitCase, span: ElementSpan, reduced: ReducedCase): void {
    if (reduced.bytesLeftOut === 0) return;
    const limit = JUNIT_LIMITS.maxCaseChars;
    const elements = reduced.elementsLeftOut;
    const how = [
      ...(reduced.textsCut ? [`its texts were cut to their first ${JUNIT_LIMITS.caseBodyHeadChars} characters`] : []),
      ...(elements > 0 ? [`${plural(elements, 'element')} past its first ${limit} characters ${elements === 1 ? 'was' : 'were'} left out`] : []),
    ];
    const what = how.length > 0 ? how.join(' and ') : 'its comments and processing instructions were left out';
    this.problems.push({
      message: `the <testcase> "${shown(testCase.name ?? '')}" at line ${span.line} is longer than ${limit} characters: ${what}; ${reduced.bytesLeftOut} bytes not read`,
      line: span.line,
      offset: span.start,
    });
  }

  /** The text from the start of `first` to the end of `last`, closed where it was cut short. */
  private fragment(first: ElementSpan, last: ElementSpan): string {
    if (first.reduced) return first.reduced.fragment;
    return this.text.slice(first.start, last.end) + (last.closers ?? '');
  }

  /** One case parsed on its own; a problem names it when fast-xml-parser cannot read it as one. */
  private caseAlone(span: ElementSpan): OrderedNode | undefined {
    const node = casesIn(this.fragment(span, span))?.[0];
    if (!node) {
      const message = `the <testcase> at line ${span.line} could not be read as one element; not counted`;
      this.problems.push({ message, line: span.line, offset: span.start });
    }
    return node;
  }
}

/** The <testcase> nodes of a fragment, or undefined when fast-xml-parser refuses it. */
function casesIn(fragment: string): OrderedNode[] | undefined {
  try {
    return parseFragment(fragment).filter((n) => elementName(n) === 'testcase');
  } catch {
    return undefined;
  }
}
