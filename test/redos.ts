import { check, type Diagnostics } from 'recheck';

/**
 * recheck's options for the ReDoS checks. Its fuzzer bounds each match it tries by steps (characters
 * read by its VM) and, by default, by time as well: on a loaded machine the time bounds cut matches
 * short, other strings survive into the next generation, and the same seed gave another verdict (a
 * polynomial alternative of EXIT_CODE passed one full test run as safe and failed the next). With the
 * time bounds off only the step bounds apply, and a seed decides the verdict; `timeout` only ends a
 * check that runs away, as `unknown`.
 */
export const RECHECK_OPTIONS = {
  randomSeed: 20261202,
  timeout: 120_000,
  attackTimeout: null,
  incubationTimeout: null,
  seedingTimeout: null,
} as const;

/** recheck's verdict on a regex; an `unknown` (its overall timeout) is tried once more. */
export async function redosVerdict(source: string, flags = ''): Promise<Diagnostics> {
  const first = await check(source, flags, RECHECK_OPTIONS);
  if (first.status !== 'unknown') return first;
  console.log(`  recheck: /${source.slice(0, 80)}…/ → unknown (${first.error.kind}), checked again`);
  return check(source, flags, RECHECK_OPTIONS);
}

/** A verdict in a few words, with an attack string when there is one. */
export function describeVerdict(d: Diagnostics): string {
  if (d.status === 'unknown') return `unknown (${d.error.kind})`;
  return `${d.status}: ${d.complexity.summary}${d.status === 'vulnerable' ? `, e.g. ${d.attack.pattern}` : ''}`;
}
