import type { AllCondition } from '../../rules/types.js';
import type { ConditionKind } from './kind.js';
import { combine, dropFromList, listReferences, listSchema } from './nesting.js';

export const all: ConditionKind<AllCondition> = {
  key: 'all',
  nests: true,
  schema: ({ condition }) => listSchema('AllCondition', 'all', 'every condition of the list holds', condition),
  references: (c, walk) => listReferences('all', c.all, walk),
  fieldsRead: (c, walk) => c.all.flatMap((child) => walk.fieldsRead(child)),
  describe: () => 'all of',
  evaluate(c, group, context, walk) {
    const parts = c.all.map((child) => walk.evaluate(child, group, context));
    return combine(parts, parts.every((p) => p.ok));
  },
  dropOne: (c, path, underAny, walk) => dropFromList(c.all, (rest) => ({ all: rest }), `${path}.all`, underAny, walk),
};
