/**
 * A server's, a daemon's or a service manager's words that it could not start or stopped on an error: databases,
 * web servers and proxies, brokers, application servers, systemd and supervisord, container engines and
 * orchestrators, game servers.
 */
import type { DeathPattern } from './pattern.js';

export const FATAL_WORDINGS: readonly DeathPattern[] = [
  { kind: 'fatal', pattern: /\[(?:emerg|alert|crit)\] /, detail: 'nginx/Apache emerg, alert or crit', literals: ['[emerg]', '[alert]', '[crit]'] },
  {
    kind: 'fatal',
    // Exim's `exim: could not open panic log - aborting: see message(s) above`.
    pattern: /(?<![\w-])Fatal (?:error|Python error)\b|\bnode::Abort\(\)|\bUnrecoverable error\b|\bPHP Parse error: |\bexiting abnormally\b| - aborting(?::|\.?\s*$)/,
    detail: 'fatal error',
    literals: ['Fatal error', 'hon error', 'node::Abort()', 'Unrecoverable error', 'PHP Parse error', 'exiting abnormally', ' - aborting'],
  },
  // A process that exited abnormally, as its parent or its launcher says: OpenSMTPD's `warn: lost child: smtp exited
  // abnormally` (said at WARN by the parent that goes down with it, `parent terminating`), EMQX's start script's
  // `['2020-03-28T03:02:59Z']:emqx exit abnormally`. Servers whose own words say they stopped: Cassandra's
  // `JVMStabilityInspector.java:82 - Exiting due to error while processing commit log during initialization.`,
  // CockroachDB's `ERROR: cockroach server exited with error: …`, Neo4j's `Neo4j cannot be started, because the
  // database files require upgrading …`.
  {
    kind: 'fatal',
    // The words end its line: logrotate's cron script's daily `ALERT exited abnormally with [1]` (Loghub's Linux
    // sample) is a report of a job's status, said the same way every night on a healthy host.
    pattern: /\bexit(?:ed)? abnormally\.?\s*$/,
    detail: 'a process exited abnormally',
    whateverLevel: true,
    literals: ['exited abnormally', 'exit abnormally'],
  },
  {
    kind: 'fatal',
    // conduwuit's `ERROR conduit: Critical error starting server: Corruption: …`, Mattermost's `Error starting server`.
    // Grafana's `lvl=eror msg="Server shutdown" logger=server reason="Service init failed: Migration failed err: …"`.
    // OpenVPN's `Exiting due to fatal error`, at notice.
    pattern: /\bExiting due to (?:fatal )?error\b|\bserver exited with error\b|\bcannot be started, because\b|\b[Ee]rror starting (?:the )?server\b|^Service init failed: /,
    detail: 'a server said it stopped on an error (Cassandra, CockroachDB, Neo4j, conduwuit, Mattermost, Grafana)',
    literals: [
      'Exiting due to error', 'Exiting due to fatal error', 'server exited with error', 'cannot be started, because', 'rror starting server', 'rror starting the server',
      'Service init failed: ',
    ],
  },
  { kind: 'fatal', pattern: /\[ERROR\] (?:\[MY-\d+\] \[Server\] )?Aborting\s*$/, detail: 'mysqld aborted', literals: ['Aborting'] },
  { kind: 'fatal', pattern: /\S died\. Shutting down\b/, detail: 'a supervised process died', literals: [' died. Shutting down'] },
  { kind: 'fatal', pattern: /\bfatal task error\b|\b(?:Rejected|REJECTED) (?:less than a second|about an? \w+|\d+ \w+) ago\b/, detail: 'swarm task failed to start', literals: ['fatal task error', 'Rejected ', 'REJECTED '] },
  // A swarm task that failed, as `docker service ps` and `docker stack ps` list it (`Shutdown   Failed 8 seconds
  // ago   "starting container failed: oci runtime error…"`); one the scheduler cannot place (`Pending 33 seconds
  // ago   "no suitable node (scheduling constraints not satisfied on 1 node)"`); and the image a node cannot find,
  // in `docker service create`'s progress (`1/1: No such image: crazy-max/swarm-cronjob:latest`) or the table's
  // ERROR column (not `docker rmi`'s `Error: No such image: x`, a clean-up that found nothing to remove).
  {
    kind: 'fatal',
    // A failed task whose ERROR is its exit code is that exit (EXIT_CODE), which says more; but for 137 and 143, which
    // the row's own `Shutdown` (its desired state) would excuse as a stop: a task that failed was not stopped.
    pattern: new RegExp([
      /\b(?:Failed|FAILED) (?:less than a second|about an? \w+|\d+ \w+) ago\b(?! +"task: non-zero exit \((?!137\)|143\))\d)/.source,
      /"no suitable node \(|^\d+\/\d+: No such image: \S|"No such image: \S/.source,
    ].join('|')),
    detail: 'swarm task failed, cannot be placed, or has no image',
    literals: [
      ' second ago', ' seconds ago', ' minute ago', ' minutes ago', ' hour ago', ' hours ago', ' day ago', ' days ago',
      ' week ago', ' weeks ago', ' month ago', ' months ago', 'no suitable node', 'No such image: ',
    ],
  },
  // systemd and systemctl (`Failed to start caddy.service: Unit caddy.service has a bad unit file setting.`,
  // the boot console's `[FAILED] Failed to start MySQL Server.`), and any process saying so first.
  // Keycloak's `ERROR: Failed to start server in (nonserver) mode`, LXD's `Failed starting container`; a Java server's
  // behind its logger in a layout no grammar reads (log4j's `[main] ERROR org.apache.pulsar.PulsarStandaloneStarter -
  // Failed to start pulsar service.`, JBoss's `ERROR [org.apache.activemq.artemis.core.server] AMQ224097: Failed to
  // start server: …`).
  {
    kind: 'fatal',
    pattern: new RegExp([
      /(?:^(?:\[FAILED\] )?|\bERROR: |\bERROR (?:\[[\w.$-]{1,200}\] )?(?:[\w.$]{1,200} - )?(?:[A-Z]{2,8}\d{4,6}: )?)Failed to start \S/.source,
      /\bFailed starting container\b/.source,
    ].join('|')),
    detail: 'failed to start',
    literals: ['Failed to start ', 'Failed starting container'],
  },
  // Elasticsearch (its checks, its `org.elasticsearch.bootstrap.StartupException: …`), MongoDB (and the CPU 5.0 needs,
  // which it says as a warning before it dies of an illegal instruction), RabbitMQ.
  {
    kind: 'fatal',
    pattern: /\bbootstrap checks failed\b|\bbootstrap\.StartupException: |\bexception in initAndListen\b|\bBOOT FAILED\b|\brequires a CPU with AVX support\b/,
    detail: 'a server refused to start (Elasticsearch, MongoDB, RabbitMQ)',
    whateverLevel: true,
    literals: ['bootstrap', 'initAndListen', 'BOOT FAILED', 'with AVX support'],
  },
  // mysqld's crash banner (`11:40:21 UTC - mysqld got signal 11 ;`); Redis that cannot save its data and so will
  // not exit (its container is then killed).
  {
    kind: 'fatal',
    pattern: /\bmysqld got signal \d+ ;|\bhandle_fatal_signal\b|\bError trying to save the DB, can't exit\b|\berrors trying to shut down the server\b/,
    detail: 'a database server crashed or cannot stop (mysqld, Redis)',
    whateverLevel: true,
    literals: ['got signal ', 'handle_fatal_signal', 'save the DB, can', 'errors trying to shut down'],
  },
  { kind: 'fatal', pattern: /\binitdb: error: |\bpg_ctl: could not start server\b/, detail: 'postgres could not start', literals: ['initdb: error', 'could not start server'] },
  // The shell's word for a child killed by a signal that dumps core: `Aborted`, `Illegal instruction`, `Bus error` ….
  {
    kind: 'fatal',
    pattern: /^\*\*\* (?:Aborted at \d|SIG[A-Z]+ \(@0x[\da-f]+\) received by PID)|\b(?:Aborted|Illegal instruction|Bus error|Floating point exception|Trace\/breakpoint trap|Quit) +\(core dumped\)/,
    detail: 'aborted',
    literals: ['*** Aborted at', ' received by PID', '(core dumped)'],
  },
  // A platform the image was not built for (`no matching manifest for linux/arm64/v8 in the manifest list entries`).
  {
    kind: 'fatal',
    pattern: /\bFailed to pull image "|\btoomanyrequests: |\bno matching manifest for \S+ in the manifest list entries\b/,
    detail: 'image pull failed',
    literals: ['Failed to pull image', 'toomanyrequests', 'no matching manifest'],
  },
  // The kubelet could not run (`kubelet: Exit with error: failed to run Kubelet: failed to create kubelet: …`).
  { kind: 'fatal', pattern: /\bfailed to run Kubelet: /, detail: 'the kubelet could not run', literals: ['failed to run Kubelet'] },
  // A database server's crash report: Redis's and Valkey's (`=== VALKEY BUG REPORT END. Make sure to include from START
  // to END. ===`, `------ STACK TRACE ------`), mysqld's (`Hope that's ok; if not, decrease some variables in the
  // equation.`): printed only as the server dies.
  {
    kind: 'fatal',
    pattern: /\b(?:REDIS|VALKEY|KEYDB) BUG REPORT (?:START|END)\b|^------ STACK TRACE ------\s*$|\bHope that's ok; if not, decrease some variables in the equation\b/,
    detail: 'a database server printed its crash report (Redis, Valkey, mysqld)',
    whateverLevel: true,
    literals: ['BUG REPORT', '------ STACK TRACE', 'decrease some variables'],
  },
  // An app that crashed on a device or a desktop: Chromium's crash handler (`Received signal 11 SEGV_MAPERR
  // 000000000000`, Electron's renderer), a macOS crash report (`Exception Type:        EXC_BAD_INSTRUCTION (SIGILL)`),
  // Android's native crash (a tombstone's `signal 6 (SIGABRT), code -6 (SI_TKILL), fault addr --------`, its first
  // frame `#00 pc …`), an ANR (`ANR in cn.1111.panel`), ActivityManager's `Force finishing activity` and `app died,
  // no saved state`, an instrumentation run whose process crashed (`INSTRUMENTATION_RESULT: shortMsg=Process
  // crashed.`, `INSTRUMENTATION_FAILED: …`).
  {
    kind: 'fatal',
    pattern: new RegExp([
      /\bReceived signal \d+ SEG[VA]_\w+|^Exception Type:\s+EXC_[A-Z_]+ \(SIG[A-Z]+\)/.source,
      /\bsignal \d+ \(SIG(?:ABRT|SEGV|BUS|ILL|FPE|TRAP|SYS)\), code -?\d+|(?:^|\s)#00 +pc [0-9a-fx]+ /.source,
      /\bANR in \S|\bForce finishing activity\b|\bapp died, no saved state\b|\bshortMsg=Process crashed\b|^INSTRUMENTATION_FAILED: /.source,
    ].join('|')),
    detail: 'an app crashed (a native crash, a crash report, an ANR, a crashed instrumentation run)',
    whateverLevel: true,
    literals: [
      'Received signal ', 'Exception Type:', '(SIGABRT), code', '(SIGSEGV), code', '(SIGBUS), code', '(SIGILL), code',
      '(SIGFPE), code', '(SIGTRAP), code', '(SIGSYS), code', '#00 pc', '#00  pc', 'ANR in ', 'Force finishing activity',
      'app died, no saved state', 'shortMsg=Process crashed', 'INSTRUMENTATION_FAILED',
    ],
  },
  // Certificate clients whose run ends without a certificate: certbot (`Some challenges have failed.`, `All renewal
  // attempts failed. The following certs could not be renewed:`), acme.sh (`[Fri Jan 27 13:40:07 UTC 2023]
  // techblogcore.top:Verify error:"error":{`; a CA that refused to sign: `[Wed Sep 26 06:02:48 UTC 2018] Sign failed:
  // "detail":"Error creating new cert :: too many certificates already issued …"`). Not a proxy that retries on its
  // own (Caddy's `will retry`, Traefik's `Unable to obtain ACME certificate`): it stays up, and its errors are errors
  // seen.
  {
    kind: 'fatal',
    pattern: /^\s*Some challenges have failed\.|\bAll renewal attempts failed\. |^\[[^\]\n]{10,40}\] (?:[\w*.-]+:Verify error:|Sign failed\b)/,
    detail: 'a certificate client got no certificate (certbot, acme.sh)',
    literals: ['challenges have failed', 'renewal attempts failed', ':Verify error:', 'Sign failed'],
  },
  // Image builders' last word (kaniko's `error pushing image: failed to push to destination …`, `error building image:
  // error building stage: …`, buildah's `ERRO[0005] error pushing image "…" to "…": …`), the classic docker builder's
  // failed step (`COPY failed: file not found in build context or excluded by .dockerignore: …`).
  {
    kind: 'fatal',
    pattern: /\berror (?:building|pushing) image\b|^(?:COPY|ADD) failed: /,
    detail: 'an image build or push failed (kaniko, buildah, docker build)',
    literals: ['error building image', 'error pushing image', 'COPY failed: ', 'ADD failed: '],
  },
  // Start-ups a bad configuration ends: Grafana's image (`GF_PATHS_DATA='/var/lib/grafana' is not writable.`),
  // Mosquitto's (`1638180773: Error found at /etc/mosquitto/mosquitto.conf:17.`, under the option it refused),
  // Frigate's banner (`2023-04-28 16:16:58.028317405  ***    Config Validation Errors    ***`); rake's task that
  // aborted, whose stderr a script may prefix (YunoHost's `Warning: Tasks: TOP => db:migrate`).
  {
    kind: 'fatal',
    pattern: new RegExp([
      /^GF_PATHS_[A-Z]+='[^'\n]*' is not writable\.|^(?:\d{10}: )?Error found at \S+:\d+\.\s*$/.source,
      /(?:^|\s)\*{3} +Config Validation Errors +\*{3}|(?:^|: )Tasks: TOP => \S/.source,
    ].join('|')),
    detail: 'a start-up ended on its configuration (Grafana, Mosquitto, Frigate), or a rake task aborted',
    whateverLevel: true,
    literals: ["' is not writable.", 'Error found at ', 'Config Validation Errors', 'Tasks: TOP => '],
  },
  // `docker stack deploy` (and Portainer on a swarm) stopping on the daemon's refusal: `failed to create service
  // mon_caddy: Error response from daemon: rpc error: code = InvalidArgument desc = port '9090' is already in use …`,
  // `failed to update secret credentials: Error response from daemon: … only updates to Labels are allowed`. Caddy
  // that cannot adapt its configuration (`Error: adapting config using caddyfile: parsing caddyfile tokens for 'tls':
  // wrong argument count …`: `caddy run` exits on it; Caddy 2.3's `run: adapting config using caddyfile: …`). abseil's
  // failure signal handler, in the C++ servers built on
  // it (Dragonfly's `*** SIGABRT received at time=1704781659 on cpu 4 ***`).
  {
    kind: 'fatal',
    pattern: new RegExp([
      /\bfailed to (?:create|update) (?:service|secret|config|network) [^:\n]{1,200}: Error response from daemon: /.source,
      /\b(?:Error|run): adapting config using \w+: |^\*\*\* SIG[A-Z]{2,6} received at time=\d+/.source,
    ].join('|')),
    detail: 'a stack deploy the daemon refused, a Caddy config it cannot adapt, a C++ server\'s fatal signal (abseil)',
    literals: ['Error response from daemon', 'adapting config using', ' received at time='],
  },
  // A test run's browser that died or never started: ChromeDriver's (`unknown error: Chrome failed to start: exited
  // abnormally`, `WebDriverException (100): chrome not reachable`), Cypress's (`We detected that the Chromium Renderer
  // process just crashed.`, `There was a problem spawning Xvfb.`).
  {
    kind: 'fatal',
    pattern: /\bChrome failed to start: (?:crashed|exited abnormally)\b|\bchrome not reachable\b|\bWe detected that the Chromium Renderer process just crashed\b|\bThere was a problem spawning Xvfb\b/,
    detail: 'a test run\'s browser crashed or could not start (ChromeDriver, Cypress)',
    literals: ['Chrome failed to start', 'chrome not reachable', 'Renderer process just crashed', 'problem spawning Xvfb'],
  },
  // Storage and backup daemons: Ceph's assert and crash handler (`FAILED assert(bdev[id]->get_size() >= …)`, `***
  // Caught signal (Aborted) **`), a zpool with faulted devices (`status: One or more devices are faulted in response to
  // persistent errors.`), Kopia (`ERROR Found 1 fatal error(s) while snapshotting …`), Samba's smbd leaving
  // (`../../lib/util/become_daemon.c:121(exit_daemon)`).
  {
    kind: 'fatal',
    pattern: new RegExp([
      /\*\*\* Caught signal \([A-Z][\w ]*\) \*\*|\bFAILED (?:ceph_)?assert\(|\bceph::__ceph_assert_fail\b/.source,
      /\bOne or more devices are faulted in response to persistent errors\b|\bFound [1-9]\d* fatal error\(s\) while snapshotting\b|\(exit_daemon\)/.source,
    ].join('|')),
    detail: 'a storage or backup daemon failed (Ceph, ZFS, Kopia, Samba)',
    whateverLevel: true,
    literals: [
      'Caught signal (', 'FAILED assert(', 'FAILED ceph_assert(', '__ceph_assert_fail', 'devices are faulted', 'fatal error(s) while',
      '(exit_daemon)',
    ],
  },
  // Game servers: Paper's and Spigot's watchdog (`The server has stopped responding!`), a port they cannot bind (`****
  // FAILED TO BIND TO PORT!`), Forge's (`java.lang.Exception: Mod Loading has failed`), SteamCMD's update (`Error! App
  // '2430930' state is 0x2 after update job.`), Factorio's (`changing state from(CreatingGame)
  // to(InitializationFailed)`).
  {
    kind: 'fatal',
    pattern: new RegExp([
      /\bThe server has stopped responding!|\*\*\*\* FAILED TO BIND TO PORT!|\bMod Loading has failed\b/.source,
      /^Error! App '\d+' state is 0x[\da-fA-F]+ after update job\b|\bto\(InitializationFailed\)/.source,
    ].join('|')),
    detail: 'a game server stopped (Paper, Spigot, Forge, SteamCMD, Factorio)',
    whateverLevel: true,
    literals: ['stopped responding!', 'FAILED TO BIND TO PORT', 'Mod Loading has failed', 'after update job', 'to(InitializationFailed)'],
  },
  // systemd gave up starting a unit. Not its `Failed with result 'exit-code'.`: a unit stopped on purpose
  // whose process exits 143 on SIGTERM says that too.
  // Nor the restarts it gave up (`zerotier-one.service: Start request repeated too quickly.`), a unit it could not set
  // up (`tailscaled.service: Failed with result 'resources'.`), one that dumped core or was killed for memory.
  {
    kind: 'fatal',
    pattern: new RegExp([
      // Its first word in lower case too (`systemd-userdbd.service: start operation timed out. Terminating.`).
      /\.service: [Ss]tart operation timed out\. Terminating\.|\.service: Start request repeated too quickly\b/.source,
      // systemd before 232 (`start request repeated too quickly for haproxy.service`), and `systemctl status` of a
      // unit it gave up on (`Active: failed (Result: start-limit) since …`).
      /\bstart request repeated too quickly for [\w@.:-]+\.service\b/.source,
      // Or stopped since (`Active: inactive (dead) (Result: core-dump) since …`, netdata/netdata#15211).
      /\bActive: (?:failed|inactive \(dead\)) \(Result: (?:start-limit(?:-hit)?|core-dump|oom-kill|resources|timeout|protocol|signal)\)/.source,
      // Older systemd names no `Start` (kubernetes-era CentOS: `docker.service operation timed out.`): stopping
      // says `stopping timed out` there.
      /\.service (?:start(?:-pre|-post)? )?operation timed out\b/.source,
      // A unit that broke its start-up's protocol (`Failed with result 'protocol'`: a forking daemon whose PID file
      // never came, i-ky/effluence#22), in journalctl -x's words too (`The unit zabbix-server.service has entered the
      // 'failed' state with result 'protocol'.`).
      /\.service: Failed with result '(?:resources|start-limit-hit|core-dump|oom-kill|protocol)'/.source,
      /\.service has entered the 'failed' state with result '(?:resources|start-limit-hit|core-dump|oom-kill|protocol)'/.source,
    ].join('|')),
    detail: 'a systemd unit did not start, or gave up restarting, or died',
    whateverLevel: true,
    literals: [
      'tart operation timed out', 'request repeated too quickly', "Failed with result '", 'operation timed out', 'Active: failed (Result: ',
      'Active: inactive (dead) (Result: ', "state with result '",
    ],
  },
  // The runtime or the platform says it could not start the container or the program.
  {
    kind: 'fatal',
    pattern: /\bOCI runtime (?:create|exec|start) failed\b|\bCannot start (?:service|container) \S+: |\bError starting daemon: /,
    detail: 'docker could not start the container (or itself)',
    literals: ['OCI runtime', 'Cannot start service', 'Cannot start container', 'Error starting daemon'],
  },
  { kind: 'fatal', pattern: /\bCould not find or load main class\b/, detail: 'the JVM could not start: main class missing', literals: ['load main class'] },
  { kind: 'fatal', pattern: /^(?:Error: |run: )?loading initial config: /, detail: 'Caddy could not load its config', literals: ['loading initial config'] },
  { kind: 'fatal', pattern: /\bFPM initialization failed\b/, detail: 'php-fpm could not start', literals: ['FPM initialization'] },
  { kind: 'fatal', pattern: /\bstartup failed due to previous errors\b/, detail: 'a Tomcat web application failed to start', literals: ['startup failed'] },
  // The master says it at INFO, as it shuts down.
  { kind: 'fatal', pattern: /\bWorker failed to boot\b/, detail: 'gunicorn: a worker failed to boot', whateverLevel: true, literals: ['failed to boot'] },
  { kind: 'fatal', pattern: /\bFatal [Aa]ssertion \d+|\baborting after fassert\(\) failure\b/, detail: 'MongoDB fatal assertion', whateverLevel: true, literals: ['Fatal Assertion', 'Fatal assertion', 'fassert()'] },
  // A C or C++ assertion aborts its process: glibc's `prog: file.c:12: main: Assertion `x' failed.`,
  // BSD's and MSVC's `Assertion failed: x, file f.c, line 12`, old mongod's `Assertion failure x file 486`,
  // InnoDB's `InnoDB: Assertion failure in file …/btr0cur.cc line 335` (then `We intentionally generate a
  // memory trap.`); padded with spaces as a terminal capture leaves it (Redpanda's seastar); seastar's abort that
  // follows (`Aborting on shard 0.`).
  {
    kind: 'fatal',
    pattern: /\bAssertion [`'][^`'\n]*' failed\.\s*$|^Aborting on shard \d+\.\s*$|^Assertion failed: [^\n]*, line \d+\.?$|\bAssertion failure \S+ \S+ \d+$|\bAssertion failure in (?:thread \d+ in )?file \S+ line +\d+/,
    detail: 'an assertion failed (the process aborts)',
    whateverLevel: true,
    literals: ["' failed.", 'Assertion failed: ', 'Assertion failure ', 'Aborting on shard'],
  },
  // InnoDB that cannot start, so neither can mysqld or mariadbd (`[ERROR] InnoDB: Plugin initialization aborted with
  // error Generic error`, then `[ERROR] Plugin 'InnoDB' init function returned error.`).
  {
    kind: 'fatal',
    pattern: /\bInnoDB: Plugin initialization aborted\b|\bPlugin '?InnoDB'? init function returned error\b/,
    detail: 'InnoDB could not start (mysqld or mariadbd with it)',
    literals: ['Plugin initialization aborted', 'init function returned error'],
  },
  { kind: 'fatal', pattern: /\bmember [\da-f]+ has already been bootstrapped\b/, detail: 'etcd refused to start: its member was bootstrapped before', literals: ['been bootstrapped'] },
  { kind: 'fatal', pattern: /^Command error$|\bcommand traefik error: /, detail: 'Traefik could not start: its command failed', literals: ['Command error', 'command traefik error'] },
  // Redis writes its warnings and its fatal start-up errors under `#`.
  { kind: 'fatal', pattern: / # Fatal: /, detail: 'redis could not start', whateverLevel: true, literals: ['# Fatal: '] },
  // Python, Node and Ruby web servers that cannot load their application: uvicorn, uWSGI (it then serves 500s),
  // Strapi, Puma.
  {
    kind: 'fatal',
    pattern: new RegExp([
      /\bError loading ASGI app\b|\bunable to load app \d+ \(mountpoint=|\bno app loaded\. going in full dynamic mode\b|\bno python application found\b/.source,
      // Puma, which then exits (`[7] ! Unable to load application: ActiveRecord::ConnectionNotEstablished: …`).
      /\bServer wasn't able to start properly\b|(?:^|\] )! Unable to load application: /.source,
    ].join('|')),
    detail: 'a web server cannot load its application (uvicorn, uWSGI, Strapi, Puma)',
    whateverLevel: true,
    literals: ['Error loading ASGI app', 'unable to load app', 'no app loaded', 'no python application found', "wasn't able to start properly", 'Unable to load application'],
  },
  // Servers that gave up starting: Cassandra, Tomcat (Catalina itself, a web application in it), WildFly (a
  // deployment, a boot with errors), Spring Boot's web server, Jenkins' plugins, ASP.NET's host, ClickHouse, LXC,
  // a FreeBSD rc script.
  {
    kind: 'fatal',
    pattern: new RegExp([
      /\bException(?: \([\w.$]+\))? encountered during startup\b/.source,
      /\bTomcat is unable to start\b|\bError initializing Catalina\b|\bA child container failed during start\b/.source,
      /\bWFLYCTL0186: +Services which failed to start\b|\bWFLYSRV0021: Deploy of deployment "[^"\n]*" was rolled back\b/.source,
      /\bstarted \(with errors\) in \d+ms\b|\bWFLYCTL0013: Operation \("deploy"\) failed\b/.source,
      /\bFailed to start bean '|\bWeb server failed to start\b|\bconnector configured to listen on port \d+ failed to start\b/.source,
      /\bFailed Loading plugin\b/.source,
      // Serilog's and NLog's layouts may run the exception on without a space (`Hosting failed to startSystem.IO…`).
      /(?:^|\s)Hosting failed to start(?![a-z])/.source,
      / <(?:Error|Fatal)> Application: /.source,
      /\bThe container failed to start\b/.source,
      /^Cannot '(?:start|restart)' \S+\. Set \S+_enable to YES\b/.source,
    ].join('|')),
    detail: 'a server gave up starting (Cassandra, Tomcat, WildFly, Spring Boot, Jenkins, .NET host, ClickHouse, LXC, rc.d)',
    whateverLevel: true,
    literals: ['encountered during startup', 'is unable to start', 'Error initializing Catalina', 'child container failed', 'WFLYCTL0186',
      'WFLYSRV0021', 'started (with errors)', 'WFLYCTL0013', 'Failed to start bean', 'Web server failed to start', 'configured to listen on port',
      'Failed Loading plugin', 'Hosting failed to start', '> Application: ', 'container failed to start', '_enable to YES'],
  },
  // Elixir says it at notice: `[notice] Application x exited: X.Application.start(:normal, []) returned an error: …`.
  { kind: 'fatal', pattern: /\bexited: [\w.]+\.start\(:normal, \[\]\) returned an error: /, detail: 'an Elixir application could not start', whateverLevel: true, literals: ['returned an error: '] },
  { kind: 'fatal', pattern: /\brunning driver failed: /, detail: 'Nomad could not start the task', whateverLevel: true, literals: ['running driver failed'] },
  // Kubernetes: a rollout that gave up, a pod no node can take.
  { kind: 'fatal', pattern: /\bexceeded its progress deadline\b|\bProgressDeadlineExceeded\b/, detail: 'a Kubernetes rollout failed', whateverLevel: true, literals: ['progress deadline', 'DeadlineExceeded'] },
  { kind: 'fatal', pattern: /\bFailedScheduling\b/, detail: 'a pod cannot be scheduled (Kubernetes)', whateverLevel: true, literals: ['FailedScheduling'] },
  // An event row (`kubectl describe`'s Events, `kubectl get events`, with its namespace column or not) whose reason
  // says the pod cannot come up: its volumes, its sandbox, its hooks, the pods a controller cannot create.
  // Not `Unhealthy`: a readiness probe fails while a pod starts.
  {
    kind: 'fatal',
    pattern: /^\s*(?:\S+\s+){0,2}Warning\s+(?:FailedMount|FailedAttachVolume|FailedCreatePodSandBox|FailedPostStartHook|FailedCreate|Evicted)\s/,
    detail: 'a pod cannot come up (a Kubernetes warning event)',
    whateverLevel: true,
    literals: ['FailedMount', 'FailedAttachVolume', 'FailedCreate', 'FailedPostStartHook', 'Evicted'],
  },
  // systemctl could not start a unit (an install script's last word): `Job for k3s.service failed because …`; an
  // older systemctl's `Job for docker.service failed. See 'systemctl status docker.service' …`, as Ansible quotes it
  // (`msg: …`).
  {
    kind: 'fatal',
    pattern: /^(?:msg: )?Job for \S+ failed(?: because |\. See ')/,
    detail: 'a systemd unit failed to start',
    whateverLevel: true,
    literals: ['Job for '],
  },
  // Entry points and daemons that stop in their own words: the MySQL and MariaDB images' (`[ERROR] [Entrypoint]:
  // MYSQL_USER="root", …`: its error function exits), docker-compose-wait's (`Timeout! After 30 seconds some hosts are
  // still not reachable`), strongSwan's charon (`initialization failed - aborting charon`, `charon has died -- restart
  // scheduled`), Zigbee2MQTT's (`Failed to start zigbee`, then `Exiting...`), Frigate's watchdog (`Ffmpeg process
  // crashed unexpectedly for cam1.`); SQLite that finds its file corrupt (`database disk image is malformed`).
  {
    kind: 'fatal',
    pattern: new RegExp([
      /\[ERROR\] \[Entrypoint\]: |\bTimeout! After \d+ seconds some hosts are still not reachable\b/.source,
      /\binitialization failed - aborting charon\b|\bcharon has died\b|\bFailed to start zigbee\b/.source,
      /\bprocess crashed unexpectedly\b|\bdatabase disk image is malformed\b/.source,
    ].join('|')),
    detail: 'an entry point or a daemon stopped (a database image, a wait, strongSwan, Zigbee2MQTT, Frigate, SQLite)',
    literals: [
      '[ERROR] [Entrypoint]', 'hosts are still not reachable', 'aborting charon', 'charon has died', 'Failed to start zigbee',
      'crashed unexpectedly', 'disk image is malformed',
    ],
  },
  // Database and JVM servers that stop at start, in their own words (several at INFO or WARN): initdb before
  // PostgreSQL 12 (`initdb: directory "/var/lib/postgresql/data" exists but is not empty`, `initdb: could not change
  // permissions of directory …`), the MySQL image's older entry point (`error: database is uninitialized and password
  // option is not specified`), Patroni (`INFO: failed to start postgres`), SonarQube's process monitor (`Process
  // exited with exit value [es]: 1`), Neo4j (`ERROR Failed to start Neo4j: …`, `ServerStartupException`), Vert.x
  // (`Failed in deploying verticle`), Quarkus (`java.lang.RuntimeException: Failed to start quarkus`).
  {
    kind: 'fatal',
    pattern: new RegExp([
      /^initdb: (?:error: )?(?:directory "[^"\n]{1,300}" exists but is not empty|could not change permissions of directory )/.source,
      /\bdatabase is uninitialized and password option is not specified\b|\bfailed to start postgres\b/.source,
      /\bProcess exited with exit value \[\w+\]: [1-9]\d*|\bFailed to start Neo4j\b|\bServerStartupException\b/.source,
      /\bFailed in deploying verticle\b|\bFailed to start quarkus\b/.source,
    ].join('|')),
    detail: 'a database or a JVM server stopped at start (initdb, the MySQL image, Patroni, SonarQube, Neo4j, Vert.x, Quarkus)',
    whateverLevel: true,
    literals: [
      'exists but is not empty', 'could not change permissions of directory', 'password option is not specified',
      'failed to start postgres', 'Process exited with exit value', 'Failed to start Neo4j', 'ServerStartupException',
      'Failed in deploying verticle', 'Failed to start quarkus',
    ],
  },
  // Servers that stop at start, in their own words: Prometheus (`msg="Opening storage failed" err="open DB in data/:
  // Locked by other process"`), Graylog (`Graylog startup failed. Exiting. Exception was:`), Zabbix (`cannot use
  // database "zabbix": Zabbix server cannot work with a Zabbix proxy database`); a C++ program's crash stack as
  // backward-cpp prints it (`Stack trace (most recent call last) in thread 144219:`, Typesense).
  {
    kind: 'fatal',
    pattern: new RegExp([
      /\bOpening storage failed\b|\b[Ss]tartup failed\. Exiting\b|\bcannot use database "[^"\n]{0,64}": /.source,
      /\bStack trace \(most recent call last\) in thread \d+:/.source,
    ].join('|')),
    detail: 'a server stopped at start or crashed (Prometheus, Graylog, Zabbix, a C++ crash stack)',
    literals: ['Opening storage failed', 'tartup failed. Exiting', 'cannot use database', ') in thread '],
  },
  // Airflow's webserver whose gunicorn master died with its workers (`ERROR - [0 / 0] Some workers seem to have died
  // and gunicorn did not restart them as expected`): it stops serving.
  {
    kind: 'fatal',
    pattern: /\bSome workers seem to have died and gunicorn did not restart them\b/,
    detail: "Airflow's webserver lost its gunicorn workers",
    literals: ['gunicorn did not restart them'],
  },
  // Data pipelines' jobs and tasks that stopped: a Kafka Connect task (`ERROR WorkerSinkTask{id=jdbc-sink-0} Task threw
  // an uncaught and unrecoverable exception. Task is being killed and will not recover until manually restarted.`,
  // its `ConnectException: Exiting WorkerSinkTask due to unrecoverable exception.`), Debezium's connector (`ERROR
  // Postgres|…|streaming  Producer failure   [io.debezium.pipeline.ErrorHandler]`, then its task is killed), a dbt run
  // (`10:31:13  Encountered an error:`, then `Database Error` or `Runtime Error`: dbt exits 2), a Great Expectations
  // checkpoint (`Validation Failed!`), a Flink job without slots (`NoResourceAvailableException: Could not allocate
  // enough slots`).
  {
    kind: 'fatal',
    pattern: new RegExp([
      /\bwill not recover until manually restarted\b|\bExiting Worker(?:Sink|Source)Task due to unrecoverable exception\b/.source,
      /\bProducer failure\b|^(?:\d\d:\d\d:\d\d\s+)?Encountered an error:\s*$|^Validation [Ff]ailed!|\bNoResourceAvailableException\b/.source,
    ].join('|')),
    detail: 'a data pipeline\'s job or task stopped (Kafka Connect, Debezium, dbt, Great Expectations, Flink)',
    literals: [
      'will not recover until manually restarted', 'due to unrecoverable exception', 'Producer failure', 'Encountered an error:',
      'Validation Failed!', 'Validation failed!', 'NoResourceAvailableException',
    ],
  },
  // A sanitizer that stops the program: AddressSanitizer's `==36243==ERROR: AddressSanitizer: stack-use-after-scope on
  // address …` (it aborts; a paste may have lost the pid: `==ERROR: AddressSanitizer: heap-use-after-free …`),
  // LeakSanitizer's and MemorySanitizer's alike; any sanitizer's closing summary of what it found (`SUMMARY:
  // ThreadSanitizer: data race ../src/linux/platform.c:417 in …`, `SUMMARY: UndefinedBehaviorSanitizer:
  // undefined-behavior …`, behind CTest's `66: ` too).
  // Its last line (`==4196==ABORTING`), where an excerpt lost the report's first.
  {
    kind: 'fatal',
    pattern: /==(?:\d+==)?ERROR: (?:AddressSanitizer|LeakSanitizer|MemorySanitizer): |\bSUMMARY: (?:Address|Leak|Memory|Thread|UndefinedBehavior)Sanitizer: |^==\d+==ABORTING\s*$/,
    detail: 'a sanitizer stopped the program (AddressSanitizer, LeakSanitizer, MemorySanitizer)',
    whateverLevel: true,
    literals: ['==ERROR: AddressSanitizer', '==ERROR: LeakSanitizer', '==ERROR: MemorySanitizer', 'SUMMARY: ', '==ABORTING'],
  },
  // Windows' service control manager, a service that did not start (`[SC] StartService FAILED 1053:`, sc.exe).
  {
    kind: 'fatal',
    pattern: /^\[SC\] StartService FAILED \d+:/,
    detail: 'a Windows service did not start (sc.exe)',
    whateverLevel: true,
    literals: ['StartService FAILED'],
  },
  // Zabbix's daemons before they detach: `zabbix_agentd [64730]: ERROR: StartAgents is not 0, parameter "Server"
  // must be defined`, `zabbix_agentd [21899]: cannot open "/var/…/zabbix_agentd.log": [13] Permission denied`,
  // `zabbix_agent2 [1]: ERROR: Cannot register plugins: …`: zbx_error() on stderr, then exit(EXIT_FAILURE).
  {
    kind: 'fatal',
    pattern: /\bzabbix_(?:agentd?|agent2|server|proxy) \[\d+\]: (?:ERROR: |cannot )/,
    detail: 'a Zabbix daemon could not start',
    literals: ['zabbix_agentd [', 'zabbix_agent [', 'zabbix_agent2 [', 'zabbix_server [', 'zabbix_proxy ['],
  },
  // Next.js's `next start` with no build (`Error: Could not find a production build in the '/calcom/apps/web/.next'
  // directory.`): the server exits. n8n that cannot open its database (`There was an error initializing DB:
  // "SQLITE_CANTOPEN: unable to open database file"`, then `Stopping n8n...`).
  {
    kind: 'fatal',
    pattern: /\bCould not find a production build in the\b|\bThere was an error initializing DB\b/,
    detail: 'a Node.js server could not start (Next.js without its build, n8n without its database)',
    literals: ['Could not find a production build', 'error initializing DB'],
  },
  // A server that refuses its configuration at start: HAProxy, Apache httpd (and apachectl's verdict),
  // Envoy, Prometheus and Alertmanager, Consul and Vault (`==> …`).
  {
    kind: 'fatal',
    pattern: /\bFatal errors found in configuration\b|\bSyntax error on line \d+ of \S|^Action '[^'\n]*' failed\.|\berror initializing config(?:uration)? '|\bError loading config(?:uration)?\b|^==> (?:[Ff]ailed to|Error) /,
    detail: 'a server refused its configuration',
    literals: ['Fatal errors found', 'Syntax error on line', "Action '", 'error initializing config', 'Error loading config', '==> failed to', '==> Failed to', '==> Error'],
  },
  // A port already taken: the server cannot listen, and exits.
  // Mosquitto says it `Error: Address already in use` as it stops; twemproxy names what it could not listen on
  // (`nc_stats.c:846 listen on m 4 failed: Address already in use`).
  {
    kind: 'fatal',
    pattern: new RegExp([
      /\bjava\.net\.BindException\b|\bbind: address already in use\b|\blisten EADDRINUSE\b|\bError: Address already in use\b/.source,
      /\(Errno::EADDRINUSE\)|\b(?:bind|listen)(?: on| to)? [^\s:]+(?: [^\s:]+){0,3} failed: Address already in use\b/.source,
    ].join('|')),
    detail: 'address already in use',
    literals: ['BindException', 'address already in use', 'EADDRINUSE', 'Address already in use'],
  },
  // Spring Boot's exception for it (`PortInUseException: Port 8080 is already in use`), and Redis that cannot
  // bind its Unix socket (`# Opening Unix socket: bind: No such file or directory`), which it says only as it exits.
  {
    kind: 'fatal',
    pattern: /\bPortInUseException: Port \d+ is already in use\b|# Opening Unix socket: \S/,
    detail: 'the server could not listen',
    literals: ['PortInUseException', 'Opening Unix socket'],
  },
  // A failed CHECK of glog, Abseil or TensorFlow (`F0407 01:31:07.673615  5759 math_functions.cpp:250] Check failed:
  // a <= b (0 vs. -1.19209e-07)`, an old TensorFlow's `F tensorflow/core/kernels/strided_slice_op.cc:316] Check failed:
  // …` with no time), and TensorFlow's TF_CHECK_OK (`] Non-OK-status: …`): LOG(FATAL), the process aborts.
  {
    kind: 'fatal',
    pattern: /\] (?:Check failed|Non-OK-status): /,
    detail: 'a CHECK failed (glog, Abseil, TensorFlow): the process aborts',
    literals: ['] Check failed: ', '] Non-OK-status: '],
  },
  // Model servers and distributed jobs whose worker died: Ollama's model runner (`error starting llama runner: llama
  // runner process has terminated`, `llama runner process no longer running: 3221226505`), TorchServe's (`Load model
  // failed: DocTag, error: Worker died.`), a Ray actor (`The actor died because of an error raised in its creation
  // task`, `The actor died unexpectedly before finishing this task`).
  {
    kind: 'fatal',
    pattern: new RegExp([
      /\bllama runner process (?:has terminated|no longer running)\b|\bLoad model failed: [\w.-]+, error: Worker died\b/.source,
      /\bThe actor died (?:because of an error raised in its creation task|unexpectedly before finishing this task)\b/.source,
    ].join('|')),
    detail: 'a model server\'s or a job\'s worker died (Ollama, TorchServe, Ray)',
    // TorchServe says it at WARN.
    whateverLevel: true,
    literals: ['llama runner process', 'error: Worker died', 'The actor died'],
  },
  // A service of Guava's ServiceManager that failed (`Service IndexerSetupService [FAILED] has failed in the STARTING
  // state.`, Graylog's server, which then exits hard): the manager stops the server with it.
  {
    kind: 'fatal',
    pattern: /\bhas failed in the (?:STARTING|RUNNING) state\b/,
    detail: 'a service of Guava\'s ServiceManager failed: the server stops',
    literals: ['has failed in the '],
  },
  // Agents and servers that stop on their configuration: Fluent Bit (`[error] configuration file contains errors,
  // aborting.`), Vector (`ERROR vector::cli: Configuration error. error=No sources defined in the config.`, `ERROR
  // vector: Config file not found in path.`; before 0.10 `ERROR vector::topology: Configuration error: Source "in":
  // …`), Graylog's injector (`ERROR [CmdLineTool] Guice error (more detail on log level debug): Error injecting
  // constructor, …`), Guice's own `CreationException: Unable to create injector`.
  {
    kind: 'fatal',
    pattern: new RegExp([
      /\berrors?, aborting\.?\s*$/.source,
      /\bvector(?:::cli|::topology)?: (?:Configuration error[.:]|Config file not found in path\.)/.source,
      /\bGuice (?:error|creation errors)\b|\bCreationException: Unable to create injector\b/.source,
    ].join('|')),
    detail: 'a server could not start on its configuration (Fluent Bit, Vector, Guice)',
    literals: [
      'errors, aborting', 'error, aborting', 'Configuration error.', 'Configuration error:', 'Config file not found in path', 'Guice error',
      'Guice creation errors', 'Unable to create injector',
    ],
  },
  // Daemons that could not start, in their own words: Ceph's OSD (`** ERROR: unable to open OSD superblock on
  // /var/lib/ceph/osd/ceph-3: (2) No such file or directory`, `** ERROR: osd init failed: …`), Unbound whose module
  // failed (`error: module init for module validator failed`), Phusion Passenger that could not start an app
  // (`Could not spawn process for application /home/decidim/decidim-app: …`), wg-quick without WireGuard in the
  // kernel (`Unable to access interface: Protocol not supported`).
  {
    kind: 'fatal',
    pattern: new RegExp([
      /\*\* ERROR: (?:unable to open OSD superblock|osd init failed|error converting store|unable to mount object store)\b/.source,
      /\bmodule init for module \S+ failed\b|\bCould not spawn process for application\b/.source,
      /^Unable to access interface: /.source,
    ].join('|')),
    detail: 'a daemon could not start (Ceph, Unbound, Passenger, WireGuard)',
    literals: ['** ERROR: ', 'module init for module', 'Could not spawn process for application', 'Unable to access interface'],
  },
  // Tomcat deploys a web application whose listeners or filters failed to start: the application is not started.
  {
    kind: 'fatal',
    pattern: /\bOne or more (?:listeners|Filters) failed to start\b/,
    detail: 'a web application failed to start (its listeners or filters)',
    literals: ['listeners failed to start', 'Filters failed to start'],
  },
  // A server that may not listen, or cannot: Go's `listen tcp :80: bind: permission denied` (Traefik), HAProxy's
  // `Starting frontend fe_web: cannot bind socket (Permission denied) [0.0.0.0:80]`, `cannot create listening
  // socket [:::2375]` and its `Some protocols failed to start their listeners! Exiting.`; Apache's `no listening
  // sockets available, shutting down` after `make_sock: could not bind to address`, then `AH00015: Unable to open
  // logs`.
  {
    kind: 'fatal',
    pattern: new RegExp([
      /\blisten (?:tcp|udp)[46]? \S{0,80}: bind: permission denied\b|\bcannot bind socket\b|\b(?:cannot|Unable to) create listening socket\b/.source,
      /\bSome protocols failed to start their listeners\b|\berror while attempting to bind on address\b/.source,
      /\bno listening sockets available, shutting down\b|\bAH00015: Unable to open logs\b/.source,
    ].join('|')),
    detail: 'a server could not listen (HAProxy, Apache, a Go server, uvicorn, OpenDKIM)',
    literals: [
      'bind: permission denied', 'cannot bind socket', 'listening socket', 'failed to start their listeners', 'attempting to bind on address',
      'AH00015: Unable to open logs',
    ],
  },
  { kind: 'fatal', pattern: /\bA server is already running\. Check \S/, detail: 'Rails: a stale server.pid', literals: ['server is already running'] },
  // An entrypoint that cannot write where it must (a volume owned by another user, a file mounted as a
  // directory): under `set -e` it exits. coreutils' wording, bash's and busybox's for a redirection
  // (`/sbin/docker-prepare.sh: line 72: …: Permission denied`, `line 58: can't create …: Is a directory`),
  // rsync's when the image copies its files into the volume (Nextcloud's upgrade).
  {
    kind: 'fatal',
    pattern: new RegExp('^(?:mkdir|touch|cp|mv|ln|install): cannot (?:create|touch) [^\\n]*: Permission denied\\s*$'
      + '|(?:^|\\s)\\S+: line \\d+: [^:\\n]+: (?:Permission denied|Is a directory)\\s*$|^rsync: \\[(?:receiver|sender|generator)\\] [^\\n]*: Permission denied \\(13\\)'),
    detail: 'permission denied at start',
    literals: ['cannot create', 'cannot touch', 'Permission denied', 'Is a directory'],
  },
  {
    kind: 'fatal',
    pattern: /\bMongo\w*Error: failed to connect to server \[[^\]\n]{1,200}\] on first connect\b/,
    detail: 'could not reach MongoDB at start',
    literals: ['on first connect'],
  },
  // A server that cannot begin: its storage layer (MinIO's object layer), a fork for a background save
  // (Redis), any allocation the kernel refused (ENOMEM's wording).
  { kind: 'fatal', pattern: /\bInitializ(?:ing|ation of) [^\n]{1,80}? failed\b/, detail: 'initialization failed', literals: ['Initializ'] },
  // Brokers, directories and stores that cannot start, in their own words: the Erlang VM's end during boot
  // (RabbitMQ, CouchDB, ejabberd), Kafka's, ZooKeeper's unreadable data, Redis's append-only file, MinIO's
  // backend, Ceph's gateway, OpenLDAP's database, a Go program's goroutine dump (its `panic:` line cut off
  // above), a daemon's own `prog: Fatal: …` (Dovecot, Postfix), gunicorn's worker killed by a signal, and an
  // error that says it exits (`Error: Please fix your configuration. Exiting...`).
  {
    kind: 'fatal',
    pattern: new RegExp([
      /^Runtime terminating during boot\b|\bExiting \w+ due to fatal exception\b|\bUnable to load database on disk\b/.source,
      /\bBad file format reading the append only file\b|\bCan't open the append-only file\b/.source,
      /\bUnable to initialize backend: |\bInitialization timeout, failed to initialize\b|\bbi_db_open failed!/.source,
      // Not s6-svscanctl that finds its supervisor gone, as it does while a container stops.
      // The dump may follow a logger's prefix (k9s: `12:11PM ERR goroutine 1 [running]:`, derailed/k9s#392).
      /(?:^|\s)goroutine \d+ \[running\]:\s*$|^[\w.-]+(?:\[\d+\])?:(?: [\w-]+:)? [Ff]atal: (?!unable to control \S+: supervisor not listening)\S/.source,
      // gunicorn's worker killed by a signal (by its number when Python has no name for it: `Worker (pid:8) was
      // sent code 132!`); uWSGI's (`DAMN ! worker 2 (pid: 83) died, killed by signal 9 :( trying
      // respawn ...`); Airflow's webserver whose gunicorn never answered (`No response from gunicorn master within 120
      // seconds`).
      /\bWorker \(pid:\d+\) was sent (?:SIGKILL|SIGBUS|SIGSEGV|SIGABRT|code \d+)!|\bDAMN ! worker \d+ \(pid: \d+\) died\b/.source,
      /\bNo response from gunicorn master within \d+ seconds\b/.source,
      // Behind a logger's bracketed name too (Zipline: `2023-01-05 07:06:52,884 PM error [database::migrations]
      // Failed to migrate database... exiting...`).
      // The Prometheus operator's main (`msg="Unhandled error received. Exiting..." err="…"`).
      /^(?:[^\]\n]{0,80}\] )?(?:Error|ERROR|FATAL|Fatal|Failed|Unable|Cannot|Could not|Unhandled)\b:? [^\n]*[.,] [Ee]xiting(?:\.{3}|\.)?\s*$/.source,
    ].join('|')),
    detail: 'a server could not start or was killed (a broker, a directory, a store, a Go program, a daemon)',
    literals: [
      'during boot', 'due to fatal exception', 'load database on disk', 'append only file', 'append-only file',
      'initialize backend', 'Initialization timeout', 'bi_db_open failed', ' [running]:', ': Fatal: ', ': fatal: ',
      'was sent SIG', 'was sent code ', '. Exiting', ', exiting', '. exiting', ', Exiting', 'DAMN ! worker', 'No response from gunicorn master',
    ],
  },
  // Observability and media servers that stop at start, in their own words: the config that Loki, Tempo and
  // Mimir cannot parse (dskit's `failed parsing config:`), Loki's `error initialising`, Alertmanager's config,
  // Telegraf's agent, npm's start script that failed (Node-RED), a C++ program's uncaught exception under
  // libc++ (Plex), .NET's FailFast and an exception that left Main (Emby, Jellyfin).
  {
    kind: 'fatal',
    pattern: new RegExp([
      /^failed parsing config: |\berror initialising (?:loki|module)\b|\bLoading configuration file failed\b|\bError running agent: /.source,
      /\bFailed to exec \w+ script\s*$|^libc\+\+abi: terminating with uncaught exception\b|\bat System\.Environment\.FailFast\(/.source,
      // C# 9's top-level statements (`at Program.<Main>$(String[] args) in /build/src/Program.cs:line 31`,
      // iPromKnight/zilean#25).
      /^\s*at [\w.]+\.<?Main>?\$?\((?:System\.)?String\[\] args\)(?: in \S+:line \d+)?\s*$/.source,
    ].join('|')),
    detail: 'a server stopped at start (its config, its agent, its start script, an uncaught exception)',
    literals: [
      'failed parsing config', 'error initialising', 'Loading configuration file failed', 'Error running agent',
      'Failed to exec', 'libc++abi: terminating', 'Environment.FailFast', '[] args)',
    ],
  },
  {
    kind: 'fatal',
    pattern: new RegExp([
      /\bThis program has encountered a fatal error and cannot continue running\b|^Non-recoverable failure, waiting for user intervention/.source,
      /\bBootFailedException\b|^Boot failed: |\bFATAL UNHANDLED EXCEPTION\b|\bContainer could not be started\b/.source,
      // BIND's named and unbound stopping on their own error.
      /\bexiting \(due to fatal error\b|\] fatal error: \S/.source,
    ].join('|')),
    detail: 'a server stopped at start (SQL Server, a .NET app, BIND, unbound)',
    literals: [
      'encountered a fatal error', 'Non-recoverable failure', 'BootFailedException', 'Boot failed: ', 'FATAL UNHANDLED EXCEPTION',
      'Container could not be started', 'due to fatal error', 'fatal error: ',
    ],
  },
  // HAProxy: every server of a backend is down, so its requests fail.
  { kind: 'fatal', pattern: /\bbackend '?[^'\s]+'? has no server available!/, detail: 'a proxy backend has no server left (HAProxy)', whateverLevel: true, literals: ['has no server available'] },
  { kind: 'fatal', pattern: /\b[Nn]o space left on device\b/, detail: 'disk full', whateverLevel: true, literals: ['o space left on device'] },
  // glibc's allocator that found its heap corrupt aborts the process (then `Aborted (core dumped)`): before 2.26
  // ``*** Error in `sidekiq 4.2.10 …': double free or corruption (fasttop): 0x00007f597888c280 ***``, since
  // `free(): double free detected in tcache 2`, `malloc(): corrupted top size`, `munmap_chunk(): invalid pointer`.
  {
    kind: 'fatal',
    pattern: new RegExp([
      /^\*\*\* Error in `[^`'\n]*': |^(?:free|malloc|realloc|munmap_chunk|malloc_consolidate)\(\): (?:double free detected|invalid (?:pointer|size|next size)|corrupted|unaligned)/.source,
      /^(?:double free or corruption \(|corrupted size vs\. prev_size\b)/.source,
    ].join('|')),
    detail: 'glibc found the heap corrupt and aborted the process',
    whateverLevel: true,
    literals: ['*** Error in `', '(): double free', '(): invalid ', '(): corrupted', '(): unaligned', 'double free or corruption', 'corrupted size vs'],
  },
  // A Bitnami image whose set-up script failed: the container exits (`Error executing 'postInstallation': Message:
  // The database migration in Ghost encountered an error.`).
  { kind: 'fatal', pattern: /^Error executing '[A-Za-z]+': /, detail: "a Bitnami image's set-up failed", whateverLevel: true, literals: ["Error executing '"] },
  // Servers that could not start, in their own words: Jenkins (`Caused: hudson.util.HudsonFailedToLoad`, its
  // cause-first trace), Rspamd (`rspamd_config_read: rcl parse error: one_shot attribute is not boolean …`),
  // maturin building a Python package (`💥 maturin failed`).
  {
    kind: 'fatal',
    pattern: /\bhudson\.util\.HudsonFailedToLoad\b|\brspamd_config_read: rcl parse error: |💥 maturin failed\b/,
    detail: 'a server or a build could not start (Jenkins, Rspamd, maturin)',
    whateverLevel: true,
    literals: ['HudsonFailedToLoad', 'rcl parse error', '💥 maturin failed'],
  },
  // A Go server's main that gave up, logged as it exits: Loki's `level=error … msg="error running loki"
  // err="failed services…"`, Woodpecker's `"message":"error running server"`, Prometheus 1's `Error opening memory
  // series storage: …`, oauth2-proxy's `[main.go:43] ERROR: failed to load core options: …`, Consul's agent, which
  // reports its own exit at INFO (`[INFO]  agent: Exit code: code=1`); identity servers that
  // did not start: Kanidm's `Failed to start server core!`, LLDAP's `Could not bring up the servers: …`, FreeIPA's
  // `The ipa-replica-install command failed.` and `FreeIPA server configuration failed.`
  {
    kind: 'fatal',
    pattern: new RegExp([
      /\b[Ee]rror running [\w-]+(?=\s*$|"| \|| err(?:or)?=)|\bError opening memory series storage: |\[main\.go:\d+\] ERROR: /.source,
      /\bFailed to start server core!|\bCould not bring up the servers\b|\bThe ipa-(?:server|replica|client)-install command failed\b/.source,
      /^FreeIPA server configuration failed\.|\bagent: Exit code: code=[1-9]\d*\b/.source,
    ].join('|')),
    detail: 'a server gave up at start (Loki, Woodpecker, Prometheus, oauth2-proxy, Consul, Kanidm, LLDAP, FreeIPA)',
    whateverLevel: true,
    literals: [
      'rror running ', 'Error opening memory series storage', '[main.go:', 'Failed to start server core', 'Could not bring up the servers',
      'install command failed', 'FreeIPA server configuration failed', 'agent: Exit code',
    ],
  },
  { kind: 'fatal', pattern: /^=erl_crash_dump:\d+\.\d+\s*$/, detail: "the Erlang VM's crash dump", whateverLevel: true, literals: ['=erl_crash_dump:'] },
  // Log shippers that stopped: a Beat's last word (`Exiting: error initializing publisher: No outputs are defined.`,
  // libbeat's `CRIT Exiting: …` before it), Fluentd's supervisor on its worker (`Worker 0 finished unexpectedly with
  // signal SIGSEGV`, at info; `… with status 1`).
  {
    kind: 'fatal',
    pattern: /^(?:\S+ \S+ \S+: CRIT )?Exiting: \S|\bWorker \d+ finished unexpectedly with (?:signal \w+|status [1-9]\d*)/,
    detail: 'a log shipper stopped (a Beat, a Fluentd worker)',
    whateverLevel: true,
    literals: ['Exiting: ', 'finished unexpectedly with'],
  },
  // Servers that stopped, in their own words: Asterisk (`check_init: Module initialization failed.  ASTERISK
  // EXITING!`), Exim refusing its configuration (`Exim configuration error in line 30 of …`), TeamSpeak's crash
  // (`TeamSpeak server has crashed. A crashdump has been generated at "…"`), Factorio's mod error that ends the game
  // (`Error while running event factorissimo-2-notnotmelon::on_built_entity (ID 6)`), a daemon refusing to start
  // (Kanidm's `ERROR: Refusing to start - unable to create kanidmd exclusive lock at …`).
  {
    kind: 'fatal',
    pattern: new RegExp([
      /\bASTERISK EXITING!|\bExim configuration error in line \d+|\bhas crashed\. A crash ?dump has been generated\b/.source,
      // Not a scheduler that skips one run (`Refusing to start backup, another one is running`).
      /^Error while running event \S+ \(ID \d+\)|\bRefusing to start(?: -|:|\.?\s*$)/.source,
    ].join('|')),
    detail: 'a server stopped (Asterisk, Exim, TeamSpeak, Factorio, a daemon refusing to start)',
    whateverLevel: true,
    literals: ['ASTERISK EXITING', 'Exim configuration error', 'dump has been generated', 'Error while running event', 'Refusing to start'],
  },
  // A broker or a server that did not come up in time (`EMQ X Broker 4.2.3 failed to start within 15 seconds,`),
  // gdb's word on a core (`Program terminated with signal SIGABRT, Aborted.`).
  {
    kind: 'fatal',
    pattern: /\bfailed to start within \d+ seconds\b|^Program terminated with signal SIG[A-Z]+\b/,
    detail: 'a server did not start in time, or a program died of a signal (gdb)',
    whateverLevel: true,
    literals: ['failed to start within', 'Program terminated with signal'],
  },
  // Workflow engines that lost a run: Prefect's flow run (`Flow run 'statuesque-starling' - Crash detected! Execution
  // was interrupted by an unexpected exception.`), Passenger's app that failed to boot (`App 473617 output: Error: The
  // application encountered the following error: expected file … to define constant ShrAutonotesV2, but didn't
  // (Zeitwerk::NameError)`).
  {
    kind: 'fatal',
    pattern: /\bCrash detected! Execution was (?:interrupted|terminated)\b|\bThe application encountered the following error: \S/,
    detail: 'a flow run crashed (Prefect), or an app failed to boot (Passenger)',
    literals: ['Crash detected!', 'encountered the following error'],
  },
  // Servers and agents that say they died or gave up, found in sets 221–226: Fluentd's supervisor (`fluentd main
  // process died unexpectedly. restarting.`, after `process finished code=6`), Tomcat's deployer (`SEVERE [main]
  // …HostConfig.deployWAR Error deploying web application archive [/…/WebAPI.war]`), WildFly's (`WFLYCTL0348: Timeout
  // after [300] seconds waiting for service container stability. Operation will roll back.`) and its CLI batch (`The
  // batch failed with the following error: :`, `WFLYCTL0062: Composite operation failed and was rolled back.`),
  // Micronaut (`Error starting Micronaut server: null`), a Galera node (`[ERROR] WSREP: failed to open gcomm backend
  // connection: 110: failed to reach primary view`), a start script that gave up (`Couln't start Elasticsearch.
  // Exiting.`, spelt as the sebp/elk image prints it).
  {
    kind: 'fatal',
    pattern: new RegExp([
      /\bprocess died unexpectedly\b|\bprocess finished code=[1-9]\d*\b|\bError deploying web application (?:archive|directory)\b/.source,
      /\bWFLYCTL0348: Timeout after \[\d+\] seconds waiting for service container stability\b/.source,
      /^The batch failed with the following error\b|\bWFLYCTL0062: Composite operation failed and was rolled back\b/.source,
      /\bError starting Micronaut server\b|\bWSREP: failed to open gcomm backend connection\b/.source,
      /\b(?:[Cc]ould(?:n'?t| not)|Couln't|[Cc]an(?:no|')t|[Uu]nable to|[Ff]ailed to) start [\w .-]{1,60}[.!] Exiting\b/.source,
    ].join('|')),
    detail: 'a server or agent died or gave up (Fluentd, Tomcat, WildFly, Micronaut, Galera, a start script)',
    whateverLevel: true,
    literals: [
      'process died unexpectedly', 'process finished code=', 'Error deploying web application', 'WFLYCTL0348', 'The batch failed',
      'WFLYCTL0062', 'Error starting Micronaut', 'open gcomm backend', ' Exiting',
    ],
  },
  // ggml's aborts (llama.cpp, Ollama's runner): a failed assertion (`src/llama.cpp:3504: GGML_ASSERT(cell.has_seq_id(
  // seq_id)) failed`) and a CUDA call that failed (`ggml-cuda.cu:132: CUDA error`), each followed by a backtrace.
  {
    kind: 'fatal',
    pattern: /^\S+:\d+: GGML_ASSERT\(.*\) failed$|^\S+\.cu:\d+: CUDA error$/,
    detail: 'a native program aborted on a failed check (ggml: llama.cpp, Ollama)',
    whateverLevel: true,
    literals: ['GGML_ASSERT(', ': CUDA error'],
  },
  {
    kind: 'fatal',
    pattern: /\bterminating connection because of crash of another server process\b/,
    detail: 'PostgreSQL crashed under a client (a server process died)',
    whateverLevel: true,
    literals: ['because of crash of another'],
  },
  {
    kind: 'fatal',
    pattern: new RegExp([
      /\bThis is unrecoverable condition, restart required\b|\bthis node is terminating because\b/.source,
      /\bError when starting up\. +Failing\.|\[ERROR\]\[o\.[eo]\.b\.Bootstrap *\] /.source,
    ].join('|')),
    detail: 'a database or search server stopped (Galera, CockroachDB, Druid, Elasticsearch, OpenSearch)',
    whateverLevel: true,
    literals: ['unrecoverable condition, restart required', 'this node is terminating because', 'Error when starting up', 'b.Bootstrap'],
  },
  {
    kind: 'fatal',
    pattern: new RegExp([
      /^-{4} Minecraft Crash Report -{4}|^Description: Exception in server tick loop\b|\bIncompatible mod(?: set|s found)!/.source,
      /^(?:[\w.-]+ +\| )?Server crash: \d|\bCannot start server\. Server instance is not configured\b|\bMSC0+1: Failed to start service\b/.source,
      // A Salt minion that stops and restarts itself (`[ERROR   ] Minion failed to start`, then `** Restarting
      // minion **`).
      /\bMinion failed to start\b/.source,
    ].join('|')),
    detail: 'a game server or a Java application server crashed or could not start (Minecraft, Fabric, TShock, Tomcat, JBoss)',
    whateverLevel: true,
    literals: [
      'Minecraft Crash Report', 'Exception in server tick loop', 'Incompatible mod', 'Server crash: ', 'Server instance is not configured',
      ': Failed to start service', 'Minion failed to start',
    ],
  },
  // Crashes: Open MPI's peer that died (`An MPI communication peer process has unexpectedly disconnected.`), a Ceph
  // daemon's crash dump (` NOTE: a copy of the executable, or `objdump -rdS <executable>` is needed to interpret
  // this.`), KubeVirt's domain (`kubevirt domain status: Shutoff(5):Crashed(3)`, at info), KVM's (`KVM internal error.
  // Suberror: 1`), an old macOS assertion (`qobject/qjson.c:69: failed assertion `obj != NULL'`).
  {
    kind: 'fatal',
    pattern: new RegExp([
      /\bAn MPI communication peer process has unexpectedly disconnected\b|\bobjdump -rdS <executable>.? is needed to interpret this\b/.source,
      /\bShutoff\(\d+\):Crashed\(\d+\)|^KVM internal error\. Suberror: \d|:\d+: failed assertion `/.source,
    ].join('|')),
    detail: 'a process crashed (Open MPI, Ceph, KubeVirt, KVM, an assertion)',
    whateverLevel: true,
    literals: ['unexpectedly disconnected', 'objdump -rdS', '):Crashed(', 'KVM internal error', 'failed assertion'],
  },
  // Servers that did not start: CouchDB's HTTP layer (`Failure to start Mochiweb: eaddrinuse`), Neo4j 2's start script
  // (`Neo4j Server may have failed to start, please check the logs.`, after `Failed to start within 120 seconds.`).
  {
    kind: 'fatal',
    pattern: /\bFailure to start Mochiweb: |\bServer may have failed to start\b|\bFailed to start within \d+ seconds\b/,
    detail: 'a server did not start (CouchDB, Neo4j)',
    whateverLevel: true,
    literals: ['Failure to start Mochiweb', 'may have failed to start', 'Failed to start within'],
  },
  {
    kind: 'fatal',
    pattern: /\bINFO: task \S+:\d+ blocked for more than \d+ seconds\./,
    detail: 'a task hung (the kernel found it blocked)',
    whateverLevel: true,
    literals: ['blocked for more than'],
  },
  // Found in sets 275–280. A docker image's entrypoint whose set-up failed (ClickHouse's `ClickHouse init process
  // failed.`, the MySQL image's `MySQL init process failed.`); Traefik's entrypoint whose server stopped
  // (`ERRO[…] Error while starting server: set tcp …: setsockopt: invalid argument  entryPointName=web`).
  {
    kind: 'fatal',
    pattern: /\b\w+ init process failed\.?\s*$|\bError while starting server: /,
    detail: "a server's set-up or its listener failed (an image's entrypoint, Traefik)",
    whateverLevel: true,
    literals: ['init process failed', 'rror while starting server'],
  },
  // An app built on uber-go/fx whose start failed (`ERROR fx fxevent/zap.go:59 OnStart hook failed {…}`, `start failed,
  // rolling back`); the OpenTelemetry Collector's (`collector server run finished with error: failed to get config:
  // …`).
  {
    kind: 'fatal',
    pattern: /\bOnStart hook failed\b|\bstart failed, rolling back\b|\bcollector server run finished with error: /,
    detail: 'an app did not start (uber-go/fx, the OpenTelemetry Collector)',
    whateverLevel: true,
    literals: ['OnStart hook failed', 'start failed, rolling back', 'run finished with error'],
  },
  // Found in sets 305–310. gunicorn 19's worker killed by a signal (`Worker with pid 21 was terminated due to signal
  // 6`, after its `WORKER TIMEOUT`; SIGTERM and SIGINT are its shutdown's); Envoy's listener that could not bind
  // (`[critical][config] … listener 'localhost_10001' failed to listen on address '127.0.0.1:10001' on worker`).
  {
    kind: 'fatal',
    pattern: /\bWorker with pid \d+ was terminated due to signal (?:4|6|7|8|9|11)\b|\blistener '[^'\n]{1,200}' failed to listen on address '/,
    detail: 'a server could not serve: a worker killed, a listener not bound (gunicorn, Envoy)',
    whateverLevel: true,
    literals: ['terminated due to signal', 'failed to listen on address'],
  },
  // Found in sets 311–316. rclone's error that ends its sync (`ERROR : Got fatal error on delete: --max-delete
  // threshold reached`); the kubelet's pod that cannot start without its volumes (`Unable to mount volumes for pod
  // "ruby-sample-build-2_test": secrets "mysecret" not found; skipping pod`, later `Unable to attach or mount volumes:
  // unmounted volumes=[…]`); WordPress that cannot reach its database (`Error establishing a database connection`, its
  // page printed by WP-CLI too); Kafka's broker that gave up (`ERROR Exiting Kafka. (kafka.Kafka$)`, `Fatal error
  // during KafkaServer startup. Prepare to shutdown`).
  {
    kind: 'fatal',
    pattern: new RegExp([
      /\bGot fatal error on \w+: |\bUnable to (?:attach or )?mount volumes(?: for pod\b|: unmounted volumes=)/.source,
      /\bError establishing a database connection\b/.source,
      /\bExiting Kafka(?:\.| due to fatal exception)|\bFatal error during KafkaServer startup\b/.source,
    ].join('|')),
    detail: 'a service could not go on (rclone, the kubelet, WordPress, Kafka)',
    whateverLevel: true,
    literals: ['Got fatal error on', 'mount volumes', 'Error establishing a database connection', 'Exiting Kafka', 'during KafkaServer startup'],
  },
  // Found in sets 317–322. g3log's handler of a fatal signal, which ends its program (Typesense: `Exiting after fatal
  // event  (FATAL_SIGNAL). Fatal type:  SIGABRT`, `exitWithDefaultSignalHandler:238. Exiting due to FATAL_SIGNAL, 6`);
  // Ghost-CLI's error, which it closes with its doctor's hint (`A GhostError occurred.`, `Try running ghost doctor to
  // check your system for known issues.`).
  {
    kind: 'fatal',
    pattern: new RegExp([
      /\bExiting after fatal event\s+\(FATAL_SIGNAL\)|\bExiting due to FATAL_SIGNAL\b/.source,
      /^A Ghost\w*Error occurred\.|^Try running ghost doctor to check your system for known issues\b/.source,
    ].join('|')),
    detail: 'a program died on a fatal signal, or a Ghost command failed (g3log, Ghost-CLI)',
    whateverLevel: true,
    literals: ['FATAL_SIGNAL', 'Error occurred.', 'ghost doctor'],
  },
];
