import { RE2JS } from 're2js';

/**
 * User rules' regexes run on RE2JS, a linear-time engine: no input can make them backtrack,
 * so the per-line cost of any rule is bounded by the line's length. What RE2 cannot run in
 * linear time (lookaround, backreferences) is refused at load with the reason.
 * Returns undefined when the regex is fine, else why it is refused.
 */
export function checkRegexSafety(source: string): string | undefined {
  try {
    RE2JS.compile(source);
    return undefined;
  } catch (error) {
    const reason = (error as Error).message.replace(/^error parsing regexp: /, '');
    return `not runnable in linear time (${reason}); lookaround and backreferences can backtrack without bound and are not supported in user regexes (rules, formats)`;
  }
}
