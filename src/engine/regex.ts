import type { RE2JS } from 're2js';
import { linearEngine } from './linear-engine.js';
import { compileLinearOnce } from '../rules/linear-compile.js';

/** A compiled rule regex: test and named captures, whatever engine runs it. */
export interface RuleRegex {
  readonly source: string;
  /** Named captures of the first match, or undefined when there is none. */
  exec(text: string): Record<string, string> | undefined;
  /** Whether it matches at all (no captures gathered). */
  test(text: string): boolean;
}

const NAMED_GROUP = /\(\?<([A-Za-z_$][\w$]*)>/g;

/** The names of a regex source's named groups, in order. */
export function namedGroups(source: string): string[] {
  return [...source.matchAll(NAMED_GROUP)].map((m) => m[1]);
}

/** Built-in rules: V8's engine (fast); their patterns are checked for ReDoS in the test suite. */
export class NativeRegex implements RuleRegex {
  private readonly regex: RegExp;
  /** Its group names, in the order a match's groups list them (the same for every match). */
  private names?: string[];
  constructor(readonly source: string) {
    this.regex = new RegExp(source);
  }
  exec(text: string): Record<string, string> | undefined {
    const m = this.regex.exec(text);
    if (!m) return undefined;
    const out: Record<string, string> = {};
    const groups = m.groups;
    if (groups) {
      for (const name of (this.names ??= Object.keys(groups))) {
        const v = groups[name];
        if (v !== undefined) out[name] = v;
      }
    }
    return out;
  }
  test(text: string): boolean {
    return this.regex.test(text);
  }
}

/** User rules: RE2JS, linear in the length of the line whatever the pattern. */
export class LinearRegex implements RuleRegex {
  private readonly pattern: ReturnType<typeof RE2JS.compile>;
  private readonly names: string[];
  constructor(readonly source: string) {
    this.pattern = compileLinearOnce(linearEngine(), source);
    this.names = namedGroups(source);
  }
  exec(text: string): Record<string, string> | undefined {
    const m = this.pattern.matcher(text);
    if (!m.find()) return undefined;
    const out: Record<string, string> = {};
    for (const name of this.names) {
      const v = m.group(name);
      if (v !== null && v !== undefined) out[name] = v;
    }
    return out;
  }
  test(text: string): boolean {
    return this.pattern.matcher(text).find();
  }
}
