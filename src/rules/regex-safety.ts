import { RE2JS } from 're2js';
import { compileLinearOnce } from './linear-compile.js';

/**
 * User rules' regexes run on RE2JS, a linear-time engine: no input can make them backtrack,
 * so the per-line cost of any rule is bounded by the line's length. What RE2 cannot run in
 * linear time (lookaround, backreferences) is refused at load with the reason.
 * Returns undefined when the regex is fine, else why it is refused.
 */
export function checkRegexSafety(source: string): string | undefined {
  try {
    compileLinearOnce(RE2JS, source);
    return undefined;
  } catch (error) {
    const reason = (error as Error).message.replace(/^error parsing regexp: /, '');
    return `not runnable in linear time (${reason}); lookaround and backreferences can backtrack without bound and are not supported in user regexes (rules, formats)`;
  }
}
