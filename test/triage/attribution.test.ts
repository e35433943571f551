import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import {
  isWarmStack, junitNodeId, recipeFromRelativePath, recipeFromStack, recipeFromTestPath, recipeFromWarmDomain,
  serviceOfExitedContainer, serviceOfSystemdLine, serviceOfTaskRow, testKey, tierFromJunitFileName, tierFromTestPath,
} from '../../src/triage/attribution.js';

test('the directory under the run root names the recipe, unless it is a layout directory', () => {
  assert.is(recipeFromRelativePath('gitea/services/warm-gitea_app.log'), 'gitea');
  assert.is(recipeFromRelativePath('run.log'), undefined, 'a file at the run root names none');
  for (const dir of ['junit', 'services', 'logs', 'caddy', '.hidden']) {
    assert.is(recipeFromRelativePath(`${dir}/x.log`), undefined, dir);
  }
  assert.is(recipeFromRelativePath(undefined), undefined);
});

test('a stack names its recipe, warm and canonical-warm prefixes dropped; only warm- stacks are warm', () => {
  assert.is(recipeFromStack('warm-gitea_ci_commoninternet_net'), 'gitea');
  assert.is(recipeFromStack('warm-canon-keycloak_ci_commoninternet_net'), 'keycloak');
  assert.is(recipeFromStack('mattermost-lts_ci_commoninternet_net'), 'mattermost-lts');
  assert.is(recipeFromStack(undefined), undefined);
  assert.ok(isWarmStack('warm-gitea_ci'));
  assert.not.ok(isWarmStack('gitea_ci'));
});

test('a warm domain in a line names its recipe; another domain names none', () => {
  assert.is(recipeFromWarmDomain('FATA warm-gitea.ci.commoninternet.net: deploy failed'), 'gitea');
  assert.is(recipeFromWarmDomain('checking warm-canon-keycloak.ci.commoninternet.net'), 'keycloak');
  assert.is(recipeFromWarmDomain('app.ci.commoninternet.net is up'), undefined);
});

test('test paths: pytest node ids and dotted junit classnames name the recipe and the tier', () => {
  assert.is(recipeFromTestPath('tests/mumble/custom/test_protocol_handshake.py::test_x'), 'mumble');
  assert.is(recipeFromTestPath('tests.mattermost-lts.test_restore'), 'mattermost-lts');
  assert.is(recipeFromTestPath('test_x.py::test_y'), undefined);
  assert.is(tierFromTestPath('tests/mumble/custom/test_protocol_handshake.py'), 'custom');
  assert.is(tierFromTestPath('tests.mattermost-lts.test_restore'), 'restore');
  assert.is(tierFromTestPath('tests/mumble/test_everything.py'), undefined);
  assert.is(tierFromJunitFileName('restore__cc-ci__test_restore.xml'), 'restore');
  assert.is(tierFromJunitFileName('junit.xml'), undefined);
});

test('a pytest node id\'s key: the file without its directories, the rest as it is (parameters holding / and :: too)', () => {
  assert.is(testKey('tests/m/test_x.py::TestY::test_z[a/b::c]'), 'test_x.py::TestY::test_z[a/b::c]');
  assert.is(testKey('test_x.py'), 'test_x.py');
  // The reference: split at ::, the file part's last path segment, joined again.
  const reference = (nodeId: string) => {
    const [file, ...rest] = nodeId.split('::');
    const base = file.split('/').pop()!;
    return rest.length > 0 ? `${base}::${rest.join('::')}` : base;
  };
  const nodeId = fc.array(fc.constantFrom('a', 'b', '/', ':', '::', '.py', '[', ']'), { minLength: 1, maxLength: 12 }).map((p) => p.join(''));
  fc.assert(fc.property(nodeId, (id) => testKey(id) === reference(id)), { numRuns: 5000, seed: 20261203 });
});

test('a test has one key in junit and in pytest output, and junit\'s display form is a node id', () => {
  const fromPytest = testKey('tests/mumble/custom/test_protocol_handshake.py::test_handshake');
  const fromJunit = testKey('tests.mumble.custom.test_protocol_handshake', 'test_handshake');
  assert.is(fromPytest, 'test_protocol_handshake.py::test_handshake');
  assert.is(fromJunit, fromPytest);
  assert.is(testKey('tests.gitea.test_install.TestServe', 'test_ok'), 'test_install.py::TestServe::test_ok');
  assert.is(testKey('NoModuleHere', 'test_ok'), 'NoModuleHere::test_ok');
  assert.is(testKey(undefined, 'test_ok'), 'test_ok');
  assert.is(junitNodeId('tests.mumble.custom.test_protocol_handshake', 'test_handshake', undefined),
    'tests/mumble/custom/test_protocol_handshake.py::test_handshake');
  assert.is(junitNodeId('x', 'test_y', 'tests/a/test_b.py'), 'tests/a/test_b.py::test_y');
});

test('services named in a line: an exited compose container, a swarm task row, a systemd unit', () => {
  assert.is(serviceOfExitedContainer('myproject_web_1 exited with code 1'), 'web');
  assert.is(serviceOfExitedContainer('myproject-web-1 exited with code 137'), 'myproject-web');
  assert.is(serviceOfExitedContainer('web exited normally'), undefined);
  const row = 'x3k9q2m7w1zt   \\_ failer.1  alpine:3.4  node02  Shutdown  Failed 2 minutes ago';
  assert.is(serviceOfTaskRow(row), 'failer');
  assert.is(serviceOfSystemdLine('caddy@app.service: Main process exited, code=exited, status=1/FAILURE'), 'caddy@app');
  assert.is(serviceOfSystemdLine('Started the thing.'), undefined);
});

test.run();
