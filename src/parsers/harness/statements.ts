/**
 * The statements of the cc-ci harness (runner/nightly_sweep.py, run_recipe_ci.py) that the
 * triage needs whatever the rules say: which recipe and version a run is, where each tier
 * starts and ends, what the sweep ran in parallel, and what the warm promote did.
 *
 * The seeds quote these statements' content, not the harness's line layout: the layout and
 * the exact wording of the structural lines here are a reconstruction (see README, "cc-ci
 * harness lines"); the signature lines rules match are quoted verbatim from the journal.
 * Like an lnav format, each statement is data: a pattern with named captures and a sample.
 */
export interface HarnessStatement {
  kind: string;
  /** The harness component tags the statement is printed under; any tag when omitted. */
  tags?: readonly string[];
  pattern: RegExp;
  sample: string;
}

export const HARNESS_STATEMENTS: readonly HarnessStatement[] = [
  {
    kind: 'recipe',
    pattern: /(?:^|\s)RECIPE=(?<recipe>[\w.-]+)/,
    sample: 'RECIPE=gitea VERSION=3.6.0+1.24.2-rootless MODE=cold QUICK= REF= CCCI_SKIP_FETCH=1',
  },
  {
    kind: 'checkout',
    pattern: /^recipe_checkout (?<recipe>[\w.-]+) (?<version>[\w.+-]+)(?: \((?<tagKind>annotated|lightweight) tag(?:, (?<commit>[0-9a-f]{7,40}))?\))?/,
    sample: 'recipe_checkout discourse 0.8.1+3.5.0 (annotated tag, 3f2a9c1)',
  },
  {
    kind: 'tier-start',
    tags: ['tier'],
    pattern: /^(?<tier>[\w-]+): start\b/,
    sample: 'restore: start',
  },
  {
    kind: 'tier-end',
    tags: ['tier'],
    pattern: /^(?<tier>[\w-]+): (?<result>PASS|FAIL|ERROR|SKIP|EXPECTED_NA)\b(?: \((?<detail>[^)]*)\))?/,
    sample: 'restore: FAIL (1 failed, 0 passed in 96.41s)',
  },
  {
    kind: 'sweep-begin',
    tags: ['sweep'],
    pattern: /^canon sweep start: (?<recipes>\d+) recipes, parallel=(?<parallel>\d+)/,
    sample: 'canon sweep start: 22 recipes, parallel=3',
  },
  {
    kind: 'sweep-recipe-start',
    tags: ['sweep'],
    pattern: /^(?<recipe>[\w.-]+) (?<version>[\w.+-]+): start\b/,
    sample: 'mumble 1.0.0+v1.6.870-0: start',
  },
  {
    kind: 'sweep-recipe-end',
    tags: ['sweep'],
    pattern: /^(?<recipe>[\w.-]+) (?<version>[\w.+-]+): (?<result>GREEN|RED|TIMEOUT|SKIPPED)\b(?:.*?\brc=(?<rc>\d+))?/,
    sample: 'discourse 0.8.1+3.5.0: TIMEOUT rc=143 after 51m07s',
  },
  {
    kind: 'sweep-recipe-skipped',
    tags: ['sweep'],
    pattern: /^(?<recipe>[\w.-]+): skipped \((?<reason>[^)]*)\)/,
    sample: 'keycloak: skipped (WARM_CANONICAL=False)',
  },
  {
    kind: 'promote-start',
    tags: ['WC5', 'promote'],
    pattern: /^promote-on-green-cold (?<recipe>[\w.-]+) (?<version>[\w.+-]+) -> (?<domain>[\w.-]+)(?: \((?<mode>advance|first)\))?/,
    sample: 'promote-on-green-cold gitea 3.6.0+1.24.2-rootless -> warm-gitea.ci.commoninternet.net (advance)',
  },
  {
    kind: 'promote-end',
    tags: ['WC5', 'promote'],
    pattern: /^promote-on-green-cold (?<result>OK|FAILED)\b(?::? (?<detail>.*))?/,
    sample: 'promote-on-green-cold FAILED: warm-bluesky-pds.ci.commoninternet.net not healthy',
  },
  {
    kind: 'canonical-written',
    tags: ['canonical'],
    pattern: /^canonical (?<recipe>[\w.-]+) @ (?<version>[\w.+-]+), domain="(?<domain>[\w.-]+)", (?<state>\w+)/,
    sample: 'canonical keycloak @ 10.8.0+26.6.3, domain="warm-canon-keycloak.ci.commoninternet.net", idle',
  },
  {
    kind: 'canonical-refused',
    tags: ['canonical'],
    pattern: /^no canonical written for (?<recipe>[\w.-]+)(?: (?<version>[\w.+-]+))?: (?<reason>.*)/,
    sample: 'no canonical written for bluesky-pds 0.3.0+v0.4.219: warm domain not healthy',
  },
  {
    kind: 'recipe-tree',
    pattern: /chaos-version label = head (?<commit>[0-9a-f]{7,40})(?<dirty>\+U)?/,
    sample: 'chaos-version label = head f87c612d+U',
  },
];

export const HARNESS_TAGS = ['cc-ci', 'sweep', 'run', 'tier', 'prepull', 'deploy', 'probe', 'WC5', 'promote', 'canonical', 'backup', 'restore', 'test', 'teardown'] as const;

export interface RecognizedStatement {
  kind: string;
  fields: Record<string, string>;
}

export function recognizeStatement(tag: string | undefined, message: string): RecognizedStatement | undefined {
  for (const statement of HARNESS_STATEMENTS) {
    if (statement.tags && (tag === undefined || !statement.tags.includes(tag))) continue;
    const m = statement.pattern.exec(message);
    if (!m) continue;
    const fields: Record<string, string> = {};
    for (const [key, value] of Object.entries(m.groups ?? {})) if (value !== undefined) fields[key] = value;
    return { kind: statement.kind, fields };
  }
  return undefined;
}

/** `KEY=value` pairs of a `RECIPE=… VERSION=…` line, empty values kept. */
export function keyValuePairs(message: string): Record<string, string> {
  const pairs: Record<string, string> = {};
  for (const m of message.matchAll(/(?:^|\s)([A-Z][A-Z0-9_]*)=(\S*)/g)) pairs[m[1]] = m[2];
  return pairs;
}
