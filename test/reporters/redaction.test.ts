import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { runCli } from '../helpers.js';
import { FAILING_JUNIT_NAME, giteaLineWith, runInProcess, tree } from '../cli/fixtures.js';

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

for (const format of ['table', 'json', 'ndjson', 'sarif', 'junit', 'markdown']) {
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
  const { stdout } = runCli(['-f', 'json', 'runA'], { cwd: root });
  const result = JSON.parse(stdout);
  assert.equal(result.findings.map((f: { rule: string }) => f.rule), ['gitea-appini-readonly-jwt']);
  for (const secret of SECRETS) assert.not.ok(stdout.includes(secret), `leaks ${secret}`);
});

test('parse: the events are redacted as well', async () => {
  const { stdout } = await runInProcess(['parse', 'runA'], { cwd: root });
  assert.ok(stdout.length > 0);
  for (const secret of SECRETS) assert.not.ok(stdout.includes(secret), `parse leaks ${secret}`);
});

test.run();
