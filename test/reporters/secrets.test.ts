/**
 * Every kind of secret, each in a run of its own (so no other redaction can hide it), through
 * every output format and every command that prints evidence: none of it may leak. A line's
 * marker (`case-<name>`) is checked to reach the JSON report, so the test cannot pass by
 * printing nothing.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { FAILING_JUNIT_NAME, giteaLineWith, runInProcess, tree } from '../cli/fixtures.js';
import { jsonOutput } from '../json.js';
import { tempDir } from '../helpers.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { redactSecrets } from '../../src/text/redact.js';

/** name → [text in the log line, the parts of it that must never be printed]. */
const SECRETS: Record<string, [string, string[]]> = {
  'dsn-slash': ['db=postgres://app:Zm9v/YmFy@db:5432/app', ['Zm9v/YmFy', 'Zm9v', 'YmFy']],
  'aws-key-id': ['aws AKIAZ7QW3RTY5UIO2PAS', ['AKIAZ7QW3RTY5UIO2PAS', 'Z7QW3RTY5UIO2PAS']],
  'aws-session-key-id': ['aws ASIAY34FZKBOKMUTVV7A', ['Y34FZKBOKMUTVV7A']],
  'private-key': ['key -----BEGIN RSA PRIVATE KEY-----MIIEowIBAAKCAQEAs3cr3tb0dy-----END RSA PRIVATE KEY-----', ['MIIEowIBAAKCAQEA', 's3cr3tb0dy']],
  'private-key-open': ['key -----BEGIN OPENSSH PRIVATE KEY----- b3BlbnNzaC1rZXktdjEAAAAABG5vbmU', ['b3BlbnNzaC1rZXktdjEAAAAABG5vbmU']],
  'slack-bot': ['slack xoxb-2400000000-2400000001-AbCdEfGhIjKlMnOpQrStUvWx', ['AbCdEfGhIjKlMnOpQrStUvWx', '2400000001']],
  'slack-user': ['slack xoxp-2400000000-2400000001-2400000002-0123456789abcdef0123456789abcdef', ['0123456789abcdef0123456789abcdef']],
  'slack-webhook': ['hook https://hooks.slack.com/services/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', ['XyZxYzXyZxYzXyZxYzXyZxYz', 'B0BBBBBBB']],
  'stripe-secret': ['stripe sk_live_4eC39HqLyjWDarjtT1zdp7dc', ['4eC39HqLyjWDarjtT1zdp7dc']],
  'stripe-restricted': ['stripe rk_live_9fD28GpKxiVCzqisS0ycO6cb', ['9fD28GpKxiVCzqisS0ycO6cb']],
  'google-api-key': ['maps AIzaSyDaGmWKa4JsXZ-HjGw7ISLn_3namBGewQe', ['SyDaGmWKa4JsXZ-HjGw7ISLn_3namBGewQe']],
  'npm-token': ['npm npm_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8', ['a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8']],
  'gitlab-pat': ['clone glpat-Zx9Yw8Vu7Ts6Rq5Po4Nm', ['Zx9Yw8Vu7Ts6Rq5Po4Nm']],
  'cookie': ['req Cookie: session=s3ss10nv4lue; theme=dark', ['s3ss10nv4lue']],
  'set-cookie': ['resp Set-Cookie: sid=c00k1ev4lue; Path=/; HttpOnly', ['c00k1ev4lue']],
  'cookie-json': ['headers={"Cookie":["sess=js0nc00k1e"],"X-Api-Key":["js0nap1k3y"]}', ['js0nc00k1e', 'js0nap1k3y']],
  'x-api-key': ['req X-Api-Key: ap1k3yv4lue', ['ap1k3yv4lue']],
  'sshpass': ['ran sshpass -p sshp4ssw0rd ssh deploy@host', ['sshp4ssw0rd']],
  'docker-login': ['ran docker login -u ci -p d0ck3rp4ss registry.example', ['d0ck3rp4ss']],
  'mysql-p': ['ran mysql -uroot -pmysqlp4ss app', ['mysqlp4ss']],
  'password-arg': ['ran tool --password cl1p4ssw0rd --verbose', ['cl1p4ssw0rd']],
  'password-arg-equals': ['ran tool --password=cl1p4ssw0rd2', ['cl1p4ssw0rd2']],
  'azure-account-key': ['conn DefaultEndpointsProtocol=https;AccountName=ci;AccountKey=YXp1cmVrZXl2YWx1ZQ==;EndpointSuffix=core.windows.net', ['YXp1cmVrZXl2YWx1ZQ']],
  'unsigned-jwt': ['jwt eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiJ9.', ['eyJzdWIiOiJhZG1pbiJ9', 'eyJhbGciOiJub25lIn0']],
};

function junitWith(text: string): string {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  return `<?xml version="1.0" encoding="utf-8"?>
<testsuites><testsuite name="pytest" tests="1" failures="1">
<testcase classname="tests.mumble.custom.test_protocol_handshake" name="test_handshake"><failure message="connect failed ${escaped}">${escaped}</failure></testcase>
</testsuite></testsuites>
`;
}

const files: Record<string, string> = {};
for (const [name, [text]] of Object.entries(SECRETS)) {
  files[`runs/${name}/gitea.log`] = `${giteaLineWith(`case-${name} ${text}`)}\n`;
  files[`runs/${name}/junit/${FAILING_JUNIT_NAME}`] = junitWith(`case-${name} ${text}`);
}
const root = tree(files);

/** Each secret that `output` prints, also across a line break or table border (a wrapped leak is a leak). */
function leaks(output: string): string[] {
  const flat = output.replace(/[\s│┃|]+/g, '');
  return Object.entries(SECRETS).flatMap(([name, [, parts]]) => parts.filter((p) => output.includes(p) || flat.includes(p.replace(/\s+/g, ''))).map((p) => `${name}: ${p}`));
}

test('redactSecrets removes each secret on its own line', () => {
  for (const [name, [text, parts]] of Object.entries(SECRETS)) {
    const redacted = redactSecrets(`case-${name} ${text}`);
    for (const part of parts) assert.not.ok(redacted.includes(part), `${name}: ${redacted}`);
    assert.match(redacted, '[REDACTED]', name);
    assert.match(redacted, `case-${name}`, 'the line around the secret stays');
  }
});

for (const format of ['table', 'json', 'ndjson', 'sarif', 'junit', 'markdown']) {
  test(`${format}: no secret of any kind leaks, in findings or unexplained lines`, async () => {
    const { stdout, stderr } = await runInProcess(['-f', format, '--runs', 'runs'], { cwd: root, columns: 400 });
    assert.equal(leaks(stdout), [], `${format} leaks`);
    assert.equal(leaks(stderr), [], `${format} leaks on stderr`);
    assert.match(stdout, '[REDACTED]');
  });
}

test('json: every line reached the report (a finding and an unexplained line per secret), so the checks above saw them', async () => {
  const result = jsonOutput(await runInProcess(['-f', 'json', '--runs', 'runs'], { cwd: root }));
  const evidence = result.findings.flatMap((f) => f.evidence.map((e) => e.text)).join('\n');
  const unexplained = result.unexplained.flatMap((u) => u.lines.map((l) => l.text)).join('\n');
  for (const name of Object.keys(SECRETS)) {
    assert.match(evidence, `case-${name} `, `${name} not in any finding's evidence`);
    assert.match(unexplained, `case-${name} `, `${name} not in any unexplained line`);
  }
});

test('parse: events (text, message and every field) leak nothing', async () => {
  const { stdout } = await runInProcess(['parse', 'runs'], { cwd: root });
  for (const name of Object.keys(SECRETS)) assert.match(stdout, `case-${name}`);
  assert.equal(leaks(stdout), []);
});

test('explain over the evidence leaks nothing', async () => {
  const { stdout, status } = await runInProcess(['explain', 'gitea-appini-readonly-jwt', '--runs', 'runs'], { cwd: root });
  assert.is(status, 0);
  assert.equal(leaks(stdout), []);
});

test('draft-rule: its output and the drafted rule file hold no secret, and the rule still fires on the evidence', async () => {
  const out = tempDir('redfix-drafts-');
  for (const name of ['cookie', 'dsn-slash', 'private-key', 'slack-bot', 'aws-key-id']) {
    const { stdout } = await runInProcess(['draft-rule', `runs/${name}`, '--out', out, '--id', `draft-${name}`], { cwd: root });
    assert.match(stdout, `Drafted draft-${name}`);
    assert.equal(leaks(stdout), [], name);
    const ruleFile = path.join(out, `draft-${name}`, `draft-${name}.json`);
    assert.equal(leaks(readFileSync(ruleFile, 'utf8')), [], `${name}: the rule file`);
    const result = jsonOutput(await runInProcess(['-f', 'json', '--rules', ruleFile, `runs/${name}`], { cwd: root }));
    assert.ok(result.findings.some((f) => f.rule === `draft-${name}`), `${name}: the drafted rule does not fire`);
  }
});

test.run();
