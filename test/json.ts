/**
 * Reading the JSON the CLI prints, typed. `JSON.parse` returns `any`, which lets a test read a
 * field no output has; these name the contract type the test expects (AnalysisResult, a history
 * query's rows, a SARIF log) so the compiler checks every field a test reads, and the test's own
 * assertions check the values.
 */
import type { CliRun } from './helpers.js';
import type { AnalysisResult } from '../src/result.js';

/** `text` parsed as a JSON document of type T; the error names what was read and shows its start. */
export function parseJson<T>(text: string, what = 'the text'): T {
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    throw new Error(`${what} is not JSON: ${JSON.stringify(text.slice(0, 500))}`, { cause: error });
  }
}

/** Each line of `text` (ndjson, surrounding blank space trimmed) parsed as a record of type T. */
export function parseJsonLines<T>(text: string, what = 'the text'): T[] {
  return text
    .trim()
    .split('\n')
    .map((line, i) => parseJson<T>(line, `line ${i + 1} of ${what}`));
}

/**
 * A CLI run's stdout as JSON of type T: the JSON report unless the test names another contract
 * (a history query's answer). When it is not JSON, the error carries the exit code and stderr.
 */
export function jsonOutput<T = AnalysisResult>(run: CliRun): T {
  try {
    return JSON.parse(run.stdout) as T;
  } catch (error) {
    const shown = run.stderr || JSON.stringify(run.stdout.slice(0, 500));
    throw new Error(`stdout is not JSON (exit ${run.status}): ${shown}`, { cause: error });
  }
}

/** The field `key` of a parsed JSON object, for tests that walk a contract's field names. */
export function fieldOf(value: object, key: string): unknown {
  return (value as Record<string, unknown>)[key];
}
