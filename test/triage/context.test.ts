import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { LogEvent } from '../../src/events.js';
import type { InputRef } from '../../src/inputs/types.js';
import { TriageCollector } from '../../src/triage/collector.js';
import { InputContext } from '../../src/triage/context.js';
import { at, event } from './build.js';

/** An input of run `run` at `relative` below its root; its events, in file order, with the run's structure applied. */
function read(
  relative: string | undefined, events: Array<Partial<LogEvent>>, collector = new TriageCollector(),
): LogEvent[] {
  const input: InputRef = { path: `run/${relative ?? '-'}`, run: 'run', relative };
  const context = new InputContext(input, collector.run('run'));
  return events.map((partial) => {
    const e = event({ path: input.path, ...partial });
    context.apply(e);
    collector.ingest(e);
    return e;
  });
}

test('the recipe: a statement\'s own, then the file\'s RECIPE= line, the directory, the test path, the stack', () => {
  const [statement, after] = read('gitea/run.log', [
    { kind: 'recipe', fields: { recipe: 'mumble' } },
    { message: 'ERROR something', format: 'text' },
  ]);
  assert.is(statement.recipe, 'mumble');
  assert.is(after.recipe, 'mumble', 'a RECIPE= line names the recipe of the rest of its file');
  assert.is(read('gitea/services/app.log', [{ format: 'text' }])[0].recipe, 'gitea');
  const nodeid = 'tests/mumble/custom/test_x.py::test_y';
  const [test] = read(undefined, [{ format: 'pytest', kind: 'test-result', fields: { nodeid } }]);
  assert.is(test.recipe, 'mumble');
  assert.is(test.test, 'test_x.py::test_y');
  assert.is(read(undefined, [{ format: 'gitea', stack: 'warm-gitea_ci_x' }])[0].recipe, 'gitea');
});

test('a warm domain names the recipe only in abra and harness lines, never in a shared proxy\'s', () => {
  const [abra, proxy] = read(undefined, [
    { format: 'abra', message: 'FATA warm-gitea.ci.commoninternet.net: deploy failed' },
    { format: 'caddy-json', message: 'dial warm-gitea.ci.commoninternet.net: refused' },
  ]);
  assert.is(abra.recipe, 'gitea');
  assert.is(proxy.recipe, undefined);
});

test('no recipe is guessed while reading: a line naming none stays so, even after a RECIPE= line elsewhere', () => {
  const collector = new TriageCollector();
  read('gitea/run.log', [{ kind: 'recipe', fields: { recipe: 'gitea' } }], collector);
  const begin = { kind: 'sweep-begin' as const, message: 'canon sweep start: 22 recipes, parallel=3', fields: {} };
  const [sweep] = read('sweep.log', [begin], collector);
  assert.is(sweep.recipe, undefined, 'RunRecord.soleRecipe decides once the run is read');
});

test('the tier: tier lines, the tier they open, promote lines, warm stacks, the recipe\'s tier windows by time', () => {
  const events = read('gitea/run.log', [
    { kind: 'tier-start', ts: at(1), fields: { tier: 'restore' } },
    { format: 'text', ts: at(2), message: 'inside restore' },
    { kind: 'tier-end', ts: at(3), fields: { tier: 'restore', result: 'FAIL' } },
    { format: 'text', ts: at(4), message: 'between tiers' },
    { kind: 'promote-start', ts: at(5), fields: {} },
    { format: 'text', ts: at(6), message: 'promoting', fields: {} },
    { kind: 'promote-end', ts: at(7), fields: { result: 'OK' } },
    { format: 'harness', ts: at(8), fields: { component: 'WC5' } },
  ]);
  assert.equal(events.map((e) => e.tier), [
    'restore', 'restore', 'restore', undefined, 'promote', 'promote', 'promote', 'promote',
  ]);
  const [warm] = read('gitea/services/app.log', [{ format: 'gitea', stack: 'warm-gitea_ci_x' }]);
  assert.is(warm.tier, 'promote', 'only the promote deploys warm stacks');
});

test('a line of another input falls in the tier whose window holds its time', () => {
  const collector = new TriageCollector();
  read('gitea/run.log', [
    { kind: 'tier-start', ts: at(10), fields: { tier: 'upgrade' } },
    { kind: 'tier-end', ts: at(20), fields: { tier: 'upgrade', result: 'FAIL' } },
  ], collector);
  const [inside, outside, untimed] = read('gitea/services/app.log', [
    { format: 'text', ts: at(15) }, { format: 'text', ts: at(25) }, { format: 'text' },
  ], collector);
  assert.equal([inside.tier, outside.tier, untimed.tier], ['upgrade', undefined, undefined]);
});

test('a junit case with no tier of its own takes its test path\'s', () => {
  const fields = { classname: 'tests.mumble.test_restore', outcome: 'failed' };
  const [c] = read('junit/x.xml', [{ format: 'junit', kind: 'test-case', fields }]);
  assert.is(c.tier, 'restore');
  assert.is(c.recipe, 'mumble');
});

test('the service: compose\'s exited line is the service\'s, systemd speaking of a unit is that unit\'s', () => {
  const [exited, systemd] = read(undefined, [
    { format: 'text', message: 'myproject_web_1 exited with code 1' },
    { format: 'journald', service: 'systemd', message: 'caddy.service: Main process exited, code=exited' },
  ]);
  assert.is(exited.service, 'web');
  assert.is(systemd.service, 'caddy');
  assert.ok(exited.run === 'run' && systemd.run === 'run', 'every event gets its run');
});

test.run();
