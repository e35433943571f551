/** The sidecar of a corpus case: what its scan must produce, exhaustively for findings. */
export interface ExpectedFinding {
  rule: string;
  classification: string;
  recipe: string | null;
  tier?: string | null;
  test?: string | null;
  run?: string;
  /** `path:line` (relative to the case directory) that must be among the finding's evidence. */
  evidence: string[];
  confidenceAtLeast?: number;
  confidenceAtMost?: number;
  /** A known miss: the finding should appear but does not yet; the reason says why. */
  todo?: string;
  /** Substrings the finding's rendered root cause must hold: what its evidence supports. */
  rootCauseIncludes?: string[];
  /** Substrings it must not hold: what this evidence does not show. */
  rootCauseExcludes?: string[];
}

export interface ExpectedUnexplained {
  recipe: string | null;
  /** null: the evidence names no tier. */
  tier: string | null;
  /** Failure signal kinds that must be among the entry's signals (panic, crash-loop, test-failed …). */
  signals?: string[];
  test?: string;
  run?: string;
  /** `path:line` of the line that must rank first. */
  top?: string;
  /** `path:line` of a line that must rank last (a template also seen in the green baseline). */
  last?: string;
}

export interface ExpectedRecipe {
  recipe: string;
  run?: string;
  /** What the row is about when it is not a recipe: `service` or `input`. */
  unit?: 'recipe' | 'service' | 'input';
  verdict: string;
  tiers?: Record<string, string>;
}

export interface ExpectedCase {
  description: string;
  /** Where in ../shared/seeds the incident is recorded. */
  seeds?: string;
  /** What in the input is reconstructed rather than quoted from the seeds. */
  reconstruction?: string;
  /** The public sources of the input's lines (repository and issue, or page), for cases built from real captures. */
  sources?: string[];
  /** Anything a reader of the case should know that the fields do not say. */
  note?: string;
  /** Command-line arguments, relative to the case directory (default: ["input"]). */
  args?: string[];
  /** Rules this case is a near miss for: it meets all but one of their conditions and they must stay quiet. */
  nearMissFor?: string[];
  findings: ExpectedFinding[];
  unexplained?: ExpectedUnexplained[];
  /**
   * Every row of the table (one per run and unit), exhaustively: a unit the case does not list
   * fails it. Absent: rows are not checked.
   */
  recipes?: ExpectedRecipe[];
  /** The scan's exit status under the default --fail-on: 1 for any case with failure evidence, 0 for noise. */
  exit?: 0 | 1 | 2;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Checks an expected.json's shape; returns the problems (empty when fine). */
export function validateExpected(value: unknown): string[] {
  const problems: string[] = [];
  if (!isObject(value)) return ['expected.json must hold an object'];
  if (typeof value.description !== 'string') problems.push('description: must be a string');
  if (!Array.isArray(value.findings)) problems.push('findings: must be a list (empty for a case where nothing fires)');
  for (const [i, f] of (Array.isArray(value.findings) ? value.findings : []).entries()) {
    if (!isObject(f)) { problems.push(`findings[${i}]: must be an object`); continue; }
    if (typeof f.rule !== 'string') problems.push(`findings[${i}].rule: must be a rule id`);
    if (typeof f.classification !== 'string') problems.push(`findings[${i}].classification: must be a string`);
    if (!('recipe' in f)) problems.push(`findings[${i}].recipe: required (null when unknown)`);
    if (!Array.isArray(f.evidence) || f.evidence.some((e) => typeof e !== 'string' || !/:\d+$/.test(e))) problems.push(`findings[${i}].evidence: must be a list of "path:line"`);
    for (const key of ['rootCauseIncludes', 'rootCauseExcludes'] as const) {
      const list = f[key];
      if (list !== undefined && (!Array.isArray(list) || list.length === 0 || list.some((x) => typeof x !== 'string' || x.length === 0))) problems.push(`findings[${i}].${key}: must be a non-empty list of non-empty strings`);
    }
  }
  if (value.exit !== undefined && value.exit !== 0 && value.exit !== 1 && value.exit !== 2) problems.push('exit: must be 0, 1 or 2');
  if (value.sources !== undefined && (!Array.isArray(value.sources) || value.sources.length === 0 || value.sources.some((x) => typeof x !== 'string' || x.length === 0))) problems.push('sources: must be a non-empty list of strings');
  if (value.args !== undefined && (!Array.isArray(value.args) || value.args.some((a) => typeof a !== 'string'))) problems.push('args: must be a list of strings');
  if (value.nearMissFor !== undefined && (!Array.isArray(value.nearMissFor) || value.nearMissFor.some((a) => typeof a !== 'string'))) problems.push('nearMissFor: must be a list of rule ids');
  return problems;
}
