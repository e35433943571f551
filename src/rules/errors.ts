/**
 * The errors rule loading raises, in a module of their own so that the command line can
 * recognize them without loading the validator (and its linear-time regex engine) on every run.
 */
export class RulePackError extends Error {}

/** A problem in a rule, naming the file, the rule and the field. */
export class RuleValidationError extends Error {
  constructor(readonly origin: string, readonly ruleId: string, readonly field: string, reason: string) {
    super(`${origin}: rule ${ruleId}: ${field}: ${reason}`);
  }
}
