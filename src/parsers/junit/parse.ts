/**
 * junit XML → test cases, with fast-xml-parser.
 *
 * fast-xml-parser's validator tells a broken file from a good one; its parser (preserveOrder,
 * so test cases keep document order) reads the content. The prescan supplies what neither
 * reports: element lines, which cases were complete before a break, and the DOCTYPE to drop
 * (entities beyond the predefined five are never expanded, no DTD is read).
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { prescanJunit, type Prescan } from './prescan.js';

import { JUNIT_LIMITS } from './limits.js';

export { JUNIT_LIMITS };

export type CaseOutcome = 'passed' | 'failed' | 'error' | 'skipped';

export interface JunitResult {
  kind: string; // failure | error | skipped | flakyFailure | rerunFailure | …
  message?: string;
  type?: string;
  body?: string;
}

export interface JunitCase {
  suite?: string;
  classname?: string;
  name?: string;
  file?: string;
  sourceLine?: number;
  time?: number;
  outcome: CaseOutcome;
  results: JunitResult[];
  systemOut?: string;
  systemErr?: string;
  properties: Record<string, string>;
  /** Line of the <testcase> element. */
  line: number;
  /** Line of its first result element, the better evidence for a red case. */
  resultLine?: number;
}

export interface JunitSuite {
  name?: string;
  line?: number;
  properties: Record<string, string>;
  attributes: Record<string, string>;
}

export interface JunitProblem {
  message: string;
  line?: number;
  offset?: number;
}

export interface JunitDocument {
  root?: string;
  cases: JunitCase[];
  suites: JunitSuite[];
  errors: JunitProblem[];
}

type OrderedNode = Record<string, unknown> & { ':@'?: Record<string, string> };

const PREDEFINED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const REFERENCE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|(amp|lt|gt|quot|apos));/g;

/**
 * XML's references and nothing else, in one pass (`&amp;lt;` is `&lt;`, not `<`): the five
 * predefined entities and character references such as `&#10;`, which pytest and surefire put
 * in every multi-line failure message (fast-xml-parser leaves those undecoded unless HTML
 * entities are switched on). Entities a DOCTYPE declares are never expanded.
 */
const xmlReferences = {
  decode(text: string): string {
    if (!text.includes('&')) return text;
    return text.replace(REFERENCE, (whole, decimal: string | undefined, hex: string | undefined, name: string | undefined) => {
      if (name) return PREDEFINED_ENTITIES[name];
      const code = decimal !== undefined ? Number.parseInt(decimal, 10) : Number.parseInt(hex!, 16);
      const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
      return valid ? String.fromCodePoint(code) : whole;
    });
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

const SEVERITY: Record<string, number> = { error: 3, failure: 2, skipped: 1 };

export function parseJunit(text: string): JunitDocument {
  const doc: JunitDocument = { cases: [], suites: [], errors: [] };
  if (text.trim().length === 0) {
    doc.errors.push({ message: 'empty file: no XML document', line: 1 });
    return doc;
  }
  const scan = prescanJunit(text, JUNIT_LIMITS.maxDepth);
  doc.root = scan.root;
  if (scan.maxDepth > JUNIT_LIMITS.maxDepth) {
    doc.errors.push({
      message: `elements nest deeper than ${JUNIT_LIMITS.maxDepth} levels (<${shown(scan.openAtEnd[scan.openAtEnd.length - 1]?.name ?? '?')}> at line ${scan.tooDeep?.line ?? '?'}); not read: real junit nests a few levels`,
      line: scan.tooDeep?.line,
      offset: scan.tooDeep?.offset,
    });
    return doc;
  }
  let source = text;
  if (scan.doctype) {
    doc.errors.push({ message: 'DOCTYPE declaration ignored: no DTD or external entity is read and only the five predefined entities are expanded', line: scan.doctype.line });
    // Blank it out in place (newlines kept) so lines and offsets stay exact.
    source = text.slice(0, scan.doctype.start) + text.slice(scan.doctype.start, scan.doctype.end).replace(/[^\n]/g, ' ') + text.slice(scan.doctype.end);
  }
  if (scan.rawLessThanInAttribute) {
    doc.errors.push({
      message: "attribute value holds a raw '<', which XML forbids; the file was read leniently",
      line: scan.rawLessThanInAttribute.line,
      offset: scan.rawLessThanInAttribute.offset,
    });
  }

  const validation = XMLValidator.validate(source, { allowBooleanAttributes: true });
  let readable = source;
  let completeCases = scan.testcases.length;
  if (validation !== true || scan.openAtEnd.length > 0 || scan.endsInside) {
    const problem = describeBreak(validation === true ? undefined : validation.err, scan, source);
    doc.errors.push(problem);
    const cutAt = problem.offset ?? source.length;
    const complete = scan.testcases.filter((c) => c.closed && c.end <= cutAt);
    completeCases = complete.length;
    const lastEnd = complete.length > 0 ? complete[complete.length - 1].end : 0;
    readable = repairPrefix(source, lastEnd);
    if (completeCases === 0 && !/<testsuites?\b/.test(readable)) return doc;
  }

  let tree: OrderedNode[];
  try {
    tree = parser.parse(readable) as OrderedNode[];
  } catch (error) {
    doc.errors.push({ message: `not readable as XML: ${shown((error as Error).message)}` });
    return doc;
  }
  const rootNode = tree.find((node) => Object.keys(node).some((k) => k !== ':@'));
  const rootName = rootNode ? elementName(rootNode) : undefined;
  if (rootName !== 'testsuites' && rootName !== 'testsuite') {
    if (doc.errors.length === 0 || rootName !== undefined) {
      doc.errors.push({ message: `root element <${shown(rootName ?? scan.root ?? '?')}> is not junit (<testsuites> or <testsuite>)`, line: 1 });
    }
    return doc;
  }
  const lines = scan.testcases.slice(0, completeCases);
  let caseIndex = 0;
  const walkSuite = (node: OrderedNode, inherited: Record<string, string>): void => {
    const attributes = node[':@'] ?? {};
    const children = (node[elementName(node)!] as OrderedNode[]) ?? [];
    const properties = { ...inherited, ...readProperties(children) };
    if (elementName(node) === 'testsuite') doc.suites.push({ name: attributes.name, properties, attributes });
    for (const child of children) {
      const name = elementName(child);
      if (name === 'testsuite') walkSuite(child, properties);
      else if (name === 'testcase') {
        const span = lines[caseIndex++];
        if (!span) continue;
        doc.cases.push(readCase(child, attributes.name, properties, span.line, span.resultLine));
      }
    }
  };
  walkSuite(rootNode!, {});
  return doc;
}

const SHOWN_CHARS = 160;

/** Names and parser messages quote the document: a megabyte-long tag or attribute name must not become a megabyte-long error. */
function shown(text: string): string {
  return text.length > SHOWN_CHARS ? `${text.slice(0, SHOWN_CHARS)}… [${text.length - SHOWN_CHARS} more characters]` : text;
}

function elementName(node: OrderedNode): string | undefined {
  return Object.keys(node).find((k) => k !== ':@');
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

function readProperties(children: OrderedNode[]): Record<string, string> {
  const properties: Record<string, string> = {};
  for (const child of children) {
    if (elementName(child) !== 'properties') continue;
    for (const property of (child.properties as OrderedNode[]) ?? []) {
      const attrs = property[':@'];
      if (elementName(property) === 'property' && attrs?.name !== undefined) properties[attrs.name] = attrs.value ?? textOf(property.property as OrderedNode[]);
    }
  }
  return properties;
}

function cap(text: string): string {
  return text.length > JUNIT_LIMITS.maxBodyChars ? `${text.slice(0, JUNIT_LIMITS.maxBodyChars)}… [${text.length - JUNIT_LIMITS.maxBodyChars} more characters]` : text;
}

function readCase(node: OrderedNode, suite: string | undefined, suiteProperties: Record<string, string>, line: number, resultLine?: number): JunitCase {
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
      results.push({ kind: name, message: attrs.message, type: attrs.type, body: cap(textOf(child[name] as OrderedNode[])) });
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

/** Where and why the document breaks, in words a user can act on. */
function describeBreak(err: { code: string; msg: string; line: number; col?: number } | undefined, scan: Prescan, text: string): JunitProblem {
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

/** The text up to `cut`, with every element still open there closed, so that the complete cases before a break can be read. */
function repairPrefix(text: string, cut: number): string {
  const prefix = text.slice(0, cut);
  const open = prescanJunit(prefix, JUNIT_LIMITS.maxDepth).openAtEnd;
  return prefix + open.reverse().map((e) => `</${e.name}>`).join('');
}
