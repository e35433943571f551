import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { pytestOutput } from '../../src/parsers/pytest/grammar.js';
import { harnessLog } from '../../src/parsers/harness/grammar.js';
import { HARNESS_STATEMENTS, HARNESS_TAGS, keyValuePairs, recognizeStatement } from '../../src/parsers/harness/statements.js';
import { parse, plain, utc } from './lines.js';

// Sweep and run logs (runner/nightly_sweep.py, run_recipe_ci.py): pytest output, abra output and
// the harness's own statements. Test names and messages are quoted from the redfix journal.
const ctx = { tz: 'UTC' };

// ── pytest ──────────────────────────────────────────────────────────────────────────────────────
const pytest = suite('pytest output');

const result = (style: string, nodeid: string, outcome: string, extra: Record<string, unknown> = {}, message = '') => ({
  format: 'pytest', kind: 'test-result', level: outcome === 'failed' || outcome === 'error' ? 'error' : 'info', message, fields: { style, nodeid, outcome, ...extra },
});

pytest('verbose results: node id, outcome, progress, skip reason', () => {
  assert.equal(plain(pytestOutput.parse('tests/gitea/test_install.py::test_serves PASSED                        [ 50%]', ctx)),
    result('verbose', 'tests/gitea/test_install.py::test_serves', 'passed', { progress: 50 }));
  assert.equal(plain(pytestOutput.parse('tests/mumble/custom/test_protocol_handshake.py::test_handshake_completes_with_channel_presence FAILED [100%]', ctx)),
    result('verbose', 'tests/mumble/custom/test_protocol_handshake.py::test_handshake_completes_with_channel_presence', 'failed', { progress: 100 }));
  assert.equal(plain(pytestOutput.parse('tests/bluesky-pds/test_upgrade.py::test_upgrade SKIPPED (upgrade EXPECTED_NA per recipe_meta) [ 20%]', ctx)),
    result('verbose', 'tests/bluesky-pds/test_upgrade.py::test_upgrade', 'skipped', { reason: 'upgrade EXPECTED_NA per recipe_meta', progress: 20 }));
  // The journal's mumble isolation run, node id relative to the recipe's tests, no progress column.
  assert.equal(plain(pytestOutput.parse('custom/test_protocol_handshake.py::test_handshake_completes_with_channel_presence PASSED', ctx)),
    result('verbose', 'custom/test_protocol_handshake.py::test_handshake_completes_with_channel_presence', 'passed'));
});

pytest('verbose results: classes, parametrize ids (spaces, dashes), every outcome word', () => {
  assert.equal(plain(pytestOutput.parse('tests/x/test_y.py::TestZ::test_w[param-1] PASSED                        [ 10%]', ctx)),
    result('verbose', 'tests/x/test_y.py::TestZ::test_w[param-1]', 'passed', { progress: 10 }));
  assert.equal(plain(pytestOutput.parse('tests/x/test_y.py::test_p[a b-c] FAILED                                 [ 20%]', ctx)),
    result('verbose', 'tests/x/test_y.py::test_p[a b-c]', 'failed', { progress: 20 }));
  assert.equal(plain(pytestOutput.parse('tests/x/test_y.py::test_x XFAIL (known bug)                             [ 30%]', ctx)),
    result('verbose', 'tests/x/test_y.py::test_x', 'xfail', { reason: 'known bug', progress: 30 }));
  assert.equal(plain(pytestOutput.parse('tests/x/test_y.py::test_x XPASS                                         [ 40%]', ctx)),
    result('verbose', 'tests/x/test_y.py::test_x', 'xpass', { progress: 40 }));
  assert.equal(plain(pytestOutput.parse('tests/x/test_y.py::test_x ERROR', ctx)), result('verbose', 'tests/x/test_y.py::test_x', 'error'));
});

pytest('pytest-xdist: [gwN] [ NN%] OUTCOME nodeid', () => {
  assert.equal(plain(pytestOutput.parse('[gw1] [ 25%] FAILED tests/mumble/custom/test_protocol_handshake.py::test_handshake_completes_with_channel_presence', ctx)),
    result('xdist', 'tests/mumble/custom/test_protocol_handshake.py::test_handshake_completes_with_channel_presence', 'failed', { progress: 25 }));
  assert.equal(plain(pytestOutput.parse('[gw0] [100%] PASSED tests/discourse/test_upgrade.py::test_sidekiq_service_dropped_by_head', ctx)),
    result('xdist', 'tests/discourse/test_upgrade.py::test_sidekiq_service_dropped_by_head', 'passed', { progress: 100 }));
});

pytest('short test summary: `FAILED path::test - msg` (the journal\'s two real failures)', () => {
  assert.equal(plain(pytestOutput.parse('FAILED tests/mattermost-lts/test_restore.py::test_restore_returns_state - psycopg2.errors.UndefinedTable: relation "ci_marker" does not exist', ctx)),
    result('summary', 'tests/mattermost-lts/test_restore.py::test_restore_returns_state', 'failed', {}, 'psycopg2.errors.UndefinedTable: relation "ci_marker" does not exist'));
  assert.equal(plain(pytestOutput.parse('FAILED tests/discourse/test_upgrade.py::test_head_runs_official_image_not_bitnamilegacy - AssertionError: expected discourse/discourse:3.5.3, got bitnamilegacy/discourse:3.5.0', ctx)),
    result('summary', 'tests/discourse/test_upgrade.py::test_head_runs_official_image_not_bitnamilegacy', 'failed', {}, 'AssertionError: expected discourse/discourse:3.5.3, got bitnamilegacy/discourse:3.5.0'));
  // A message holding " - " keeps it: only the first separates.
  assert.is(pytestOutput.parse('FAILED tests/a/test_b.py::test_c - assert a - b == 0', ctx)?.message, 'assert a - b == 0');
  assert.equal(plain(pytestOutput.parse('FAILED tests/x/test_y.py::test_x', ctx)), result('summary', 'tests/x/test_y.py::test_x', 'failed'));
  assert.equal(plain(pytestOutput.parse('ERROR tests/x/test_y.py::TestZ::test_w[param-1]', ctx)), result('summary', 'tests/x/test_y.py::TestZ::test_w[param-1]', 'error'));
  assert.equal(plain(pytestOutput.parse('XFAIL tests/x/test_y.py::test_x - reason: known bug', ctx)), result('summary', 'tests/x/test_y.py::test_x', 'xfail', {}, 'reason: known bug'));
});

pytest('totals: with and without rules, every count word, a wall-clock duration', () => {
  assert.equal(plain(pytestOutput.parse('==================== 1 failed, 4 passed, 2 warnings in 41.07s ====================', ctx)), {
    format: 'pytest', kind: 'test-totals', level: 'error', message: '', fields: { failed: 1, passed: 4, warnings: 2, duration: '41.07s' },
  });
  assert.equal(plain(pytestOutput.parse('2 failed, 3 passed in 412.30s (0:06:52)', ctx)), {
    format: 'pytest', kind: 'test-totals', level: 'error', message: '', fields: { failed: 2, passed: 3, duration: '412.30s (0:06:52)' },
  });
  assert.equal(plain(pytestOutput.parse('========================= 5 passed in 12.00s =========================', ctx)), {
    format: 'pytest', kind: 'test-totals', level: 'info', message: '', fields: { passed: 5, duration: '12.00s' },
  });
  assert.equal(plain(pytestOutput.parse('=================== 1 failed, 1 error in 3.21s ===================', ctx))?.fields, { failed: 1, errors: 1, duration: '3.21s' });
  assert.equal(plain(pytestOutput.parse('==== 1 failed, 2 passed, 1 skipped, 3 deselected, 1 xfailed, 1 xpassed, 2 warnings, 1 error, 1 rerun in 5.00s ====', ctx))?.fields, {
    failed: 1, passed: 2, skipped: 1, deselected: 3, xfailed: 1, xpassed: 1, warnings: 2, errors: 1, rerun: 1, duration: '5.00s',
  });
  // Only errors also make the totals red.
  assert.is(pytestOutput.parse('=== 2 errors in 1.00s ===', ctx)?.level, 'error');
});

pytest('`E   ` detail lines of a traceback', () => {
  for (const [line, message] of [
    ['E       AssertionError: expected discourse/discourse:3.5.3, got bitnamilegacy/discourse:3.5.0', 'AssertionError: expected discourse/discourse:3.5.3, got bitnamilegacy/discourse:3.5.0'],
    ['E       psycopg2.errors.UndefinedTable: relation "ci_marker" does not exist', 'psycopg2.errors.UndefinedTable: relation "ci_marker" does not exist'],
    ["E       assert ['app', 'db', 'redis', 'sidekiq'] == ['app', 'db', 'redis']", "assert ['app', 'db', 'redis', 'sidekiq'] == ['app', 'db', 'redis']"],
    ['E   AssertionError', 'AssertionError'],
  ]) {
    assert.equal(plain(pytestOutput.parse(line, ctx)), { format: 'pytest', kind: 'test-detail', level: 'error', message, fields: {} }, line);
  }
});

pytest('lines pytest prints that are not results stay text', () => {
  for (const line of [
    '======================== no tests ran in 0.01s =========================',
    'SKIPPED [1] tests/x/test_y.py:12: upgrade EXPECTED_NA',
    'tests/gitea/test_install.py::test_serves',
    '=========================== short test summary info ============================',
  ]) {
    assert.equal(parse(line), { format: 'text', message: line, fields: {} }, line);
  }
});

pytest.run();

// ── abra inside a sweep log ─────────────────────────────────────────────────────────────────────
const abra = suite('abra lines in run logs');

abra('the journal\'s abra failures', () => {
  assert.equal(parse('FATA deploy timed out'), { format: 'abra', level: 'fatal', message: 'deploy timed out', fields: {} });
  assert.equal(parse('FATA warm-gitea.ci.commoninternet.net is already deployed'), { format: 'abra', level: 'fatal', message: 'warm-gitea.ci.commoninternet.net is already deployed', fields: {} });
  assert.equal(parse('FATA[0000] rpc error: code = Unknown desc = authentication required'), {
    format: 'abra', level: 'fatal', message: 'rpc error: code = Unknown desc = authentication required', fields: { elapsedSeconds: 0 },
  });
});

abra.run();

// ── cc-ci harness statements ────────────────────────────────────────────────────────────────────
const harness = suite('cc-ci harness statements');

/** What each statement's sample must yield: kind and every captured field (component added by the grammar). */
const EXPECTED: Record<string, Record<string, string>> = {
  recipe: { recipe: 'gitea' },
  checkout: { recipe: 'discourse', version: '0.8.1+3.5.0', tagKind: 'annotated', commit: '3f2a9c1' },
  'tier-start': { tier: 'restore' },
  'tier-end': { tier: 'restore', result: 'FAIL', detail: '1 failed, 0 passed in 96.41s' },
  'sweep-begin': { recipes: '22', parallel: '3' },
  'sweep-recipe-start': { recipe: 'mumble', version: '1.0.0+v1.6.870-0' },
  'sweep-recipe-end': { recipe: 'discourse', version: '0.8.1+3.5.0', result: 'TIMEOUT', rc: '143' },
  'sweep-recipe-skipped': { recipe: 'keycloak', reason: 'WARM_CANONICAL=False' },
  'promote-start': { recipe: 'gitea', version: '3.6.0+1.24.2-rootless', domain: 'warm-gitea.ci.commoninternet.net', mode: 'advance' },
  'promote-end': { result: 'FAILED', detail: 'warm-bluesky-pds.ci.commoninternet.net not healthy' },
  'canonical-written': { recipe: 'keycloak', version: '10.8.0+26.6.3', domain: 'warm-canon-keycloak.ci.commoninternet.net', state: 'idle' },
  'canonical-refused': { recipe: 'bluesky-pds', version: '0.3.0+v0.4.219', reason: 'warm domain not healthy' },
  'recipe-tree': { commit: 'f87c612d', dirty: '+U' },
};

harness('every statement is covered by this test', () => {
  assert.equal(HARNESS_STATEMENTS.map((s) => s.kind).sort(), Object.keys(EXPECTED).sort());
});

for (const statement of HARNESS_STATEMENTS) {
  harness(`${statement.kind}: its sample parses to its kind and fields under each of its tags`, () => {
    for (const tag of statement.tags ?? ['cc-ci', 'run']) {
      const parsed = plain(harnessLog.parse(`2026-06-17T23:21:04Z [${tag}] ${statement.sample}`, ctx));
      assert.ok(parsed, `${tag}: ${statement.sample}`);
      assert.is(parsed.kind, statement.kind, `${tag}: ${statement.sample}`);
      assert.is(parsed.format, 'harness');
      assert.is(parsed.ts, utc(2026, 6, 17, 23, 21, 4));
      assert.is(parsed.message, statement.sample);
      const extra = statement.kind === 'recipe' ? keyValuePairs(statement.sample) : {};
      assert.equal(parsed.fields, { component: tag, ...EXPECTED[statement.kind], ...extra });
    }
  });
}

harness('statements bound to tags are not recognised under other tags', () => {
  for (const statement of HARNESS_STATEMENTS.filter((s) => s.tags)) {
    const other = HARNESS_TAGS.find((t) => !statement.tags!.includes(t))!;
    const recognised = recognizeStatement(other, statement.sample);
    assert.ok(recognised?.kind !== statement.kind, `${statement.kind} recognised under [${other}]`);
  }
  // The journal's tier line under [cc-ci]: a plain harness line, no tier boundary.
  assert.equal(plain(harnessLog.parse('2026-06-17T23:00:00Z [cc-ci] restore: FAIL (1 failed, 0 passed in 96.41s)', ctx)), {
    format: 'harness', ts: utc(2026, 6, 17, 23, 0, 0), level: 'info', message: 'restore: FAIL (1 failed, 0 passed in 96.41s)', fields: { component: 'cc-ci' },
  });
});

harness('RECIPE= lines: every KEY=value pair, empty values kept', () => {
  assert.equal(plain(harnessLog.parse('2026-06-17T23:21:04Z [cc-ci] RECIPE=discourse VERSION=0.8.1+3.5.0 MODE=cold QUICK= REF=', ctx)), {
    format: 'harness', kind: 'recipe', ts: utc(2026, 6, 17, 23, 21, 4), level: 'info', message: 'RECIPE=discourse VERSION=0.8.1+3.5.0 MODE=cold QUICK= REF=',
    fields: { component: 'cc-ci', recipe: 'discourse', RECIPE: 'discourse', VERSION: '0.8.1+3.5.0', MODE: 'cold', QUICK: '', REF: '' },
  });
});

harness('tier results: FAIL and ERROR are error level, PASS/SKIP/EXPECTED_NA info', () => {
  const cases: Array<[string, string, string]> = [
    ['upgrade: FAIL (2 failed, 3 passed in 388.20s)', 'FAIL', 'error'],
    ['install: ERROR (setup failed)', 'ERROR', 'error'],
    ['install: PASS (5 passed in 120.00s)', 'PASS', 'info'],
    ['upgrade: EXPECTED_NA', 'EXPECTED_NA', 'info'],
    ['custom: SKIP', 'SKIP', 'info'],
  ];
  for (const [message, result, level] of cases) {
    const parsed = harnessLog.parse(`2026-06-17T23:52:10Z [tier] ${message}`, ctx)!;
    assert.is(parsed.kind, 'tier-end', message);
    assert.is(parsed.fields.result, result);
    assert.is(parsed.level, level, message);
  }
});

harness('journal lines without a structural statement: component only', () => {
  const lines: Array<[string, string, string]> = [
    ['2026-06-18T00:44:51Z [WC5] warm-bluesky-pds.ci.commoninternet.net: not healthy over HTTPS /xrpc/_health (last status 0)', 'WC5', 'warm-bluesky-pds.ci.commoninternet.net: not healthy over HTTPS /xrpc/_health (last status 0)'],
    ['2026-06-18T03:00:00Z [probe] READY_PROBE not ready: /api/v1/version (last status 404) within 600s', 'probe', 'READY_PROBE not ready: /api/v1/version (last status 404) within 600s'],
  ];
  for (const [line, component, message] of lines) {
    const parsed = plain(harnessLog.parse(line, ctx))!;
    assert.equal([parsed.kind, parsed.message, parsed.fields, parsed.level], [undefined, message, { component }, 'info'], line);
  }
  // No timestamp: the prepull skip the journal quotes.
  assert.equal(plain(harnessLog.parse('[prepull] skipping (deploy will pull as usual)', ctx)), {
    format: 'harness', level: 'info', message: 'skipping (deploy will pull as usual)', fields: { component: 'prepull' },
  });
});

harness('the journal\'s statements in their own wording', () => {
  assert.equal(plain(harnessLog.parse('2026-06-17T23:40:00Z [cc-ci] recipe_checkout discourse 0.8.1+3.5.0', ctx))?.fields, { component: 'cc-ci', recipe: 'discourse', version: '0.8.1+3.5.0' });
  assert.equal(plain(harnessLog.parse('2026-06-17T23:40:00Z [deploy] chaos-version label = head f87c612d+U', ctx))?.fields, { component: 'deploy', commit: 'f87c612d', dirty: '+U' });
  assert.equal(plain(harnessLog.parse('2026-06-18T03:40:00Z [canonical] canonical keycloak @ 10.8.0+26.6.3, domain="warm-canon-keycloak.ci.commoninternet.net", idle', ctx))?.kind, 'canonical-written');
  assert.equal(plain(harnessLog.parse('2026-06-18T00:17:30Z [sweep] mumble 1.0.0+v1.6.870-0: RED rc=1', ctx))?.fields, {
    component: 'sweep', recipe: 'mumble', version: '1.0.0+v1.6.870-0', result: 'RED', rc: '1',
  });
});

harness('timestamps: Z, fractions and offsets; unknown tags are not harness lines', () => {
  assert.is(harnessLog.parse('2026-06-17T23:00:00.123+02:00 [tier] install: start', ctx)?.ts, utc(2026, 6, 17, 21, 0, 0, 123));
  assert.is(harnessLog.sniff.test('2026-06-17T23:00:00Z [unknown] hi'), false);
  assert.equal(parse('[unknown] hi'), { format: 'text', message: '[unknown] hi', fields: {} });
});

harness.run();
