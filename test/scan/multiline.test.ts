import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { analyze } from '../../src/analyze.js';
import { loadRules } from '../../src/rule-packs/load.js';
import type { ScanEvent } from '../../src/engine/engine.js';
import { BLOCK_LIMITS } from '../../src/scan/multiline.js';
import { tempDir } from '../helpers.js';

/** Every event of one file as the scan hands it on (context applied). */
async function eventsOf(text: string, options: { workers?: number; rangeBytes?: number } = {}): Promise<ScanEvent[]> {
  const file = path.join(tempDir(), 'app.log');
  await fs.writeFile(file, text);
  const events: ScanEvent[] = [];
  await analyze({
    paths: [file],
    rules: await loadRules(),
    workers: options.workers ?? 0,
    rangeBytes: options.rangeBytes,
    onEvent: (e) => events.push(e),
  });
  return events;
}

const blocks = (events: ScanEvent[]) => events.filter((e) => e.block !== undefined);

/** The first block of `lines` read as one input: its first line, its kind, whether it was cut, the failure it gave. */
async function firstBlock(lines: readonly string[]): Promise<unknown[]> {
  const [event] = blocks(await eventsOf(lines.join('\n') + '\n'));
  return [event?.line, event?.block?.kind, event?.block?.cut, event?.failure?.kind];
}

// godoxy#161 (compose v2 prefix) with the frames of vindr-lab-api#1.
const GO_PANIC = [
  'godoxy-proxy  | 2024/11/02 10:00:00 starting',
  'godoxy-proxy  | panic: runtime error: invalid memory address or nil pointer dereference',
  'godoxy-proxy  | [signal SIGSEGV: segmentation violation code=0x1 addr=0x8 pc=0x12ed8b7]',
  'godoxy-proxy  | ',
  'godoxy-proxy  | goroutine 1 [running]:',
  'godoxy-proxy  | main.main()',
  'godoxy-proxy  | \t/opt/app/main.go:101 +0x56e',
  'godoxy-proxy  | starting again',
];

test('a Go panic with its goroutine dump is one event: first line, panic message, the frames as detail', async () => {
  const events = await eventsOf(GO_PANIC.join('\n') + '\n');
  const [panic] = blocks(events);
  assert.is(panic.line, 2);
  assert.is(panic.message, 'panic: runtime error: invalid memory address or nil pointer dereference');
  assert.equal(panic.block, { kind: 'go-panic', span: 6, detail: GO_PANIC.slice(2, 7).map((l) => l.slice('godoxy-proxy  | '.length)), omitted: 0 });
  assert.equal(panic.failure?.kind, 'panic');
  // The SIGSEGV line is still an event for the rules, but no failure of its own.
  const signal = events.find((e) => e.line === 3)!;
  assert.is(signal.partOf, 2);
  assert.is(signal.failure, undefined);
});

test('a Python traceback in compose logs: its message is the exception line; interleaved lines of another service do not end it', async () => {
  // docker-taiga-example#11 / DefectDojo#4854 shapes.
  const lines = [
    'web_1  | Traceback (most recent call last):',
    'web_1  |   File "/app/manage.py", line 22, in <module>',
    'db_1   | 2021-08-04 09:25:15.421 GMT [168] ERROR:  relation "django_site" does not exist at character 78',
    'web_1  |     execute_from_command_line(sys.argv)',
    'web_1  | django.db.utils.ProgrammingError: relation "django_site" does not exist',
    'web_1  | [2021-08-04 09:25:16] next',
  ];
  const events = await eventsOf(lines.join('\n') + '\n');
  const [traceback] = blocks(events);
  assert.is(traceback.line, 1);
  assert.is(traceback.service, 'web');
  assert.is(traceback.message, 'django.db.utils.ProgrammingError: relation "django_site" does not exist');
  assert.is(traceback.block?.span, 5);
  assert.equal(traceback.block?.detail, ['  File "/app/manage.py", line 22, in <module>', '    execute_from_command_line(sys.argv)', 'django.db.utils.ProgrammingError: relation "django_site" does not exist']);
  assert.is(traceback.failure?.kind, 'exception');
  assert.ok(events.some((e) => e.line === 3 && e.format === 'postgres' && e.partOf === undefined), "the other service's line is its own event");
});

test('a traceback pasted from below its Traceback line: from its first frame to its exception line, a failure', async () => {
  // apache/superset#20790: `superset db upgrade`'s traceback as the issue quotes it, from a frame down.
  const lines = [
    'INFO  [alembic.runtime.migration] Running upgrade  -> a9422eeaae74',
    '  File "/usr/local/lib/python3.8/site-packages/sqlalchemy/engine/base.py", line 1819, in _execute_context',
    '    self.dialect.do_execute(',
    '  File "/usr/local/lib/python3.8/site-packages/sqlalchemy/engine/default.py", line 732, in do_execute',
    '    cursor.execute(statement, parameters)',
    'sqlalchemy.exc.ProgrammingError: (psycopg2.errors.DuplicateAlias) table name "sl_columns" specified more than once',
  ];
  const events = await eventsOf(lines.join('\n') + '\n');
  const [traceback] = blocks(events);
  assert.is(traceback.line, 2);
  assert.is(traceback.block?.kind, 'python-traceback');
  assert.is(traceback.block?.span, 5);
  assert.is(traceback.message, lines[5]);
  assert.is(traceback.failure?.kind, 'exception');
  assert.is(events.find((e) => e.line === 4)?.partOf, 2, 'a later frame is the block\'s');
});

test('a traceback indented under its message: read without its indentation, ended by its exception line', async () => {
  // vasyl83/SV07update#4: klippy.log as pasted, the traceback four spaces in under a line at column 0.
  const lines = [
    "mcu 'mcu': Timeout on connect",
    "    mcu 'mcu': Wait for identify_response",
    '    Traceback (most recent call last):',
    '      File "/home/mks/klipper/klippy/serialhdl.py", line 68, in _get_identify_data',
    "        params = self.send_with_response(msg, 'identify_response')",
    '      File "/home/mks/klipper/klippy/serialhdl.py", line 61, in _error',
    '        raise error(self.warn_prefix + (msg % params))',
    "    serialhdl.error: mcu 'mcu': Serial connection closed",
    'mcu: connected again',
  ];
  const events = await eventsOf(lines.join('\n') + '\n');
  const [traceback] = blocks(events);
  assert.is(traceback.line, 3);
  assert.is(traceback.block?.span, 6);
  assert.is(traceback.message, "serialhdl.error: mcu 'mcu': Serial connection closed");
  assert.is(traceback.failure?.kind, 'exception');
  // Near miss: a line with less indentation than the head's ends the block before any exception line.
  const cut = await eventsOf([lines[2], lines[3], lines[4], 'mcu: connected again', lines[7]].join('\n') + '\n');
  const [partial] = blocks(cut);
  assert.is(partial.block?.span, 3, 'the unindented line ends it');
  assert.is(partial.message.trim(), 'Traceback (most recent call last):');
});

test('a frame with no exception line under it is no traceback: its lines stay as they are, no failure', async () => {
  // A frame quoted in a warning, then an ordinary line; a frame whose indented lines end the input.
  const lines = [
    'WARNING: deprecated call',
    '  File "/app/views.py", line 12, in index',
    '    render(request)',
    'INFO: continuing',
    '  File "/app/models.py", line 3, in save',
    '    super().save()',
  ];
  const events = await eventsOf(lines.join('\n') + '\n');
  assert.equal(blocks(events), []);
  assert.ok(events.every((e) => e.failure === undefined));
  assert.ok(events.some((e) => e.line === 2 && e.partOf === undefined), 'the frame is handed on as its own event');
});

test('a Java exception with `at` and `Caused by:` lines; an uncaught one is a failure, a logged one only evidence', async () => {
  const chain = [
    'Exception in thread "main" java.lang.IllegalStateException: Failed to execute CommandLineRunner',
    '\tat org.springframework.boot.SpringApplication.callRunner(SpringApplication.java:787)',
    '\tat org.springframework.boot.SpringApplication.run(SpringApplication.java:315)',
    'Caused by: org.postgresql.util.PSQLException: Connection to localhost:5432 refused.',
    '\tat org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:303)',
    '\t... 12 more',
    'logged: org.example.Handled',
    'java.io.IOException: Broken pipe',
    '\tat sun.nio.ch.FileDispatcherImpl.write0(Native Method)',
    'done',
  ];
  const events = await eventsOf(chain.join('\n') + '\n');
  const [uncaught, logged] = blocks(events);
  assert.is(uncaught.line, 1);
  assert.is(uncaught.block?.span, 6);
  assert.is(uncaught.failure?.kind, 'exception');
  assert.is(logged.line, 8);
  assert.is(logged.block?.kind, 'java-exception');
  assert.is(logged.failure, undefined);
});

test("a Java exception whose cause says the process died is a failure on its first line; a cause that does not, evidence", async () => {
  // spring-projects/spring-boot#9741: the head names only the wrapper, the cause the web server that did not start.
  const netty = [
    '[WARNING]',
    'java.lang.reflect.InvocationTargetException',
    '\tat sun.reflect.NativeMethodAccessorImpl.invoke0(Native Method)',
    '\tat java.lang.Thread.run(Thread.java:745)',
    'Caused by: org.springframework.boot.web.server.WebServerException: Unable to start Netty',
    '\tat org.springframework.boot.web.embedded.netty.NettyWebServer.start(NettyWebServer.java:65)',
  ];
  const [died] = blocks(await eventsOf(netty.join('\n') + '\n'));
  assert.is(died.line, 2);
  assert.is(died.failure?.kind, 'exit');
  assert.match(died.failure?.detail ?? '', /the exception's cause/);
  // The same wrapper with a cause that names no death (the chain test's postgres refusal, logged and gone past).
  const refused = [...netty.slice(0, 4), 'Caused by: org.postgresql.util.PSQLException: Connection to localhost:5432 refused.', 'done'];
  const [logged] = blocks(await eventsOf(refused.join('\n') + '\n'));
  assert.is(logged.line, 2);
  assert.is(logged.failure, undefined);
});

test('an input that ends on a Java exception and its stack ends on its program\'s death', async () => {
  // spring-projects/spring-boot#968, with the blank lines a paste often ends with: they are not its detail.
  const jetty = [
    '2014-05-27 20:25:34.498  INFO 6086 --- [           main] o.s.j.e.a.AnnotationMBeanExporter        : Unregistering JMX-exposed beans on shutdown',
    'java.lang.reflect.InvocationTargetException',
    '    at sun.reflect.NativeMethodAccessorImpl.invoke0(Native Method)',
    '    at java.lang.Thread.run(Thread.java:745)',
    'Caused by: org.springframework.boot.context.embedded.EmbeddedServletContainerException: Unable to start embedded Jetty servlet container',
    '    at org.springframework.boot.context.embedded.jetty.JettyEmbeddedServletContainer.start(JettyEmbeddedServletContainer.java:100)',
  ];
  const [died] = blocks(await eventsOf([...jetty, '', ''].join('\n') + '\n'));
  assert.is(died.line, 2);
  assert.is(died.failure?.kind, 'exception');
  assert.match(died.failure?.detail ?? '', /ends on an exception and its stack/);
  assert.is(died.block?.span, 7);
  assert.not.ok(died.block?.detail.includes(''), 'blank lines are not detail');
  // ApicurioArchive/apicurio-studio#1361: an excerpt cut above the cause, which heads the block.
  const cause = [
    'Caused by: java.lang.RuntimeException: Failed to connect to database',
    '\tat org.keycloak.connections.jpa.DefaultJpaConnectionProviderFactory.getConnection(DefaultJpaConnectionProviderFactory.java:372)',
    '\tat org.keycloak.connections.jpa.updater.liquibase.lock.LiquibaseDBLockProvider.lazyInit(LiquibaseDBLockProvider.java:65)',
  ];
  const [cut] = blocks(await eventsOf(cause.join('\n') + '\n'));
  assert.is(cut.failure?.kind, 'exception');
  // wojiushixiaobai/dataease#2: frames pasted without their indentation are frames still.
  const unindented = [
    'Caused by: org.springframework.beans.factory.BeanCreationException: Error creating bean with name \'flywayInitializer\'',
    'at org.springframework.beans.factory.support.AbstractAutowireCapableBeanFactory.initializeBean(AbstractAutowireCapableBeanFactory.java:1788)',
    'at org.springframework.beans.factory.support.AbstractAutowireCapableBeanFactory.doCreateBean(AbstractAutowireCapableBeanFactory.java:600)',
  ];
  const [flat] = blocks(await eventsOf(unindented.join('\n') + '\n'));
  assert.is(flat.block?.span, 3);
  assert.is(flat.failure?.kind, 'exception');
});

test('a Java exception that a line follows, that has one frame, or that came after a stop, is not its log\'s last word', async () => {
  const trace = ['java.io.IOException: Connection reset by peer', '\tat java.base/sun.nio.ch.FileDispatcherImpl.read0(Native Method)', '\tat java.base/sun.nio.ch.SocketDispatcher.read(SocketDispatcher.java:39)'];
  const followed = blocks(await eventsOf([...trace, '', 'reconnected'].join('\n') + '\n'));
  assert.is(followed[0].failure, undefined);
  const oneFrame = blocks(await eventsOf(trace.slice(0, 2).join('\n') + '\n'));
  assert.is(oneFrame[0].failure, undefined);
  const stopped = blocks(await eventsOf(['Received signal 15; shutting down', ...trace].join('\n') + '\n'));
  assert.is(stopped[0].failure, undefined);
});

test('a traceback the input ends inside, cut before its exception line, is its last word; one a line ends is not', async () => {
  // vllm-project/vllm#15687: the engine's traceback through vLLM's logger, the excerpt cut at both ends.
  const vllm = [
    "ERROR 03-27 22:19:40 [core.py:367]   File \"/usr/local/lib/python3.12/dist-packages/vllm/v1/engine/core.py\", line 296, in __init__",
    "ERROR 03-27 22:19:40 [core.py:367]     super().__init__(vllm_config, executor_class, log_stats)",
    "ERROR 03-27 22:19:40 [core.py:367]   File \"/usr/local/lib/python3.12/dist-packages/vllm/v1/engine/core.py\", line 64, in __init__",
    "ERROR 03-27 22:19:40 [core.py:367]     self.model_executor = executor_class(vllm_config)",
    "ERROR 03-27 22:19:40 [core.py:367]                           ^^^^^^^^^^^^^^^^^^^^^^^^^^^",
    "ERROR 03-27 22:19:40 [core.py:367]   File \"/usr/local/lib/python3.12/dist-packages/vllm/executor/executor_base.py\", line 271, in __init__",
  ];
  const [cut] = blocks(await eventsOf(vllm.join('\n') + '\n'));
  assert.is(cut.line, 1);
  assert.is(cut.block?.cut, true);
  assert.is(cut.failure?.kind, 'exception');
  assert.match(cut.failure?.detail ?? '', /ends inside a Python traceback/);
  // The same frames, then the logger's next line: no exception line came, and they are no block.
  const went = await eventsOf([...vllm, 'INFO 03-27 22:19:41 [core.py:120] Waiting for workers'].join('\n') + '\n');
  assert.equal(blocks(went), []);
  assert.equal(went.filter((e) => e.failure !== undefined), []);
});

test('a .NET exception indented under its logger\'s line is one block; the input ending on it ends on its death', async () => {
  // npgsql/npgsql#4739 (ASP.NET Core's console logger: the exception six spaces in, its inner one and frames deeper).
  const npgsql = [
    "fail: Program[0]",
    "      An error occured during migration",
    "      Npgsql.NpgsqlException (0x80004005): Failed to connect to 127.0.0.1:5432",
    "       ---> System.Net.Sockets.SocketException (111): Connection refused",
    "         at System.Net.Sockets.Socket.AwaitableSocketAsyncEventArgs.ThrowException(SocketError error, CancellationToken cancellationToken)",
    "         at System.Net.Sockets.Socket.AwaitableSocketAsyncEventArgs.System.Threading.Tasks.Sources.IValueTaskSource.GetResult(Int16 token)",
    "         at System.Net.Sockets.Socket.<ConnectAsync>g__WaitForConnectWithCancellation|277_0(AwaitableSocketAsyncEventArgs saea, ValueTask connectTask, CancellationToken cancellationToken)",
  ];
  const [died] = blocks(await eventsOf(npgsql.join('\n') + '\n'));
  assert.is(died.block?.kind, 'dotnet-exception');
  assert.match(died.message, /^ *Npgsql\.NpgsqlException \(0x80004005\)/);
  assert.is(died.failure?.kind, 'exception');
  // The same exception, then the logger's next line: logged and gone past.
  const went = blocks(await eventsOf([...npgsql, 'info: Microsoft.Hosting.Lifetime[0]', '      Application started.'].join('\n') + '\n'));
  assert.is(went[0].block?.kind, 'dotnet-exception');
  assert.is(went[0].failure, undefined);
});

test('a traceback behind a logger\'s level (uvicorn\'s `ERROR:    Traceback …`) is one', async () => {
  // run-llama/sec-insights#13: FastAPI under uvicorn, behind Compose's prefix, the excerpt cut after its first frame.
  const uvicorn = [
    "backend-llama-app-fastapi-1  | ERROR:    Traceback (most recent call last):",
    "backend-llama-app-fastapi-1  |   File \"/root/.cache/pypoetry/virtualenvs/llama-app-backend-9TtSrW0h-py3.11/lib/python3.11/site-packages/sqlalchemy/engine/base.py\", line 145, in __init__",
    "backend-llama-app-fastapi-1  |     self._dbapi_connection = engine.raw_connection()",
  ];
  const [traceback] = blocks(await eventsOf(uvicorn.join('\n') + '\n'));
  assert.is(traceback.block?.kind, 'python-traceback');
  assert.is(traceback.failure?.kind, 'exception');
  // The words alone in a message are no traceback's head.
  assert.equal(blocks(await eventsOf('INFO:     no Traceback (most recent call last): here\n')), []);
});

test("a traceback behind a logger's prefix no grammar reads, on each of its lines, is one", async () => {
  // matrix-org/synapse#3773: Twisted's lines through Synapse's logger, the clock cut to its milliseconds.
  const synapse = [
    'synapse.app.homeserver - 356 - INFO - None - Preparing database: psycopg2...',
    '584 - twisted - 131 - ERROR -  - Traceback (most recent call last):',
    '584 - twisted - 131 - ERROR -  -   File "/package/host/localhost/python-2.7.15/lib/python2.7/runpy.py", line 174, in _run_module_as_main',
    '585 - twisted - 131 - ERROR -  -     "__main__", fname, loader, pkg_name)',
    '586 - twisted - 131 - ERROR -  -   File "/projekte/synapse/venv/lib/python2.7/site-packages/synapse/app/homeserver.py", line 581, in <module>',
    '587 - twisted - 131 - ERROR -  -     main()',
  ];
  const [cut] = blocks(await eventsOf(synapse.join('\n') + '\n'));
  assert.is(cut.line, 2);
  assert.is(cut.block?.kind, 'python-traceback');
  assert.is(cut.block?.span, 5);
  assert.is(cut.block?.detail[0], '  File "/package/host/localhost/python-2.7.15/lib/python2.7/runpy.py", line 174, in _run_module_as_main');
  assert.is(cut.failure?.kind, 'exception');
  // Its exception line, behind the same prefix, is its message.
  const ended = [...synapse, "588 - twisted - 131 - ERROR -  - psycopg2.OperationalError: could not connect to server: No such file or directory"];
  const [whole] = blocks(await eventsOf(ended.join('\n') + '\n'));
  assert.is(whole.message, 'psycopg2.OperationalError: could not connect to server: No such file or directory');
  // The head's words inside a message that does not end its prefix where they start are no head.
  assert.equal(blocks(await eventsOf('a note:Traceback (most recent call last): was printed\n')), []);
});

test("a shell's `echo $?` and the status it printed: a failure when it is not 0", async () => {
  // coveragepy/coveragepy#284: the report's rounded total looks fine; the status says it failed.
  const session = ['$ coverage report --fail-under=70', 'TOTAL                                    1816    551    70%   ', '$ echo $?', '2'];
  const [status] = blocks(await eventsOf(session.join('\n') + '\n'));
  assert.is(status.block?.kind, 'shell-status');
  assert.is(status.message, '$ echo $?');
  assert.is(status.failure?.kind, 'exit');
  assert.match(status.failure?.detail ?? '', /status was 2/);
  // docker/cli#2939: a prompt before it, and a 0.
  const fine = blocks(await eventsOf(['root@29c9c7168706:/opt# docker service update --replicas=5 foo', 'verify: Service converged', 'root@29c9c7168706:/opt# echo $?', '0'].join('\n') + '\n'));
  assert.is(fine[0].block?.kind, 'shell-status');
  assert.is(fine[0].failure, undefined);
  // Its answer must be the next line: output between is no status of it.
  const chained = await eventsOf(['$ kubectl rollout status deploy x; echo $?', 'deployment "x" successfully rolled out'].join('\n') + '\n');
  assert.equal(blocks(chained), []);
});

test("a Java exception's message going on under its head, tab-indented, is the block's; its frames are counted apart", async () => {
  // sonatype/docker-nexus#96: OrientDB's exception, a line of its message, then two frames: the log's last word.
  const nexus = [
    'com.orientechnologies.orient.core.exception.OStorageException: Cannot open local storage \'/nexus-data/db/security\' with mode=rw',
    '\tDB name="security"',
    '\tat com.orientechnologies.orient.core.storage.impl.local.OAbstractPaginatedStorage.open(OAbstractPaginatedStorage.java:323)',
    '\tat com.orientechnologies.orient.core.db.document.ODatabaseDocumentTx.open(ODatabaseDocumentTx.java:259)',
  ];
  const [died] = blocks(await eventsOf(nexus.join('\n') + '\n'));
  assert.is(died.block?.span, 4);
  assert.is(died.failure?.kind, 'exception');
  // One frame under its message's line is not two frames.
  const [short] = blocks(await eventsOf(nexus.slice(0, 3).join('\n') + '\n'));
  assert.is(short.failure, undefined);
});

test("a goroutine dump the input ends inside, pasted from below its panic line, is its program's death", async () => {
  // fluxcd/flux2#2803: the end of kustomize-controller's dump, from a goroutine's origin on.
  const flux = [
    'sigs.k8s.io/controller-runtime/pkg/internal/controller.(*Controller).processNextWorkItem(0xc00070e210, {0x2188fe0, 0xc0005167c0})',
    '\t/go/pkg/mod/sigs.k8s.io/controller-runtime@v0.11.1/pkg/internal/controller/controller.go:266 +0x205',
    'sigs.k8s.io/controller-runtime/pkg/internal/controller.(*Controller).Start.func2.2()',
    '\t/go/pkg/mod/sigs.k8s.io/controller-runtime@v0.11.1/pkg/internal/controller/controller.go:227 +0x85',
    'created by sigs.k8s.io/controller-runtime/pkg/internal/controller.(*Controller).Start.func2',
    '\t/go/pkg/mod/sigs.k8s.io/controller-runtime@v0.11.1/pkg/internal/controller/controller.go:223 +0x357',
  ];
  assert.equal(await firstBlock(flux), [5, 'go-panic', true, 'panic']);
  // rsyslog's escaped tab before a frame's file (prometheus/node_exporter, through syslog).
  const syslog = [
    'created by github.com/prometheus/node_exporter/collector.NodeCollector.Collect',
    '#011github.com/prometheus/node_exporter/collector/collector.go:151 +0xd5',
  ];
  assert.is(blocks(await eventsOf(syslog.join('\n') + '\n'))[0]?.failure?.kind, 'panic');
  // A line after it that is no line of a dump: the program went on, and the origin alone is no block.
  const went = await eventsOf([...flux, 'I0629 10:00:01.000000       1 main.go:80] starting manager'].join('\n') + '\n');
  assert.equal(blocks(went), []);
  assert.equal(went.filter((e) => e.failure !== undefined), []);
});

test(".NET frames the input ends inside, below an exception line cut off or behind a logger's prefix, are its death", async () => {
  // linuxserver/docker-duplicati#70: Mono's frames only, the exception line above them cut from the paste.
  const mono = [
    '  at Duplicati.Library.Utility.AsyncHttpRequest.GetRequestStream (System.Int64 contentlength) [0x00068] in <ae4a5c68f78041539efc9420d056bd22>:0 ',
    '  at Duplicati.Library.Backend.WEBDAV.List () [0x000a5] in <1aa1326b13664b9f92f75d7048721a2d>:0 ',
    '  at Duplicati.Library.Backend.WEBDAV.Test () [0x00000] in <1aa1326b13664b9f92f75d7048721a2d>:0 ',
  ];
  assert.equal(await firstBlock(mono), [1, 'dotnet-exception', true, 'exception']);
  // The Actions runner's diagnostic log (set 300): its exception named behind the logger's prefix, a frame with no
  // source first; the block begins at the first frame that names its source line.
  const runner = [
    '[2025-10-17 16:31:22Z ERR  JobRunner] Caught exception from InitializeJob: System.Net.Http.HttpRequestException: Response status code does not indicate success: 300 (Multiple Choices).',
    '   at System.Net.Http.HttpResponseMessage.EnsureSuccessStatusCode()',
    '   at GitHub.Runner.Worker.ActionManager.DownloadRepositoryArchive(IExecutionContext executionContext, String downloadUrl) in /home/runner/work/runner/src/Runner.Worker/ActionManager.cs:line 1093',
    '   at GitHub.Runner.Worker.ActionManager.DownloadRepositoryActionAsync(IExecutionContext executionContext, ActionDownloadInfo downloadInfo) in /home/runner/work/runner/src/Runner.Worker/ActionManager.cs:line 886',
  ];
  assert.equal(await firstBlock(runner), [3, 'dotnet-exception', true, 'exception']);
  // One frame alone is no block; neither are frames a line follows: each frame is then an event of its own, and one
  // that says its program ended still says so (C# 9's top-level `Program.<Main>$`, iPromKnight/zilean#25).
  assert.equal(blocks(await eventsOf(mono.slice(0, 1).join('\n') + '\n')), []);
  const main = [...mono, '   at Program.<Main>$(String[] args) in /build/src/Zilean.ApiService/Program.cs:line 31', '  Exception data:'];
  const went = await eventsOf(main.join('\n') + '\n');
  assert.equal(blocks(went), []);
  assert.equal(went.filter((e) => e.partOf !== undefined), []);
  assert.equal(went.filter((e) => e.failure !== undefined).map((e) => e.line), [4]);
});

test("Java frames the input ends inside, below an exception line behind a logger's prefix, are its death", async () => {
  // testcontainers/testcontainers-java#5670: the exception named after a logger's prefix no grammar reads.
  const testcontainers = [
    "2022-08-02 13:26:09,614 ERROR [🐳 [postgres:12]] (pool-146-thread-1) Could not start container: org.testcontainers.containers.ContainerLaunchException: Timed out waiting for log output matching '.*database system is ready to accept connections.*\\s'",
    '\tat org.testcontainers.containers.wait.strategy.LogMessageWaitStrategy.waitUntilReady(LogMessageWaitStrategy.java:49)',
    '\tat org.testcontainers.containers.wait.strategy.AbstractWaitStrategy.waitUntilReady(AbstractWaitStrategy.java:51)',
    '\tat org.testcontainers.containers.PostgreSQLContainer.waitUntilContainerStarted(PostgreSQLContainer.java:139)',
  ];
  assert.equal(await firstBlock(testcontainers), [2, 'java-exception', true, 'exception']);
  // A line after the frames that is none of the trace's: the service went on, and the frames are lines of their own.
  const went = await eventsOf([...testcontainers, '2022-08-02 13:26:10,001 INFO  Retrying container start'].join('\n') + '\n');
  assert.equal(blocks(went), []);
  assert.equal(went.filter((e) => e.failure !== undefined), []);
});

test('detail is capped and the rest counted; a block never reaches past its window', async () => {
  const frames = Array.from({ length: BLOCK_LIMITS.detailLines + 25 }, (_, i) => `\tat a.B.c${i}(B.java:${i})`);
  const events = await eventsOf(['Exception in thread "main" java.lang.OutOfMemoryError: Java heap space', ...frames, 'end'].join('\n') + '\n');
  const [block] = blocks(events);
  assert.is(block.block?.detail.length, BLOCK_LIMITS.detailLines);
  assert.is(block.block?.omitted, 25);
  assert.is(block.block?.span, frames.length + 1);
});

test('tasks of a swarm service interleaved: each task continues its own panic', async () => {
  const a = 'app_app.1.aaaaaaaaaaaa@node1    | ';
  const b = 'app_app.1.bbbbbbbbbbbb@node1    | ';
  const lines = [`${a}panic: first`, `${b}panic: second`, `${a}goroutine 1 [running]:`, `${b}goroutine 7 [running]:`, `${b}main.main()`, `${a}done`, `${b}done`];
  const events = await eventsOf(lines.join('\n') + '\n');
  const found = blocks(events).map((e) => [e.task, e.message, e.block?.span]).sort();
  assert.equal(found, [['aaaaaaaaaaaa', 'panic: first', 3], ['bbbbbbbbbbbb', 'panic: second', 4]]);
});

test('a block across a scan range boundary is joined: worker ranges give the same events as one thread', async () => {
  const lines: string[] = [];
  for (let i = 0; i < 400; i++) {
    if (i % 37 === 0) lines.push('web_1  | Traceback (most recent call last):', 'web_1  |   File "/app/x.py", line 1, in <module>', 'web_1  |     main()', `web_1  | psycopg2.OperationalError: connection ${i} refused`);
    else if (i % 53 === 0) lines.push('api_1  | panic: boom', 'api_1  | ', 'api_1  | goroutine 1 [running]:', 'api_1  | main.main()', 'api_1  | \t/x.go:1 +0x1');
    // A traceback without its Traceback line: joined from its frame only in a file never cut into ranges.
    else if (i % 41 === 0) lines.push('web_1  |   File "/app/y.py", line 9, in run', 'web_1  |     go()', `web_1  | KeyError: ${i}`);
    else lines.push(`web_1  | request ${i} served in ${i % 17}ms`);
  }
  const text = lines.join('\n') + '\n';
  const strip = (events: ScanEvent[]) =>
    events.map((e) => JSON.stringify([e.line, e.message, e.block, e.partOf, e.failure])).sort();
  for (const rangeBytes of [512, 700, 1024]) {
    const single = await eventsOf(text, { rangeBytes });
    assert.equal(strip(await eventsOf(text, { workers: 2, rangeBytes })), strip(single), `ranges of ${rangeBytes} bytes`);
    assert.ok(blocks(single).length >= 15);
    assert.ok(blocks(single).every((e) => !e.message.startsWith('KeyError')), 'no block from a frame in a file cut into ranges');
  }
  const whole = await eventsOf(text);
  assert.ok(blocks(whole).filter((e) => e.message.startsWith('KeyError')).length >= 8, 'a file never cut: joined from the frame');
});

/**
 * The last range of a file has no end: a block still open when the file ends (a panic as the
 * container's last words) has nothing after it to read. It read from byte Infinity and failed the
 * whole range, in worker threads only (found by the benchmark with --workers 1).
 */
test('a block open at the end of a file scanned in ranges: the last range ends with it', async () => {
  const lines: string[] = [];
  for (let i = 0; i < 60; i++) lines.push(`web_1  | request ${i} served`);
  lines.push('api_1  | panic: boom', 'api_1  | ', 'api_1  | goroutine 1 [running]:', 'api_1  | main.main()');
  const text = lines.join('\n') + '\n';
  const single = await eventsOf(text);
  const file = path.join(tempDir(), 'app.log');
  await fs.writeFile(file, text);
  const pooled = await analyze({ paths: [file], rules: await loadRules(), workers: 1, rangeBytes: 512 });
  assert.equal(pooled.inputs[0].errors, []);
  const events = await eventsOf(text, { workers: 1, rangeBytes: 512 });
  const strip = (found: ScanEvent[]) => found.map((e) => JSON.stringify([e.line, e.message, e.block])).sort();
  assert.equal(strip(events), strip(single));
  assert.equal(blocks(single).map((e) => e.message), ['panic: boom']);
});

test.run();
