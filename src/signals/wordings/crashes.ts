/**
 * A runtime's or the kernel's words that a process crashed: an uncaught exception (Java, .NET, Node.js, Erlang and
 * Elixir, Ruby, PHP), a panic (Go, Rust, the kernel's), a segmentation fault, memory exhausted, a container
 * restarting in a loop, a binary for another architecture. Before the servers' and tools' words: a crash says
 * more than the stop it causes.
 */
import type { DeathPattern } from './pattern.js';

export const CRASH_WORDINGS: readonly DeathPattern[] = [
  { kind: 'panic', pattern: /^(?:panic: |fatal error: )|\bhttp: panic serving /, detail: 'Go panic', literals: ['panic: ', 'fatal error: ', 'http: panic serving'] },
  // Rust 1.89 and later name the thread's id (`thread 'tuwunel:worker' (18) panicked at src/router/serve.rs:43:18:`).
  { kind: 'panic', pattern: /\bthread '[^'\n]*'(?: \(\d+\))? panicked at\b/, detail: 'Rust panic', literals: ['\' panicked at', ') panicked at'] },
  // A Rust backtrace's frames of the panic machinery, when the panic's own line was not captured or was printed by a
  // hook of the program's (Materialize's `materialized encountered an internal error and crashed.`, then `   2:
  // std::panicking::rust_panic_with_hook`); Quickwit's actor that ended on a panic (`actor-exit-without-success
  // actor="Indexer-fragrant-WBlt" exit_status=Panicked`).
  {
    kind: 'panic',
    pattern: /^\s*\d+: +(?:std::panicking::rust_panic_with_hook|_?rust_begin_unwind|core::panicking::panic(?:_fmt)?)\s*$|\bexit_status=Panicked\b/,
    detail: 'Rust panic (its backtrace, or an actor that panicked)',
    whateverLevel: true,
    literals: ['rust_panic_with_hook', 'rust_begin_unwind', 'core::panicking::panic', 'exit_status=Panicked'],
  },
  { kind: 'exception', pattern: /^Traceback \(most recent call last\):/, detail: 'Python traceback', literals: ['Traceback (most'] },
  // IPython's and Jupyter's, the exception's name first (`UnknownError                              Traceback (most
  // recent call last)`): a notebook's cell that raised.
  {
    kind: 'exception',
    pattern: /^\w+(?:Error|Exception)\s+Traceback \(most recent call last\)/,
    detail: 'Python traceback (IPython)',
    literals: ['Traceback (most'],
  },
  // The JVM's own wording; Cassandra's logger puts its level and time before it (`ERROR 13:57:02 Exception in thread
  // Thread[InternalResponseStage:4,5,main]`).
  {
    kind: 'exception',
    pattern: /^Exception in thread "|^[A-Z]+ +[\d:.,]+ Exception in thread Thread\[/,
    detail: 'uncaught Java exception',
    literals: ['Exception in thread'],
  },
  // Its time may stand before it (Aspire's dashboard: `      2025-01-03T00:08:53.0630000Z Unhandled exception. …`).
  {
    kind: 'exception',
    pattern: /^\s*(?:\d{4}-\d\d-\d\dT[\d:.]+Z? )?Unhandled [Ee]xception[.:] /,
    detail: 'unhandled .NET exception',
    literals: ['Unhandled exception', 'Unhandled Exception'],
  },
  // A log viewer may glue its time to the line (Rancher 1: `13/05/2017 15:24:39/home/zammad/app/models/store/provider/
  // file.rb:32:in `get': ERROR: No such file … (RuntimeError)`).
  {
    kind: 'exception',
    pattern: /^(?:\d\d\/\d\d\/\d{4} \d\d:\d\d:\d\d)?(?:[A-Za-z]:)?\/\S*:\d+:in [`'][^'\n]*': [^\n]*\([A-Z][\w:]*\)$|\bbundler: (?:failed to load command|command not found): /,
    detail: 'uncaught Ruby exception',
    literals: [':in `', ':in \'', 'failed to load command', 'bundler: command not found'],
  },
  { kind: 'exception', pattern: /^terminate called after throwing an instance of /, detail: 'uncaught C++ exception', literals: ['terminate called after throwing'] },
  // BEAM: a process that crashed, a node that stopped; a supervisor that could not start a child
  // (`errorContext: start_error`), an application whose start crashed (`… in application_master:init/4
  // line 138`; Elixir's `Application pleroma exited: exited in: Pleroma.Application.start(:normal, [])`).
  {
    kind: 'exception',
    pattern: /\b(?:GenServer|gen_server|Generic server) \S+ terminat(?:ing|ed with reason)\b|=CRASH REPORT|\bKernel pid terminated\b|\bapplication_start_failure\b|\bshutdown: failed to start child\b|\bCrash dump is being written to\b|\bCRASH REPORT Process \S+ with \d+ neighbours crashed\b|\binit terminating in do_boot\b|\bexited: \{\{shutdown,|^\*\* gen_event handler \S+ crashed\.|^\*\* \(Mix\) Could not start application\b|\berrorContext: start_error\b|\bin application_master:init\/\d/,
    detail: 'Erlang/Elixir process crash',
    literals: ['GenServer ', 'gen_server ', 'Generic server ', 'CRASH REPORT', 'l pid term', 'application_start_failure', 'failed to start child', 'Crash dump is being written', 'do_boot', 'exited: {{shutdown',
      'gen_event handler', 'Could not start application', 'start_error', 'application_master:init'],
  },
  // Elixir's Logger reports it at notice.
  {
    kind: 'exception',
    pattern: /\bApplication \S+ exited: exited in: \S/,
    detail: 'an Elixir application\'s start crashed',
    whateverLevel: true,
    literals: ['exited: exited in'],
  },
  // Spring Boot 1.x said it at ERROR (`o.s.boot.SpringApplication : Application startup failed`).
  {
    kind: 'exception',
    pattern: /^APPLICATION FAILED TO START\s*$|\bApplication (?:run|startup) failed\b/,
    detail: 'application failed to start (Spring Boot)',
    literals: ['APPLICATION FAILED', 'run failed', 'startup failed'],
  },
  {
    kind: 'exception',
    // Before Node 15 an unhandled rejection was a warning and the process went on (`(node:1)
    // UnhandledPromiseRejectionWarning: …`), as it goes on under Bluebird (`Unhandled rejection SequelizeDatabaseError:
    // …`, `Possibly unhandled …`): the promise's work failed all the same, and nothing handled it. Not a connection
    // a starting app tries before its database is up (`…Warning: Error: connect ECONNREFUSED 127.0.0.1:5432`): it
    // tries again.
    pattern: new RegExp([
      /\bUnhandledPromiseRejection\b|\bUnhandledPromiseRejectionWarning: (?![\w.]*Error: connect E(?:CONNREFUSED|NOTFOUND|AI_AGAIN)\b)/.source,
      /\bERR_UNHANDLED_REJECTION\b|\btriggerUncaughtException\(|^Node\.js v\d+\.\d+\.\d+\s*$|^(?:Unhandled rejection|Possibly unhandled) \S/.source,
    ].join('|')),
    detail: 'uncaught exception (Node.js)',
    literals: ['UnhandledPromiseRejection', 'ERR_UNHANDLED_REJECTION', 'triggerUncaughtException(', 'Node.js v', 'Unhandled rejection', 'Possibly unhandled'],
  },
  { kind: 'exception', pattern: /\bUncaught [Ee]xception\b/, detail: 'uncaught exception', literals: ['Uncaught Exception', 'Uncaught exception'] },
  { kind: 'crash-loop', pattern: /\bCrashLoopBackOff\b|\b[Bb]ack-off (?:[\dhms]+ )?restarting failed container\b/, detail: 'container restarting in a loop (Kubernetes back-off)', literals: ['CrashLoopBackOff', 'ack-off '] },
  // A panic said in the program's own words: Qdrant's panic hook (`ERROR qdrant::startup: Panic occurred in file
  // … at line 280: …`, `Panic backtrace:`), Terraform's crash banner (`!!!!! TERRAFORM CRASH !!!!!`).
  {
    kind: 'panic',
    pattern: /\bPanic occurred in file \S+ at line \d+|\bPanic backtrace:|! TERRAFORM CRASH !/,
    detail: 'the program panicked (its panic hook, its crash banner)',
    whateverLevel: true,
    literals: ['Panic occurred in', 'Panic backtrace:', 'TERRAFORM CRASH'],
  },
  {
    kind: 'exception',
    pattern: /^ {2}\[[A-Z][\w\\]*(?:Exception|Error)\]\s*$/,
    detail: 'a Symfony console command threw',
    literals: ['Exception]', 'Error]'],
  },
  { kind: 'exec-format', pattern: /exec format error/, detail: 'exec format error (wrong architecture)', literals: ['exec format error'] },
  { kind: 'oom', pattern: /\bOOMKilled\b(?!"?:?\s*false\b)|[Oo]ut of memory: Kill(?:ed)? process|\boom-kill(?:er)?\b|^Killed$/, detail: 'killed: out of memory', literals: ['OOMKilled', 'Out of memory', 'out of memory: Kill', 'oom-kill', 'Killed'] },
  { kind: 'oom', pattern: /\bjava\.lang\.OutOfMemoryError\b|JavaScript heap out of memory/, detail: 'out of memory (JVM or Node.js heap)', literals: ['OutOfMemoryError', 'JavaScript heap out of memory'] },
  // A GPU's memory: PyTorch's `torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 388.00 MiB.` and its
  // RuntimeError before 2.5, TensorFlow's `OP_REQUIRES failed at … : Resource exhausted: OOM when allocating tensor
  // with shape[…]` (at W: the error it raises next stops the training). Not TensorFlow's allocator that says `The
  // caller indicates that this is not a failure`.
  {
    kind: 'oom',
    pattern: /\bCUDA out of memory\b|\bOOM when allocating tensor\b/,
    detail: 'out of memory on the GPU (PyTorch, TensorFlow)',
    whateverLevel: true,
    literals: ['CUDA out of memory', 'OOM when allocating tensor'],
  },
  // Dask's nanny killing a worker over its memory limit (`distributed.nanny - WARNING - Worker exceeded 95% memory
  // budget. Restarting`), said as a warning.
  {
    kind: 'oom',
    pattern: /\bWorker exceeded \d+% memory budget\b/,
    detail: 'out of memory: a Dask worker over its budget, restarted',
    whateverLevel: true,
    literals: ['memory budget'],
  },
  // uWSGI capitalizes it: `!!! uWSGI process 23710 got Segmentation Fault !!!`.
  { kind: 'segfault', pattern: /Segmentation [Ff]ault|\bSIGSEGV\b/, detail: 'segmentation fault', literals: ['Segmentation fault', 'Segmentation Fault', 'SIGSEGV'] },
  { kind: 'panic', pattern: /^The application panicked \(crashed\)\./, detail: 'Rust panic (color-eyre, human-panic report)', literals: ['application panicked'] },
  { kind: 'exception', pattern: /\bThe process was terminated due to an unhandled exception\b/, detail: 'unhandled .NET exception', literals: ['due to an unhandled exception'] },
  // Laravel's and Symfony's console show an uncaught exception by its class alone on a line.
  // Symfony's console also heads its error box with where it was thrown (`In Connection.php line 822:`), and
  // Laravel 5's writes the class and its message on one line (`Illuminate\Database\QueryException  : SQLSTATE…`).
  {
    kind: 'exception',
    pattern: /^\s*(?:[A-Z]\w*\\)+[A-Z]\w*Exception(?:\s*| {2,}: \S.*)$|^\s*In [\w.-]+\.php line \d+:\s*$/,
    detail: 'uncaught PHP exception (console)',
    literals: ['Exception', '.php line '],
  },
  // Elixir: an exception that ended a mix task or an escript (`** (Postgrex.Error) ERROR (duplicate_table): …`).
  { kind: 'exception', pattern: /^\*\* \((?:[A-Z][\w.]*(?:Error|Exception)|exit|throw|Mix)\) \S|^===> Uncaught error in rebar_core\b/, detail: 'uncaught Elixir exception (a Mix task, rebar3)', literals: ['Error) ', 'Exception) ', '** (exit)', '** (throw)', '** (Mix)', 'Uncaught error in rebar_core'] },
  { kind: 'panic', pattern: /\bpanic occurred PanicInfo \{|\bPanicInfo \{ payload: /, detail: 'Rust panic (logged by a panic hook)', literals: ['PanicInfo'] },
  // `kubectl describe pod`'s count of a container's restarts: three and more is a container that keeps dying, whatever
  // its State at that moment (its Last State's exit code may be cut from the excerpt).
  {
    kind: 'crash-loop',
    pattern: /^\s*Restart Count:\s+(?:[3-9]|[1-9]\d+)\s*$/,
    detail: 'a container restarted again and again (kubectl describe)',
    whateverLevel: true,
    literals: ['Restart Count:'],
  },
  // apimachinery's HandleCrash logs a controller's panic before it re-panics (`… runtime.go:69] Observed a panic: …`).
  // controller-runtime's reconciler too (`Observed a panic in reconciler: runtime error: …`, at info in its JSON).
  { kind: 'panic', pattern: /\bObserved a panic(?: in reconciler)?: /, detail: 'Go panic (a Kubernetes controller)', whateverLevel: true, literals: ['Observed a panic'] },
  // A background job's runner gave up on it: Delayed Job, RQ (its work-horse killed too), Laravel's queue, Active
  // Job (any backend), Celery (a task no worker knows is discarded), Quartz (.NET's `Job threw an unhandled
  // exception.`, Java's `Job jobgroup_51.job_15 threw an unhandled Exception:`), Airflow's task (`Marking task as
  // FAILED.`, at INFO; not `UP_FOR_RETRY`).
  {
    kind: 'exception',
    pattern: new RegExp([
      /\bPERMANENTLY removing \S+ because of \d+ consecutive failures\b/.source,
      /\bMoving job to FailedJobRegistry\b|\bWork-horse terminated unexpectedly\b/.source,
      /\bhas been attempted too many times or run too long\b|\bMaxAttemptsExceededException\b/.source,
      /\bError performing \S+ \(Job ID: /.source,
      /\bReceived unregistered task of type /.source,
      /\bJob (?:\S+ )?threw an unhandled [Ee]xception\b|\bMarking task as FAILED\b/.source,
    ].join('|')),
    detail: 'a background job failed',
    whateverLevel: true,
    literals: [
      'PERMANENTLY removing', 'FailedJobRegistry', 'Work-horse terminated', 'attempted too many times', 'MaxAttemptsExceeded',
      'Error performing', 'unregistered task', 'threw an unhandled', 'Marking task as FAILED',
    ],
  },
  // Varnish's manager on its cache child: `Child (37) died signal=6`, `Child (37) Panic at: …`, `varnishd -d`'s `Cache
  // child died pid=31181 status=0x6`, the assertion it panicked on (`Assert error in VDP_bytes(), cache/… line 64:`).
  {
    kind: 'panic',
    pattern: /\bChild \(\d+\) (?:died signal=\d+|Panic at: )|\bCache child died pid=\d+|\bAssert error in \w+\(\), \S+ line \d+:/,
    detail: "Varnish's cache process died",
    whateverLevel: true,
    literals: [') died signal=', ') Panic at: ', 'Cache child died', 'Assert error in'],
  },
  // A PHP console command that threw (Nextcloud's occ), an app that could not reach MongoDB when it started
  // (Rocket.Chat: the driver throws and the process ends), the mysql client stopping on an error (an import
  // or a restore: `ERROR 2013 (HY000) at line 2340: Lost connection …`), rsync's verdict, certbot's.
  { kind: 'exception', pattern: /\bAn unhandled exception has been thrown:/, detail: 'a console command threw', literals: ['unhandled exception has been'] },
  { kind: 'oom', pattern: /\bCannot allocate memory\b/, detail: 'out of memory: an allocation or a fork was refused', literals: ['Cannot allocate memory'] },
  { kind: 'exception', pattern: /\bException encountered during context initialization - cancelling refresh attempt\b/, detail: 'Spring could not start its context', whateverLevel: true, literals: ['cancelling refresh attempt'] },
  // PHP's fatal out-of-memory, whatever its logger calls it (Monolog's `AzuraCast.ALERT: Fatal Error (E_ERROR): Allowed
  // memory size of 268435456 bytes exhausted (tried to allocate 131093752 bytes)`): the request or the worker dies.
  {
    kind: 'oom',
    pattern: /\bAllowed memory size of \d+ bytes exhausted\b/,
    detail: "out of memory (PHP's memory_limit)",
    whateverLevel: true,
    literals: ['Allowed memory size of'],
  },
  // An uncaught exception a Node app's logger reports as it dies (winston's handler, which exits:
  // `error: [localhost:80] uncaughtException: the database system is starting up`).
  { kind: 'exception', pattern: /\buncaughtException: \S/, detail: 'uncaught exception (Node, through its logger)', literals: ['uncaughtException: '] },
  // The Erlang VM's crash dump (RabbitMQ, CouchDB, EMQX): its header, and its slogan when the VM ran out of memory
  // (`Slogan: eheap_alloc: Cannot allocate 367904368 bytes of memory (of type "old_heap").`).
  {
    kind: 'oom',
    pattern: /^Slogan: \w+_alloc: Cannot allocate \d+ bytes of memory\b/,
    detail: 'the Erlang VM ran out of memory (its crash dump)',
    whateverLevel: true,
    literals: ['Slogan: '],
  },
  // Ruby's report of an exception nothing rescued: its frames under the message, each `from …` (`from
  // /opt/td-agent/…/fluent/config/section.rb:169:in `each'`; a logged exception's frames have no `from`).
  { kind: 'exception', pattern: /^\s*from \/\S*\.rb:\d+:in [`']/, detail: 'uncaught Ruby exception (its backtrace)', whateverLevel: true, literals: [':in `', ":in '"] },
  // zsh's report of a command a signal stopped (`zsh: segmentation fault  streamlit run st.py`, `zsh: killed  …`).
  {
    kind: 'segfault',
    pattern: /^zsh: (?:segmentation fault|bus error|illegal hardware instruction) +\S/,
    detail: 'a command stopped by a memory access fault, as zsh reports it',
    literals: ['zsh: '],
  },
  // s6-overlay's word on a service a signal stopped (Frigate's `[INFO] Service Frigate exited with code 256 (by signal
  // 11)`): a memory fault, or an abort, a trap, an illegal instruction (not TERM, KILL or INT: a stop).
  {
    kind: 'segfault',
    pattern: /\bexited with code \d+ \(by signal (?:7|11)\)/,
    detail: 'a supervised service died of a memory fault (s6)',
    whateverLevel: true,
    literals: ['(by signal '],
  },
  // The kernel's word on a process it stopped for a bad memory access, in the syslog or `dmesg` (`memcacheq[4940]:
  // segfault at 8 ip 0000000000403fb5 sp 00007ff16c0efcf0 error 6 in memcacheq[400000+d000]`, `memcacheq[28474]
  // general protection ip:403fb5 sp:7fffe810fe20 error:0 in memcacheq[400000+d000]`, `traps: x[1] general protection
  // fault ip:…`).
  {
    kind: 'segfault',
    pattern: /\bsegfault at [\da-f]+ ip [\da-f]+ sp [\da-f]+ error \d+|\bgeneral protection(?: fault)? ip:[\da-f]+ sp:[\da-f]+ error:[\da-f]+/,
    detail: 'the kernel stopped a process for a bad memory access',
    whateverLevel: true,
    literals: ['segfault at ', 'general protection'],
  },
  // A JVM out of direct memory (netty's `io.netty.util.internal.OutOfDirectMemoryError: failed to allocate 16777216
  // byte(s) of direct memory`, BookKeeper's `Unable to allocate memory, exiting bookie`).
  {
    kind: 'oom',
    pattern: /\bOutOfDirectMemoryError\b|\bUnable to allocate memory\b/,
    detail: 'out of memory: a direct buffer or an allocation was refused',
    literals: ['OutOfDirectMemoryError', 'Unable to allocate memory'],
  },
  // Kubernetes' events of a container started again and again (`Normal   Started    2m (x4 over 5m10s)   kubelet
  // Started container keycloak`): a crash loop, whatever the events' type, once it started a third time.
  {
    kind: 'crash-loop',
    pattern: /^\s*Normal\s+(?:Started|Created)\s+\S+ \(x(?:[3-9]|[1-9]\d+) over \S+\)\s+kubelet(?:, \S+)?\s+(?:Started|Created) container\b/,
    detail: 'a container started again and again (Kubernetes events)',
    whateverLevel: true,
    literals: ['Started container', 'Created container'],
  },
  // Accelerators out of memory: CUDA's own (`CUDA error: out of memory`, ggml and PyTorch print it) and XLA's
  // (`jaxlib.xla_extension.XlaRuntimeError: RESOURCE_EXHAUSTED: Out of memory while trying to allocate 4770354232
  // bytes.`).
  {
    kind: 'oom',
    pattern: /\bCUDA error: out of memory\b|\bRESOURCE_EXHAUSTED: Out of memory\b/,
    detail: 'out of memory on a GPU or an accelerator (CUDA, XLA)',
    whateverLevel: true,
    literals: ['CUDA error: out of memory', 'RESOURCE_EXHAUSTED: Out of memory'],
  },
  // A Go program's runtime that aborted (`runtime/cgo: pthread_create failed: Operation not permitted`, then
  // `SIGABRT: abort` and its registers), and Rust's panic message as a tracing field carries it (`ERROR meilisearch:
  // info=panicked at /usr/local/cargo/…/reader.rs:250:83: called \`Option::unwrap()\` on a \`None\` value`).
  {
    kind: 'panic',
    pattern: new RegExp([
      // Behind Compose's prefix too, in a terminal paste no envelope is read from (`navidrome-1  | SIGABRT: abort`).
      /^(?:[\w.-]+ +\| )?(?:(?:SIGABRT: abort|SIGILL: illegal instruction|SIGBUS: bus error)\s*$|runtime\/cgo: pthread_create failed: )/.source,
      /\bpanicked at \S+\.rs:\d+:\d+:/.source,
    ].join('|')),
    detail: 'a Go runtime or a Rust program aborted',
    whateverLevel: true,
    literals: ['SIGABRT: abort', 'SIGILL: illegal instruction', 'SIGBUS: bus error', 'pthread_create failed', 'panicked at '],
  },
  // Found in sets 251–256. Firmware and boards: ESP-IDF's panic handler (`Guru Meditation Error: Core  0 panic'ed
  // (LoadProhibited). Exception was unhandled.`), avrdude's last attempt to sync with a bootloader (`avrdude:
  // stk500_getsync() attempt 10 of 10: not in sync: resp=0x01`; an earlier one is a retry), nrfjprog's error through
  // west (`[error] [ Client] - Encountered error -90: Command erase_file executed for 92 milliseconds with result
  // -90`).
  // HPC: Open MPI's launcher (`ORTE was unable to reliably start one or more daemons.`), an nf-core pipeline's end at
  // INFO (`-[nf-core/differentialabundance] Pipeline completed with errors-`), Snakemake's own exceptions
  // (`CreateCondaEnvironmentException:`, `WorkflowError:`). Game servers: Minecraft's crash report (`---- Minecraft
  // Crash Report ----`, `Description: Exception in server tick loop`), Fabric's loader (`[main/ERROR]: Incompatible mod
  // set!`, `Incompatible mods found!`), TShock's (`Server crash: 6/7/2020 11:19:48 AM`, behind Compose's prefix in a
  // line pasted alone too). Java servers: Tomcat's
  // (`SEVERE: Cannot start server. Server instance is not configured.`), JBoss MSC's (`MSC00001: Failed to start
  // service jboss.deployment.unit."OCATS.war": …`). Erlang's supervisor that gave up (`… exit with reason
  // reached_max_restart_intensity in context child_terminated`), a Bitnami image's set-up script stopping on its error
  // (` 09:47:42.76 ERROR ==> Couldn't start RabbitMQ in background.`: its scripts exit after their ERROR lines), tar's
  // `Error is not recoverable: exiting now`.
  {
    kind: 'panic',
    pattern: /\bGuru Meditation Error: Core +\d+ panic'ed\b/,
    detail: 'a board panicked (ESP-IDF)',
    whateverLevel: true,
    literals: ['Guru Meditation'],
  },
  // Found in sets 269–274. The kernel's own: a panic (`Kernel panic - not syncing: VFS: Unable to mount root fs on
  // unknown-block(0,0)`), an oops (`Unable to handle kernel NULL pointer dereference at virtual address 0000000c`,
  // ARM's `Internal error: Oops: 17 [#2] ARM`, x86's `BUG: unable to handle …`, `general protection fault`), a CPU
  // stuck (`NMI watchdog: BUG: soft lockup - CPU#19 stuck for 22s! [migration/19:104]`), a task hung in D state
  // (`INFO: task DDRace64-Server:27090 blocked for more than 120 seconds.`), each behind its `[    0.987030] ` clock
  // or a syslog prefix (`… kernel: `).
  {
    kind: 'panic',
    pattern: new RegExp([
      /\bKernel panic - not syncing: |\b[Uu]nable to handle (?:kernel|page fault)\b|\bInternal error: Oops: /.source,
      /\bgeneral protection fault(?:, probably for non-canonical address|: 0{4})/.source,
      /\bBUG: soft lockup - CPU#\d+ stuck for /.source,
    ].join('|')),
    detail: 'the kernel panicked, oopsed or found a CPU stuck',
    whateverLevel: true,
    literals: ['Kernel panic - not', 'nable to handle ', 'Internal error: Oops', 'general protection fault', 'soft lockup - CPU'],
  },
  // Found in sets 305–310. Envoy's handler of an uncaught C++ exception (`[critical][main] [external/envoy/source/exe/
  // terminate_handler.cc:13] std::terminate called! (possible uncaught exception, see trace)`); the footer of mysqld's
  // crash report (`information that should help you find out what is causing the crash.`), which a paste keeps when
  // the lines above it are cut.
  {
    kind: 'exception',
    pattern: /\bstd::terminate called!|\binformation that should help you find out what is causing the crash\b/,
    detail: 'a server crashed (Envoy, MySQL)',
    whateverLevel: true,
    literals: ['std::terminate called', 'what is causing the crash'],
  },
  // A Go server's handler that panicked and was recovered: Gitea's page (`…errpage.go:26:RenderPanicErrorPage() [E]
  // PANIC: runtime error: invalid memory address or nil pointer dereference`), gin's middleware (`[Recovery]
  // 2020/02/17 - 13:46:02 panic recovered:`). The server lives on; the code crashed.
  {
    kind: 'panic',
    pattern: /\bPANIC: runtime error: |^\[Recovery\] [^\n]{0,40}\bpanic recovered:/,
    detail: "a server's request handler panicked (recovered: Gitea, gin)",
    whateverLevel: true,
    literals: ['PANIC: runtime error', 'panic recovered:'],
  },
  // Found in sets 323–328. A Rust task that tokio joined after it panicked (`Builder server error: task 230
  // panicked`, its JoinError); a GPU the kernel's NVIDIA driver lost (`NVRM: fallen off the bus and is not responding
  // to commands.`).
  {
    kind: 'panic',
    pattern: /\btask \d+ panicked\b/,
    detail: 'a Rust task panicked (tokio)',
    whateverLevel: true,
    literals: [' panicked'],
  },
  {
    kind: 'fatal',
    pattern: /\bfallen off the bus and is not responding\b/,
    detail: 'the kernel lost a GPU (NVIDIA)',
    whateverLevel: true,
    literals: ['fallen off the bus'],
  },
];
