/**
 * How the candidate and failure collectors fold the event stream: error lines per unit, file, tier
 * and template; failure signals per unit, file, tier, test and template; crash-loop tracks per
 * service slot and template. A real log interleaves all of these; each event must land where a
 * lone one would, and the counts stay exact.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { LogEvent } from '../../src/events.js';
import { CandidateCollector } from '../../src/triage/unexplained.js';
import { FailureCollector } from '../../src/triage/failures.js';
import { at, event } from './build.js';

let line = 0;
/** An error line of a swarm service's log. */
function serviceError(message: string, where: Partial<LogEvent> = {}): LogEvent {
  line += 1;
  return event({
    run: 'run', recipe: 'gitea', path: 'services/app.log', line, format: 'text', level: 'error', message,
    text: `prefix | ${message}`, service: 'app', stack: 'gitea_ci', task: 't1', fields: { slot: 1 }, ts: at(line), ...where,
  });
}

const candidateRows = (c: CandidateCollector, run: string, recipe: string | undefined) => c.candidates(run, recipe)
  .map((l) => [l.unit, l.path, l.tier ?? '-', l.template, l.line, l.count, [...l.values], [...l.tasks]]);

test('candidates: interleaved recipes, units, files and tiers each fold their own repeats', () => {
  line = 0;
  const c = new CandidateCollector();
  const places: Array<Partial<LogEvent>> = [
    { tier: 'install' }, { recipe: 'mumble', tier: 'install' }, { tier: 'upgrade' }, { path: 'services/db.log', tier: 'install' },
    { recipe: undefined, tier: 'install' }, { recipe: undefined, stack: undefined, tier: 'install' },
    { recipe: undefined, service: undefined, tier: 'install', path: 'loose.log' }, { tier: 'install', run: 'other' },
  ];
  for (const task of ['t1', 't2']) {
    for (const where of places) c.ingest(serviceError(`dial 10.0.0.${line}:5432 failed`, { ...where, task }));
  }
  c.ingest(serviceError('another error 1', { tier: 'install' }));
  assert.equal(candidateRows(c, 'run', 'gitea'), [
    ['gitea', 'services/app.log', 'install', 'dial <ip> failed', 1, 2, ['10.0.0.0:5432', '10.0.0.8:5432'], ['t1', 't2']],
    ['gitea', 'services/app.log', 'upgrade', 'dial <ip> failed', 3, 2, ['10.0.0.2:5432', '10.0.0.10:5432'], ['t1', 't2']],
    ['gitea', 'services/db.log', 'install', 'dial <ip> failed', 4, 2, ['10.0.0.3:5432', '10.0.0.11:5432'], ['t1', 't2']],
    ['gitea', 'services/app.log', 'install', 'another error <n>', 17, 1, ['1'], ['t1']],
  ]);
  assert.equal(candidateRows(c, 'run', 'mumble').map((r) => r.slice(0, 6)), [['mumble', 'services/app.log', 'install', 'dial <ip> failed', 2, 2]]);
  assert.equal(candidateRows(c, 'run', undefined).map((r) => r.slice(0, 6)), [
    ['gitea_ci_app', 'services/app.log', 'install', 'dial <ip> failed', 5, 2],
    ['app', 'services/app.log', 'install', 'dial <ip> failed', 6, 2],
    ['loose.log', 'loose.log', 'install', 'dial <ip> failed', 7, 2],
  ]);
  assert.equal(candidateRows(c, 'other', 'gitea').map((r) => r.slice(0, 6)), [['gitea', 'services/app.log', 'install', 'dial <ip> failed', 8, 2]]);
  assert.equal(c.candidates('run', 'gitea').map((l) => [l.firstTs, l.lastTs]).slice(0, 1), [[at(1), at(9)]]);
  assert.is(c.overflow, 0);
});

test('candidates: a line repeated word for word adds its values once; another repeat of its template adds its own', () => {
  line = 0;
  const c = new CandidateCollector();
  for (const ip of ['10.0.0.1', '10.0.0.1', '10.0.0.2', '10.0.0.1', '10.0.0.3', '10.0.0.3']) c.ingest(serviceError(`dial ${ip} failed`));
  const values = Array.from({ length: 40 }, (_, i) => `dial 10.1.0.${i} failed`);
  for (const text of [...values, ...values]) c.ingest(serviceError(text, { path: 'services/other.log' }));
  assert.equal(candidateRows(c, 'run', 'gitea').map((r) => [r[1], r[5], (r[6] as string[]).length, (r[6] as string[]).slice(0, 4)]), [
    ['services/app.log', 6, 3, ['10.0.0.1', '10.0.0.2', '10.0.0.3']],
    ['services/other.log', 80, 32, ['10.1.0.0', '10.1.0.1', '10.1.0.2', '10.1.0.3']],
  ]);
});

test('failures: signals fold per unit, file, tier, test and template; loops per service slot and template', () => {
  line = 0;
  const f = new FailureCollector();
  const died = (where: Partial<LogEvent>) => serviceError('exited with code 1', { failure: { kind: 'exit', detail: 'exit code 1' }, ...where });
  for (const task of ['t1', 't2', 't3']) {
    f.ingest(died({ task, ts: at(line * 10) }));
    f.ingest(died({ task, tier: 'upgrade', ts: at(line * 10) }));
    f.ingest(serviceError(`pool ${line} exhausted`, { task, fields: { slot: 2 }, ts: at(line * 10) }));
    f.ingest(died({ task, test: 'test_x.py::test_a', ts: at(line * 10) }));
    f.ingest(died({ task, recipe: 'mumble', ts: at(line * 10) }));
  }
  const signals = f.signals('run', 'gitea');
  assert.equal(signals.map((s) => [s.kind, s.tier ?? '-', s.test ?? '-', s.template, s.line, s.count]), [
    ['crash-loop', '-', '-', 'exited with code <n>', 1, 9],
    ['crash-loop', '-', '-', 'pool <n> exhausted', 3, 3],
    ['exit', '-', '-', 'exited with code <n>', 1, 3],
    ['exit', 'upgrade', '-', 'exited with code <n>', 2, 3],
    ['exit', '-', 'test_x.py::test_a', 'exited with code <n>', 4, 3],
  ]);
  assert.equal(signals[0].detail, 'the same line ends 3 tasks of gitea');
  assert.equal(f.restarts('run', 'gitea').map((r) => [r.task, r.line]), [['t2', 6], ['t2', 8], ['t3', 11], ['t3', 13]]);
  assert.equal(f.signals('run', 'mumble').map((s) => [s.kind, s.line, s.count]), [['crash-loop', 5, 3], ['exit', 5, 3]]);
});

test('failures: the same line from two slots, stacks or services is a loop of each', () => {
  line = 0;
  const f = new FailureCollector();
  const places: Array<Partial<LogEvent>> = [{}, { fields: { slot: 2 } }, { stack: 'gitea_other' }, { service: 'worker' }, { fields: { slot: '1' } }];
  for (const task of ['t1', 't2', 't3']) {
    for (const where of places) f.ingest(serviceError('lost connection', { task, ts: at(line * 10), ...where }));
  }
  assert.equal(f.signals('run', 'gitea').map((s) => [s.kind, s.line, s.count, s.unit.name]), [
    ['crash-loop', 1, 6, 'gitea'], ['crash-loop', 2, 3, 'gitea'], ['crash-loop', 3, 3, 'gitea'], ['crash-loop', 4, 3, 'gitea'],
  ]);
});

test('failures: a task that logged a stop did not die of its last line', () => {
  line = 0;
  const f = new FailureCollector();
  const died = (task: string) => serviceError('exited with code 1', { task, failure: { kind: 'exit', detail: 'exit code 1' } });
  f.ingest(died('t1'));
  f.ingest(serviceError('Received SIGTERM, shutting down', { task: 't1', level: 'info' }));
  f.ingest(died('t2'));
  f.ingest(serviceError('Stopping', { task: 't2', level: 'info', run: 'other' }));
  assert.equal(f.signals('run', 'gitea').map((s) => [s.kind, s.count, s.detail]), [['exit', 2, 'exit code 1']]);
  f.ingest(died('t3'));
  assert.equal(f.signals('run', 'gitea').map((s) => [s.kind, s.count]), [['crash-loop', 3], ['exit', 3]]);
});

test.run();
