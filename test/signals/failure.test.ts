import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { InputSignals } from '../../src/signals/failure.js';
import type { LogEvent } from '../../src/events.js';
import { parse } from '../parsers/lines.js';
import { runInProcess } from '../cli/fixtures.js';
import { reportOf } from '../helpers.js';

/** The signal of each line of one input, in order, as the scan applies them. */
function signals(lines: string[], envelope?: string): Array<string | undefined> {
  const input = new InputSignals();
  return lines.map((line, i) => {
    const event = { path: 'x', line: i + 1, text: line, ...parse(line, envelope) } as LogEvent;
    input.apply(event);
    return event.failure?.kind;
  });
}

test('postgres FATAL ends a session, PANIC the server', () => {
  assert.equal(signals([
    '2024-02-28 19:17:40.431 UTC [31] FATAL:  the database system is starting up',
    '2024-03-14 09:37:49.358 EET [34] PANIC:  could not locate a valid checkpoint record',
  ]), [undefined, 'fatal']);
});

test('a non-zero exit is a failure; 0 never; 137 and 143 only before a stop is announced', () => {
  assert.equal(signals(['app_1 exited with code 0', 'app_1 exited with code 1', 'app_1 exited with code 137', 'exit status 2']), [undefined, 'exit', 'exit', 'exit']);
  assert.equal(signals(['Stopping app_1 ... done', 'app_1 exited with code 137', 'db_1 exited with code 143', 'web_1 exited with code 1']), [undefined, undefined, undefined, 'exit']);
});

test('a line whose logger calls it info or a warning is taken at its word', () => {
  assert.equal(signals([
    'time="2024-01-02T14:13:39Z" level=info msg="skip loading plugin" error="modprobe: FATAL: Module aufs not found: exit status 1"',
    'time="2024-04-19T10:36:26+02:00" level=fatal msg="not a valid logrus Level"',
  ]), [undefined, 'fatal']);
});

test('inferred from the line itself: panics, exec format errors, OOM kills, segfaults, nginx emerg', () => {
  assert.equal(signals([
    'panic: runtime error: index out of range [1] with length 1',
    'exec /usr/local/bin/docker-entrypoint.sh: exec format error',
    'Killed',
    'Segmentation fault (core dumped)',
    'nginx: [emerg] host not found in upstream "realtime" in /etc/nginx/conf.d/default.conf:7',
    'a line that mentions exit codes and panics in passing is not one',
  ]), ['panic', 'exec-format', 'oom', 'segfault', 'fatal', undefined]);
});

test('the recipe comes from a warm domain in an abra line, never from a proxy naming other stacks', async () => {
  const fata = reportOf(await runInProcess(['--format', 'json', '-'], { input: 'FATA warm-gitea.ci.commoninternet.net is already deployed\n' }));
  assert.equal(fata.recipes.map((r) => [r.recipe, r.unit?.kind]), [['gitea', 'recipe']]);
  const caddy = reportOf(await runInProcess(['--format', 'json', '-'], {
    input: '{"level":"fatal","ts":1750206667.1,"logger":"tls","msg":"unable to serve warm-gitea.ci.commoninternet.net"}\n',
  }));
  assert.equal(caddy.recipes.map((r) => [r.recipe, r.unit?.kind]), [['-', 'input']]);
});

test('compose and swarm name the service that exited', async () => {
  const run = reportOf(await runInProcess(['--format', 'json', '-'], { input: 'kegbot-data_mysql_1 exited with code 1\ntiny-server-mongodb-1 exited with code 255\n' }));
  assert.equal(run.recipes.map((r) => r.recipe), ['mysql', 'tiny-server-mongodb']);
});

test.run();
