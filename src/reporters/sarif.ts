import type { Reporter } from './types.js';
import { safeJsonStringify } from '../text/escape.js';
import { BUILTIN_RULES } from '../rules/index.js';
import { RESERVED_RULES } from '../rules/reserved.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;
const UNEXPLAINED_ID = 'unexplained-failure';

/**
 * An evidence path as a SARIF uri-reference: percent-encoded, with `#` and `?` too (encodeURI
 * leaves them, and they would start a fragment or a query); absolute paths as file:// URIs.
 */
function artifactUri(path: string): string {
  const encoded = encodeURI(path.replace(/[\ud800-\udfff]/g, (ch, i: number, s: string) => (isPaired(s, i) ? ch : '\ufffd'))).replace(/[#?]/g, (ch) => (ch === '#' ? '%23' : '%3F'));
  return path.startsWith('/') ? `file://${encoded}` : encoded;
}

/** encodeURI throws on a lone surrogate; a paired one is fine. */
function isPaired(s: string, i: number): boolean {
  const code = s.charCodeAt(i);
  return code <= 0xdbff ? (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 : i > 0 && (s.charCodeAt(i - 1) & 0xfc00) === 0xd800;
}

/** SARIF 2.1.0: one reporting descriptor per rule, evidence as physical locations. */
export const sarifReporter: Reporter = (result) => {
  const described = [...BUILTIN_RULES, ...RESERVED_RULES];
  const ruleIds = [...new Set([...described.map((r) => r.id), ...result.findings.map((f) => f.rule)])].sort();
  const byId = new Map(described.map((r) => [r.id, r]));
  const fired = new Map(result.findings.map((f) => [f.rule, f]));
  const rules: Array<{ id: string; name: string; shortDescription: { text: string }; fullDescription?: { text: string }; properties: { classification?: string } }> = ruleIds.map((id) => {
    const finding = fired.get(id);
    // A user rule that replaced a built-in one describes itself: the built-in text would be wrong.
    const rule = byId.get(id) && (!finding || finding.title === byId.get(id)!.title) ? byId.get(id) : undefined;
    return {
      id,
      name: id.replace(/(^|-)(\w)/g, (_, __, ch: string) => ch.toUpperCase()),
      shortDescription: { text: finding?.title ?? rule?.title ?? id },
      ...(rule ? { fullDescription: { text: rule.description } } : {}),
      properties: { classification: finding?.classification ?? rule?.classification },
    };
  });
  // Unexplained failures are results too, so code scanning shows them beside the findings.
  rules.push({
    id: UNEXPLAINED_ID,
    name: 'UnexplainedFailure',
    shortDescription: { text: 'a red tier or test that no rule explains' },
    fullDescription: { text: 'The recipe failed here and no rule recognized why; the locations are the candidate lines, best first (crash loops, the first error of each log, lines absent from a green run).' },
    properties: { classification: 'unexplained' },
  });
  const index = new Map(rules.map((r, i) => [r.id, i]));
  // SARIF regions start at line 1: evidence without a line (line 0) names the artifact only.
  const physical = (path: string, line: number, text?: string) => ({
    physicalLocation: {
      artifactLocation: { uri: artifactUri(path) },
      ...(line >= 1 ? { region: { startLine: line, ...(text !== undefined ? { snippet: { text } } : {}) } } : {}),
    },
  });
  const findingResults = result.findings.map((f) => ({
    ruleId: f.rule,
    ruleIndex: index.get(f.rule),
    level: LEVEL[f.severity],
    message: { text: `${f.rootCause} Fix: ${f.fix}` },
    locations: [physical(f.location.path, f.location.line, f.evidence.find((e) => e.path === f.location.path && e.line === f.location.line)?.text)],
    relatedLocations: f.evidence.map((e, i) => ({ id: i + 1, ...physical(e.path, e.line, e.text) })),
    partialFingerprints: { findingId: f.id },
    properties: {
      classification: f.classification, confidence: f.confidence, run: f.run, recipe: f.recipe, tier: f.tier, test: f.test,
      why: f.why, ...(f.acrossRuns ? { acrossRuns: f.acrossRuns } : {}),
    },
  }));
  const unexplainedResults = result.unexplained.map((u) => ({
    ruleId: UNEXPLAINED_ID,
    ruleIndex: index.get(UNEXPLAINED_ID),
    level: 'error' as const,
    message: { text: `No rule explains the failure of ${u.recipe ?? 'an unknown recipe'} in tier ${u.tier}${u.test ? ` (${u.test})` : ''}${u.lines.length > 0 ? '; candidate lines are its locations, best first.' : '; no error-level line of the recipe in that tier.'}` },
    ...(u.lines.length > 0 ? { locations: u.lines.slice(0, 10).map((l) => physical(l.path, l.line, l.text)) } : {}),
    partialFingerprints: { unexplainedId: `${u.run}/${u.recipe ?? '-'}/${u.tier}/${u.test ?? '-'}` },
    properties: { run: u.run, recipe: u.recipe, tier: u.tier, test: u.test ?? null, scores: u.lines.slice(0, 10).map((l) => l.score) },
  }));
  const results = [...findingResults, ...unexplainedResults];
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: result.tool.name, version: result.tool.version, semanticVersion: result.tool.version, informationUri: 'https://github.com/redfix/redfix-forensics', rules } },
      results,
      properties: { rules: result.tool.rules, recipes: result.recipes },
    }],
  };
  return `${safeJsonStringify(log, 2)}\n`;
};
