/**
 * One linear pass over a junit document that records what fast-xml-parser does not report:
 * the line of every <testcase> and of its first result element, which test cases were
 * closed (so a truncated file keeps only complete ones), the nesting depth, a DOCTYPE to
 * neutralize, and where the document ends with elements still open.
 *
 * This is not an XML parser: it only skips comments, CDATA, processing instructions and
 * quoted attribute values well enough to find tag boundaries. Well-formedness is judged by
 * fast-xml-parser's validator.
 */
export interface TestcaseSpan {
  offset: number;
  line: number;
  /** Line of the first <failure>/<error>/<skipped> inside the case, when there is one. */
  resultLine?: number;
  closed: boolean;
  /** Offset just past `</testcase>` or `/>`. */
  end: number;
}

export interface OpenElement {
  name: string;
  line: number;
}

export interface Prescan {
  root?: string;
  testcases: TestcaseSpan[];
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
}

const RESULT_ELEMENTS = new Set(['failure', 'error', 'skipped']);

export function prescanJunit(text: string, depthLimit: number): Prescan {
  const result: Prescan = { testcases: [], maxDepth: 0, openAtEnd: [] };
  const stack: OpenElement[] = [];
  let current: TestcaseSpan | undefined;
  // Lines are counted forward only, and the next newline is remembered: searching for it again
  // on every call scanned the rest of a one-line document (pytest writes one) once per element,
  // quadratic in the number of test cases. Callers ask for offsets in increasing order.
  let line = 1;
  let nextNewline = text.indexOf('\n');
  const lineAt = (offset: number): number => {
    while (nextNewline !== -1 && nextNewline < offset) {
      line += 1;
      nextNewline = text.indexOf('\n', nextNewline + 1);
    }
    return line;
  };

  let pos = 0;
  const n = text.length;
  while (pos < n) {
    const lt = text.indexOf('<', pos);
    if (lt < 0) break;
    if (text.startsWith('<!--', lt)) {
      const end = text.indexOf('-->', lt + 4);
      if (end < 0) { result.endsInside = { what: 'a comment', line: lineAt(lt) }; break; }
      pos = end + 3;
      continue;
    }
    if (text.startsWith('<![CDATA[', lt)) {
      const end = text.indexOf(']]>', lt + 9);
      if (end < 0) { result.endsInside = { what: 'a CDATA section', line: lineAt(lt) }; break; }
      pos = end + 3;
      continue;
    }
    if (text.startsWith('<?', lt)) {
      const end = text.indexOf('?>', lt + 2);
      if (end < 0) { result.endsInside = { what: 'a processing instruction', line: lineAt(lt) }; break; }
      pos = end + 2;
      continue;
    }
    if (text.startsWith('<!DOCTYPE', lt) || text.startsWith('<!doctype', lt)) {
      const end = doctypeEnd(text, lt);
      if (end < 0) { result.endsInside = { what: 'a DOCTYPE declaration', line: lineAt(lt) }; break; }
      result.doctype ??= { start: lt, end, line: lineAt(lt) };
      pos = end;
      continue;
    }
    // The tag's own line first: a raw '<' inside it may be on a later line.
    const tagLine = lineAt(lt);
    const tagEnd = findTagEnd(text, lt + 1, (offset) => {
      result.rawLessThanInAttribute ??= { line: lineAt(offset), offset };
    });
    if (tagEnd < 0) { result.endsInside = { what: 'a tag', line: tagLine }; break; }
    const closing = text.charCodeAt(lt + 1) === 0x2f; // '/'
    const selfClosing = text.charCodeAt(tagEnd - 1) === 0x2f;
    const name = tagName(text, closing ? lt + 2 : lt + 1);
    pos = tagEnd + 1;
    if (!name) continue;
    if (closing) {
      // Pop to the matching element; a mismatch is the validator's to report.
      for (let i = stack.length - 1; i >= 0; i--) {
        if (stack[i].name === name) { stack.length = i; break; }
      }
      if (name === 'testcase' && current) { current.closed = true; current.end = pos; current = undefined; }
      continue;
    }
    if (result.root === undefined) result.root = name;
    if (name === 'testcase') {
      const span: TestcaseSpan = { offset: lt, line: tagLine, closed: selfClosing, end: selfClosing ? pos : -1 };
      result.testcases.push(span);
      if (!selfClosing) current = span;
    } else if (current && current.resultLine === undefined && RESULT_ELEMENTS.has(name)) {
      current.resultLine = tagLine;
    }
    if (!selfClosing) {
      stack.push({ name, line: tagLine });
      if (stack.length > result.maxDepth) {
        result.maxDepth = stack.length;
        if (result.maxDepth > depthLimit) { result.tooDeep = { line: tagLine, offset: lt }; break; }
      }
    }
  }
  result.openAtEnd = stack.slice();
  return result;
}

/** Index just past the `>` closing a DOCTYPE, honouring an internal subset in brackets. */
function doctypeEnd(text: string, from: number): number {
  let depth = 0;
  for (let i = from + 9; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b) depth += 1; // [
    else if (c === 0x5d) depth -= 1; // ]
    else if (c === 0x22 || c === 0x27) { const q = text.indexOf(text[i], i + 1); if (q < 0) return -1; i = q; }
    else if (c === 0x3e && depth <= 0) return i + 1; // >
  }
  return -1;
}

/** Index of the `>` that ends the tag whose name starts at `from`, skipping quoted attribute values. */
function findTagEnd(text: string, from: number, onRawLessThan: (offset: number) => void): number {
  // The next '<' is searched for again only once the scan has passed it: searching after every
  // quoted value rescanned the rest of the text per value (`a="" b="" …`, or a run of quotes).
  let nextLt = from - 1;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3e) return i;
    if (c === 0x22 || c === 0x27) {
      const q = text.indexOf(text[i], i + 1);
      if (q < 0) return -1;
      if (nextLt !== -1 && nextLt <= i) nextLt = text.indexOf('<', i + 1);
      if (nextLt >= 0 && nextLt < q) onRawLessThan(nextLt);
      i = q;
    } else if (c === 0x3c) {
      // A new tag before this one closed: let the validator name the error; resume here.
      return i - 1;
    }
  }
  return -1;
}

function tagName(text: string, from: number): string {
  let i = from;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x2f || c === 0x3e) break;
    i += 1;
  }
  return text.slice(from, i);
}
