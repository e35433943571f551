import type { AnyCondition } from '../../rules/types.js';
import type { ConditionKind } from './kind.js';
import { combine, dropFromList, listReferences, listSchema } from './nesting.js';

export const any: ConditionKind<AnyCondition> = {
  key: 'any',
  nests: true,
  schema: ({ condition }) => listSchema('AnyCondition', 'any', 'at least one condition of the list holds', condition),
  references: (c, walk) => listReferences('any', c.any, walk),
  fieldsRead: (c, walk) => c.any.flatMap((child) => walk.fieldsRead(child)),
  describe: () => 'any of',
  evaluate(c, group, context, walk) {
    const parts = c.any.map((child) => walk.evaluate(child, group, context));
    return combine(parts, parts.some((p) => p.ok));
  },
  // Dropping an alternative of an `any` removes it: the rule must still fire through the others.
  dropOne: (c, path, _underAny, walk) => dropFromList(c.any, (rest) => ({ any: rest }), `${path}.any`, true, walk),
};
