/**
 * The JSON Schema (draft-07) keywords the published schemas use, and a validator that walks a
 * schema over a value and reports the first problem with the path of the field and a reason in
 * words. It knows only the keywords listed in SCHEMA_KEYWORDS (a test keeps the rule schema
 * within them, and checks the verdicts against ajv), so nothing in a schema is silently ignored.
 */

export type JsonType = 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array' | 'null';

export interface JsonSchema {
  $schema?: string;
  $id?: string;
  $ref?: string;
  title?: string;
  description?: string;
  /** Said instead of the generic reason when this schema's own keywords fail (VS Code shows it too). */
  errorMessage?: string;
  examples?: unknown[];
  type?: JsonType | JsonType[];
  enum?: ReadonlyArray<string | number | boolean>;
  /** `regex`: an ECMAScript regular expression. */
  format?: 'regex';
  pattern?: string;
  minLength?: number;
  minimum?: number;
  maximum?: number;
  /** One schema for every item, or one per position (a tuple). */
  items?: JsonSchema | JsonSchema[];
  minItems?: number;
  maxItems?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: JsonSchema;
  minProperties?: number;
  allOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  not?: JsonSchema;
  definitions?: Record<string, JsonSchema>;
}

/** Every keyword of JsonSchema: the validator and the TypeScript and README generators handle each. */
export const SCHEMA_KEYWORDS: ReadonlySet<string> = new Set([
  '$schema', '$id', '$ref', 'title', 'description', 'errorMessage', 'examples', 'type', 'enum', 'format', 'pattern',
  'minLength', 'minimum', 'maximum', 'items', 'minItems', 'maxItems', 'properties', 'required',
  'additionalProperties', 'propertyNames', 'minProperties', 'allOf', 'oneOf', 'anyOf', 'not', 'definitions',
]);

export interface SchemaProblem {
  /** Where in the value: `events.hello.format[1]`; empty for the value itself. */
  path: string;
  reason: string;
}

/** The definition a `#/definitions/<name>` reference names (draft-07: keywords beside `$ref` are ignored). */
export function resolveRef(schema: JsonSchema, root: JsonSchema): JsonSchema {
  let target = schema;
  for (let hops = 0; target.$ref !== undefined; hops++) {
    const name = /^#\/definitions\/([^/]+)$/.exec(target.$ref)?.[1];
    const next = name === undefined ? undefined : root.definitions?.[name];
    if (next === undefined || hops > 32) throw new Error(`schema: cannot resolve ${target.$ref}`);
    target = next;
  }
  return target;
}

export function childPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path === '' ? key : `${path}.${key}`;
}

export function jsonTypeOf(value: unknown): JsonType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value as JsonType;
}

function typeMatches(value: unknown, type: JsonType | JsonType[]): boolean {
  const actual = jsonTypeOf(value);
  const types = Array.isArray(type) ? type : [type];
  return types.includes(actual) || (actual === 'integer' && types.includes('number'));
}

const TYPE_WORDS: Record<JsonType, string> = {
  string: 'a string', number: 'a number', integer: 'a whole number', boolean: 'true or false',
  object: 'an object', array: 'a list', null: 'null',
};

/** A value as an error message quotes it: JSON, cut to 60 characters. */
export function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

function typeReason(schema: JsonSchema, type: JsonType | JsonType[]): string {
  const types = Array.isArray(type) ? type : [type];
  if (schema.enum && types.length === 1) return `must be one of ${schema.enum.join(', ')} (a single ${types[0]})`;
  return `must be ${types.map((t) => TYPE_WORDS[t]).join(' or ')}`;
}

function rangeReason(schema: JsonSchema): string {
  const what = schema.type === 'integer' ? 'a whole number' : 'a number';
  const { minimum, maximum } = schema;
  if (minimum !== undefined && maximum !== undefined) return `must be ${what} from ${minimum} to ${maximum}`;
  if (minimum !== undefined) return `must be ${what} >= ${minimum}`;
  return `must be ${what} <= ${maximum}`;
}

/** A check of the string `format` keyword: the reason the value fails it, or undefined. */
function formatReason(format: string, value: string): string | undefined {
  if (format !== 'regex') return undefined;
  try {
    new RegExp(value);
    return undefined;
  } catch (error) {
    return `invalid regex: ${(error as Error).message}`;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function scalarReason(value: unknown, schema: JsonSchema): string | undefined {
  if (schema.enum && !schema.enum.includes(value as string)) {
    return `${shown(value)} is not one of ${schema.enum.join(', ')}`;
  }
  if (typeof value === 'string') {
    if (schema.minLength !== undefined && [...value].length < schema.minLength) {
      return `must be at least ${schema.minLength} characters long (got ${shown(value)})`;
    }
    if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(value)) {
      return `must match /${schema.pattern}/ (got ${shown(value)})`;
    }
    if (schema.format !== undefined) return formatReason(schema.format, value);
  }
  if (typeof value === 'number') {
    const below = schema.minimum !== undefined && value < schema.minimum;
    if (below || (schema.maximum !== undefined && value > schema.maximum)) return rangeReason(schema);
  }
  return undefined;
}

function objectProblem(
  value: Record<string, unknown>,
  schema: JsonSchema,
  root: JsonSchema,
  path: string,
): SchemaProblem | undefined {
  const properties = schema.properties ?? {};
  const keys = Object.keys(value);
  if (schema.additionalProperties === false) {
    const unknown = keys.find((key) => !Object.hasOwn(properties, key));
    if (unknown !== undefined) {
      return { path: childPath(path, unknown), reason: `unknown field (known: ${Object.keys(properties).join(', ')})` };
    }
  }
  for (const key of schema.propertyNames ? keys : []) {
    const problem = firstProblem(key, schema.propertyNames!, root);
    if (problem) return { path: childPath(path, key), reason: problem.reason };
  }
  const missing = schema.required?.find((key) => !Object.hasOwn(value, key));
  if (missing !== undefined) {
    return { path: childPath(path, missing), reason: `missing (required: ${schema.required!.join(', ')})` };
  }
  if (schema.minProperties !== undefined && keys.length < schema.minProperties) {
    return { path, reason: schema.errorMessage ?? `must hold at least ${schema.minProperties} entries` };
  }
  for (const [key, child] of Object.entries(properties)) {
    const problem = Object.hasOwn(value, key) ? firstProblem(value[key], child, root, childPath(path, key)) : undefined;
    if (problem) return problem;
  }
  const extra = typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined;
  for (const key of extra ? keys.filter((k) => !Object.hasOwn(properties, k)) : []) {
    const problem = firstProblem(value[key], extra!, root, childPath(path, key));
    if (problem) return problem;
  }
  return undefined;
}

function arrayProblem(value: unknown[], schema: JsonSchema, root: JsonSchema, path: string): SchemaProblem | undefined {
  if (schema.minItems !== undefined && value.length < schema.minItems) {
    const reason = schema.minItems === 1 ? 'must not be empty' : `must hold at least ${schema.minItems} items`;
    return { path, reason: schema.errorMessage ?? reason };
  }
  if (schema.maxItems !== undefined && value.length > schema.maxItems) {
    return { path, reason: schema.errorMessage ?? `must hold at most ${schema.maxItems} items` };
  }
  const items = schema.items;
  for (let i = 0; items !== undefined && i < value.length; i++) {
    const itemSchema = Array.isArray(items) ? items[i] : items;
    const problem = itemSchema ? firstProblem(value[i], itemSchema, root, childPath(path, i)) : undefined;
    if (problem) return problem;
  }
  return undefined;
}

/** A oneOf whose alternatives are closed objects told apart by their first required key (`{ "count": … }`). */
function discriminator(branches: readonly JsonSchema[]): string[] | undefined {
  const keys = branches.map((b) => (b.additionalProperties === false ? b.required?.[0] : undefined));
  return keys.every((k): k is string => k !== undefined) ? keys : undefined;
}

function oneOfProblem(value: unknown, schema: JsonSchema, root: JsonSchema, path: string): SchemaProblem | undefined {
  const branches = schema.oneOf!.map((b) => resolveRef(b, root));
  const keys = discriminator(branches);
  if (keys) {
    const chosen = isObject(value) ? keys.findIndex((key) => Object.hasOwn(value, key)) : -1;
    if (chosen >= 0) return firstProblem(value, branches[chosen], root, path);
    const got = isObject(value) ? ` (got keys: ${Object.keys(value).join(', ') || 'none'})` : '';
    return { path, reason: `${schema.errorMessage ?? `must have one of the keys ${keys.join(', ')}`}${got}` };
  }
  const valid = branches.filter((b) => firstProblem(value, b, root, path) === undefined).length;
  if (valid === 1) return undefined;
  const reason = valid === 0 ? 'matches none of the alternatives' : 'matches more than one alternative';
  return { path, reason: schema.errorMessage ?? reason };
}

function anyOfProblem(value: unknown, schema: JsonSchema, root: JsonSchema, path: string): SchemaProblem | undefined {
  const branches = schema.anyOf!.map((b) => resolveRef(b, root));
  const problems = branches.map((b) => firstProblem(value, b, root, path));
  if (problems.some((p) => p === undefined)) return undefined;
  // Alternatives that only require keys: `needs literals or kind`.
  if (branches.every((b) => Object.keys(b).length === 1 && b.required)) {
    const needs = branches.map((b) => b.required!.join(' and ')).join(' or ');
    return { path, reason: schema.errorMessage ?? `needs ${needs}` };
  }
  // The alternative of the value's type knows best what is wrong with it.
  const typed = branches.findIndex((b) => b.type !== undefined && typeMatches(value, b.type));
  if (typed >= 0) return problems[typed];
  return schema.errorMessage !== undefined ? { path, reason: schema.errorMessage } : problems[0];
}

/** The first problem of `value` against `schema` (its `$ref`s resolved in `root`); undefined when it is valid. */
export function firstProblem(
  value: unknown,
  schema: JsonSchema,
  root: JsonSchema,
  path = '',
): SchemaProblem | undefined {
  const s = resolveRef(schema, root);
  if (s.type !== undefined && !typeMatches(value, s.type)) {
    return { path, reason: s.errorMessage ?? typeReason(s, s.type) };
  }
  const scalar = scalarReason(value, s);
  if (scalar !== undefined) return { path, reason: s.errorMessage ?? scalar };
  const nested = isObject(value)
    ? objectProblem(value, s, root, path)
    : Array.isArray(value) ? arrayProblem(value, s, root, path) : undefined;
  return nested
    ?? s.allOf?.map((branch) => firstProblem(value, branch, root, path)).find((p) => p !== undefined)
    ?? (s.oneOf ? oneOfProblem(value, s, root, path) : undefined)
    ?? (s.anyOf ? anyOfProblem(value, s, root, path) : undefined)
    ?? (s.not && firstProblem(value, s.not, root, path) === undefined
      ? { path, reason: s.errorMessage ?? 'is not allowed' }
      : undefined);
}
