import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { cpSync } from 'node:fs';
import path from 'node:path';
import { ROOT, tempDir } from '../helpers.js';
import { sarifMultitoolValidate } from '../consumers.js';
import { GITEA_LINE, rulePack, runInProcess, tree, userRule } from '../cli/fixtures.js';
import { jsonOutput } from '../json.js';
import type { SarifLocation, SarifLog, SarifResult, SarifRule } from '../sarif-log.js';

async function sarifOf(args: string[], options: { cwd?: string; input?: string } = {}): Promise<SarifLog> {
  return jsonOutput<SarifLog>(await runInProcess(['-f', 'sarif', ...args], { cwd: options.cwd ?? ROOT, input: options.input }));
}

const TIMEOUT_CASE = 'corpus/discourse-canon-sweep-timeout/input';

test('GitHub code scanning rules (sarif-multitool): no error or warning on the corpus, absolute paths, stdin and an unreadable path', async () => {
  const logs = {
    timeout: await sarifOf(['--runs', TIMEOUT_CASE]),
    sweep: await sarifOf(['--runs', path.join(ROOT, 'corpus/redfix-canon-sweep/input')]),
    stdin: await sarifOf(['-', '/nonexistent/redfix'], { input: `${GITEA_LINE}\n` }),
  };
  const files = Object.fromEntries(Object.entries(logs).map(([name, log]) => [name, JSON.stringify(log)]));
  const issues = sarifMultitoolValidate(files);
  assert.equal(issues, []);
});

test('the multitool check is not vacuous: a result without locations and a rule without help are refused', async () => {
  const log = await sarifOf(['--runs', TIMEOUT_CASE]);
  const located: Partial<SarifResult> = log.runs[0].results[0];
  delete located.locations;
  const helped: Partial<SarifRule> = log.runs[0].tool.driver.rules[0];
  delete helped.help;
  const rules = sarifMultitoolValidate({ broken: JSON.stringify(log) }).map((i) => i.ruleId);
  assert.ok(rules.includes('GH1015'), `no missing-locations error: ${rules.join(', ')}`);
  assert.ok(rules.includes('GH2012'), `no missing-help error: ${rules.join(', ')}`);
});

test('every result has a location, also an unexplained failure with no candidate line', async () => {
  const log = await sarifOf(['--runs', TIMEOUT_CASE]);
  const empty = log.runs[0].results.filter((r) => r.ruleId === 'unexplained-failure' && r.properties.candidates === 0);
  assert.ok(empty.length > 0, 'the case has an unexplained failure without candidate lines');
  for (const r of log.runs[0].results) assert.ok(r.locations?.length >= 1, `${r.ruleId} has no location`);
  // It points at the evidence of that recipe (here only the sweep log names it), not at nothing.
  for (const r of empty) assert.match(r.locations[0].physicalLocation.artifactLocation.uri, /\/sweep\.log$/);
  const own = await sarifOf(['corpus/near-miss-caddy-ondemand-ask-single-ip/input']);
  const withoutCandidates = own.runs[0].results.filter((x) => x.properties.candidates === 0);
  assert.ok(withoutCandidates.length > 0);
  for (const r of withoutCandidates) {
    assert.match(r.locations[0].physicalLocation.artifactLocation.uri, `/${String(r.properties.recipe)}/`);
  }
});

test('fingerprints identify the problem: same for relative and absolute invocations and a renamed dated run; JSON carries them', async () => {
  const copy = tempDir();
  cpSync(path.join(ROOT, 'corpus/redfix-canon-sweep/input/canon-sweep-2026-06-16'), path.join(copy, 'canon-sweep-2026-06-17'), { recursive: true });
  const fingerprints = (log: SarifLog) =>
    log.runs[0].results.map((r) => `${r.ruleId} ${r.partialFingerprints['redfixFingerprint/v1']}`).sort();
  const relative = await sarifOf(['corpus/redfix-canon-sweep/input/canon-sweep-2026-06-16']);
  const absolute = await sarifOf([path.join(ROOT, 'corpus/redfix-canon-sweep/input/canon-sweep-2026-06-16')]);
  const nextNight = await sarifOf(['canon-sweep-2026-06-17'], { cwd: copy });
  assert.ok(relative.runs[0].results.length >= 5);
  assert.equal(fingerprints(absolute), fingerprints(relative));
  assert.equal(fingerprints(nextNight), fingerprints(relative));
  for (const fp of fingerprints(relative)) assert.not.match(fp, /canon-sweep|corpus/);
  const json = jsonOutput(await runInProcess(['-f', 'json', 'corpus/redfix-canon-sweep/input/canon-sweep-2026-06-16'], { cwd: ROOT }));
  const fromJson = json.findings.map((f) => `${f.rule} ${String(f.fingerprint)}`).sort();
  assert.equal(fromJson, fingerprints(relative).filter((f) => !f.startsWith('unexplained-failure')));
  // Different problems, different identities.
  assert.is(new Set(fromJson).size, fromJson.length);
});

test('URIs are relative under declared bases: SRCROOT, a run root outside it, STDIN', async () => {
  const outside = tree({ 'run1/gitea.log': `${GITEA_LINE}\n` });
  const cwd = tempDir();
  const log = await sarifOf([path.join(outside, 'run1'), '-'], { cwd, input: `${GITEA_LINE}\n` });
  const bases = log.runs[0].originalUriBaseIds;
  const locations = log.runs[0].results.map((r) => r.locations[0].physicalLocation.artifactLocation);
  for (const l of locations) {
    assert.not.match(l.uri, /^file:|^\//, `absolute uri ${l.uri}`);
    assert.ok(bases[l.uriBaseId], `undeclared base ${l.uriBaseId}`);
  }
  assert.ok(locations.some((l) => l.uriBaseId === 'STDIN' && l.uri === 'stdin'));
  const runBase = locations.find((l) => l.uriBaseId.startsWith('RUNROOT'));
  assert.ok(runBase, 'a location under a run root');
  assert.equal(runBase.uri, 'gitea.log');
  assert.is(bases[runBase.uriBaseId].uri, `file://${path.join(outside, 'run1')}/`);
  const inside = await sarifOf(['corpus/gitea-warm-advance-appini-readonly/input']);
  assert.is(inside.runs[0].originalUriBaseIds.SRCROOT.uri, `file://${ROOT}/`);
});

test('rules carry help, helpUri and a default configuration; no result repeats its primary location among related ones', async () => {
  const log = await sarifOf(['--runs', 'corpus/redfix-canon-sweep/input']);
  for (const rule of log.runs[0].tool.driver.rules) {
    assert.ok(rule.help?.text, `${rule.id} has no help`);
    assert.ok(rule.helpUri, `${rule.id} has no helpUri`);
    assert.ok(['error', 'warning', 'note'].includes(rule.defaultConfiguration?.level), `${rule.id} has no default level`);
  }
  let related = 0;
  for (const r of log.runs[0].results) {
    const key = (l: SarifLocation) => {
      const { artifactLocation, region } = l.physicalLocation;
      return `${artifactLocation.uriBaseId}/${artifactLocation.uri}:${String(region?.startLine)}`;
    };
    for (const l of r.relatedLocations ?? []) {
      related += 1;
      assert.is.not(key(l), key(r.locations[0]), `${r.ruleId} repeats its primary location`);
    }
  }
  assert.ok(related > 0);
});

test('input problems and notices are tool execution notifications; an unreadable input means executionSuccessful false', async () => {
  const log = await sarifOf(['-', '/nonexistent/redfix'], { input: `${GITEA_LINE}\n` });
  const [invocation] = log.runs[0].invocations;
  assert.is(invocation.executionSuccessful, false);
  const notifications = invocation.toolExecutionNotifications;
  assert.ok(notifications.some((n) => n.level === 'error' && n.message.text.includes('/nonexistent/redfix')));
  const ok = await sarifOf(['-'], { input: `${GITEA_LINE}\n` });
  assert.is(ok.runs[0].invocations[0].executionSuccessful, true);
  const pack = rulePack(userRule({ id: 'gitea-appini-readonly-jwt', scope: 'recipe', events: { m: { literals: ['read-only file system'] } }, condition: { exists: 'm' } }));
  const noted = await sarifOf(['--rules', pack, '-'], { input: `${GITEA_LINE}\n` });
  const notes = noted.runs[0].invocations[0].toolExecutionNotifications.filter((n) => n.level === 'note');
  assert.is(notes.length, 1);
  assert.match(notes[0].message.text, 'replaces the built-in rule');
});

test.run();
