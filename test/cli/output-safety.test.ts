/**
 * Every command a user can run (from the CLI's own registry, not a list kept here) prints log
 * text only escaped and redacted: scan in every format, parse, explain over evidence (near
 * misses included), test-rules, draft-rule, and the rule listings.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { GITEA_INFO_LINE, RAW_UNSAFE, giteaLineWith, rulePack, runInProcess, tree, userRule } from './fixtures.js';
import { commandPaths } from '../../src/cli.js';
import { REPORTERS } from '../../src/reporters/index.js';
import path from 'node:path';
import { tempDir } from '../helpers.js';

const SECRETS = ['hunter2pw', 's3cr3tvalue99'];
const HOSTILE = 'db postgres://ci:hunter2pw@db:5432/x GITEA_SECRET=s3cr3tvalue99 \x1b]0;title\x07 \x9b31m \u202eevil';
// An info-level gitea line holding the rule's literal: a near miss that explain prints (its first 120 characters).
const NEAR_MISS = `2026/06/17 23:58:00 cmd/web.go:1:serve() [I] ${HOSTILE} open /etc/gitea/app.ini: read-only file system`;
const JUNIT = `<?xml version="1.0" encoding="utf-8"?>
<testsuites><testsuite name="pytest" tests="1" failures="1">
<testcase classname="tests.mumble.custom.test_protocol_handshake" name="test_handshake"><failure message="connect postgres://ci:hunter2pw@db:5432/x failed GITEA_SECRET=s3cr3tvalue99 &#x202e;evil">boom</failure></testcase>
</testsuite></testsuites>
`;
const CASE = 'case GITEA_SECRET=s3cr3tvalue99 \x1b]0;t\x07';
const root = tree({
  'run/gitea/services/gitea.log': `${GITEA_INFO_LINE}\n${giteaLineWith(HOSTILE)}\n`,
  'run/gitea/services/gitea-plain.log': `${NEAR_MISS}\n`,
  'run/mumble/junit/custom__cc-ci__test_protocol_handshake.xml': JUNIT,
  [`corpus/${CASE}/input/gitea.log`]: `${giteaLineWith(HOSTILE)}\n`,
  // Expects what does not happen, so test-rules prints what it saw.
  [`corpus/${CASE}/expected.json`]: JSON.stringify({ description: 'hostile', args: ['input'], findings: [{ rule: 'deploy-timeout', classification: 'load-flake', recipe: 'gitea', tier: 'install', evidence: ['input/gitea.log:1'] }] }),
});
// Rule packs cannot carry controls (refused at load): a user pack is listed and explained like the built-ins.
const pack = rulePack(userRule({ id: 'hostile-title', title: 'a user rule in the listing' }));

const HISTORY = path.join(tempDir(), 'history.db');

/** How to run each command on the hostile evidence; a command missing here fails the first test. */
const INVOCATIONS: Record<string, string[][]> = {
  scan: Object.keys(REPORTERS).map((format) => ['-f', format, 'run']),
  parse: [['parse', 'run']],
  'rules list': [['rules', 'list', '--rules', pack], ['rules', 'list', '--json', '--rules', pack]],
  explain: [['explain', 'gitea-appini-readonly-jwt', 'run'], ['explain', 'hostile-title', '--rules', pack]],
  'test-rules': [['test-rules', 'corpus']],
  'draft-rule': [['draft-rule', 'run', '--out', tempDir()]],
  // The scan records the hostile run first; the queries then print what the history kept of it.
  'history runs': [['--history', HISTORY, 'run'], ['history', 'runs', '--history', HISTORY], ['history', 'runs', '--history', HISTORY, '-f', 'markdown']],
  'history flakes': [['history', 'flakes', '--history', HISTORY], ['history', 'flakes', '--history', HISTORY, '-f', 'ndjson']],
  'history show': [['history', 'show', 'mumble', '--history', HISTORY], ['history', 'show', 'gitea', '--history', HISTORY, '-f', 'json']],
  'history prune': [['history', 'prune', '--keep', '90d', '--history', HISTORY]],
};

test('every command of the CLI has a hostile invocation here', () => {
  const commands = commandPaths();
  assert.ok(commands.length >= 6, commands.join(', '));
  assert.equal(commands.filter((c) => !INVOCATIONS[c]), []);
});

for (const [command, invocations] of Object.entries(INVOCATIONS)) {
  test(`${command}: no raw control and no secret on stdout or stderr`, async () => {
    for (const args of invocations) {
      const { stdout, stderr } = await runInProcess(args, { cwd: root });
      assert.ok(stdout.length > 0, `${args.join(' ')} printed nothing: ${stderr}`);
      for (const [name, text] of [['stdout', stdout], ['stderr', stderr]]) {
        const at = text.search(RAW_UNSAFE);
        assert.is(at, -1, `${args.join(' ')}: raw control on ${name}: ${JSON.stringify(text.slice(Math.max(0, at - 30), at + 30))}`);
        for (const secret of SECRETS) assert.not.ok(text.includes(secret), `${args.join(' ')} leaks ${secret} on ${name}`);
      }
    }
  });
}

test('explain over evidence prints the near miss, redacted like scan', async () => {
  const { stdout } = await runInProcess(['explain', 'gitea-appini-readonly-jwt', 'run'], { cwd: root });
  assert.match(stdout, 'near miss');
  assert.match(stdout, 'postgres://ci:[REDACTED]@db:5432/x');
  assert.match(stdout, 'GITEA_SECRET=[REDACTED] \\x1b]0;title');
});

test.run();
