/**
 * A test case too long to hand to fast-xml-parser as it is (JUNIT_LIMITS.maxCaseChars), cut to
 * what the readers use. compactJunit bounds each single text, but one case may still be hundreds
 * of megabytes of texts each under its limit (a body in many CDATA sections, thousands of
 * <rerunFailure> elements), and the parser's tree of it is an order of magnitude larger again.
 *
 * The case is walked with the markup cursor and copied with each element's text (its text runs
 * and CDATA sections together) cut to its first JUNIT_LIMITS.caseBodyHeadChars characters, a
 * `… N bytes cut …` marker after it. Once the copy reaches maxCaseChars, further elements are
 * left out whole, except the first <failure>, <error> and <skipped> child of the case: they decide
 * its outcome (tree.ts readCase), which therefore stays exact. Comments and processing
 * instructions, which no reader uses, are left out. What is left out is counted in bytes, for
 * the notice. Cuts fall on tag boundaries, never inside a character reference or a surrogate pair.
 */
import { JUNIT_LIMITS } from './limits.js';
import { MarkupCursor } from './markup.js';

export interface ReducedCase {
  /** The case as fast-xml-parser reads it: every open element closed. */
  fragment: string;
  /** Bytes (UTF-8) of the case not handed to the parser. */
  bytesLeftOut: number;
  /** Whether any text was cut to its head. */
  textsCut: boolean;
  /** Elements left out whole. */
  elementsLeftOut: number;
}

/** The first of each of these children decides a case's outcome. */
const OUTCOME_ELEMENTS = new Set(['failure', 'error', 'skipped']);

const CDATA_OPEN = '<![CDATA[';
const CDATA_CLOSE = ']]>';
/** `&#x10FFFF;` and the five named references fit. */
const REFERENCE_MAX = 12;

interface OpenElement {
  name: string;
  /** Characters of text it may still keep. */
  textLeft: number;
  /** Bytes of its text cut. */
  cutBytes: number;
}

const utf8Bytes = (text: string, from: number, to: number): number => Buffer.byteLength(text.slice(from, to));

/** The case [start, end) of `text`, whose start tag is on `line`, cut to its bounded form. */
export function reduceCase(text: string, start: number, end: number, line: number): ReducedCase {
  return new CaseReducer(text, start, end).run(line);
}

class CaseReducer {
  private readonly out: string[] = [];
  private outChars = 0;
  private readonly open: OpenElement[] = [];
  /** The element being left out whole: where it starts, and how deep the walk is inside it. */
  private leaving?: { from: number; depth: number };
  private readonly outcomesKept = new Set<string>();
  private readonly result: Omit<ReducedCase, 'fragment'> = { bytesLeftOut: 0, textsCut: false, elementsLeftOut: 0 };

  constructor(private readonly text: string, private readonly start: number, private readonly end: number) {}

  run(line: number): ReducedCase {
    const cursor = new MarkupCursor(this.text, this.end, undefined, this.start, line);
    let textFrom = this.start;
    while (cursor.next()) {
      this.textRun(textFrom, cursor.start);
      textFrom = cursor.end;
      if (this.leaving) this.skip(cursor);
      else if (cursor.kind === 'cdata') this.cdata(cursor.start, cursor.end);
      else if (cursor.kind === 'tag' && (cursor.closing || cursor.name)) this.tag(cursor);
      else this.leaveOut(cursor.start, cursor.end);
    }
    this.textRun(textFrom, this.end);
    this.closeAll();
    return { fragment: this.out.join(''), ...this.result };
  }

  private emit(piece: string): void {
    this.out.push(piece);
    this.outChars += piece.length;
  }

  private leaveOut(from: number, to: number): void {
    this.result.bytesLeftOut += utf8Bytes(this.text, from, to);
  }

  /** A tag inside an element being left out: only its depth matters. */
  private skip(cursor: MarkupCursor): void {
    const leaving = this.leaving!;
    if (cursor.kind !== 'tag' || cursor.selfClosing || (!cursor.closing && !cursor.name)) return;
    if (!cursor.closing) { leaving.depth += 1; return; }
    if (leaving.depth > 0) { leaving.depth -= 1; return; }
    this.leaveOut(leaving.from, cursor.end);
    this.result.elementsLeftOut += 1;
    this.leaving = undefined;
  }

  private tag(cursor: MarkupCursor): void {
    const tag = this.text.slice(cursor.start, cursor.end);
    if (cursor.closing) {
      // An end tag closes the innermost open element whatever its name, as in fast-xml-parser.
      const element = this.open.pop();
      if (element) this.closeElement(element, tag);
      return;
    }
    if (!this.keeps(cursor.name, tag.length)) {
      if (cursor.selfClosing) {
        this.leaveOut(cursor.start, cursor.end);
        this.result.elementsLeftOut += 1;
      } else {
        this.leaving = { from: cursor.start, depth: 0 };
      }
      return;
    }
    if (this.open.length === 1 && OUTCOME_ELEMENTS.has(cursor.name)) this.outcomesKept.add(cursor.name);
    this.emit(tag);
    if (cursor.selfClosing) return;
    this.open.push({ name: cursor.name, textLeft: JUNIT_LIMITS.caseBodyHeadChars, cutBytes: 0 });
  }

  /** The case itself, anything while the copy is under the limit, and the first of each outcome element. */
  private keeps(name: string, tagChars: number): boolean {
    if (this.open.length === 0 || this.outChars + tagChars <= JUNIT_LIMITS.maxCaseChars) return true;
    return this.open.length === 1 && OUTCOME_ELEMENTS.has(name) && !this.outcomesKept.has(name);
  }

  private closeElement(element: OpenElement, endTag: string): void {
    if (element.cutBytes > 0) this.emit(`… ${element.cutBytes} bytes cut …`);
    this.emit(endTag);
  }

  /** Where the case's text ends with elements open (a broken document): they end there. */
  private closeAll(): void {
    if (this.leaving) {
      this.leaveOut(this.leaving.from, this.end);
      this.result.elementsLeftOut += 1;
      this.leaving = undefined;
    }
    for (let element = this.open.pop(); element; element = this.open.pop()) {
      this.closeElement(element, `</${element.name}>`);
    }
  }

  /** Text between constructs, [from, to): its element keeps its head. */
  private textRun(from: number, to: number): void {
    if (to <= from || this.leaving) return;
    const element = this.open[this.open.length - 1];
    if (!element) { this.leaveOut(from, to); return; }
    const keep = headEnd(this.text, from, to, element.textLeft, true);
    if (keep > from) this.emit(this.text.slice(from, keep));
    this.cut(element, keep, to, keep - from);
  }

  /** A CDATA section: its content is text like any other, the section kept around the head of it. */
  private cdata(start: number, end: number): void {
    const element = this.open[this.open.length - 1];
    const content = this.text.startsWith(CDATA_OPEN, start) ? start + CDATA_OPEN.length : -1;
    if (!element || content < 0) {
      // Outside the case, or the other `<![…]]>` form fast-xml-parser reads: kept only whole.
      if (element && end - start <= element.textLeft) {
        this.emit(this.text.slice(start, end));
        element.textLeft -= end - start;
      } else {
        this.leaveOut(start, end);
      }
      return;
    }
    const contentEnd = end - CDATA_CLOSE.length;
    const keep = headEnd(this.text, content, contentEnd, element.textLeft, false);
    if (keep === contentEnd) {
      this.emit(this.text.slice(start, end));
      element.textLeft -= contentEnd - content;
    } else if (keep > content) {
      this.emit(`${this.text.slice(start, keep)}${CDATA_CLOSE}`);
      this.cut(element, keep, contentEnd, keep - content);
    } else {
      this.cut(element, start, end, 0);
    }
  }

  /** `kept` characters of the element's text were copied; [from, to) of it was not. */
  private cut(element: OpenElement, from: number, to: number, kept: number): void {
    element.textLeft -= kept;
    if (to <= from) return;
    const bytes = utf8Bytes(this.text, from, to);
    element.cutBytes += bytes;
    element.textLeft = 0;
    this.result.bytesLeftOut += bytes;
    this.result.textsCut = true;
  }
}

/**
 * The end of the head of [from, to) that fits in `room` characters: never inside a surrogate pair,
 * nor, in text, inside a character reference.
 */
function headEnd(text: string, from: number, to: number, room: number, references: boolean): number {
  if (to - from <= room) return to;
  let end = from + room;
  const high = end > from ? text.charCodeAt(end - 1) : 0;
  if (high >= 0xd800 && high <= 0xdbff) end -= 1;
  if (references) {
    const amp = text.lastIndexOf('&', end - 1);
    if (amp >= from && amp > end - REFERENCE_MAX) {
      const semicolon = text.indexOf(';', amp);
      if (semicolon < 0 || semicolon >= end) end = amp;
    }
  }
  return end;
}
