import type { RE2JS as RE2JSType } from 're2js';

type LinearPattern = ReturnType<typeof RE2JSType.compile>;
const compiled = new Map<string, LinearPattern>();

/**
 * A regex compiled once per source: a pack's validation compiles each regex to check it, and its
 * engine would compile it again (a 1,300-rule pack spent a third of its start-up in RE2JS).
 */
export function compileLinearOnce(re2: typeof RE2JSType, source: string): LinearPattern {
  let pattern = compiled.get(source);
  if (pattern === undefined) compiled.set(source, (pattern = re2.compile(source)));
  return pattern;
}
