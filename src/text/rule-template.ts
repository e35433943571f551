/**
 * The `rootCause` and `fix` templates of a rule: placeholders and conditional sections.
 *
 *   {{capture}}              every distinct value of a capture, field or built-in in the finding
 *   {{pattern.capture}}      the values from one pattern's evidence only
 *   {{#key}}…{{/key}}        rendered only when `key` has evidence in the finding
 *   {{^key}}…{{/key}}        rendered only when it has none
 *
 * A section key is a pattern name (true when that pattern has events among the finding's
 * evidence, so an optional `join` pattern selects a sentence), or a capture / field /
 * built-in, optionally from one pattern (true when it has a value). `key>=N` asks for at least
 * N events of a pattern, or N distinct values of a capture; `key=value` for that exact value.
 * A finding then states only what a capture or a joined event supports.
 */

export interface TemplateContext {
  /** Distinct values of a capture, field or built-in (all evidence, or one pattern's). */
  values(name: string, pattern?: string): string[];
  /** Events of a pattern among the finding's evidence (0 when none). */
  events(pattern: string): number;
  /** Is this name one of the rule's patterns? */
  isPattern(name: string): boolean;
  /** How a placeholder's values are written (several joined, none as `?`). */
  list(values: string[], name: string): string;
}

interface SectionKey {
  name: string;
  pattern?: string;
  atLeast: number;
  equals?: string;
}

type Node =
  | { kind: 'text'; text: string }
  | { kind: 'value'; name: string; pattern?: string }
  | { kind: 'section'; inverted: boolean; key: SectionKey; source: string; body: Node[] };

export class TemplateError extends Error {
  constructor(readonly offset: number, reason: string) {
    super(`at character ${offset + 1}: ${reason}`);
  }
}

/** `{{…}}` tags: placeholders, section openers (`#`, `^`) and closers (`/`). */
const TAG = /\{\{\s*([#^/]?)\s*([^{}]*?)\s*\}\}/g;
const NAME = '[A-Za-z][\\w-]*';
const VALUE_KEY = new RegExp(`^(${NAME})(?:\\.(${NAME}))?$`);
const SECTION_KEY = new RegExp(`^(${NAME})(?:\\.(${NAME}))?(?:\\s*(>=)\\s*(\\d+)|\\s*=\\s*([^{}]+))?$`);

function sectionKey(source: string, offset: number): SectionKey {
  const m = SECTION_KEY.exec(source);
  if (!m) throw new TemplateError(offset, `"${source}" is not a section key (name, pattern.name, name>=N or name=value)`);
  const [, first, second, gte, n, equals] = m;
  const key: SectionKey = second ? { pattern: first, name: second, atLeast: 1 } : { name: first, atLeast: 1 };
  if (gte) {
    key.atLeast = Number(n);
    if (key.atLeast < 1) throw new TemplateError(offset, `"${source}": N must be at least 1`);
  }
  if (equals !== undefined) key.equals = equals.trim();
  return key;
}

/** Parses a template; throws TemplateError (with the offset) on an unbalanced or malformed tag. */
export function parseTemplate(source: string): Node[] {
  const root: Node[] = [];
  const stack: Array<{ node: Extract<Node, { kind: 'section' }>; offset: number }> = [];
  const current = () => (stack.length ? stack[stack.length - 1].node.body : root);
  let last = 0;
  for (const m of source.matchAll(TAG)) {
    const at = m.index;
    if (at > last) current().push({ kind: 'text', text: source.slice(last, at) });
    last = at + m[0].length;
    const [, sigil, body] = m;
    if (sigil === '#' || sigil === '^') {
      const node = { kind: 'section' as const, inverted: sigil === '^', key: sectionKey(body, at), source: body, body: [] as Node[] };
      current().push(node);
      stack.push({ node, offset: at });
    } else if (sigil === '/') {
      const open = stack.pop();
      if (!open) throw new TemplateError(at, `{{/${body}}} closes no section`);
      if (open.node.source !== body) throw new TemplateError(at, `{{/${body}}} closes {{${open.node.inverted ? '^' : '#'}${open.node.source}}}`);
    } else {
      const v = VALUE_KEY.exec(body);
      if (!v) throw new TemplateError(at, `"{{${body}}}" is not a placeholder ({{name}} or {{pattern.name}})`);
      current().push(v[2] ? { kind: 'value', pattern: v[1], name: v[2] } : { kind: 'value', name: v[1] });
    }
  }
  if (stack.length > 0) {
    const open = stack[stack.length - 1];
    throw new TemplateError(open.offset, `{{${open.node.inverted ? '^' : '#'}${open.node.source}}} is never closed`);
  }
  if (last < source.length) current().push({ kind: 'text', text: source.slice(last) });
  // A `{{` or `}}` left in the text is a tag that did not parse (a brace inside it): say so.
  let stray: string | undefined;
  walk(root, (n) => { if (stray === undefined && n.kind === 'text' && /\{\{|\}\}/.test(n.text)) stray = n.text; });
  if (stray !== undefined) throw new TemplateError(source.indexOf(stray), 'a stray {{ or }}');
  return root;
}

function walk(nodes: Node[], visit: (node: Node) => void): void {
  for (const node of nodes) {
    visit(node);
    if (node.kind === 'section') walk(node.body, visit);
  }
}

/**
 * Names whose values a template reads (placeholders and non-pattern section keys): the engine
 * keeps these per folded event. `isPattern` tells a pattern section from a capture section.
 */
export function templateValueNames(source: string, isPattern: (name: string) => boolean): string[] {
  const names = new Set<string>();
  walk(parseTemplate(source), (node) => {
    if (node.kind === 'value') names.add(node.name);
    else if (node.kind === 'section' && (node.key.pattern !== undefined || !isPattern(node.key.name))) names.add(node.key.name);
  });
  return [...names];
}

/**
 * What is wrong with a template for a rule with these patterns, or undefined. A
 * `pattern.name` must name a pattern; a pattern section takes `>=N` but not `=value`.
 */
export function templateProblem(source: string, patterns: ReadonlySet<string>): string | undefined {
  let nodes: Node[];
  try {
    nodes = parseTemplate(source);
  } catch (error) {
    return (error as Error).message;
  }
  let problem: string | undefined;
  walk(nodes, (node) => {
    if (problem) return;
    const pattern = node.kind === 'value' ? node.pattern : node.kind === 'section' ? node.key.pattern : undefined;
    if (pattern !== undefined && !patterns.has(pattern)) problem = `"${pattern}" is not a pattern in events (${[...patterns].join(', ')})`;
    else if (node.kind === 'section' && node.key.pattern === undefined && patterns.has(node.key.name) && node.key.equals !== undefined) {
      problem = `{{#${node.source}}}: a pattern section counts events (${node.key.name}>=N); =value is for captures`;
    }
  });
  return problem;
}

function holds(key: SectionKey, context: TemplateContext): boolean {
  if (key.pattern === undefined && context.isPattern(key.name)) return context.events(key.name) >= key.atLeast;
  const values = context.values(key.name, key.pattern);
  if (key.equals !== undefined) return values.includes(key.equals);
  return values.length >= key.atLeast;
}

/** Rule templates are few and fixed: each is parsed once. */
const parsed = new Map<string, Node[]>();

function renderNodes(nodes: Node[], context: TemplateContext, values: string[]): string {
  let out = '';
  for (const node of nodes) {
    if (node.kind === 'text') out += node.text;
    else if (node.kind === 'value') {
      // Values stand in as tokens while the template text is tidied: log text is never rewritten.
      values.push(context.list(context.values(node.name, node.pattern), node.name));
      out += `\uE000${values.length - 1}\uE001`;
    } else if (holds(node.key, context) !== node.inverted) out += renderNodes(node.body, context, values);
  }
  return out;
}

/**
 * Renders a template. Sections carry their own leading space, so a dropped one can leave a
 * doubled space or a space before punctuation in the template's text: both are tidied (the
 * values put in are left exactly as they are).
 */
export function renderTemplate(source: string, context: TemplateContext): string {
  let nodes = parsed.get(source);
  if (!nodes) parsed.set(source, (nodes = parseTemplate(source)));
  const values: string[] = [];
  const tidy = renderNodes(nodes, context, values).replace(/ {2,}/g, ' ').replace(/ +([.,;:])/g, '$1').trim();
  return tidy.replace(/\uE000(\d+)\uE001/g, (_, i: string) => values[Number(i)]);
}
