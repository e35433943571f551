/**
 * The files generated from the rule schema (`npm run schema` writes them, a test fails when a
 * committed copy is stale): the published schema, the rule types, the README's rule reference.
 */
import { ruleSchema, RULE_SCHEMA_PATH } from './rule-schema.js';
import { typeScriptDeclarations } from './typescript.js';
import { ruleReference, withRuleReference } from './reference.js';

export const RULE_TYPES_PATH = 'src/rules/types.generated.ts';
export const README_PATH = 'README.md';

const TYPES_HEADER = `// Generated from ${RULE_SCHEMA_PATH} by \`npm run schema\`: do not edit. The schema is built by
// src/schema/rule-schema.ts from the registries; change those and regenerate.
`;

export function ruleSchemaJson(): string {
  return `${JSON.stringify(ruleSchema(), null, 2)}\n`;
}

export function ruleTypesSource(): string {
  return `${TYPES_HEADER}\n${typeScriptDeclarations(ruleSchema(), 'RulePack')}`;
}

/** The README with the rule reference regenerated. */
export function readmeWithReference(readme: string): string {
  return withRuleReference(readme, ruleReference(ruleSchema()));
}

export { RULE_SCHEMA_PATH };
