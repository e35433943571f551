import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { runCli } from '../helpers.js';
import fc from 'fast-check';
import { ARGUMENT_PASSWORDS, MIGHT_HOLD_SECRET, REDACTIONS, redactEveryPattern, redactSecrets } from '../../src/text/redact.js';
import { REPORTERS } from '../../src/reporters/index.js';
import { FAILING_JUNIT_NAME, giteaLineWith, runInProcess, tree } from '../cli/fixtures.js';
import { jsonOutput } from '../json.js';
import { describeVerdict, redosVerdict } from '../redos.js';

const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';
const SECRETS = ['hunter2pw', 's3cr3tvalue99', 'tok3nvalue77', 'SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV', 'eyJzdWIiOiIxMjM0NTY3ODkwIn0', 'pgpass0rd'];
const LINE = giteaLineWith(`db=postgres://gitea:hunter2pw@db:5432/gitea GITEA_SECRET=s3cr3tvalue99 RUNNER_TOKEN=tok3nvalue77 auth ${JWT} dsn host=db password=pgpass0rd`);

// The same secrets in an unexplained failure's candidate line.
const JUNIT = `<?xml version="1.0" encoding="utf-8"?>
<testsuites><testsuite name="pytest" tests="1" failures="1">
<testcase classname="tests.mumble.custom.test_protocol_handshake" name="test_handshake"><failure message="connect postgres://mumble:hunter2pw@db/m failed, GITEA_SECRET=s3cr3tvalue99">token ${JWT}</failure></testcase>
</testsuite></testsuites>
`;

const root = tree({ 'runA/gitea.log': `${LINE}\n`, [`runB/junit/${FAILING_JUNIT_NAME}`]: JUNIT });

for (const format of Object.keys(REPORTERS)) {
  test(`${format}: JWTs, passwords in URLs and DSNs, *_SECRET= and *_TOKEN= values are redacted`, async () => {
    const { stdout, stderr } = await runInProcess(['-f', format, 'runA', 'runB'], { cwd: root });
    for (const secret of SECRETS) {
      assert.not.ok(stdout.includes(secret), `${format} leaks ${secret}`);
      assert.not.ok(stderr.includes(secret), `${format} leaks ${secret} on stderr`);
    }
    assert.match(stdout, '[REDACTED]');
    // What is not secret stays: the user in the URL helps triage.
    assert.match(stdout, 'postgres://gitea:[REDACTED]@db:5432/gitea');
    assert.match(stdout, 'GITEA_SECRET=[REDACTED]');
    assert.match(stdout, 'RUNNER_TOKEN=[REDACTED]');
    // The unexplained failure's candidate line, too.
    assert.match(stdout, 'postgres://mumble:[REDACTED]@db/m');
  });
}

test('the rule still fired on the unredacted text, and the binary redacts too', () => {
  const run = runCli(['-f', 'json', 'runA'], { cwd: root });
  const { stdout } = run;
  const result = jsonOutput(run);
  assert.equal(result.findings.map((f) => f.rule), ['gitea-appini-readonly-jwt']);
  for (const secret of SECRETS) assert.not.ok(stdout.includes(secret), `leaks ${secret}`);
});

test('parse: the events are redacted as well', async () => {
  const { stdout } = await runInProcess(['parse', 'runA'], { cwd: root });
  assert.ok(stdout.length > 0);
  for (const secret of SECRETS) assert.not.ok(stdout.includes(secret), `parse leaks ${secret}`);
});

const CASES: Array<[string, string]> = [
  ['{"password":"hunter2","api_key":"abc123","client_secret":"s3cr3t"}', '{"password":"[REDACTED]","api_key":"[REDACTED]","client_secret":"[REDACTED]"}'],
  ['msg="{\\"db_password\\":\\"p w\\"}"', 'msg="{\\"db_password\\":\\"[REDACTED]\\"}"'],
  ["{'password': 'hunter2'}", "{'password': '[REDACTED]'}"],
  ['DB_PASSWORD="hunter 2 with spaces" next', 'DB_PASSWORD="[REDACTED]" next'],
  ['JWT_SECRET: hunter2', 'JWT_SECRET: [REDACTED]'],
  ['mysql://user:p@ss@host/db', 'mysql://user:[REDACTED]@host/db'],
  ['redis://:hunter2@cache:6379', 'redis://:[REDACTED]@cache:6379'],
  ['jdbc:postgresql://app:pw@db/x', 'jdbc:postgresql://app:[REDACTED]@db/x'],
  ['authorization: bearer abcdefgh12345678', 'authorization: bearer [REDACTED]'],
  ['clone with ghp_abcdefghijklmnopqrstuvwxyz0123456789 ok', 'clone with [REDACTED] ok'],
  ['https://example.com/?token=abc123&x=1', 'https://example.com/?token=[REDACTED]&x=1'],
  ['host=db password=pgpass0rd sslmode=off', 'host=db password=[REDACTED] sslmode=off'],
  // Not secrets: the words alone, and gitea's own message, stay.
  ['error saving JWT Secret for custom config', 'error saving JWT Secret for custom config'],
  ['INTERNAL_TOKEN missing', 'INTERNAL_TOKEN missing'],
  ['https://example.com/path', 'https://example.com/path'],
];

test('redactSecrets: each shape of secret, and what must stay', () => {
  for (const [input, expected] of CASES) assert.is(redactSecrets(input), expected, input);
});

/**
 * Pieces of every pattern: secrets whole and cut, their keys in other cases, and the separators
 * around them, so generated lines hit each pattern, half of one, or none.
 */
const SECRET_PIECES = [
  ...CASES.map(([input]) => input), JWT, LINE,
  '-----BEGIN RSA PRIVATE KEY-----', 'eyJ', 'eyJhbGciOiJub25lIn0', 'AKIAZ7QW3RTY5UIO2PAS', 'A3TX', 'ghp_', 'github_pat_',
  'glpat-Zx9Yw8Vu7Ts6Rq5Po4Nm', 'glagent-', 'GR1348941', 'xoxb-2400000000-', 'xapp-1-AbCdEfGhIj', 'sk_live_', 'rk_test_',
  'AIzaSyDaGmWKa4JsXZ-HjGw7ISLn_3namBGewQe', 'npm_', 'hooks.slack.com/services/', 'https://', 'redis://', ':', '@',
  'Bearer ', 'basic ', 'token ', 'Token ', 'Set-Cookie: ', '"Cookie":["', 'X-Api-Key: ', 'x-vault-token:', 'Proxy-Authorization: ',
  'DB_PASSWORD=', 'client_secret', 'APIKEY', 'api_key', 'Private_Key', 'ACCESS_KEY', 'passwd=', 'PWD=', 'AccountKey=',
  'SharedAccessSignature=', '?sig=', '&sig=', '--password ', '--pass=', 'sshpass -p ', 'docker login -p ', 'mysql -p',
  'mariadb-dump -pX', '"', "'", '\\"', '=', ' ', '; ', 'abcdefgh12345678', 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6', '0123',
];

test('the one-pass gate never changes what is redacted: every line it lets by, no pattern would have touched', () => {
  const piece = fc.oneof(fc.constantFrom(...SECRET_PIECES), fc.string({ maxLength: 6 }));
  const line = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''));
  const sameAsEveryPattern = fc.property(line, (text) => redactSecrets(text) === redactEveryPattern(text));
  fc.assert(sameAsEveryPattern, { numRuns: 20_000, seed: 20261203 });
  for (const piece of SECRET_PIECES) assert.is(redactSecrets(piece), redactEveryPattern(piece), piece);
  // A line with no secret word is not walked by the fifteen patterns at all.
  assert.not.ok(MIGHT_HOLD_SECRET.test('2026/06/18 01:14:36 routers/web/web.go:1:f() [I] line 42 done'));
});

test('redactSecrets on 100 KB hostile lines: still right (each pattern is linear)', () => {
  const jwtish = 'J-eyJeyJee-'.repeat(9000);
  assert.is(redactSecrets(jwtish), jwtish);
  const schemeish = `${'A+'.repeat(50000)}\x00A://:\x00@`;
  assert.is(redactSecrets(schemeish), `${'A+'.repeat(50000)}\x00A://:[REDACTED]@`);
  const keyish = `${'TOKEN'.repeat(20000)}=value`;
  assert.is(redactSecrets(keyish), keyish, 'a key longer than any real one is not a key');
  assert.is(redactSecrets(`x ${'A_'.repeat(30)}TOKEN=value`), `x ${'A_'.repeat(30)}TOKEN=[REDACTED]`);
});

test('the redaction patterns are ReDoS-safe (they run on every evidence line)', async () => {
  const patterns = [
    MIGHT_HOLD_SECRET, ...REDACTIONS.map(([p]) => p), ...ARGUMENT_PASSWORDS.flatMap((a) => [a.command, a.argument]),
  ];
  for (const pattern of patterns) {
    const d = await redosVerdict(pattern.source, pattern.flags);
    assert.is(d.status, 'safe', `/${pattern.source}/${pattern.flags}: ${describeVerdict(d)}`);
  }
});

test.run();
