import type { RE2JS as RE2JSType } from 're2js';

/**
 * RE2JS, the linear-time engine user rules' regexes run on, loaded only when a user pack is:
 * at 150 KB it is most of what a plain run would otherwise load at start.
 */
let engine: typeof RE2JSType | undefined;

export async function loadLinearEngine(): Promise<typeof RE2JSType> {
  engine ??= (await import('re2js')).RE2JS;
  return engine;
}

export function linearEngine(): typeof RE2JSType {
  if (!engine) throw new Error('the linear-time regex engine is not loaded: call loadLinearEngine() before compiling user rules');
  return engine;
}
