/**
 * fast-xml-parser, set up for hostile input, and the readers that turn its ordered tree of one
 * element (a test case, a suite's start tag, a <properties> block) into junit values.
 *
 * Settings: preserveOrder (results keep document order), no DTD, and no entity beyond XML's five
 * and character references (`entityDecoder`); the prescan blanks any DOCTYPE out before.
 */
import { XMLParser } from 'fast-xml-parser';
import { JUNIT_LIMITS } from './limits.js';
import type { CaseOutcome, JunitCase, JunitResult } from './types.js';

export type OrderedNode = Record<string, unknown> & { ':@'?: Record<string, string> };

const PREDEFINED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const REFERENCE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|(amp|lt|gt|quot|apos));/g;

/** One match of REFERENCE: its character, or the match as it is when it names no valid code point. */
function decodeReference(whole: string, decimal?: string, hex?: string, name?: string): string {
  if (name) return PREDEFINED_ENTITIES[name];
  const code = decimal !== undefined ? Number.parseInt(decimal, 10) : Number.parseInt(hex!, 16);
  const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
  return valid ? String.fromCodePoint(code) : whole;
}

/**
 * XML's references and nothing else, in one pass (`&amp;lt;` is `&lt;`, not `<`): the five
 * predefined entities and character references such as `&#10;`, which pytest and surefire put
 * in every multi-line failure message (fast-xml-parser leaves those undecoded unless HTML
 * entities are switched on). Entities a DOCTYPE declares are never expanded.
 */
const xmlReferences = {
  decode(text: string): string {
    if (!text.includes('&')) return text;
    return text.replace(REFERENCE, decodeReference);
  },
  setExternalEntities(): void {},
  addInputEntities(): void {},
  reset(): void {},
  setXmlVersion(): void {},
};

/**
 * The elements whose text readCase takes, kept by fast-xml-parser as their raw markup (its stop
 * nodes) and read by bodyText. Parsed, a text is built one character at a time (`textData +=
 * xmlData[i]`): about 30 bytes of garbage per character, 125 MB for the 4 MB of junit of the
 * bench's main corpus, which grew the young generation to its largest and the process's peak with
 * it. A stop node's content is one substring.
 */
const BODY_ELEMENTS = ['system-out', 'system-err', 'failure', 'error', 'skipped'];
const BODY_ELEMENT_SET: ReadonlySet<string> = new Set(BODY_ELEMENTS);

const parser = new XMLParser({
  preserveOrder: true,
  stopNodes: BODY_ELEMENTS.map((name) => `testcase.${name}`),
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
  entityDecoder: xmlReferences,
  ignoreDeclaration: true,
  ignorePiTags: true,
  commentPropName: false,
});

/** The ordered tree of a fragment: a run of sibling elements (and the text between them). */
export function parseFragment(text: string): OrderedNode[] {
  return parser.parse(text) as OrderedNode[];
}

export function elementName(node: OrderedNode): string | undefined {
  return Object.keys(node).find((k) => k !== ':@');
}

export function childrenOf(node: OrderedNode): OrderedNode[] {
  return (node[elementName(node)!] as OrderedNode[] | undefined) ?? [];
}

function textOf(children: OrderedNode[] | undefined): string {
  if (!children) return '';
  let out = '';
  for (const child of children) {
    if (typeof child['#text'] === 'string') out += child['#text'];
    else if (Array.isArray(child['__cdata'])) out += textOf(child['__cdata'] as OrderedNode[]);
  }
  return out;
}

/** The <property> name/value pairs of the <properties> elements among `children`, later ones winning. */
export function readProperties(children: OrderedNode[], into: Record<string, string> = {}): Record<string, string> {
  for (const child of children) {
    if (elementName(child) !== 'properties') continue;
    for (const property of (child.properties as OrderedNode[]) ?? []) {
      const attrs = property[':@'];
      if (elementName(property) === 'property' && attrs?.name !== undefined) into[attrs.name] = attrs.value ?? textOf(property.property as OrderedNode[]);
    }
  }
  return into;
}

/** Where the markup that starts at `at` (a `<`) ends: past its `>`, quoted attribute values skipped. */
function markupEnd(raw: string, at: number): number {
  let quote = 0;
  for (let i = at + 1; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 0x22 || c === 0x27) quote = c;
    else if (c === 0x3e) return i + 1;
  }
  return raw.length;
}

/** Past the end of `terminator` from `at`, or the end of `raw`. */
function past(raw: string, terminator: string, at: number): number {
  const end = raw.indexOf(terminator, at);
  return end < 0 ? raw.length : end + terminator.length;
}

/**
 * A body element's text from its raw content, as textOf reads its parsed children: its own text
 * runs with XML's references decoded, CDATA sections as they are, and nothing of comments,
 * processing instructions or nested elements (the document is well-formed: the validator said so).
 */
export function bodyText(raw: string): string {
  if (!raw.includes('<')) return xmlReferences.decode(raw);
  let out = '';
  let depth = 0;
  let at = 0;
  while (at < raw.length) {
    const open = raw.indexOf('<', at);
    const textEnd = open < 0 ? raw.length : open;
    if (depth === 0 && textEnd > at) out += xmlReferences.decode(raw.slice(at, textEnd));
    if (open < 0) break;
    if (raw.startsWith('<![CDATA[', open)) {
      const end = past(raw, ']]>', open + 9);
      if (depth === 0) out += raw.slice(open + 9, Math.max(open + 9, end - 3));
      at = end;
    } else if (raw.startsWith('<!--', open)) at = past(raw, '-->', open + 4);
    else if (raw.startsWith('<?', open)) at = past(raw, '?>', open + 2);
    else {
      const end = markupEnd(raw, open);
      if (raw.charCodeAt(open + 1) === 0x2f) depth = Math.max(0, depth - 1);
      else if (raw.charCodeAt(end - 2) !== 0x2f) depth += 1;
      at = end;
    }
  }
  return out;
}

/** The text of a body element's children: one raw text when it was read as a stop node. */
function bodyOf(name: string, children: OrderedNode[] | undefined): string {
  if (!BODY_ELEMENT_SET.has(name)) return textOf(children);
  const raw = children?.[0]?.['#text'];
  return typeof raw === 'string' ? bodyText(raw) : '';
}

function cap(text: string): string {
  return text.length > JUNIT_LIMITS.maxBodyChars ? `${text.slice(0, JUNIT_LIMITS.maxBodyChars)}… [${text.length - JUNIT_LIMITS.maxBodyChars} more characters]` : text;
}

const SEVERITY: Record<string, number> = { error: 3, failure: 2, skipped: 1 };

/** A <testcase> node: its results (the most severe decides the outcome), captured output, properties. */
export function readCase(
  node: OrderedNode,
  suite: string | undefined,
  suiteProperties: Record<string, string>,
  line: number,
  resultLine?: number,
): JunitCase {
  const attributes = node[':@'] ?? {};
  const children = (node.testcase as OrderedNode[]) ?? [];
  const results: JunitResult[] = [];
  let systemOut: string | undefined;
  let systemErr: string | undefined;
  let worst = 0;
  for (const child of children) {
    const name = elementName(child)!;
    const attrs = child[':@'] ?? {};
    if (name === 'system-out') systemOut = cap(bodyOf(name, child[name] as OrderedNode[]));
    else if (name === 'system-err') systemErr = cap(bodyOf(name, child[name] as OrderedNode[]));
    else if (name !== 'properties' && name !== '#text') {
      const body = cap(bodyOf(name, child[name] as OrderedNode[]));
      results.push({ kind: name, message: attrs.message, type: attrs.type, body });
      worst = Math.max(worst, SEVERITY[name] ?? 0);
    }
  }
  if (worst === 0 && (attributes.status === 'disabled' || attributes.status === 'skipped')) worst = 1;
  const outcome: CaseOutcome = worst === 3 ? 'error' : worst === 2 ? 'failed' : worst === 1 ? 'skipped' : 'passed';
  const time = attributes.time !== undefined ? Number(attributes.time) : undefined;
  return {
    suite,
    classname: attributes.classname,
    name: attributes.name,
    file: attributes.file,
    sourceLine: attributes.line !== undefined && /^\d+$/.test(attributes.line) ? Number(attributes.line) : undefined,
    time: time !== undefined && Number.isFinite(time) ? time : undefined,
    outcome,
    results,
    systemOut,
    systemErr,
    properties: { ...suiteProperties, ...readProperties(children) },
    line,
    resultLine,
  };
}
