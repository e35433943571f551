/**
 * TypeScript declarations from a JSON Schema: every definition with a `title` becomes a named
 * type (definitions sharing a title are one type, the first giving its shape: that is how the
 * condition tree's nesting levels, unrolled in the schema, are one recursive `Condition`);
 * untitled ones are written inline. Descriptions become doc comments.
 */
import { resolveRef, type JsonSchema } from './json-schema.js';

const MAX_LINE = 120;

function literal(value: string | number | boolean): string {
  return typeof value === 'string' ? `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'` : String(value);
}

function union(types: readonly string[]): string {
  const unique = [...new Set(types)];
  return unique.length === 0 ? 'never' : unique.join(' | ');
}

/** Keeps only constraints that shape no type: `{ "required": [...] }` alternatives. */
function shapes(branches: readonly JsonSchema[]): JsonSchema[] {
  return branches.filter((b) => !(Object.keys(b).length === 1 && b.required));
}

function docComment(description: string | undefined, indent: string): string[] {
  if (!description) return [];
  const words = description.split(/\s+/);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && indent.length + 3 + line.length + 1 + word.length > MAX_LINE - 3) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  if (lines.length === 1 && indent.length + lines[0].length + 7 <= MAX_LINE) return [`${indent}/** ${lines[0]} */`];
  return [`${indent}/**`, ...lines.map((l) => `${indent} * ${l}`), `${indent} */`];
}

function propertyName(key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? key : literal(key);
}

function objectType(schema: JsonSchema, root: JsonSchema, indent: string): string {
  const properties = Object.entries(schema.properties ?? {});
  const extra = typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined;
  if (properties.length === 0) return `Record<string, ${extra ? typeOf(extra, root, indent) : 'unknown'}>`;
  const inner = `${indent}  `;
  const lines = properties.flatMap(([key, child]) => {
    const optional = schema.required?.includes(key) ? '' : '?';
    const declared = `${inner}${propertyName(key)}${optional}: ${typeOf(child, root, inner)};`;
    return [...docComment(child.description, inner), declared];
  });
  if (extra) lines.push(`${inner}[key: string]: ${typeOf(extra, root, inner)};`);
  return `{\n${lines.join('\n')}\n${indent}}`;
}

function arrayType(schema: JsonSchema, root: JsonSchema, indent: string): string {
  if (Array.isArray(schema.items)) return `[${schema.items.map((item) => typeOf(item, root, indent)).join(', ')}]`;
  const item = schema.items ? typeOf(schema.items, root, indent) : 'unknown';
  return /^[\w.]+$/.test(item) ? `${item}[]` : `Array<${item}>`;
}

const SCALAR: Record<string, string> = {
  string: 'string', number: 'number', integer: 'number', boolean: 'boolean', null: 'null',
};

/** The TypeScript type of a schema, as written where it is used. */
export function typeOf(schema: JsonSchema, root: JsonSchema, indent = ''): string {
  if (schema.$ref !== undefined) {
    const target = resolveRef(schema, root);
    return target.title ?? typeOf(target, root, indent);
  }
  if (schema.allOf) return schema.allOf.map((s) => typeOf(s, root, indent)).join(' & ');
  if (schema.not) return 'never';
  if (schema.enum) return union(schema.enum.map(literal));
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  const alternatives = shapes(schema.oneOf ?? schema.anyOf ?? []);
  const object = schema.properties || (types.includes('object') && alternatives.length === 0);
  if (object) return objectType(schema, root, indent);
  if (alternatives.length > 0) return union(alternatives.map((s) => typeOf(s, root, indent)));
  if (types.includes('array')) return arrayType(schema, root, indent);
  return types.length > 0 ? union(types.map((t) => SCALAR[t])) : 'unknown';
}

/** `export interface Name {…}` or `export type Name = …;`, long unions one member a line. */
function declaration(name: string, schema: JsonSchema, root: JsonSchema): string {
  const doc = docComment(schema.description, '');
  if (schema.properties) return [...doc, `export interface ${name} ${objectType(schema, root, '')}`].join('\n');
  const type = typeOf({ ...schema, title: undefined }, root, '');
  const oneLine = `export type ${name} = ${type};`;
  if (oneLine.length <= MAX_LINE || !type.includes(' | ') || type.includes('\n')) return [...doc, oneLine].join('\n');
  const members = type.split(' | ').map((t, i, all) => `  | ${t}${i === all.length - 1 ? ';' : ''}`);
  return [...doc, `export type ${name} =`, ...members].join('\n');
}

/** Declarations of the schema (as `rootName`) and of every titled definition, in definition order. */
export function typeScriptDeclarations(schema: JsonSchema, rootName: string): string {
  const out = [declaration(rootName, { ...schema, title: undefined }, schema)];
  const declared = new Set<string>([rootName]);
  for (const definition of Object.values(schema.definitions ?? {})) {
    if (!definition.title || declared.has(definition.title)) continue;
    declared.add(definition.title);
    out.push(declaration(definition.title, definition, schema));
  }
  return `${out.join('\n\n')}\n`;
}
