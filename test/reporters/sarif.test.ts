import { test } from 'uvu';
import * as assert from 'uvu/assert';
import path from 'node:path';
import {
  CADDY_IPS,
  FAILING_JUNIT,
  FAILING_JUNIT_NAME,
  GITEA_LINE,
  HARMLESS_LOG,
  caddyAskRefusedLog,
  giteaLineWith,
  rulePack,
  runInProcess,
  tree,
  userRule,
} from '../cli/fixtures.js';
import { jsonOutput } from '../json.js';
import type { SarifLocation, SarifLog } from '../sarif-log.js';
import { sarifSchemaErrors } from '../consumers.js';
import { BUILTIN_RULES } from '../../src/rules/index.js';

const root = tree({
  'runA/services/gitea.log': `${GITEA_LINE}\n`,
  'runA/services/caddy.log': caddyAskRefusedLog(CADDY_IPS),
  [`runB/junit/${FAILING_JUNIT_NAME}`]: FAILING_JUNIT,
  'odd #1 ?.log': `${giteaLineWith('\x1b[31mred\x1b[0m \u202eevil')}\n`,
  'harmless.log': HARMLESS_LOG,
});

async function sarif(args: string[]) {
  const run = await runInProcess(['--format', 'sarif', ...args], { cwd: root });
  return { ...run, log: jsonOutput<SarifLog>(run) };
}

function assertValid(log: unknown): void {
  assert.equal(sarifSchemaErrors(log).slice(0, 5), [], 'not valid SARIF 2.1.0');
}

test('SARIF 2.1.0: valid against the official schema (findings, unexplained, odd paths, nothing found)', async () => {
  for (const args of [['runA', 'runB', 'odd #1 ?.log', 'harmless.log'], ['harmless.log'], [path.join(root, 'runA')]]) {
    const { log } = await sarif(args);
    assert.is(log.version, '2.1.0');
    assertValid(log);
  }
});

test('the schema check is not vacuous: a broken log is refused', async () => {
  const { log } = await sarif(['runA']);
  const broken = structuredClone(log);
  const region = broken.runs[0].results[0].locations[0].physicalLocation.region;
  assert.ok(region, 'the first result has a line');
  region.startLine = 0;
  assert.ok(sarifSchemaErrors(broken).length > 0);
  const noVersion: Partial<SarifLog> = structuredClone(log);
  delete noVersion.version;
  assert.ok(sarifSchemaErrors(noVersion).length > 0);
});

test('one reporting descriptor per rule; every result points at its descriptor', async () => {
  const { log } = await sarif(['runA', 'runB']);
  const driver = log.runs[0].tool.driver;
  const ids = driver.rules.map((r) => r.id);
  assert.equal(ids, [...new Set(ids)], 'a rule described twice');
  for (const rule of BUILTIN_RULES) assert.ok(ids.includes(rule.id), `no descriptor for ${rule.id}`);
  assert.ok(log.runs[0].results.length >= 2);
  for (const result of log.runs[0].results) {
    assert.is(driver.rules[result.ruleIndex].id, result.ruleId);
    assert.ok(['error', 'warning', 'note'].includes(result.level));
  }
  const gitea = driver.rules.find((r) => r.id === 'gitea-appini-readonly-jwt');
  assert.ok(gitea, 'gitea-appini-readonly-jwt is described');
  assert.is(gitea.shortDescription.text, BUILTIN_RULES.find((r) => r.id === 'gitea-appini-readonly-jwt')?.title);
});

test('evidence as physical locations with startLine: the primary one, then the rest as related locations; paths as URIs', async () => {
  const json = jsonOutput(await runInProcess(['--format', 'json', 'runA', 'odd #1 ?.log'], { cwd: root }));
  const { log } = await sarif(['runA', 'odd #1 ?.log']);
  assert.is(log.runs[0].results.length, json.findings.length);
  const locations = (r: { locations: SarifLocation[]; relatedLocations?: SarifLocation[] }) => [
    ...r.locations,
    ...(r.relatedLocations ?? []),
  ];
  json.findings.forEach((finding, i) => {
    const result = log.runs[0].results[i];
    assert.is(result.ruleId, finding.rule);
    const all = locations(result);
    assert.is(all.length, finding.evidence.length);
    for (const e of finding.evidence) {
      const at = (l: SarifLocation) =>
        decodeURIComponent(l.physicalLocation.artifactLocation.uri) === e.path &&
        l.physicalLocation.region?.startLine === e.line;
      const physical = all.find(at)?.physicalLocation;
      assert.ok(physical, `${e.path}:${e.line} is not a location`);
      assert.is(physical.region?.snippet?.text, e.text);
    }
  });
  const odd = log.runs[0].results.find((r) => r.locations[0].physicalLocation.artifactLocation.uri.startsWith('odd'));
  assert.ok(odd, 'a result is located in the odd file');
  assert.is(odd.locations[0].physicalLocation.artifactLocation.uri, 'odd%20%231%20%3F.log', '# and ? must be percent-encoded');
});

test('a user rule replacing a built-in is described by its own title', async () => {
  const pack = rulePack(userRule({ id: 'gitea-appini-readonly-jwt', title: 'my own gitea rule', classification: 'harness-defect', severity: 'warning', scope: 'recipe', events: { m: { literals: ['read-only file system'] } }, condition: { exists: 'm' } }));
  const { log } = await sarif(['--rules', pack, 'runA']);
  assertValid(log);
  const descriptor = log.runs[0].tool.driver.rules.find((r) => r.id === 'gitea-appini-readonly-jwt');
  assert.ok(descriptor, 'the replaced rule is described');
  assert.is(descriptor.shortDescription.text, 'my own gitea rule');
  assert.is(descriptor.fullDescription.text, 'my own gitea rule');
  assert.is(descriptor.properties.classification, 'harness-defect');
});

test.run();
