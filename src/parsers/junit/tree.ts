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

const parser = new XMLParser({
  preserveOrder: true,
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
    if (name === 'system-out') systemOut = cap(textOf(child[name] as OrderedNode[]));
    else if (name === 'system-err') systemErr = cap(textOf(child[name] as OrderedNode[]));
    else if (name !== 'properties' && name !== '#text') {
      const body = cap(textOf(child[name] as OrderedNode[]));
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
