/**
 * The statements of the cc-ci harness (runner/nightly_sweep.py, run_recipe_ci.py) that the
 * triage needs whatever the rules say: which recipe and version a run is, where each tier
 * starts and ends, what the sweep ran in parallel, and what the warm promote did.
 *
 * The seeds quote these statements' content, not the harness's line layout: the layout and
 * the exact wording of the structural lines are a reconstruction (see README, "cc-ci harness
 * lines"); the signature lines rules match are quoted verbatim from the journal. Like an lnav
 * format, each statement is data: they ship as formats/cc-ci-harness.json, the same file format
 * a user writes to replace them (`--formats`), bundled into the build so start-up reads no file.
 */
import builtinFile from '../../../formats/cc-ci-harness.json' with { type: 'json' };
import type { StatementKind } from '../../events.js';
import type { FormatFile, StatementDefinition } from '../user/definition.js';

/** A compiled statement. `pattern` is V8's for the built-in ones (checked for ReDoS), RE2JS's for a user's. */
export interface HarnessStatement {
  kind: StatementKind;
  /** The harness component tags the statement is printed under; any tag when omitted. */
  tags?: readonly string[];
  pattern: { exec(text: string): Record<string, string> | undefined };
  /** field → captured spelling → canonical value. */
  values?: ReadonlyMap<string, ReadonlyMap<string, string>>;
  sample: string;
}

/** The built-in definitions, as shipped (the tests validate the file against the schema). */
export const BUILTIN_HARNESS_FILE = builtinFile as FormatFile;

/** V8's engine for the shipped statements: their first match's named captures. */
function nativePattern(source: string): HarnessStatement['pattern'] {
  const regex = new RegExp(source);
  return {
    exec(text) {
      const m = regex.exec(text);
      if (!m) return undefined;
      const out: Record<string, string> = {};
      for (const [key, value] of Object.entries(m.groups ?? {})) if (value !== undefined) out[key] = value;
      return out;
    },
  };
}

/** Spellings are matched case-insensitively: `ok`, `OK` and `Ok` are one spelling. */
function valueTable(values: StatementDefinition['values']): HarnessStatement['values'] {
  if (!values) return undefined;
  const table = new Map<string, Map<string, string>>();
  for (const [field, canon] of Object.entries(values)) {
    const spellings = new Map<string, string>();
    for (const [canonical, list] of Object.entries(canon)) {
      for (const spelling of list) spellings.set(spelling.toLowerCase(), canonical);
    }
    table.set(field, spellings);
  }
  return table;
}

/** Definitions → statements, each pattern compiled by `compile` (V8 for built-ins, RE2JS for a user's). */
export function compileStatements(
  definitions: readonly StatementDefinition[],
  compile: (source: string) => HarnessStatement['pattern'] = nativePattern,
): HarnessStatement[] {
  return definitions.map((d) => ({
    kind: d.kind,
    tags: d.tags,
    pattern: compile(d.pattern),
    values: valueTable(d.values),
    sample: d.sample,
  }));
}

export const HARNESS_STATEMENTS: readonly HarnessStatement[] = compileStatements(BUILTIN_HARNESS_FILE.formats.find((f) => f.name === 'harness')!.statements!);

export const HARNESS_TAGS = ['cc-ci', 'sweep', 'run', 'tier', 'prepull', 'deploy', 'probe', 'WC5', 'promote', 'canonical', 'backup', 'restore', 'test', 'teardown'] as const;

export interface RecognizedStatement {
  kind: StatementKind;
  fields: Record<string, string>;
}

/**
 * The first statement whose tags admit `tag` and whose pattern matches `message`: its kind and
 * captures (canonical values).
 */
export function recognizeStatement(
  tag: string | undefined,
  message: string,
  statements: readonly HarnessStatement[] = HARNESS_STATEMENTS,
): RecognizedStatement | undefined {
  for (const statement of statements) {
    if (statement.tags && (tag === undefined || !statement.tags.includes(tag))) continue;
    const fields = statement.pattern.exec(message);
    if (!fields) continue;
    if (statement.values) {
      for (const [field, spellings] of statement.values) {
        const canonical = fields[field] !== undefined ? spellings.get(fields[field].toLowerCase()) : undefined;
        if (canonical !== undefined) fields[field] = canonical;
      }
    }
    return { kind: statement.kind, fields };
  }
  return undefined;
}

/** Whether a tier-end statement says the tier failed: its line is then an error line. */
export function tierFailed(statement: RecognizedStatement | undefined): boolean {
  return statement?.kind === 'tier-end' && (statement.fields.result === 'FAIL' || statement.fields.result === 'ERROR');
}

/** `KEY=value` pairs of a `RECIPE=… VERSION=…` line, empty values kept. */
export function keyValuePairs(message: string): Record<string, string> {
  const pairs: Record<string, string> = {};
  for (const m of message.matchAll(/(?:^|\s)([A-Z][A-Z0-9_]*)=(\S*)/g)) pairs[m[1]] = m[2];
  return pairs;
}
