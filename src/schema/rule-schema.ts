/**
 * The rule schema: the one description of a rule's shape. It is built from the registries (rule
 * values in rules/types.ts, levels and event kinds in events.ts, formats in parsers/registry.ts,
 * condition kinds in engine/conditions.ts), published as schema/rule.schema.json, and read by
 * the pack validator, the TypeScript type generator and the README's rule reference.
 */
import { EVENT_KINDS, LEVELS } from '../events.js';
import { EVENT_FORMATS } from '../parsers/registry.js';
import { CLASSIFICATIONS, MIN_LITERAL_LENGTH, PATTERN_NAME, RULE_ID, SCOPES, SEVERITIES } from '../rules/types.js';
import { CONDITION_KINDS, MAX_CONDITION_DEPTH } from '../engine/conditions.js';
import type { ConditionSchemaRefs } from '../engine/conditions/kind.js';
import { DURATION } from '../engine/conditions/window.js';
import type { JsonSchema } from './json-schema.js';

export const RULE_SCHEMA_PATH = 'schema/rule.schema.json';

export function ref(definition: string): JsonSchema {
  return { $ref: `#/definitions/${definition}` };
}

/** A `$ref` with a description of its own (draft-07 ignores keywords beside `$ref`). */
function described(description: string, definition: string): JsonSchema {
  return { description, allOf: [ref(definition)] };
}

function oneOrMore(description: string, item: JsonSchema, noun: string): JsonSchema {
  return {
    description,
    anyOf: [item, { type: 'array', minItems: 1, items: item }],
    errorMessage: `must be ${noun} or a non-empty list of them`,
  };
}

function text(description: string): JsonSchema {
  return { description, type: 'string', pattern: '\\S', errorMessage: 'must be a non-empty string' };
}

function regex(description: string): JsonSchema {
  return { description, type: 'string', format: 'regex' };
}

/** The name of the definition of the condition tree at one nesting level (1 is the rule's own). */
function conditionAt(depth: number): string {
  return depth === 1 ? 'condition' : `condition${depth}`;
}

function nestedAt(key: string, depth: number): string {
  return depth === 1 ? `${key}Condition` : `${key}Condition${depth}`;
}

const CONDITION_KEYS = CONDITION_KINDS.map((k) => k.key);

function listWords(words: readonly string[]): string {
  return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

const RULE_REQUIRED = [
  'id', 'title', 'classification', 'severity', 'confidence', 'scope', 'description', 'events', 'condition',
  'rootCause', 'fix',
];

function ruleDefinition(): JsonSchema {
  return {
    title: 'Rule',
    description: 'One failure signature: named event patterns, a condition over them, and what a finding says.',
    type: 'object',
    additionalProperties: false,
    required: RULE_REQUIRED,
    properties: {
      id: {
        description: 'Stable kebab-case id; a built-in rule\'s file is named after it.',
        type: 'string',
        pattern: RULE_ID.source,
        errorMessage: 'must be kebab-case: lowercase letters and digits joined by single hyphens',
      },
      title: text('One line: what failed.'),
      classification: described('What kind of failure a finding of this rule is.', 'classification'),
      severity: ref('severity'),
      confidence: {
        description: 'Base confidence, 0 to 1, before runs compared adjust it.',
        type: 'number',
        minimum: 0,
        maximum: 1,
      },
      scope: ref('scope'),
      description: text('What the signature means, and what it is not.'),
      reconstruction: {
        description: 'Set when the seeds describe the signature without quoting it: what was reconstructed.',
        type: 'string',
      },
      references: {
        description: 'Where the signature comes from: issues, pages, journal entries.',
        type: 'array',
        items: { type: 'string' },
      },
      events: {
        description: 'Named event patterns: a name is letters, digits, _ or -, starting with a letter.',
        type: 'object',
        minProperties: 1,
        propertyNames: ref('patternName'),
        additionalProperties: ref('eventPattern'),
        errorMessage: 'must be an object of named event patterns',
      },
      condition: described('When the rule fires, per scope group.', 'condition'),
      join: {
        description: 'Patterns whose events join a finding as evidence when present in its scope, '
          + 'without being required.',
        type: 'array',
        items: ref('patternName'),
      },
      rootCause: text('The root cause a finding states: a template (`{{capture}}`, `{{#pattern}}…{{/pattern}}`).'),
      fix: text('What to do about it: a template, as rootCause.'),
      genuineClassification: described(
        'For a rule that guesses load-flake: the classification when runs show the failure is genuine.',
        'classification',
      ),
      $schema: { description: 'The schema the file follows, for editors; not read otherwise.', type: 'string' },
    },
  };
}

function eventPatternDefinition(): JsonSchema {
  return {
    title: 'EventPattern',
    description: 'Which events a condition talks about: every constraint given must hold. Regexes are strings '
      + '(compiled once); their named groups `(?<name>…)` become captured values.',
    type: 'object',
    additionalProperties: false,
    properties: {
      literals: {
        description: `The line holds one of these, exactly (case-sensitive): the scanner looks for these first. `
          + `At least ${MIN_LITERAL_LENGTH} characters each.`,
        type: 'array',
        minItems: 1,
        items: { type: 'string', minLength: MIN_LITERAL_LENGTH },
      },
      kind: oneOrMore('The event\'s structural kind (instead of, or besides, literals).', ref('eventKind'), 'a kind'),
      format: oneOrMore('The format that parsed the line.', ref('eventFormat'), 'a format'),
      level: oneOrMore('The event\'s level.', ref('level'), 'a level'),
      tier: oneOrMore('The tier the event belongs to.', { type: 'string', minLength: 1 }, 'a tier'),
      fields: {
        description: 'Field equality; a list means any of. `outcome`, `component`, `tagKind` … '
          + 'as `parse` shows them.',
        type: 'object',
        additionalProperties: oneOrMore(
          'A value, or any of several.',
          ref('fieldValue'),
          'a string, number or boolean',
        ),
      },
      message: regex('Regex on the event\'s message.'),
      text: regex('Regex on the whole line, terminal escapes removed.'),
      match: {
        description: 'Regexes on fields or event properties (`test`, `service`, `dialError` …).',
        type: 'object',
        additionalProperties: regex('Regex on the field\'s value.'),
      },
      exclude: regex('Regex on the whole line that disqualifies the event.'),
    },
    anyOf: [{ required: ['literals'] }, { required: ['kind'] }],
  };
}

function conditionRefs(child: JsonSchema): ConditionSchemaRefs {
  return {
    pattern: ref('patternName'),
    duration: ref('duration'),
    field: ref('fieldName'),
    classification: ref('classification'),
    condition: child,
  };
}

/** One nesting level of the condition tree: any kind, the lists holding conditions of the next level. */
function conditionLevel(depth: number): JsonSchema {
  return {
    title: 'Condition',
    description: `One condition: an object with one of the keys ${listWords(CONDITION_KEYS.map((k) => `\`${k}\``))}; `
      + `\`all\` and \`any\` nest at most ${MAX_CONDITION_DEPTH} levels deep.`,
    type: 'object',
    oneOf: CONDITION_KINDS.map((kind) => ref(kind.nests ? nestedAt(kind.key, depth) : `${kind.key}Condition`)),
    errorMessage: `must be one condition: an object with one of the keys ${listWords(CONDITION_KEYS)}`,
  };
}

/**
 * The condition tree, unrolled to MAX_CONDITION_DEPTH levels so that the schema itself bounds
 * the nesting: the lists of the last level hold only conditions that are refused.
 */
function conditionDefinitions(): Record<string, JsonSchema> {
  const definitions: Record<string, JsonSchema> = { condition: conditionLevel(1) };
  for (const kind of CONDITION_KINDS.filter((k) => !k.nests)) {
    definitions[`${kind.key}Condition`] = kind.schema(conditionRefs({}));
  }
  for (let depth = 1; depth <= MAX_CONDITION_DEPTH; depth++) {
    if (depth > 1) definitions[conditionAt(depth)] = conditionLevel(depth);
    const child = ref(depth < MAX_CONDITION_DEPTH ? conditionAt(depth + 1) : 'conditionTooDeep');
    for (const kind of CONDITION_KINDS.filter((k) => k.nests)) {
      definitions[nestedAt(kind.key, depth)] = kind.schema(conditionRefs(child));
    }
  }
  definitions.conditionTooDeep = {
    not: {},
    errorMessage: `conditions nest deeper than ${MAX_CONDITION_DEPTH} levels of all/any: flatten them`,
  };
  return definitions;
}

function valueDefinitions(formats: readonly string[]): Record<string, JsonSchema> {
  return {
    classification: {
      title: 'Classification',
      description: 'What kind of failure.',
      type: 'string',
      enum: CLASSIFICATIONS,
    },
    severity: { title: 'Severity', description: 'How much a finding matters.', type: 'string', enum: SEVERITIES },
    scope: {
      title: 'Scope',
      description: 'What one finding covers: events are grouped by run and recipe, then by this.',
      type: 'string',
      enum: SCOPES,
    },
    level: {
      title: 'Level',
      description: 'An event\'s level, on one scale for every format.',
      type: 'string',
      enum: LEVELS,
    },
    eventKind: {
      title: 'EventKind',
      description: 'A structural kind: harness statements, junit and pytest results (`parse` shows them).',
      type: 'string',
      enum: EVENT_KINDS,
    },
    eventFormat: {
      title: 'EventFormat',
      description: 'The format of an event: a built-in one, or a user format loaded with --formats.',
      type: 'string',
      enum: formats,
    },
    fieldValue: { title: 'FieldValue', type: ['string', 'number', 'boolean'] },
    patternName: {
      description: 'The name of a pattern in the rule\'s events.',
      type: 'string',
      pattern: PATTERN_NAME.source,
      errorMessage: 'a pattern name must be letters, digits, _ or - (starting with a letter)',
    },
    fieldName: { description: 'A field, capture or event property name.', type: 'string', minLength: 1 },
    duration: {
      description: 'A length of time: a number and ms, s, m, h or d (`90s`, `10m`, `1.5h`). '
        + 'Events without a timestamp count as inside any window.',
      type: 'string',
      pattern: DURATION.source,
      errorMessage: 'must be a duration like 90s, 10m or 2h',
    },
  };
}

/**
 * The schema of a rule pack file: one rule, a list of rules, or `{"rules": [...]}`. `userFormats`
 * are the names of the user formats loaded beside the pack (--formats): a rule may name them too.
 */
export function ruleSchema(userFormats: readonly string[] = []): JsonSchema {
  const formats = [...new Set([...EVENT_FORMATS, ...userFormats])].sort();
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'redfix-forensics rule pack',
    description: 'Rules added without code (--rules <file|dir>): one rule, a list of rules, or {"rules": [...]}; '
      + 'JSON or YAML. User regexes run on RE2JS: no lookaround, no backreferences.',
    oneOf: [ref('rule'), { type: 'array', items: ref('rule') }, ref('ruleList')],
    definitions: {
      rule: ruleDefinition(),
      ruleList: {
        title: 'RuleList',
        type: 'object',
        additionalProperties: false,
        required: ['rules'],
        properties: { $schema: { type: 'string' }, rules: { type: 'array', items: ref('rule') } },
      },
      eventPattern: eventPatternDefinition(),
      ...conditionDefinitions(),
      ...valueDefinitions(formats),
    },
  };
}
