import type { Reporter } from './types.js';
import { safeJsonStringify } from '../text/escape.js';
import { BUILTIN_RULES } from '../rules/index.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

/** SARIF 2.1.0: one reporting descriptor per rule, evidence as physical locations. */
export const sarifReporter: Reporter = (result) => {
  const ruleIds = [...new Set([...BUILTIN_RULES.map((r) => r.id), ...result.findings.map((f) => f.rule)])].sort();
  const byId = new Map(BUILTIN_RULES.map((r) => [r.id, r]));
  const titles = new Map(result.findings.map((f) => [f.rule, f.title]));
  const rules = ruleIds.map((id) => {
    const rule = byId.get(id);
    return {
      id,
      name: id.replace(/(^|-)(\w)/g, (_, __, ch: string) => ch.toUpperCase()),
      shortDescription: { text: rule?.title ?? titles.get(id) ?? id },
      ...(rule ? { fullDescription: { text: rule.description } } : {}),
      properties: { classification: rule?.classification ?? result.findings.find((f) => f.rule === id)?.classification },
    };
  });
  const index = new Map(ruleIds.map((id, i) => [id, i]));
  const results = result.findings.map((f) => ({
    ruleId: f.rule,
    ruleIndex: index.get(f.rule),
    level: LEVEL[f.severity],
    message: { text: `${f.rootCause} Fix: ${f.fix}` },
    locations: f.evidence.map((e) => ({
      physicalLocation: { artifactLocation: { uri: encodeURI(e.path) }, region: { startLine: e.line, snippet: { text: e.text } } },
    })),
    partialFingerprints: { findingId: f.id },
    properties: {
      classification: f.classification, confidence: f.confidence, run: f.run, recipe: f.recipe, tier: f.tier, test: f.test,
      why: f.why, ...(f.acrossRuns ? { acrossRuns: f.acrossRuns } : {}),
    },
  }));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: result.tool.name, version: result.tool.version, semanticVersion: result.tool.version, informationUri: 'https://github.com/redfix/redfix-forensics', rules } },
      results,
      properties: { rules: result.tool.rules, unexplained: result.unexplained, recipes: result.recipes },
    }],
  };
  return `${safeJsonStringify(log, 2)}\n`;
};
