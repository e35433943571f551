import type { Condition } from '../../rules/types.js';
import type { JsonSchema } from '../../schema/json-schema.js';
import type { GroupView } from '../state.js';
import type { ConditionResult, RunContext } from './result.js';

/** The definitions a condition's schema fragment refers to, as `$ref`s into the rule schema. */
export interface ConditionSchemaRefs {
  /** The name of a pattern in the rule's `events`. */
  pattern: JsonSchema;
  /** A length of time: `90s`, `10m`, `2h`. */
  duration: JsonSchema;
  /** A field or capture name. */
  field: JsonSchema;
  classification: JsonSchema;
  /** A condition one nesting level deeper (for the kinds that hold conditions). */
  condition: JsonSchema;
}

/** A pattern name a condition reads, and where in the condition it is written (`sequence[1]`). */
export interface PatternReference {
  at: string;
  name: string;
}

/** A rule's condition with one leaf dropped: what `test-rules --mutate` runs. */
export interface DroppedLeaf {
  /** What remains; undefined when the dropped leaf was the whole condition. */
  rest: Condition | undefined;
  /** Where the leaf was (`condition.all[1]`). */
  path: string;
  leaf: Condition;
  /** The leaf was an alternative under an `any`. */
  underAny: boolean;
}

/** The registry's walk over any condition, handed to the kinds that hold other conditions (all, any). */
export interface ConditionWalk {
  evaluate(condition: Condition, group: GroupView, context: RunContext): ConditionResult;
  references(condition: Condition): PatternReference[];
  fieldsRead(condition: Condition): string[];
  dropOne(condition: Condition, path: string, underAny: boolean): DroppedLeaf[];
}

/**
 * One kind of condition, everything about it in one module: the key that names it in a rule,
 * its JSON Schema fragment (validation, the TypeScript type and the README come from it), the
 * patterns and fields it reads, its description in a finding's why[] and `explain`, its
 * evaluation over a scope group, and how `--mutate` drops it. Registered in engine/conditions.ts.
 */
export interface ConditionKind<C> {
  /** The key that names the kind in a rule: `{ "count": … }`. */
  readonly key: string;
  /** Holds other conditions (all, any): its fragment is built once per nesting level. */
  readonly nests?: boolean;
  /**
   * Holds in every scope group where its pattern matched (`exists`): when that pattern is the
   * rule's only one, dropping the condition cannot change a result (an equivalent mutant).
   */
  readonly impliedByItsPattern?: boolean;
  schema(refs: ConditionSchemaRefs): JsonSchema;
  references(condition: C, walk: ConditionWalk): PatternReference[];
  /** Fields or captures read from its patterns' events: kept per folded event. */
  fieldsRead?(condition: C, walk: ConditionWalk): string[];
  describe(condition: C): string;
  evaluate(condition: C, group: GroupView, context: RunContext, walk: ConditionWalk): ConditionResult;
  /** Every way to drop one leaf beneath it; a kind without it is a leaf, dropped whole. */
  dropOne?(condition: C, path: string, underAny: boolean, walk: ConditionWalk): DroppedLeaf[];
}
