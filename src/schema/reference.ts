/**
 * The README's rule reference, written from the rule schema: the fields of a rule and of an
 * event pattern, the conditions, and the values each field may take.
 */
import { resolveRef, type JsonSchema } from './json-schema.js';

export const REFERENCE_START =
  '<!-- rule-reference: generated from schema/rule.schema.json by `npm run schema`; do not edit -->';
export const REFERENCE_END = '<!-- rule-reference: end -->';

/** `string (3+ characters)` → `strings (3+ characters)`, `pattern name` → `pattern names`. */
function plural(phrase: string): string {
  return phrase.replace(/^([^(]*?[a-z])(\s*\(|$)/, '$1s$2');
}

/** `event kind, or a list of them` for a value or a list of such values; otherwise the alternatives. */
function alternativeWords(branches: readonly JsonSchema[], root: JsonSchema): string {
  const [one, many] = branches;
  if (branches.length === 2 && many.type === 'array' && JSON.stringify(many.items) === JSON.stringify(one)) {
    return `${typeWords(one, root)}, or a list of them`;
  }
  return branches.map((s) => typeWords(s, root)).join(' or ');
}

/** `eventKind` → `event kind`. */
function words(name: string): string {
  return name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

function definitionName(schema: JsonSchema): string | undefined {
  return schema.$ref?.replace('#/definitions/', '');
}

function rangeWords(schema: JsonSchema): string {
  const what = schema.type === 'integer' ? 'whole number' : 'number';
  const { minimum, maximum } = schema;
  if (minimum !== undefined && maximum !== undefined) return `${what}, ${minimum} to ${maximum}`;
  return minimum !== undefined ? `${what} ≥ ${minimum}` : what;
}

/** What a field holds, in a few words: `list of strings (3+ characters each)`, `event kind or list of them`. */
export function typeWords(schema: JsonSchema, root: JsonSchema): string {
  const name = definitionName(schema);
  if (name !== undefined) {
    const target = resolveRef(schema, root);
    return target.title ? words(target.title) : words(name);
  }
  if (schema.allOf) return schema.allOf.map((s) => typeWords(s, root)).join(' and ');
  if (schema.anyOf) return alternativeWords(schema.anyOf, root);
  if (schema.format === 'regex') return 'regex';
  if (schema.type === 'array') {
    if (Array.isArray(schema.items)) return `[${schema.items.map((s) => typeWords(s, root)).join(', ')}]`;
    return `list of ${schema.items ? plural(typeWords(schema.items, root)) : 'values'}`;
  }
  if (schema.type === 'object') {
    const extra = typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined;
    if (schema.properties) {
      return `{ ${Object.entries(schema.properties).map(([k, v]) => `${k}: ${typeWords(v, root)}`).join(', ')} }`;
    }
    if (!extra) return 'object';
    const key = schema.propertyNames ? typeWords(schema.propertyNames, root) : 'name';
    return `map of ${key} → ${typeWords(extra, root)}`;
  }
  if (schema.type === 'number' || schema.type === 'integer') return rangeWords(schema);
  const { minLength } = schema;
  if (schema.type === 'string' && minLength !== undefined && minLength > 1) return `string (${minLength}+ characters)`;
  return Array.isArray(schema.type) ? schema.type.join(', ') : schema.type ?? 'value';
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function fieldTable(schema: JsonSchema, root: JsonSchema): string[] {
  const rows = Object.entries(schema.properties ?? {}).map(([key, child]) => {
    const optional = schema.required?.includes(key) ? '' : ' (optional)';
    const target = child.$ref !== undefined ? resolveRef(child, root) : child;
    const meaning = child.description ?? target.description ?? '';
    return `| \`${key}\`${optional} | ${cell(typeWords(child, root))} | ${cell(meaning)} |`;
  });
  return ['| field | type | meaning |', '|---|---|---|', ...rows];
}

/** An example condition as the README writes it: optional keys marked `"key"?:`. */
function exampleText(value: unknown, schema?: JsonSchema): string {
  if (Array.isArray(value)) return `[${value.map((v) => exampleText(v)).join(', ')}]`;
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  const entries = Object.entries(value).map(([key, v]) => {
    const optional = schema && !schema.required?.includes(key) ? '?' : '';
    return `"${key}"${optional}: ${exampleText(v)}`;
  });
  return `{ ${entries.join(', ')} }`;
}

function conditionTable(root: JsonSchema): string[] {
  const level = root.definitions!.condition;
  const rows = (level.oneOf ?? []).map((alternative) => {
    const kind = resolveRef(alternative, root);
    const fields = Object.entries(kind.properties ?? {}).map(([key, child]) => {
      const optional = kind.required?.includes(key) ? '' : ' (optional)';
      return `\`${key}\`${optional}: ${typeWords(child, root)}`;
    });
    const example = cell(exampleText(kind.examples?.[0] ?? {}, kind));
    return `| \`${example}\` | ${cell(fields.join('; '))} | ${cell(kind.description ?? '')} |`;
  });
  return ['| condition | fields | holds when |', '|---|---|---|', ...rows];
}

function valueTable(root: JsonSchema): string[] {
  const rows = Object.values(root.definitions ?? {})
    .filter((d) => d.title && d.enum)
    .map((d) => {
      const values = d.enum!.map((v) => `\`${String(v)}\``).join(', ');
      return `| ${words(d.title!)} | ${cell(values)} | ${cell(d.description ?? '')} |`;
    });
  return ['| value | one of | meaning |', '|---|---|---|', ...rows];
}

/** ` It needs \`literals\` or \`kind\`.` for alternatives that require keys. */
function requiredWords(schema: JsonSchema): string {
  const required = (schema.anyOf ?? []).map((b) => (b.required ?? []).map((k) => `\`${k}\``).join(' and '));
  return required.length > 0 ? ` It needs ${required.join(' or ')}, or both.` : '';
}

/** The README section between REFERENCE_START and REFERENCE_END, markers included. */
export function ruleReference(root: JsonSchema): string {
  const definitions = root.definitions!;
  const pattern = definitions.eventPattern;
  return [
    REFERENCE_START,
    '',
    `**Rule fields** (\`Rule\`): ${definitions.rule.description ?? ''}`,
    '',
    ...fieldTable(definitions.rule, root),
    '',
    `**Event pattern fields** (\`EventPattern\`): ${pattern.description ?? ''}${requiredWords(pattern)}`,
    '',
    ...fieldTable(pattern, root),
    '',
    `**Conditions** (\`Condition\`): ${definitions.condition.description ?? ''}`,
    '',
    ...conditionTable(root),
    '',
    '**Values**:',
    '',
    ...valueTable(root),
    '',
    REFERENCE_END,
  ].join('\n');
}

/** The README with its rule reference replaced; throws when the markers are missing. */
export function withRuleReference(readme: string, reference: string): string {
  const start = readme.indexOf(REFERENCE_START);
  const end = readme.indexOf(REFERENCE_END);
  if (start < 0 || end < start) {
    throw new Error(`README.md: the rule reference markers are missing (${REFERENCE_START} … ${REFERENCE_END})`);
  }
  return readme.slice(0, start) + reference + readme.slice(end + REFERENCE_END.length);
}
