/**
 * A forward-only cursor over the markup of a junit document: tags, comments, CDATA sections,
 * processing instructions and DOCTYPE declarations, found by their delimiters, quoted attribute
 * values skipped. The prescan and the chunker walk the document with it, so both see the same
 * boundaries.
 *
 * This is not an XML parser: fast-xml-parser's validator judges well-formedness, and its parser
 * reads each element the chunker hands it. Every search stays inside [0, limit), so a cursor over
 * a prefix sees exactly what it would see over that prefix cut out.
 */
export type MarkupKind = 'tag' | 'comment' | 'cdata' | 'pi' | 'doctype';

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;

export class MarkupCursor {
  kind: MarkupKind = 'tag';
  /** Offset of the construct's `<`. */
  start = 0;
  /** Offset just past the construct (where the next search starts). */
  end = 0;
  /** For a tag: its element name, whether it is `</…>`, whether it is `<…/>`, and its line. */
  name = '';
  closing = false;
  selfClosing = false;
  line = 1;
  /** Set when the document ends inside a construct: what it is and the line it opened on. */
  unterminated?: { what: string; line: number };

  private pos: number;
  private lineNumber: number;
  private nextNewline: number;

  constructor(
    private readonly text: string,
    private readonly limit = text.length,
    /** Called with the offset of a raw `<` inside a quoted attribute value (XML forbids it). */
    private readonly onRawLessThan?: (offset: number) => void,
    from = 0,
    /** The line of `from`, when known: lines are then counted from there, not from the start of the text. */
    lineOfFrom?: number,
  ) {
    this.pos = from;
    this.lineNumber = lineOfFrom ?? 1;
    this.nextNewline = this.find('\n', lineOfFrom === undefined ? 0 : from);
  }

  /**
   * The 1-based line of `offset`. Lines are counted forward only and the next newline is
   * remembered: searching for it again on every call scanned the rest of a one-line document
   * (pytest writes one) once per element, quadratic in the number of test cases. Callers ask
   * for offsets in increasing order.
   */
  lineAt(offset: number): number {
    while (this.nextNewline !== -1 && this.nextNewline < offset) {
      this.lineNumber += 1;
      this.nextNewline = this.find('\n', this.nextNewline + 1);
    }
    return this.lineNumber;
  }

  /** Moves to the next construct; false at the end of the document or inside an unterminated one. */
  next(): boolean {
    const { text } = this;
    const lt = this.find('<', this.pos);
    if (lt < 0) return false;
    this.start = lt;
    const delimited = (kind: MarkupKind, open: string, close: string, what: string): boolean => {
      const end = this.find(close, lt + open.length);
      if (end < 0) return this.stop(what, lt);
      this.kind = kind;
      this.pos = this.end = end + close.length;
      return true;
    };
    if (text.startsWith('<!--', lt)) return delimited('comment', '<!--', '-->', 'a comment');
    if (text.startsWith('<![CDATA[', lt)) return delimited('cdata', '<![CDATA[', ']]>', 'a CDATA section');
    // Any other `<![` that a `]]>` ends is one too, as fast-xml-parser reads it: both see the same elements.
    if (text.startsWith('<![', lt) && this.find(']]>', lt + 3) >= 0) {
      return delimited('cdata', '<![', ']]>', 'a CDATA section');
    }
    if (text.startsWith('<?', lt)) return delimited('pi', '<?', '?>', 'a processing instruction');
    if (text.startsWith('<!DOCTYPE', lt) || text.startsWith('<!doctype', lt)) {
      const end = this.doctypeEnd(lt);
      if (end < 0) return this.stop('a DOCTYPE declaration', lt);
      this.kind = 'doctype';
      this.pos = this.end = end;
      return true;
    }
    // The tag's own line first: a raw '<' inside it may be on a later line.
    this.line = this.lineAt(lt);
    const tagEnd = this.findTagEnd(lt + 1);
    if (tagEnd < 0) return this.stop('a tag', lt, this.line);
    this.kind = 'tag';
    this.closing = text.charCodeAt(lt + 1) === SLASH;
    this.selfClosing = text.charCodeAt(tagEnd - 1) === SLASH;
    this.name = this.tagName(this.closing ? lt + 2 : lt + 1);
    this.pos = this.end = tagEnd + 1;
    return true;
  }

  private stop(what: string, at: number, line = this.lineAt(at)): false {
    this.unterminated = { what, line };
    this.pos = this.limit;
    return false;
  }

  /** indexOf, bounded by the limit: a match must end inside it. */
  private find(needle: string, from: number): number {
    const at = this.text.indexOf(needle, from);
    return at < 0 || at + needle.length > this.limit ? -1 : at;
  }

  /** Index just past the `>` closing a DOCTYPE, honouring an internal subset in brackets. */
  private doctypeEnd(from: number): number {
    const { text } = this;
    let depth = 0;
    for (let i = from + 9; i < this.limit; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x5b) depth += 1; // [
      else if (c === 0x5d) depth -= 1; // ]
      else if (c === 0x22 || c === 0x27) {
        const q = this.find(text[i], i + 1);
        if (q < 0) return -1;
        i = q;
      } else if (c === GT && depth <= 0) return i + 1;
    }
    return -1;
  }

  /** Index of the `>` that ends the tag whose name starts at `from`, skipping quoted attribute values. */
  private findTagEnd(from: number): number {
    const { text } = this;
    // The next '<' is searched for again only once the scan has passed it: searching after every
    // quoted value rescanned the rest of the text per value (`a="" b="" …`, or a run of quotes).
    let nextLt = from - 1;
    for (let i = from; i < this.limit; i++) {
      const c = text.charCodeAt(i);
      if (c === GT) return i;
      if (c === 0x22 || c === 0x27) {
        const q = this.find(text[i], i + 1);
        if (q < 0) return -1;
        if (nextLt !== -1 && nextLt <= i) nextLt = this.find('<', i + 1);
        if (nextLt >= 0 && nextLt < q) this.onRawLessThan?.(nextLt);
        i = q;
      } else if (c === LT) {
        // A new tag before this one closed: the validator names the error; resume at that '<'.
        return i - 1;
      }
    }
    return -1;
  }

  private tagName(from: number): string {
    const { text } = this;
    let i = from;
    while (i < this.limit) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === SLASH || c === GT) break;
      i += 1;
    }
    return text.slice(from, i);
  }
}
