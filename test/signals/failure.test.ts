import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { InputSignals } from '../../src/signals/failure.js';
import type { LogEvent } from '../../src/events.js';
import { parse } from '../parsers/lines.js';
import { runInProcess } from '../cli/fixtures.js';
import { jsonOutput } from '../json.js';


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

test("supervisord's program that keeps exiting 0 unexpectedly is a respawn loop from its third exit; once is a one-shot", () => {
  // Supervisor/supervisor#1663: a wrapper script supervisord respawned every few seconds.
  const loop = [
    '2024-10-30 04:42:49,149 INFO spawned: \'postgresql\' with pid 1102',
    '2024-10-30 04:42:49,192 WARN exited: postgresql (exit status 0; not expected)',
    '2024-10-30 04:42:52,532 INFO spawned: \'postgresql\' with pid 1288',
    '2024-10-30 04:42:52,567 WARN exited: postgresql (exit status 0; not expected)',
    '2024-10-30 04:42:56,641 INFO spawned: \'postgresql\' with pid 1325',
    '2024-10-30 04:42:56,676 WARN exited: postgresql (exit status 0; not expected)',
  ];
  assert.equal(signals(loop), [undefined, undefined, undefined, undefined, undefined, 'crash-loop']);
  // One exit of each of three programs: three one-shot programs, no loop.
  assert.equal(signals([
    '2024-10-30 04:42:49,192 WARN exited: migrate (exit status 0; not expected)',
    '2024-10-30 04:42:49,192 WARN exited: seed (exit status 0; not expected)',
    '2024-10-30 04:42:49,192 WARN exited: warmup (exit status 0; not expected)',
  ]), [undefined, undefined, undefined]);
});

test('a non-zero exit is a failure; 0 never; 137 and 143 only before a stop is announced', () => {
  // docker-library/tomcat#146: `docker stop`, then `docker ps -a`.
  assert.equal(signals(['$ docker stop tomcat', '91c01eccfdda   tomcat   "catalina.sh run"   About a minute ago   Exited (143) 7 seconds ago   tomcat']), [undefined, undefined]);
  assert.equal(signals(['91c01eccfdda   tomcat   "catalina.sh run"   About a minute ago   Exited (143) 7 seconds ago   tomcat']), ['exit']);
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

/** Deaths of other runtimes, servers and tools, as public reports show them: [source, line, signal]. */
const REPORTED: ReadonlyArray<[string, string, string | undefined]> = [
    ['ermak-dev/cloudpub#6', "2025-07-28 12:33:16 ERROR panic: thread 'main' panicked at 'called `Result::unwrap()` on an `Err` value: RelativeUrlWithoutBase': client/src/config.rs:321", 'panic'],
    ['MaterializeInc/materialize#26551', "thread 'test_storage_usage_collection_interval' panicked at src/environmentd/tests/server.rs:1228:5:", 'panic'],
    ['docker-archive/classicswarm#1067', '2015/07/16 18:56:26 http: panic serving 10.0.2.2:55145: runtime error: invalid memory address or nil pointer dereference', 'panic'],
    ['nodejs/docker-node#2195', '            triggerUncaughtException(err, true /* fromPromise */);', 'exception'],
    ['nodejs/docker-node#2195', '[UnhandledPromiseRejection: This error originated either by throwing inside of an async function without a catch block.] {', 'exception'],
    ['nodejs/docker-node#2195', 'Node.js v18.19.0', 'exception'],
    ['Koenkk/zigbee2mqtt#4428', '# Fatal error in , line 0', 'fatal'],
    ['pinojs/pino#1817', ' 1: 0x1025be045 node::Abort() [/Users/me/.nvm/versions/node/v18.18.0/bin/node]', 'fatal'],
    ['ErikJiang/market_monitor#10', '2019-03-25T13:49:07.305293Z 0 [ERROR] [MY-010119] [Server] Aborting', 'fatal'],
    ['docker-library/mysql#386', '2018-02-28T17:19:05.147677Z 0 [ERROR] Aborting', 'fatal'],
    ['fecshop/yii2_fecshop_docker#4', '1:M 05 Mar 02:45:23.032 # Fatal error loading the DB: Permission denied. Exiting.', 'fatal'],
    ['BaseAdresseNationale/addok-docker#9', '1:M 03 Jun 21:43:02.365 # Short read or OOM loading DB. Unrecoverable error, aborting now.', 'fatal'],
    ['ModestCoders/dockerfiles#18', 'NOTICE: PHP message: PHP Fatal error:  Uncaught Error: Call to a member function testFatalError() on null in /var/www/html/pub/index.php:11', 'fatal'],
    ['sourcegraph/sourcegraph-public-snapshot#90', 'redis died. Shutting down...', 'fatal'],
    ['docker/compose#5347', 'time="2017-11-06T19:23:47.397801788+08:00" level=error msg="fatal task error" error="starting container failed: No such network: pingservice-net" module=node/agent/taskmanager', 'fatal'],
    ['redhat-developer-demos/java-container#1', 'java.lang.OutOfMemoryError: Java heap space', 'oom'],
    ['dailycodework/dream-shops#1', '2024-09-06T17:01:20.227Z ERROR 1 --- [dream-shops] [           main] o.s.boot.SpringApplication               : Application run failed', 'exception'],
    ['kubernetes/kubernetes#17460', 'elasticsearch-attiy   0/1       CrashLoopBackOff   25         1h', 'crash-loop'],
    ['k8sgpt-ai/k8sgpt#792', '- Error: back-off 5m0s restarting failed container=kube-mgmt pod=opa-849dcb7499-9chrt_opa(7f8061d3)', 'crash-loop'],
    ['kubernetes/kubernetes#122256', '      Exit Code:    137', 'exit'],
    ['docker/for-win#9310', '[13:41:39.097][WSL2Provisioning  ][Error  ] Failed to deploy distro docker-desktop: exit code: -1', 'exit'],
    ['rsuite/rsuite#1154', 'npm ERR! Exit status 1', 'exit'],
    ['buildkite-plugins/docker-compose-buildkite-plugin#253', '🚨 Error: The command exited with status 139', 'exit'],
    ['buildkite-plugins/docker-compose-buildkite-plugin#253', '⚠️ Failed to run command, exited with 245 | 0s', 'exit'],
    ['OverC/meta-overc#98', 'overc-conftools.service: Control process exited, code=exited status=1', 'exit'],
    ['docker ps -a', '4b1d0c0f8a2e   postgres:15    "docker-entrypoint.s…"   2 minutes ago    Restarting (1) 10 seconds ago             app-db-1', 'exit'],
    ['discordianfish/nginx_exporter#28', '--- FAIL: TestNginxStatus (0.00s)', 'test-failed'],
    ['Miserlou/Loop#72', 'test summary ... FAILED', 'test-failed'],
    ['unexpectedjs/unexpected#362', 'Tests:       3 failed, 1 skipped, 533 passed, 537 total', 'test-failed'],
    ['pytest-dev/pytest#40', '  FAILED failure_demo.py::TestFailing::test_simple - assert 42 == 43', 'test-failed'],
    ['sindresorhus/open#11', '  2 failing', 'test-failed'],
    ['rspec/rspec-core#319', '18 examples, 2 failures', 'test-failed'],
    ['oggy/respec#13', '     Failure/Error: expect(1).to eq(2)', 'test-failed'],
    ['sebastianbergmann/phpunit#1471', 'FAILURES!', 'test-failed'],
    ['apache/maven-surefire#486', '[ERROR] Tests run: 3, Failures: 1, Errors: 0, Skipped: 1, Time elapsed: 2.041 s <<< FAILURE! - in org.sample.module.My1Test', 'test-failed'],
    ['apache/maven-pmd-plugin#178', '[ERROR] Tests run: 50, Failures: 1, Errors: 0, Skipped: 0', 'test-failed'],
    ['apache/maven-pmd-plugin#178', '[INFO] BUILD FAILURE', 'exit'],
    ['exercism/cli#915', 'GreeterTest > testThatGreeterReturnsTheCorrectGreeting FAILED', 'test-failed'],
    ['rcoli/spring-boot-jenkins#3', 'Finished: FAILURE', 'exit'],
    ['esl/MongoosePush#136', '2020-02-13T08:41:49.360 [error] pid=<0.4826.0> GenServer :"wpool_pool-default-2" terminating', 'exception'],
    ['zotonic/zotonic#2215', '2019-11-03 19:33:50 =CRASH REPORT====', 'exception'],
    ['aeternity/ae_mdw#1750', "11:31:28.655 [error] gen_server <0.1339.0> terminated with reason: bad argument in call to ets:next(async_tasks_pending, {store_acc_balance,[]})", 'exception'],
    ['Recruitee/mix_docker#25', 'init terminating in do_boot ()', 'exception'],
    ['spaytac/linkdingsync#3', "Unhandled exception. System.IO.FileNotFoundException: The configuration file 'appsettings.json' was not found and is not optional.", 'exception'],
    ['redhat-developer/s2i-dotnetcore#49', "    Unhandled Exception: System.IO.FileNotFoundException: Could not load file or assembly 'SampleApp, Culture=neutral, PublicKeyToken=null'.", 'exception'],
    ['pglombardo/PasswordPusher#220', '/opt/PasswordPusher/vendor/bundle/ruby/3.0.0/gems/puma-5.4.0/lib/puma/dsl.rb:81:in `read\': No such file or directory @ rb_sysopen - config/puma.rb (Errno::ENOENT)', 'exception'],
    ['pglombardo/PasswordPusher#220', 'bundler: failed to load command: puma (/opt/PasswordPusher/vendor/bundle/ruby/3.0.0/bin/puma)', 'exception'],
    ['TrueBlocks/trueblocks-docker#305', "terminate called after throwing an instance of 'std::length_error'", 'exception'],
    ['TrueBlocks/trueblocks-docker#305', '2021/06/11 21:19:25 signal: aborted', 'exit'],
    ['opencurve/curve#941', '*** SIGABRT (@0x6) received by PID 6 (TID 0x7f24d568d700) from PID 6; stack trace: ***', 'fatal'],
    ['RD17/ambar#214', 'ERROR: [1] bootstrap checks failed', 'fatal'],
    ['cloudnative-pg/postgres-containers#249', 'fixing permissions on existing directory /var/lib/postgresql/data ... initdb: error: could not change permissions of directory "/var/lib/postgresql/data": Operation not permitted', 'fatal'],
    ['tensorchord/pgvecto.rs#292', 'pg_ctl: could not start server', 'fatal'],
    ['stevvooe/sillyproxy#2', '3mux30y3f696p43451vjgchoo  myapp-v1.1      myapp  cloud-02  Ready          Rejected less than a second ago  "No such image: myapp:latest"', 'fatal'],
    ['microservices-demo/microservices-demo (kubectl get pods)', 'catalogue-7d7f9f87f-mmzt4       0/1       ErrImagePull       0          8h', 'exit'],
    ['ctest', '50% tests passed, 1 tests failed out of 2', 'test-failed'],
    ['make', 'make: *** [test] Error 8', 'exit'],
    ['docker compose up', 'dependency failed to start: container hrm_database exited (0)', 'exit'],
    ['RabbitMQ', '2021-11-23 04:37:54.238 [error] <0.271.0> BOOT FAILED', 'fatal'],
    ['CircleCI', 'Exited with code 137', 'exit'],
    // Its fatal error is an uncaught exception: the crash says more (the order of signals/death-wordings.ts).
    ['PHP', 'PHP Fatal error:  Uncaught Exception: boom in /app/index.php:3', 'exception'],
    ['bats', 'not ok 2 addition using dc', 'test-failed'],
    ['kubectl describe pod (events)', '  Normal   Killing    2m (x3 over 4m)  kubelet  Container app failed liveness probe, will be restarted', 'exit'],
    ['kubectl describe pod (events)', '  Warning  Failed     8h (x4 over 8h)  kubelet  Failed to pull image "weaveworksdemos/catalogue:0.3.5": rpc error: code = NotFound', 'fatal'],
    ['Elixir Logger', '11:31:28.655 [error] gen_server <0.1339.0> terminated with reason: bad argument', 'exception'],
    ['seriyps/mtproto_proxy#99', '{"Kernel pid terminated",application_controller,"{application_start_failure,mtproto_proxy,{bad_return,{{mtproto_proxy_app,start,[normal,[]]}}}}"}', 'exception'],
    ['nerves-project/shoehorn#31', '** (EXIT) shutdown: failed to start child: XXX.SensorReader', 'exception'],
    ['Devo919/Gewechat#260', '[FAILED] Failed to start MySQL Server.', 'fatal'],
    ['lxhao61/integrated-examples#187', 'Failed to start caddy.service: Unit caddy.service has a bad unit file setting.', 'fatal'],
    ['moby/swarmkit#1613', '4youxrduhyi124leeetva4er8  test.4   SHUTDOWN       REJECTED 30 seconds ago  node-1', 'fatal'],
    ['catalyst/moodle-tool_excimer#397', 'There was 1 failure:', 'test-failed'],
    ['rspec/rspec-core#1121', 'Failing Scenarios:', 'test-failed'],
    ['pinojs/pino', '{"level":60,"time":1597342089474,"pid":8411,"hostname":"penguin","msg":"cannot listen: EADDRINUSE"}', 'fatal'],
    ['RocketChat/Rocket.Chat#1858', '2016-01-10T09:08:16.861+0000 I -        [journal writer] Fatal Assertion 13515', 'fatal'],
    ['Heroku devcenter: errors', '2011-03-01T16:16:29-08:00 heroku[web.1]: State changed from starting to crashed', 'exit'],
    ['Heroku devcenter: errors', '2011-03-01T16:16:59-08:00 heroku[router]: Error H10 (App crashed) -> GET crasher.heroku.com/ dyno=none queue=0 wait=0ms service=0ms bytes=0', 'exit'],
    ['kubernetes/kubernetes#33777', 'Warning FailedScheduling 38s (x8 over 1m) default-scheduler 0/25 nodes are available: 1 Insufficient pods, 1 PodToleratesNodeTaints, 23 Insufficient cpu.', 'fatal'],
    ['elixir-lang/elixir#2628', "** gen_event handler 'Elixir.Logger.ErrorHandler' crashed.", 'exception'],
    ['elixir-lang/elixir#2112', '** (Mix) Could not start application startupfail, please see report above', 'exception'],
    ['cokemine/ServerStatus-Hotaru#110', 'run: loading initial config: loading new config: http app module: start: tcp: listening on :80: listen tcp :80: bind: address already in use', 'fatal'],
    ['searxng/searxng-docker#135', 'Error: loading initial config: loading new config: http app module: start: listening on :80: listen tcp :80: bind: address already in use', 'fatal'],
    ['stefanprodan/dockprom#230', 'ERROR: for caddy  Cannot start service caddy: Ports are not available: listen tcp 0.0.0.0:3000: bind: address already in use', 'fatal'],
    ['mo-xiaoxi/AWD_CTF_Platform#39', 'Error response from daemon: OCI runtime create failed: container_linux.go:380: starting container process caused: exec: "/tmp/run.sh": stat /tmp/run.sh: no such file or directory: unknown', 'fatal'],
    ['benoitc/gunicorn#351', '2012-05-20 16:39:47 [23845] [INFO] Reason: Worker failed to boot.', 'fatal'],
    ['just-containers/s6-overlay#460', 's6-rc: warning: unable to start service legacy-services: command exited 1', 'exit'],
    ['khuedoan/homelab#170', 'make[1]: *** [Makefile:23: apply] Error 1', 'exit'],
    ['ansible/ansible#71763', 'fatal: [10.5.9.185]: UNREACHABLE! => {"changed": false, "msg": "Data could not be sent to remote host \\"10.5.9.185\\". Make sure this host can be reached over ssh: ssh: connect to host 10.5.9.185 port 22: Connection timed out\\r\\n", "skip_reason": "Host 10.5.9.185 is unreachable", "unreachable": true}', 'exit'],
    ['ansible/ansible#74814', '46.17.104.103              : ok=1    changed=0    unreachable=0    failed=1    skipped=0    rescued=0    ignored=0', 'exit'],
    ['intel/nauta#20', 'NO MORE HOSTS LEFT ******************************************************************************************************************************************************************************', 'exit'],
    ['artipie/artipie#56', 'Error: Could not find or load main class com.artipie.Main', 'fatal'],
    ['kubernetes/kubernetes#49637', 'error: deployment "testapp" exceeded its progress deadline', 'fatal'],
    ['docker-library/mongo#157 (the entrypoint traced with set -x, its compose prefix cut)', '+ exit 1', 'exit'],
    ['msupply-foundation/open-msupply#2490', '2023-11-16 11:42:50.827861200 [ERROR] <omsupply_service::omsupply_service:71>:panic occurred PanicInfo { payload: Any { .. }, message: Some(Failed to connect to database: connection to server at "localhost" (::1), port 5432 failed: FATAL:  la base de donn es   omsupply-database   n\'existe pas', 'panic'],
    ['cloudfoundry/ruby-buildpack#94', '   2018-03-08T14:43:49.83+0100 [APP/PROC/WEB/0] OUT [CONTAINER] org.apache.catalina.core.StandardContext           SEVERE  Context [] startup failed due to previous errors', 'fatal'],
    ['YannickRe/azuredevops-buildagents#19', '    + CategoryInfo          : ObjectNotFound: (packer:String) [build-image.ps1], CommandNotFoundException', 'exit'],
    ['puphpet/puphpet#2790', '[21-May-2018 14:08:42] ERROR: FPM initialization failed', 'fatal'],
    ['mongod 8.0 on Linux >= 6.19 (jira.mongodb.org/browse/SERVER-121912), from `docker logs mongodb`', '{"t":{"$date":"2026-06-21T11:23:27.294Z"},"s":"F",  "c":"CONTROL",  "id":12257600,"ctx":"main","msg":"MongoDB cannot start: Linux kernel versions 6.19 and newer has a known incompatibility with this version of MongoDB. See https://jira.mongodb.org/browse/SERVER-121912 for more information."}', 'fatal'],
    ['docker-archive/classicswarm#2665 (containerd events.log)', '{"id":"472d4d6384d79c5625571a500417c472414f5e5f0111ed6cbd50a01e18a17a57","type":"exit","timestamp":"2017-03-24T23:43:51.2546078Z","pid":"init","status":1}', 'exit'],
    ['AbdBarho/stable-diffusion-webui-docker#457 (docker inspect)', '            "ExitCode": 137,', 'exit'],
    ['BVLC/caffe#5027', 'ninja: build stopped: subcommand failed.', 'exit'],
    ['Tecnativa/docker-tcp-proxy#4', 'app_1  | [ALERT] 013/235213 (1) : Fatal errors found in configuration.', 'fatal'],
    ['FreshRSS/FreshRSS#3233', 'AH00526: Syntax error on line 6 of /etc/apache2/conf.d/FreshRSS.Apache.conf:', 'fatal'],
    ['muebel/gestioip-docker-compose#14', "Action '-D FOREGROUND' failed.", 'fatal'],
    ['layer5io/wasm-filters#39', "proxy_1        | [2022-01-03 16:20:08.766][8][critical][main] [external/envoy/source/server/server.cc:114] error initializing configuration '/etc/envoy.yaml': Protobuf message (type envoy.config.bootstrap.v3.Bootstrap reason INVALID_ARGUMENT:(static_resources.clusters[0]) hosts: Cannot find field.) has unknown fields", 'fatal'],
    ['google/mtail#761', "The command '/bin/sh -c apk add --update git make' returned a non-zero code: 2", 'exit'],
    ['samvera/hyku#1261', 'web_1             | A server is already running. Check /data/tmp/pids/server.pid.', 'fatal'],
    ['pass-culture/pass-culture-main#10303', 'FAILURE: Migrations failed to be run.', 'exit'],
    ['liquibase/liquibase#5607 (Spring gave up on its context because Liquibase failed: the migration is named)', "2024-03-22T10:19:01.314+05:30  WARN 8509 --- [           main] ConfigServletWebServerApplicationContext : Exception encountered during context initialization - cancelling refresh attempt: org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'liquibase' defined in class path resource [org/springframework/boot/autoconfigure/liquibase/LiquibaseAutoConfiguration$LiquibaseConfiguration.class]: liquibase.exception.CommandExecutionException: liquibase.exception.LiquibaseException: liquibase.exception.MigrationFailedException: Migration failed for changeset liquibase/changelogs/001-initial.xml::1::test_liquibase_sabeeta:", 'exception'],
    ['openeuler-riscv/oerv-team#863', '[ 2446s] error: Bad exit status from /var/tmp/rpm-tmp.Uwhq3a (%build)', 'exit'],
    ['hashicorp/consul#20938 (its Docker Desktop time cut)', "==> failed to parse /consul/config/local.json: invalid character 's' looking for beginning of object key string", 'fatal'],
    ['helm/charts#5282', 'level=error ts=2020-01-12T12:20:07.420045815Z caller=main.go:582 err="Error loading config couldn\'t load configuration (--config.file=/etc/prometheus/prometheus.yml): parsing YAML file /etc/prometheus/prometheus.yml: yaml: line 14: did not find expected key"', 'fatal'],
    ['NDHWAlliance/gitlab-analytics#11 (its compose prefix cut)', "mkdir: cannot create directory '/var/lib/grafana/plugins': Permission denied", 'fatal'],
    ['moby/moby#22685', 'Nov 11 11:30:45 icpworker01 dockerd: Error starting daemon: error initializing graphdriver: overlay2: unknown option dm.thinpooldev', 'fatal'],
    ['pi0/osticket-docker#22', "  PHP Parse error:  syntax error, unexpected '=' in /var/www/src/public/include/class.forms.php on line 4039", 'fatal'],
    ['xiaochuanle/MECAT2#5', 'BEGIN failed--compilation aborted at ~/softwares/MECAT2-master/Linux-amd64/bin/mecat.pl line 7.', 'exit'],
    ['openshift-eng/aos-cd-jobs#391', "Build step 'Execute shell' marked build as failure", 'exit'],
    ['openshift-eng/aos-cd-jobs#391', '/tmp/hudson2337358816745890171.sh: line 3: PULL_REFS: unbound variable', 'exit'],
    ['dotnet-architecture/eShopOnContainers#1616', 'npm ERR! code ERESOLVE', 'exit'],
    ['b3log/solo#12857', '{"log":"java.net.BindException: Address in use\\n","stream":"stdout","time":"2019-08-21T01:01:27.284027519Z"}', 'fatal'],
    ['antedebaas/Viesti-Reports#98', 'web-1  | [critical] Error thrown while running command "doctrine:migrations:migrate --no-interaction". Message: "An exception occurred in the driver: SQLSTATE[HY000] [1045] Access denied for user \'databaseuser\'@\'172.21.0.3\' (using password: YES)"', 'exit'],
    ['play-with-docker/play-with-docker#331', 'write /var/lib/docker/tmp/GetImageBlob397023106: no space left on device', 'fatal'],
    ['apache/dubbo#9268', '2021-11-13 19:48:22,796 [myid:] - ERROR [main:ZooKeeperServerMain@85] - Unable to start AdminServer, exiting abnormally', 'fatal'],
    // A seventh set of reports (held out from the mechanisms above).
    ['etcd-io/etcd#5422', 'May 20 17:57:39 localhost etcd2[761]: member 51eecfc041171d8f has already been bootstrapped', 'fatal'],
    ['apache/maven-surefire#1384 (Maven 2)', '[ERROR] BUILD FAILURE', 'exit'],
    ['kubernetes/kubernetes#7891', 'Jun 12 09:49:11 k8s-master kubelet[22333]: I0612 09:49:11.818126   22333 manager.go:1407] pod "liveness-exec_default" container "liveness" is unhealthy (probe result: failure), it will be killed and re-created.', 'exit'],
    ['mikeizbicki/cmc-csci143#570', '2024-05-09 03:54:39.507 UTC [1] FATAL:  database files are incompatible with server', 'fatal'],
    ['telus-labs/tds-core#272', ' FAIL  lib/blocks/blocks/OverviewBlock/__test__/OverviewBlock.spec.js', 'test-failed'],
    ['Tokutek/mongo#1081', 'Fri Apr 18 10:17:03.095   Assertion failure c /home/esmet/git/tokutek/mongo/src/mongo/db/client.h 486', 'fatal'],
    ['ddnet/ddnet#6161', "DDNet: xcb_io.c:278: poll_for_event: Assertion `!xcb_xlib_threads_sequence_lost' failed.", 'fatal'],
    ['yshui/picom#310', 'Assertion failed: (!xcb_xlib_unknown_seq_number), function append_pending_request, file xcb_io.c, line 147.', 'fatal'],
    ['helm/helm#2412 (tiller)', '2017/06/04 17:47:56 release_server.go:329: warning: Upgrade "agendor-infra" failed: timed out waiting for the condition', 'exit'],
    ['atareao/self-hosted#34', 'traefik  | {"level":"error","error":"command traefik error: field not found, node: middlewares","time":"2025-08-21T16:06:51+02:00","message":"Command error"}', 'fatal'],
    ['gothinkster/moleculer-node-realworld-example-app#4', 'command traefik error: no configuration found in file: /traefik.toml', 'fatal'],
    ['Project-CleverWeb/LastAutoIndex#3', 'Installation failed, deleting ./composer.json.', 'exit'],
    // An eighth set.
    ['netdata/netdata#10875 (dmesg)', '[ 1836.276684] Memory cgroup out of memory: Killed process 4971 (netdata) total-vm:47820kB, anon-rss:7560kB, file-rss:0kB, shmem-rss:0kB, UID:201 pgtables:100kB oom_score_adj:1000', 'oom'],
    ['pytest-dev/py#72', 'testing/log/test_warning.py:5: AssertionError', 'test-failed'],
    ['docker-archive/docker-birthday-3#87 (docker-compose ps)', 'examplevotingapp_result-app_1   node server.js                   Exit 1', 'exit'],
    ['jemalloc/jemalloc#2756', "1:M 09 Nov 2024 09:57:17.206 # Fatal: Can't initialize Background Jobs. Error message: Operation not permitted", 'fatal'],
    ['yassinebridi/serpl#38', 'The application panicked (crashed).', 'panic'],
    ['kubernetes/kubernetes#22005 (kubectl get pods --all-namespaces)', 'kube-system   fluentd-elasticsearch-e2e-test-mml-minion-siao   0/1       ImagePullBackOff    0          32m', 'exit'],
    ['kubernetes/kubernetes#22005 (kubectl describe pod)', '      Reason:           ImagePullBackOff', 'exit'],
    // A ninth set (less common servers and build tools).
    ['wlloyd/eiger#4 (Cassandra)', 'ERROR [main] 2015-08-19 17:22:03,198 AbstractCassandraDaemon.java (line 384) Exception encountered during startup', 'fatal'],
    ['jaegertracing/helm-charts#108 (Cassandra)', 'Exception (java.lang.RuntimeException) encountered during startup: A node required to move the data consistently is down (/10.4.3.44).', 'fatal'],
    ['DARPA-ASKEM/terarium#6948 (Keycloak)', 'ERROR [org.keycloak.quarkus.runtime.cli.ExecutionExceptionHandler] (main) ERROR: Failed to start server in (nonserver) mode', 'fatal'],
    ['sap-tutorials/Tutorials#2954 (Tomcat)', 'SEVERE: The required Server component failed to start so Tomcat is unable to start.', 'fatal'],
    ['openshift-cartridges/openshift-wildfly-cartridge#48', '2015-05-27 04:23:54,436 ERROR [org.jboss.as.server] (XNIO-2 task-7) WFLYSRV0021: Deploy of deployment "ROOT.war" was rolled back with the following failure message: "WFLYCTL0159: Operation handler failed to complete"', 'fatal'],
    ['dotnet/aspnetcore#49895 (Windows event log)', 'Description: The process was terminated due to an unhandled exception.', 'exception'],
    ['microsoft/aspire#8246', '      Hosting failed to start', 'fatal'],
    ['getsentry/self-hosted#3643 (ClickHouse)', "2025.04.03 08:24:34.540809 [ 1 ] {} <Error> Application: Code: 139. DB::Exception: No servers started (add valid listen_host and 'tcp_port' or 'http_port' to configuration file.). (NO_ELEMENTS_IN_CONFIG)", 'fatal'],
    ['pixelfed/pixelfed#2527 (Laravel)', '   Illuminate\\Database\\QueryException', 'exception'],
    ['bitnami/charts#17754 (Celery)', "[2023-07-17 16:04:30,364: ERROR/MainProcess] Process 'ForkPoolWorker-148' pid:338 exited with 'signal 9 (SIGKILL)'", 'exit'],
    ['hashicorp/vagrant#1655', 'The following SSH command responded with a non-zero exit status.', 'exit'],
    ['lxc/lxc#1298', '      lxc-start 20161114124127.568 ERROR    lxc_start_ui - tools/lxc_start.c:main:344 - The container failed to start.', 'fatal'],
    ['canonical/lxd#4219 (log15)', 'EROR[02-03|14:06:58] Failed starting container                action=start creation date=2018-02-03T13:06:46+0000 ephemeral=false name=contZZ stateful=false', 'fatal'],
    ['feross/SpoofMAC#75 (launchd)', 'Aug 11 09:33:01 HQ-CIO-60 com.apple.xpc.launchd[1] (MacSpoof[101]): Service exited with abnormal code: 1', 'exit'],
    ['commercialhaskell/stack#4996', '    Process exited with code: ExitFailure 1', 'exit'],
    ['nisargjhaveri/vscode-ios-debug#14 (Xcode)', '** BUILD FAILED **', 'exit'],
    ['fm407/PIA-NextGen-PortForwarding#4 (FreeBSD rc)', "Cannot 'start' pia-portforwarding. Set pia-portforwarding_enable to YES in /etc/rc.conf or use 'onestart' instead of 'start'.", 'fatal'],
    ['hashicorp/nomad#20116', '2024-03-11T21:46:21.413Z [ERROR] client.alloc_runner.task_runner: running driver failed: alloc_id=ba67fcb1-8da8-073c-ccbb-16570a00e17b task=vector', 'fatal'],
    ['phoenixframework/phoenix#6116', '[notice] Application e_call_pet_ad exited: ECallPetAd.Application.start(:normal, []) returned an error: shutdown: failed to start child: ECallPetAdWeb.Endpoint', 'fatal'],
    // Near misses: the same words, no failure.
    ['neuroforgede/docker-engine-events-exporter#6 (docker inspect)', '            "ExitCode": 0,', undefined],
    ['docker-archive/classicswarm#2665 (containerd events.log)', '{"id":"a1930e162d8cad2b262a95c73f2ed57576a8a9ccbea8265ae619495bff544d47","type":"start-container","timestamp":"2017-03-24T23:43:49.767655Z"}', undefined],
    ['docker-library/mongo#677', '{"t":{"$date":"2024-03-15T04:18:23.546+00:00"},"s":"I",  "c":"CONTROL",  "id":4784929, "ctx":"SignalHandler","msg":"Acquiring the global lock for shutdown"}', undefined],
    ['AntaresSimulatorTeam/Antares_Simulator#1449', "Warning: The process '/usr/bin/git' failed with exit code 128", undefined],
    ['ansible/ansible#71763', '10.5.1.135                 : ok=13   changed=9    unreachable=0    failed=0    skipped=0    rescued=0    ignored=0   ', undefined],
    ['just-containers/s6-overlay (README)', '[cont-init.d] 10-adduser: exited 0.', undefined],
    ['a traced shell', '+ exit 0', undefined],
    ['kubectl describe pod', '  Normal  Scheduled  2m    default-scheduler  Successfully assigned default/web-1 to node-1', undefined],
    ['Miserlou/Loop#72', 'test result: ok. 0 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.00s', undefined],
    ['docker ps -a', '9a8b7c6d5e4f   myapp:latest   "/app/server"   2 minutes ago   Exited (0) 1 minute ago   app-web-1', undefined],
    ['jest', 'Tests:       0 failed, 537 passed, 537 total', undefined],
    ['node', '(node:1) UnhandledPromiseRejectionWarning: Error: connect ECONNREFUSED 127.0.0.1:5432', undefined],
    ['a non-fatal error', 'retrying after a non-fatal error: connection reset', undefined],
    ['docker-library/mysql#124', "2016-01-05T10:11:12.000000Z 9 [Note] Aborted connection 9 to db: 'app' user: 'app' host: '172.17.0.3' (Got an error reading communication packets)", undefined],
    ['kubectl get pods', 'web-7d4b9c8f6-x2x9k      1/1     Running   0          15m', undefined],
    ['maven', '[INFO] Tests run: 26, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: 9.431 s -- in org.apache.maven.plugins.pmd.PmdReportTest', undefined],
    ['mocha', '  12 passing (40ms)', undefined],
    ['googleapis/code-suggester#81', '{"level":50,"time":1597342089474,"pid":8411,"hostname":"penguin","msg":"Workflow failed"}', undefined],
    ['bats', 'not ok 3 skipped on this platform # SKIP no dc', undefined],
    ['node:test', 'not ok 4 - flaky network test # TODO', undefined],
    ['a logger that says info', '2024-01-01 10:00:00 [info] retry 2 after exit code 1 from the probe', undefined],
    ['rspec', '18 examples, 0 failures', undefined],
    ['mysql', "2016-01-05T10:11:12.000000Z 9 [Note] Aborted connection 9 to db: 'app'", undefined],
    ['postgres, a session (not the postmaster)', '2024-05-09 03:54:40.001 UTC [57] FATAL:  password authentication failed for user "app"', undefined],
    ['Node.js console.assert', 'Assertion failed: the cache is warm', undefined],
    ['jest', ' PASS  src/app.test.js', undefined],
    ['ClickHouse', '2025.04.03 08:24:35.001 [ 1 ] {} <Information> Application: Ready for connections.', undefined],
    ['Elixir', '[notice] Application my_app exited: :stopped', undefined],
    ['Celery', "[2023-07-17 16:04:30,364: INFO/MainProcess] Process 'ForkPoolWorker-2' pid:40 exited with 'exitcode 0'", undefined],
    ['kobotoolbox/kobo-docker#345 (postgres lines pasted indented)', '    FATAL:  password authentication failed for user "root"', undefined],
    ['docker-compose ps', 'web_1   gunicorn app:app   Exit 0', undefined],
    ['a Python warning', 'tests/test_api.py:12: DeprecationWarning: the imp module is deprecated', undefined],
    ['helm', 'Release "web" has been upgraded. Happy Helming!', undefined],
    ['eamodio/vscode-tsl-problem-matcher#5 (webpack 5)', 'webpack 5.11.0 compiled with 6 errors in 3860 ms', 'exit'],
    ['microsoft/MHA#372 (webpack in a docker build, BuildKit plain progress)', '#7 38.23 webpack 5.72.1 compiled with 17 errors in 9930 ms', 'exit'],
    ['megahertz/electron-log#371 (Vue CLI)', ' ERROR  Failed to compile with 1 errors                                                  22:58:26', 'exit'],
    ['megahertz/electron-log#371 (Vue CLI)', ' ERROR  Build failed with errors.', 'exit'],
    ['webpack/mini-css-extract-plugin#466', 'webpack 5.11.0 compiled successfully in 652 ms', undefined],
    ['webpack-cli with no mode set', 'webpack 5.65.0 compiled with 1 warning in 694 ms', undefined],
    ['elixir-lang/elixir#3199 (ExUnit)', '147 tests, 1 failure', 'test-failed'],
    ['elixir-lang/elixir#3057 (ExUnit)', '1 tests, 1 failures', 'test-failed'],
    ['flutter/cocoon#654 (flutter test)', '00:05 +0 -1: Some tests failed.', 'test-failed'],
    ['kobotoolbox/kobo-docker#27 (phusion my_init, compose)', 'kobocat_1         | *** /etc/my_init.d/01_wait_for_rabbit.bash failed with status 1', 'exit'],
    ['input-output-hk/Scorex#20 (sbt)', '[error] (scorex/test:compileIncremental) Compilation failed', 'test-failed'],
    ['com-lihaoyi/utest#12 (utest under sbt)', '[info] Failed: 1', 'test-failed'],
    ['harrah/xsbt#520 (sbt, JUnit)', '[error] Failed: : Total 6, Failed 2, Errors 0, Passed 4, Skipped 0', 'test-failed'],
    ['harrah/xsbt#520 (sbt)', '[error] (test:test) Tests unsuccessful', 'test-failed'],
    ['diningyo/dirv#2 (sbt)', '[error] (Test / test) sbt.TestsFailedException: Tests unsuccessful', 'test-failed'],
    ['akka/akka-core#31332 (ScalaTest under sbt)', '[04-09 22:41:59.531] [info] *** 1 TEST FAILED ***', 'test-failed'],
    ['commercialhaskell/stack#525 (hspec)', "      '# something' should be an h1 FAILED [1]", 'test-failed'],
    ['plaintextaccounting/hledger#568 (Haskell doctest)', '    Examples: 105  Tried: 102  Errors: 0  Failures: 2', 'test-failed'],
    ['obuk/Cv-Olive#43 (prove)', ' t/4houghCircle.t .............. Dubious, test returned 1 (wstat 256, 0x100)', 'test-failed'],
    ['obuk/Cv-Olive#43 (Test::More)', ' # Looks like you failed 1 test of 10.', 'test-failed'],
    ['behave/behave#116', 'Failing scenarios:', 'test-failed'],
    ['behave/behave#64', '1 scenario passed, 2 failed, 0 skipped', 'test-failed'],
    ['behave/behave#856', "HOOK-ERROR in before_all: MaxRetryError: HTTPConnectionPool(host='localhost', port=4722): Max retries exceeded", 'test-failed'],
    ['ziglang/zig#16673 (zig build test)', 'Build Summary: 1/3 steps succeeded; 1 failed; 0/1 tests passed; 1 failed', 'test-failed'],
    ['ratfactor/ziglings#305 (zig test)', '2 passed; 0 skipped; 1 failed.', 'test-failed'],
    ['ole/Ampere#24 (swift test, a GitHub Actions job log)', '2019-10-29T00:29:17.9614291Z /__w/Ampere/Ampere/Tests/AmpereTests/UnitAreaTests.swift:18: error: UnitAreaTests.testDivisionWithDefaultUnits : XCTAssertTrue failed - "m" is not the same unit as "m"', 'test-failed'],
    ['openfoodfacts/openfoodfacts-androidapp#295 (Gradle)', ':app:testDebugUnitTest FAILED', 'test-failed'],
    ['openfoodfacts/openfoodfacts-androidapp#295 (Gradle)', 'FAILURE: Build failed with an exception.', 'exit'],
    ['jetbrains-academy/kotlin-onboarding-introduction#113 (Gradle)', "Execution failed for task ':Introduction-Chat-CreateTheApp:test'.", 'exit'],
    ['tpope/vim-fireplace#208 (clojure.test)', '    FAIL in (a-test) (core_test.clj:7)', 'test-failed'],
    ['tpope/vim-fireplace#208 (clojure.test)', '    1 failures, 0 errors.', 'test-failed'],
    ['Factual/factual-clojure-driver#8 (Leiningen)', 'Tests failed.', 'test-failed'],
    ['snyk/cli#1436 (Azure Pipelines)', "[error]Bash exited with code '1'.", 'exit'],
    ['ExUnit, all passed', '147 tests, 0 failures', undefined],
    ['behave, all passed', '28 features passed, 0 failed, 0 skipped', undefined],
    ['clojure.test, all passed', '0 failures, 0 errors.', undefined],
    ['com-lihaoyi/utest#12 (sbt\'s JUnit totals, none run)', '[info] Passed: Total 0, Failed 0, Errors 0, Passed 0', undefined],
    ['zig, all passed', 'Build Summary: 3/3 steps succeeded; 1/1 tests passed', undefined],
    ['doctest, all passed', 'Examples: 105  Tried: 105  Errors: 0  Failures: 0', undefined],
    ['Gradle, a test task not run', ':app:testDebugUnitTest UP-TO-DATE', undefined],
    ['XCTest, all passed', 'Executed 12 tests, with 0 failures (0 unexpected) in 0.034 (0.036) seconds', undefined],
    ['nd/lein-teamcity#1 (a TeamCity build log)', '[10:56:22]:          [test] Exception in thread "main" java.lang.RuntimeException: EOF while reading, starting at line 18, compiling:(imat_clj/test/handler.clj:19:1)', 'exception'],
    ['go-gitea/gitea#5763 (at [E], the banner repeating after it)', '2019/01/18 20:48:58 [...itea/routers/init.go:61 GlobalInit()] [E] Failed to initialize ORM engine: migrate: do migrate: Unknown col "is_empty" in index is_bare of table repository', 'exit'],
    ['n8n-io/n8n#23676 (TypeORM)', 'Migration "BackfillMissingWorkflowHistoryRecords1765448186933" failed, error: SQLITE_CONSTRAINT: UNIQUE constraint failed: workflow_history.versionId', 'exit'],
    ['immich-app/immich#6862 (TypeORM)', 'Migration "AddAutoStackId1703035138085" failed, error: column "autoStackId" of relation "exif" already exists', 'exit'],
    ['twentyhq/twenty#15235', 'server-1  | [Nest] 57  - 10/21/2025, 4:17:58 PM   ERROR [UpgradeCommand] Error in workspace 28509fb6-b16f-4a75-b986-c8e057bc6508: Unable to run the upgrade command. Aborting the upgrade process.', 'exit'],
    ['TryGhost/docker-library-ghost#275 (knex-migrator)', '"Error occurred while executing the following migration: 01-remove-comped-status.js"', 'exit'],
    ['TryGhost/docker-library-ghost#227', '> ghost    | MigrationScriptError: Cannot read property \'toString\' of undefined', 'exit'],
    ['nextcloud/all-in-one#182 (occ upgrade)', 'Update failed', 'exit'],
    ['SwissDataScienceCenter/renku#2635 (GitLab omnibus)', 'There was an error running gitlab-ctl reconfigure:', 'exit'],
    ['SwissDataScienceCenter/renku#2635 (GitLab omnibus)', 'Cinc Client failed. 0 resources updated in 07 seconds', 'exit'],
    ['mastodon/mastodon#13770 (a Rails task, after compose\'s padded progress)', 'Starting mastodon_db_1    ... done                    rake aborted!', 'exit'],
    ['nextcloud/docker#875 (occ)', 'An unhandled exception has been thrown:', 'exception'],
    ['RocketChat/Rocket.Chat#15571', 'app_1  | MongoNetworkError: failed to connect to server [db:27017] on first connect [MongoNetworkError: connect ECONNREFUSED 172.21.0.2:27017]', 'fatal'],
    ['docker-library/mysql#807 (a restore through the mysql client)', 'ERROR 2013 (HY000) at line 2340: Lost connection to MySQL server during query', 'exit'],
    ['visiblevc/wordpress-starter#181 (an import under compose, pasted indented)', '  wordpress_1   |          ERROR 1273 (HY000) at line 4889 in file:', 'exit'],
    ['ZoeyVid/NPMplus#1874', '2025-06-03T14:55:53.484382493Z All renewals failed. The following certificates could not be renewed:', 'exit'],
    ['eugene-khyst/letsencrypt-docker-compose#31', 'cron_1     | Certbot failed to authenticate some domains (authenticator: webroot). The Certificate Authority reported these problems:', 'exit'],
    ['nextcloud/docker#2207 (the image\'s rsync into the volume)', 'rsync: [receiver] rename "/var/www/html/core/.shipped.json.55HOTv" -> "core/shipped.json": Permission denied (13)', 'fatal'],
    ['paperless-ngx/paperless-ngx#3310', '/sbin/docker-prepare.sh: line 72: /usr/src/paperless/data/migration_lock: Permission denied', 'fatal'],
    ['spantaleev/matrix-docker-ansible-deploy#813 (systemctl status: a pre-start clean-up)', '    Process: 39931 ExecStartPre=/usr/bin/env docker kill matrix-synapse (code=exited, status=1/FAILURE)', undefined],
    ['dani-garcia/vaultwarden#2862 (docker inspect)', 'OOMKilled false', undefined],
    ['docker inspect', '            "OOMKilled": false,', undefined],
    ['restic/restic#4323', 'Fatal: unable to create lock in backend: repository is already locked by PID 38397 on vla010000191063 by root (UID 0, GID 0)', 'exit'],
    ['restic/restic#4631', 'Fatal: unable to open config file: Stat: 401 ', 'exit'],
    ['restic/restic#528 (restic check)', 'repository contains errors', 'exit'],
    ['jhpyle/docassemble#408', 'pg_restore: error: one of -d/--dbname and -f/--file must be specified', 'exit'],
    ['thoughtbot/parity#180 (pg_restore --clean on a fresh database: a statement it goes past)', 'pg_restore: error: could not execute query: ERROR:  table "brands" does not exist', undefined],
    ['supabase/supabase#2619 (pg_dump stops on its error)', 'pg_dump: error: query failed: ERROR:  permission denied for table users', 'exit'],
    ['docker-library/mysql#940 (mysqldump goes on past the tablespaces)', "mysqldump: Error: 'Access denied; you need (at least one of) the PROCESS privilege(s) for this operation' when trying to dump tablespaces", undefined],
    ['tianon/docker-postgres-upgrade#38 (pg_upgrade)', 'Failure, exiting', 'exit'],
    ['mongodb/mongo-tools#60 (mongorestore)', '2016-03-17T02:47:32.285-0400    Failed: images_with_comments.posts: error restoring from dump/images_with_comments/posts.bson: insertion error: EOF', 'exit'],
    ['selim13/docker-automysqlbackup#10', "mysqldump: Got error: 1556: You can't use locks with log tables when using LOCK TABLES", 'exit'],
    ['cjnaz/RCloneSync#18 (rclone)', '2018/05/26 20:44:38 Failed to sync: not deleting files as there were IO errors', 'exit'],
    ['nextcloud/all-in-one#2068 (borg)', 'Failed to create/acquire the lock /mnt/borgbackup/borg/lock.exclusive (timeout).', 'exit'],
    ['nextcloud/all-in-one#2068', 'Backup failed!', 'exit'],
    ['karanhudia/borg-ui#626', 'ERROR:app.core.borg:{"command": "borg list /backups/xyz/xyzbackup--json", "return_code": 2, "stderr": "Failed to create/acquire the lock /backups/xyz/xyzbackup/lock.exclusive (timeout).\\n", "event": "Command failed"}', 'exit'],
    ['MariaDB/mariadb-docker#399 (InnoDB)', 'mariadb_1     | 2021-10-28 15:41:20 0x7fde3f7fe700  InnoDB: Assertion failure in file /home/buildbot/buildbot/build/mariadb-10.6.4/storage/innobase/os/os0file.cc line                   3594', 'fatal'],
    ['camicroscope/Distro#148 (mongod before 4.4: F; its compose prefix left out)', '2021-03-05T18:50:16.112+0000 F  CONTROL  [initandlisten] ** IMPORTANT: UPGRADE PROBLEM: Found an invalid featureCompatibilityVersion document', 'fatal'],
    ['tiredofit/docker-collabora-online#33 (Collabora: FTL)', '-04264 2023-03-28 07:05:12.132638 +0000 [ coolwsd ] FTL  Failed to initialize COOLWSD: SAXParseException: Tag mismatch in \'/etc/coolwsd/coolwsd.xml\', line 63 column 150| wsd/COOLWSD.hpp:503', 'fatal'],
    ['CollaboraOnline/Docker-CODE#39 (Collabora: WRN)', '-00028 2018-08-08 06:56:26.100637 [ loolwsd ] WRN  Waking up dead poll thread [delay_poll], started: false, finished: false| ./net/Socket.hpp:550', undefined],
    ['etcd-io/etcd#12492 (capnslog: C)', "2021-06-28 16:12:32.303933 C | etcdserver: recovering backend from snapshot error: database snapshot file path error: snap: snapshot file doesn't exist", 'fatal'],
    ['minio/minio#5645', "[2018-03-13T13:25:44.874647637Z] [ERROR] Initializing object layer failed (Unable to initialize '.minio.sys' meta volume, disk access denied)", 'fatal'],
    ['pulibrary/bibdata#500 (redis)', "1255:M 14 Oct 03:00:46.069 # Can't save in background: fork: Cannot allocate memory", 'oom'],
    ['haproxytech/kubernetes-ingress#479', "[ALERT]    (301) : backend 'solacescalable_default-default-8443-pub_8443' has no server available!", 'fatal'],
    ['pg_dump, progress', 'pg_dump: dumping contents of table "public.users"', undefined],
    ['docker-library/postgres: an entrypoint probing its starting server with psql', 'psql: error: could not connect to server: FATAL:  the database system is starting up', undefined],
    ['mysqldump, a warning', 'mysqldump: [Warning] Using a password on the command line interface can be insecure.', undefined],
    ['sbt totals, none failed', '[info] Failed: Total 0, Failed 0', undefined],
    ['mongod before 4.4, a warning', '2021-03-05T18:50:16.112+0000 W  CONTROL  [initandlisten] ** WARNING: Access control is not enabled for the database.', undefined],
    ['etcd, a notice', '2021-06-28 16:12:32.246984 N | etcdmain: the server is already initialized as member before, starting as etcd member...', undefined],
    ['an initialization that went well', 'Initializing database files', undefined],
    ['rclone, a transfer that went well', '2018/05/26 20:44:38 INFO  : file.txt: Copied (new)', undefined],
    ['a command that returned 0', '{"command": "borg list", "return_code": 0}', undefined],
    ['robotframework/robotframework#2795', 'Test Mnp Package                                               | FAIL |', 'test-failed'],
    ['robotframework/robotframework#2795', '2 critical tests, 0 passed, 2 failed', 'test-failed'],
    ['DevExpress/testcafe#6383', ' ✖ test (screenshots:', 'test-failed'],
    ['sstephenson/bats#271', ' ✗ Say Hi!', 'test-failed'],
    ['cucumber-rs/cucumber#282', '   ✘  Then last response status is 123', 'test-failed'],
    ['cucumber-rs/cucumber#282', '      Step failed:', 'test-failed'],
    ['postmanlabs/newman#527', ' 1⠄  AssertionFailure                Response time is less than 200ms', 'test-failed'],
    ['getgauge/gauge#303', 'Specifications:\t1 executed\t0 passed\t1 failed\t0 skipped', 'test-failed'],
    ['selenide/selenide#2923 (TestNG)', 'FAILED: Selenide.SelenideDemo.demoTest.demo', 'test-failed'],
    ['grafana/k6#3876', 'ERRO[0042] Thresholds have been crossed                 ', 'test-failed'],
    ['artilleryio/artillery#2024', 'vusers.failed: ................................................................. 60', 'test-failed'],
    ['sympy/sympy#30038 (pytest-timeout under xdist)', 'INTERNALERROR> E             Failed: Timeout (>10.0s) from pytest-timeout.', 'exit'],
    ['AutomationSolutionz/Zeuz_Python_Node#372', "Following exception occurred: Error Type ~ class 'selenium.common.exceptions.SessionNotCreatedException': Error Message ~ Message: session not created: Chrome failed to start: exited normally.", 'exit'],
    ['puppeteer/puppeteer#9409', '    Failed to launch the browser process!', 'exit'],
    ['cypress-io/cypress-example-recipes#796', 'Cypress failed to verify that your server is running.', 'exit'],
    ['getgauge/gauge#573 (GoCD)', '11:30:41.343 [go] Current job status: failed.', 'exit'],
    ['getgauge/gauge#573 (all passed)', '11:30:41.255 Specifications:\t2 executed\t2 passed\t0 failed\t0 skipped', undefined],
    ['ESLint, warnings only (its cross at the line\'s head)', '✖ 1 problem (0 errors, 1 warning)', undefined],
    ['a k6 check that held', '    ✓ is status 200', undefined],
    ['Robot Framework, a test that passed', 'Test Mnp Package                                               | PASS |', undefined],
    ['Artillery, no virtual user failed', 'vusers.failed: ................................................................. 0', undefined],
    ['docker/cli#6752 (docker stack deploy, then converged on the old spec)', 'rollback: update rolled back due to failure or early termination of task 8jej8t73el7cgty3t5s4l6gwp', 'exit'],
    ['alexellis/mine-with-docker#10 (docker service create)', 'verify: Detected task failure', 'exit'],
    ['nordicnode/TorBox-Media-Server#15 (docker compose v2)', ' ✘ byparr Error          manifest unknown                                  0.7s ', 'exit'],
    ['maildev/maildev#470 (docker compose up --wait)', 'container ****_maildev is unhealthy', 'exit'],
    ['docker/for-linux#222', 'Feb 06 18:53:39 linux-os systemd[1]: docker.service: Start operation timed out. Terminating.', 'fatal'],
    ['caprover/caprover#963', 'Error: (HTTP code 500) server error - toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit', 'fatal'],
    ['docker compose v2, a service pulled', '   ✔ 589002ba0eae Already exists                                           0.0s ', undefined],
    ['docker compose v2, a dependency healthy', 'Container ****_redis  Healthy', undefined],
    ['a unit stopped on purpose (systemd)', "Dez 21 18:26:56 thermi-pc.thermicorp.lan systemd[1]: ananicy.service: Failed with result 'exit-code'.", undefined],
    ['a summary with nothing failed', 'Failed: none', undefined],
    ['pabot, a suite with no failing test', 'Execution failed in Suite with 0 failing test(s)', undefined],
    ['stephenmcd/mezzanine#518 (South)', 'Error in migration: core:0003_auto__add_sitepermission', 'exit'],
    ['flyway/flyway#1813', 'org.flywaydb.core.api.FlywayException: Validate failed. Migration Checksum mismatch for migration 2', 'exit'],
    ['apitable/apitable#1536 (Liquibase)', 'apitable-init-db-1  | liquibase.exception.CommandExecutionException: liquibase.exception.LockException: Could not acquire change log lock.  Currently locked by d380e8ac9ef1 (172.18.0.8)', 'exit'],
    ['liquibase/liquibase#6414', 'Errors encountered while deploying the following changesets, for more information use the --log-level flag: ', 'exit'],
    ['CultivateHQ/seat_saver#7 (Ecto)', '** (Postgrex.Error) ERROR (duplicate_table): relation "seats" already exists', 'exception'],
    ['akaunting/docker#109 (Symfony console)', 'In Connection.php line 822:', 'exception'],
    ['pixelfed/pixelfed#2175 (Laravel 5 console)', '   Illuminate\\Database\\QueryException  : SQLSTATE[HY000] [2002] Connection refused (SQL: select * from information_schema.tables where table_schema = pixelfed and table_name = migrations)', 'exception'],
    ['a migration tool with nothing to do', 'No migrations to apply.', undefined],
    ['a PHP stack frame, not a box header', '#0 /var/www/vendor/laravel/framework/src/Illuminate/Database/Connection.php(822): Illuminate\\Database\\Connection->runQueryCallback()', undefined],
    ['a migration that ran', 'Migration "AddAutoStackId1703035138085" has been executed successfully.', undefined],
    ['mysql, a warning', 'Warning (Code 1287): \'@@tx_isolation\' is deprecated', undefined],
    ['an HTTP status, not an exit', 'GET https://registry.example/v2/ failed with status 503, retrying in 2s', undefined],
    ['wunderio/csi-rclone#20 (kubectl describe, Events)', '  Warning  FailedMount         6m53s (x31 over 38h)  kubelet                  Unable to attach or mount volumes: unmounted volumes=[data-rclone-example], unattached volumes=[data-rclone-example default-token-75zjw]: timed out waiting for the condition', 'fatal'],
    ['kubernetes/kubernetes#110158 (kubectl get events)', '7m18s       Warning   FailedMount   pod/my-namespace-engine-api-deployment-595bf79b79-h27xj   MountVolume.SetUp failed for volume "secrets" : secret "secret-appsettings" not found', 'fatal'],
    ['k3s-io/k3s#3981', '  Warning  FailedCreatePodSandBox  15s (x2 over 33s)  kubelet            Failed to create pod sandbox: rpc error: code = Unknown desc = failed to get sandbox image "rancher/pause:3.1"', 'fatal'],
    ['kubernetes/kubernetes#91600 (kubectl describe pod)', 'Reason:         Evicted', 'exit'],
    ['kubernetes/kubernetes#92245 (a Job\'s status)', '      reason: BackoffLimitExceeded', 'exit'],
    ['pieterlange/kube-backup#71 (kubectl describe job)', 'Pods Statuses:  0 Running / 0 Succeeded / 1 Failed', 'exit'],
    ['helm/helm#10720 (helm --debug)', 'UPGRADE FAILED', 'exit'],
    ['karmada-io/karmada#3905 (helm --debug, its stack after)', 'Error: INSTALLATION FAILED: failed pre-install: 1 error occurred:', 'exit'],
    ['kubeflow/mpi-operator#190', 'E0212 15:10:57.092452       1 runtime.go:69] Observed a panic: runtime.boundsError{x:0, y:0, signed:true, code:0x0} (runtime error: index out of range [0] with length 0)', 'panic'],
    ['AliyunContainerService/minikube#39', '❌  Exiting due to GUEST_START: wait 6m0s for node: wait for healthy API server: controlPlane never updated to v1.20.2', 'exit'],
    ['argoproj/argo-cd#21858 (at info)', 'time="2025-02-12T09:53:57Z" level=info msg="Sync operation to 7092c17b0b89fefcfc7b705bc94bf44d5fc4e368 failed: one or more synchronization tasks completed unsuccessfully" application=argocd-demo-full-apply', 'exit'],
    ['k3s-io/k3s#937 (its install script)', 'Job for k3s.service failed because the control process exited with error code.', 'fatal'],
    ['collectiveidea/delayed_job#181', '[Worker(host:michael-pxxx)] PERMANENTLY removing FailingJob because of 3 consecutive failures.', 'exception'],
    ['rq/rq#1966', '22:30:52 Moving job to FailedJobRegistry (Work-horse terminated unexpectedly; waitpid returned None; )', 'exception'],
    ['laravel/framework#32103', 'Illuminate\\Queue\\MaxAttemptsExceededException: App\\Jobs\\SomeJob has been attempted too many times or run too long. The job may have previously timed out.', 'exception'],
    ['rails/solid_queue#107 (Active Job)', '[ActiveJob] [StoreResultJob] [9f6ae83e-f908-47fb-a3b4-e372e4b2a77a] Error performing StoreResultJob (Job ID: 9f6ae83e-f908-47fb-a3b4-e372e4b2a77a) from SolidQueue(background) in 1', 'exception'],
    ['ChrisTheCoolHut/Firmware_Slap#9 (Celery)', "[2019-08-13 13:56:43,760: ERROR/MainProcess] Received unregistered task of type 'firmware_slap.celery_tasks.async_trace_func'.", 'exception'],
    ['xuxueli/xxl-job#1265 (Quartz)', 'org.quartz.SchedulerException: Job threw an unhandled exception. [See nested exception: java.lang.NullPointerException]', 'exception'],
    ['mastodon/mastodon#4169 (bash, on Scalingo)', '2017-07-12 06:29:38.408149358 +0200 CEST [worker-1] [stderr] /start: line 73:    23 Killed                  bundle exec sidekiq < /dev/null', 'exit'],
    ['kubernetes/kubernetes#93826 (kubectl describe pod, running again)', 'Restart Count: 19', 'crash-loop'],
    ['kubernetes/kubernetes#122256 (kubectl describe pod, restarted once)', '    Restart Count: 1', undefined],
    ['remy/nodemon#1276 (Node 7)', '(node:13808) UnhandledPromiseRejectionWarning: Unhandled promise rejection (rejection id: 1): TypeError: Assignment to constant variable.', 'exception'],
    ['timgit/pg-boss#2 (Bluebird)', 'Unhandled rejection error: syntax error at or near "ON"', 'exception'],
    ['sequelize/cli#110 (Bluebird 2)', 'Possibly unhandled SequelizeDatabaseError: type "enum_Group_status" already exists', 'exception'],
    ['artilleryio/artillery#1556', 'errors.ETIMEDOUT: .............................................................. 184279', 'test-failed'],
    ['artilleryio/artillery#436 (before 2.0)', '  Scenarios completed: 0', 'test-failed'],
    ['Node, a deprecation warning', '(node:13808) [DEP0018] DeprecationWarning: Unhandled promise rejections are deprecated.', undefined],
    ['artillery, a summary with no error', 'http.codes.200: ................................................................ 444', undefined],
    ['artillery before 2.0, scenarios that ran', '  Scenarios completed: 30', undefined],
    ['haxqer/confluence#98 (Tomcat)', '10-Aug-2025 03:09:58.522 SEVERE [main] org.apache.catalina.startup.Catalina.load Error initializing Catalina', 'fatal'],
    ['haxqer/confluence#29 (Tomcat)', '16-Sep-2023 11:21:03.233 SEVERE [main] org.apache.catalina.core.ContainerBase.startInternal A child container failed during start', 'fatal'],
    ['mechero/code-quality-game#1 (WildFly)', '00:10:13,776 ERROR [org.jboss.as] (Controller Boot Thread) WFLYSRV0026: WildFly Full 10.0.0.Final (WildFly Core 2.0.10.Final) started (with errors) in 18998ms - Started 449 of 743 services (2 services failed or missing dependencies, 443 services are lazy, passive or on-demand)', 'fatal'],
    ['SolutionGuidance/psm#73 (WildFly under compose)', 'wildfly_1  | 17:17:54,659 ERROR [org.jboss.as.controller.management-operation] (Controller Boot Thread) WFLYCTL0013: Operation ("deploy") failed - address: ([("deployment" => "cms-portal-services.ear")])', 'fatal'],
    ['alibaba/nacos#14872 (Spring Boot)', "org.springframework.context.ApplicationContextException: Failed to start bean 'webServerStartStop'", 'fatal'],
    ['anthonyraymond/joal-desktop#102 (Spring Boot)', 'Web server failed to start. Port 5081 was already in use.', 'fatal'],
    ['apache/skywalking#3696 (Spring Boot)', 'The Tomcat connector configured to listen on port 8080 failed to start. The port may already be in use or the connector may be misconfigured.', 'fatal'],
    ['librecores/librecores-ci-jenkins-server#139 (Jenkins)', 'SEVERE: Failed Loading plugin Jenkins Parameterized Trigger plugin v2.33 (parameterized-trigger)', 'fatal'],
    ['az-digital/az_quickstart#2531 (drush updatedb)', '>  [error]  Update failed: az_quickstart_update_920701 ', 'exit'],
    ['WildFly, a clean boot', '22:26:21,928 INFO  [org.jboss.as] (Controller Boot Thread) WFLYSRV0025: WildFly Full 23.0.2.Final (WildFly Core 15.0.1.Final) started in 4961ms - Started 538 of 780 services', undefined],
    ['drush, an update hook that ran', '>  [notice] Update started: az_quickstart_update_920701', undefined],
    ['mariadb-corporation/mysql-wsrep#352', '11:40:21 UTC - mysqld got signal 11 ;', 'fatal'],
    ['badoo/pinba2#8 (MariaDB)', '181129  1:23:23 [ERROR] mysqld got signal 11 ;', 'fatal'],
    ['bitnami/bitnami-docker-mongodb#340', '/opt/bitnami/scripts/libos.sh: line 336:    44 Illegal instruction     "$@" > /dev/null 2>&1', 'exit'],
    ['arextest/arex#158 (MongoDB, said as a warning)', 'WARNING: MongoDB 5.0+ requires a CPU with AVX support, and your current system does not appear to have that!', 'fatal'],
    ['blacktop/docker-elastic-stack#11', 'org.elasticsearch.bootstrap.StartupException: java.lang.IllegalStateException: failed to obtain node locks, tried [[/usr/share/elasticsearch/data/elasticsearch]] with lock id [0]; maybe these locations are not writable or multiple nodes were started without increasing [node.max_local_storage_nodes] (was [1])?', 'fatal'],
    ['redis/redis#10330', "27790:M 22 Feb 2022 16:13:20.793 # Error trying to save the DB, can't exit.", 'fatal'],
    ['docker-library/cassandra#102', 'ERROR 13:57:02 Exception in thread Thread[InternalResponseStage:4,5,main]', 'exception'],
    ['flcontainers/guacamole#146 (the postmaster, not PID 1)', '2025-05-11 06:08:13.152 UTC [48] FATAL:  database files are incompatible with server', 'fatal'],
    ['ONLYOFFICE/docker-onlyoffice-nextcloud#28 (the postmaster)', 'onlyoffice-document-server    | 2020-02-13 10:28:34 UTC [126-1] FATAL:  could not write lock file "postmaster.pid": No space left on device', 'fatal'],
    ['edoburu/docker-pgbouncer#28 (busybox sh)', "/entrypoint.sh: line 58: can't create /etc/pgbouncer/pgbouncer.ini: Is a directory", 'fatal'],
    ['a standby stopped by its primary (postgres)', '2020-05-22 17:30:26.808 UTC [11493] FATAL:  terminating walreceiver process due to administrator command', undefined],
    ['a session refused while the server starts (postgres)', '2024-01-05 10:00:01.123 UTC [61] FATAL:  the database system is starting up', undefined],
    ['mysql, a client gone', "2016-01-05T10:11:12.000000Z 9 [Note] Aborted connection 9 to db: 'app' user: 'app' host: '172.17.0.3'", undefined],
    ['box/box-python-sdk#494 (pytest)', '_ ERROR at setup of test_query_with_value_based_filters[20-0-folder-search_content_types2] _', 'test-failed'],
    ['pytest-dev/pytest#4805 (pytest, quoted indented)', '     _______________________ ERROR at setup of test_error _______________________', 'test-failed'],
    ['pytest-dev/pytest-xdist#687', '10:27:45 [gw0] node down: Not properly terminated', 'test-failed'],
    ['pytest-dev/pytest#1852 (a doctest)', '/Users/raquelalegre/workspace/pytest/testing/freeze/tests/test_doctest.txt:5: DocTestFailure', 'test-failed'],
    ['pytest-dev/pytest#1026 (pytest.fail)', 't.py:8: Failed', 'test-failed'],
    ['madzak/python-json-logger#159 (pytest, exit 5)', '========================================================================== no tests ran in 0.01s ===========================================================================', 'test-failed'],
    ['pytest, a collection it stopped', '!!!!!!!!!!!!!!!!!!!! Interrupted: 1 error during collection !!!!!!!!!!!!!!!!!!!!', 'test-failed'],
    ['117503445/flow-pdf#8 (uvicorn)', 'ERROR:    Error loading ASGI app. Could not import module "be".', 'fatal'],
    ['scitran/core#440 (uWSGI)', "unable to load app 0 (mountpoint='') (callable not found or import error)", 'fatal'],
    ['yfauser/planespotter#7 (uWSGI)', '--- no python application found, check your startup logs for errors ---', 'fatal'],
    ['strapi/strapi#9403', "[2021-02-15T10:35:21.519Z] debug ⛔️ Server wasn't able to start properly.", 'fatal'],
    ['aaPanel/aaPanel#12 (PM2)', '2019-10-26T10:35:45: PM2 log: App [testpp:0] exited with code [1] via signal [SIGINT]', 'exit'],
    ['PM2, an app stopped cleanly', '2019-10-26T10:35:45: PM2 log: App [testpp:0] exited with code [0] via signal [SIGINT]', undefined],
    ['pytest, a test set up well', 'tests/test_a.py::test_query PASSED                                       [ 50%]', undefined],
    ['uvicorn, its logger named error', 'INFO:     Application startup complete.', undefined],
    ['discourse/discourse_docker#265 (its launcher)', "Pups::ExecError: cd /var/www/discourse && su discourse -c 'bundle install --deployment --verbose --without test --without development' failed with return #<Process::Status: pid 299 exit 5>", 'exit'],
    ['discourse/discourse-algolia#17 (its launcher)', '** FAILED TO BOOTSTRAP ** please scroll up and look for earlier error messages, there may be more than one', 'exit'],
    ['nextcloud/docker#489', 'installing of nextcloud failed!', 'exit'],
    ['go-gitea/gitea#34902', 'server_1  | docker setup failed', 'exit'],
    ['dani-garcia/vaultwarden#1056 (Azure App Service)', '2020-07-13T09:12:04.085Z INFO  - Stopping site <REDACTED> because it failed during startup.', 'exit'],
    ['knative/docs#6549 (BuildKit)', ' => ERROR [builder 4/6] RUN npm install                                 5.3s', 'exit'],
    ['apache/caldera#3135 (BuildKit, the step it quotes)', '> ERROR [ui-build 4/4] RUN (cd plugins/magma; npm install && npm run build)                                                    1.0s', 'exit'],
    ['vignesh07/clawdbot-railway-template#5 (pnpm)', ' ERR_PNPM_OUTDATED_LOCKFILE  Cannot install with "frozen-lockfile" because pnpm-lock.yaml is not up to date with <ROOT>/package.json', 'exit'],
    ['open-condo-software/condo#6692 (Yarn 2, under BuildKit)', '1.579 ➤ YN0000: Failed with errors in 0s 755ms', 'exit'],
    ['stefanvangastel/docker-cakephp#3 (Composer)', 'Your requirements could not be resolved to an installable set of packages.', 'exit'],
    ['docker/for-mac#1271 (docker push)', 'denied: requested access to the resource is denied', 'exit'],
    ['QuantumNous/new-api#58 (BuildKit quotes the failed step)', '7.742 npm ERR! code ERESOLVE', 'exit'],
    ['BuildKit, a step that finished', '#8 [builder 4/6] RUN npm install', undefined],
    ['BuildKit, a step from the cache', ' => CACHED [builder 3/6] COPY package*.json ./                           0.0s', undefined],
    ['Yarn 2, a step that completed', '1.396 ➤ YN0000: └ Completed in 0s 567ms', undefined],
    ['kubectl describe, a readiness probe while the pod starts', '  Warning  Unhealthy  12s (x3 over 32s)  kubelet  Readiness probe failed: HTTP probe failed with statuscode: 503', undefined],
    ['kubectl describe, a Normal event', '  Normal  Completed  22m   job-controller  Job completed', undefined],
    ['kubectl describe job, retried and succeeded', 'Pods Statuses:  0 Running / 1 Succeeded / 1 Failed', undefined],
    ["a Job's spec", '  backoffLimit: 6', undefined],
    ['helm/helm#12985 (helm upgrade)', 'Release "loki" has been upgraded. Happy Helming!', undefined],
    ['rq, a job that ran', '14:17:01 mailing: Job OK (c5e9bcba-dfed-4d05-8ccf-9126ca5e2a1d)', undefined],
    ['huey, a task to retry', '[2025-07-29 07:04:24,718] WARNING:huey:Worker-2:Task 4a1622a2-5767-4823-9dc1-ce19de800c55 raised CancelExecution (task will be retried).', undefined],
    ['a cache evicting keys', 'redis_1  | 1:M 12 Mar 2024 10:00:00.000 * Evicted 120 keys', undefined],
    ['MISP/misp-workbench#12 (RabbitMQ: the Erlang VM ends during boot)', 'Runtime terminating during boot (terminating)', 'fatal'],
    ['getsentry/snuba#6562 (Kafka)', 'kafka-1  | [2024-11-12 17:32:18,344] ERROR Exiting Kafka due to fatal exception (kafka.Kafka$)', 'fatal'],
    ['strimzi/strimzi-kafka-operator#3222 (ZooKeeper)', '2020-06-22 07:24:55,665 ERROR Unable to load database on disk (org.apache.zookeeper.server.quorum.QuorumPeer) [main]', 'fatal'],
    ['goauthentik/authentik#7643 (Redis)', '1:M 21 Nov 2023 01:37:29.411 # Bad file format reading the append only file: make a backup of your AOF file, then use ./redis-check-aof --fix <filename>', 'fatal'],
    ['oncokb/oncokb#2216 (Redis)', "1:M 05 Sep 2020 21:43:13.492 # Can't open the append-only file: Read-only file system", 'fatal'],
    ['minio/minio#16457', 'ERROR Unable to initialize backend: Too few sections in 2', 'fatal'],
    ['ceph/ceph-container#2002 (radosgw)', '2022-03-28T03:50:15.368+0000 7ff5bc63b700 -1 Initialization timeout, failed to initialize', 'fatal'],
    ['bitnami/bitnami-docker-openldap#1 (slapd)', '5ee23655 backend_startup_one (type=hdb, suffix="dc=example,dc=org"): bi_db_open failed! (-1)', 'fatal'],
    ['element-hq/dendrite#2889 (a Go panic pasted from its goroutine down)', 'goroutine 1 [running]:', 'fatal'],
    ['mailcow/mailcow-dockerized#4121 (Dovecot)', "doveconf: Fatal: Error in configuration file /etc/dovecot/dovecot.conf line 485: plugin/6/last_login_dict: Can't open file /etc/dovecot/last_login: No such file or directory", 'fatal'],
    ['goauthentik/authentik#16757 (gunicorn, logged through structlog)', 'server-1      | {"event": "Worker (pid:553816) was sent SIGBUS!", "level": "error", "logger": "gunicorn.error", "timestamp": "2025-09-13T08:36:38.905726"}', 'fatal'],
    ['docker-mailserver/docker-mailserver#635', 'Error: Please fix your configuration. Exiting...', 'fatal'],
    ['RabbitMQ, a boot step', '2021-12-02 14:16:32.105 [info] <0.274.0> Running boot step database defined by app rabbit', undefined],
    ['Redis, an append-only file loaded', '1:M 21 Nov 2023 01:37:29.411 * DB loaded from append only file: 0.000 seconds', undefined],
    ['a live Go program dumping a waiting goroutine', 'goroutine 7 [select]:', undefined],
    ['Dovecot, a warning', 'doveconf: Warning: please set ssl_dh=</etc/dovecot/dh.pem', undefined],
    ['gunicorn, a worker its master stopped', '[2024-01-01 10:00:00 +0000] [12] [INFO] Worker exiting (pid: 12)', undefined],
    ['an operator stopped it', 'Received SIGTERM, exiting.', undefined],
    ['a tool with nothing to do', 'INFO: no configuration changed. Exiting.', undefined],
    ['sipcapture/homer7-docker#29 (Loki)', 'failed parsing config: /etc/loki/local-config.yaml: not a valid duration string: "0"', 'fatal'],
    ['grafana/loki#1332', 'level=error ts=2019-11-28T16:47:33.8372068Z caller=main.go:65 msg="error initialising loki" err="error initialising module: table-manager: Must set -dynamodb.url in aws mode"', 'fatal'],
    ['openSUSE/vagrant-ceph#11 (Alertmanager)', 'level=error ts=2018-01-29T18:50:05.890967371Z caller=main.go:282 msg="Loading configuration file failed" file=/etc/prometheus/alertmanager.yml err="unknown fields in global: hipchat_url"', 'fatal'],
    ['influxdata/influxdata-docker#336 (Telegraf)', '2019-07-19T16:41:45Z E! [telegraf] Error running agent: Error parsing /etc/telegraf/telegraf.conf, Undefined but requested input: docker_log', 'fatal'],
    ['node-red/node-red-docker#163 (npm debug log)', '13 info lifecycle node-red-docker@1.0.3~start: Failed to exec start script', 'fatal'],
    ['greensheep/plex-server-docker-rpi#22 (libc++)', 'libc++abi: terminating with uncaught exception of type std::__2::system_error: clock_gettime(CLOCK_MONOTONIC) failed: Operation not permitted', 'fatal'],
    ['MediaBrowser/Emby.Build#75 (.NET)', 'at System.Environment.FailFast(System.String)', 'fatal'],
    ['linuxserver/docker-jellyfin#63 (.NET: the exception left Main)', '   at Jellyfin.Server.Program.<Main>(String[] args)', 'fatal'],
    ['nextcloud/all-in-one#2313 (Collabora)', 'Failed to listen on Server port(s) (9980-9980). Exiting.', 'fatal'],
    ['Loki, its config read', 'level=info ts=2024-10-23T16:19:38.671308096Z caller=main.go:108 msg="Starting Loki" version="(version=2.9.10, branch=HEAD, revision=7664eda07b)"', undefined],
    ['Alertmanager, its config loaded', 'level=info ts=2018-01-29T18:50:05.890622859Z caller=main.go:279 msg="Loading configuration file" file=/etc/prometheus/alertmanager.yml', undefined],
    ['.NET, a frame inside the program', '   at Jellyfin.Server.Program.CreateApplicationPaths(StartupOptions options)', undefined],
    ['npm, a lifecycle script that ran', '10 verbose lifecycle node-red-docker@1.0.3~start: CWD: /usr/src/node-red', undefined],
    ['actions/setup-dotnet#37 (the C# compiler in a GitHub Actions log)', "2019-09-17T23:02:09.5908268Z ##[error]Tightening/TighteningMessages.cs(17,19): error CS0103: The name 'Mid0064' does not exist in the current context [/home/runner/work/OpenProtocolInterpreter/OpenProtocolInterpreter/src/OpenProtocolInterpreter/OpenProtocolInterpreter.csproj]", 'exit'],
    ['actions/setup-dotnet#37 (MSBuild)', '2019-09-17T23:02:09.5913798Z     24 Error(s)', 'exit'],
    ['glebteterin/Lando#3 (MSBuild)', 'Build FAILED.', 'exit'],
    ['microsoft/testfx#6240 (MSTest)', '    Assert.AreEqual failed. Expected:<1>. Actual:<-532462766>. ', 'exit'],
    ['dotnet/runtime#109202 (xUnit)', 'Xunit.Sdk.EqualException: Assert.Equal() Failure: Values differ', 'exit'],
    ['microsoft/mssql-docker#290 (SQL Server)', 'This program has encountered a fatal error and cannot continue running.', 'fatal'],
    ['linuxserver/docker-prowlarr#27', 'Non-recoverable failure, waiting for user intervention...', 'fatal'],
    ['umbraco/Umbraco-CMS#7113', "Boot failed: Umbraco cannot run. See Umbraco's log file for more details.", 'fatal'],
    ['duplicati/duplicati#3031', 'duplicati-server[7156]: [ERROR] FATAL UNHANDLED EXCEPTION: System.Exception: Unable to find log in lookup table, this may be caused by attempting to transport call contexts between AppDomains (eg. with remoting calls)', 'fatal'],
    ['serilog/serilog-sinks-console#83 (Azure App Service)', '20/01/2020 23:01:09.243 ERROR - Site: uniun__441f - Container could not be started', 'fatal'],
    ['sameersbn/docker-bind#115 (named)', '09-Jul-2021 15:58:10.895 exiting (due to fatal error)', 'fatal'],
    ['madnuttah/unbound-docker#62 (unbound)', 'Mar 18 16:31:46 unbound[1:0] fatal error: could not open ports', 'fatal'],
    ['novaspirit/pi-hosted#470 (AdGuard Home: a bracketed fatal)', '2023/10/25 15:28:18.815722 [fatal] listen tcp 172.17.0.8:80: bind: cannot assign requested address', 'fatal'],
    ['linuxserver/docker-sonarr#156 (the Servarr apps)', '[Fatal] ConsoleApp: EPIC FAIL!', 'fatal'],
    ['juanfont/headscale#1567 (zerolog\'s console FTL)', '2023-09-30T11:37:42+08:00 FTL ../home/runner/work/headscale/headscale/cmd/headscale/cli/server.go:26 > Error starting server error="failed to set up gRPC socket: listen unix /var/run/headscale/headscale.sock: bind: no such file or directory"', 'fatal'],
    ['MSBuild, a build that succeeded', '    0 Error(s)', undefined],
    ['MSBuild, a build that succeeded', 'Build succeeded.', undefined],
    ['the C# compiler, a warning', "Program.cs(12,17): warning CS0168: The variable 'e' is declared but never used [/src/app.csproj]", undefined],
    ['zerolog, an error it goes on past', '2023-09-30T11:37:42+08:00 ERR ../cli/server.go:40 > could not reach the DERP server', undefined],
    ['a bracketed critical, retried', '[2017/03/24 23:43:09 CET] [CRIT] Failed to ping DB err:dial tcp 46.38.243.234:5432: i/o timeout', undefined],
    ['Supervisor/supervisor#578 (supervisord gave up)', '2015-02-13 01:32:33,846 INFO gave up: shadowsocks entered FATAL state, too many start retries too quickly', 'exit'],
    ['docker-mailserver/docker-mailserver#996 (supervisord)', 'mail    | 2018-06-26 13:49:29,144 INFO exited: postfix (terminated by SIGKILL; not expected)', 'exit'],
    ['nasa-jpl-memex/memex-explorer#773 (supervisord)', '2016-09-04 19:12:10,757 INFO exited: nutch (exit status 127; not expected)', 'exit'],
    ['Supervisor/supervisor#916 (supervisord, a one-shot program restarted)', '2017-04-05 21:15:33,673 INFO exited: test_worker_01 (exit status 0; not expected)', undefined],
    ['Supervisor/supervisor#916 (supervisord, an exit it expected)', '2017-04-05 21:15:32,599 INFO exited: test_worker_01 (exit status 0; expected)', undefined],
    ['numenta/nupic.core-legacy#200 (GoogleTest)', '[  FAILED  ] FlatSpatialPoolerTestCase.FlatSpatialPoolerTest', 'test-failed'],
    ['thm-mni-ii/sea#110 (GoogleTest)', '/home/vytautas/Dokumente/sea/test/bfs_test.cpp:39: Failure', 'test-failed'],
    ['kit-cel/gr-radar#45 (CTest)', ' 2/27 Test  #2: qa_signal_generator_cw_c ............***Failed    0.19 sec', 'test-failed'],
    ['google/googletest#1070 (CTest)', 'Errors while running CTest', 'test-failed'],
    ['equinor/flotilla#2230 (VSTest)', '  Failed Api.Test.EventHandlers.TestMissionEventHandler.QueuedMissionsAreNotAbortedWhenRobotReadyForMissionsHappensAtTheSameTimeAsOnIsarMissionCompleted [2 s]', 'test-failed'],
    ['equinor/flotilla#2230 (xUnit)', '[xUnit.net 00:00:26.04]     Api.Test.EventHandlers.TestMissionEventHandler.QueuedMissionsAreNotAbortedWhenRobotReadyForMissionsHappensAtTheSameTimeAsOnIsarMissionCompleted [FAIL]', 'test-failed'],
    ['nextest-rs/nextest#281', '        FAIL [   0.010s]              openssl pkey::tests::test_ec_gen', 'test-failed'],
    ['flix/vscode-flix#382 (vscode-test)', '6 tests failed.', 'test-failed'],
    ['ZhuLinsen/daily_stock_analysis#848 (GitHub Actions)', 'The job has exceeded the maximum execution time of 30m0s', 'exit'],
    ['nektos/act#6079', '[MyWorkflow/MyJob] 🏁  Job failed', 'exit'],
    ['appveyor/ci#3161 (MSBuild)', 'MSBUILD : error MSB4017: The build stopped unexpectedly because of an unexpected logger failure.', 'exit'],
    ['bfgroup/b2#196 (CTest, a test that passed)', '  1/223 Test   #1: run-boost_core-quick .....................................................   Passed    0.01 sec', undefined],
    ['numenta/nupic.core-legacy#200 (GoogleTest, the tests that passed)', '[  PASSED  ] 35 tests.', undefined],
    ['NixOS/nixpkgs#561926 (VSTest, a test that passed)', '  Passed should_not_be_valid_if_child_of_bin_folder [1 ms]', undefined],
    ['nektos/act#6079 (a step that succeeded)', '[MyWorkflow/MyJob]   ✅  Success - Complete job', undefined],
    ['ggml-org/llama.cpp#519 (MSVC)', "llama.cpp\\ggml.c(5841,5): error C2065: 'ne13': undeclared identifier", 'exit'],
    ['OpenDUNE/OpenDUNE#218 (the MSVC linker)', '2>general.obj : error LNK2019: unresolved external symbol _endian_bswap16 referenced in function _Script_General_DisplayModalMessage', 'exit'],
    ['OpenDUNE/OpenDUNE#218 (Visual Studio)', '========== Build: 1 succeeded, 1 failed, 0 up-to-date, 0 skipped ==========', 'exit'],
    ['NuGet/Home#10586 (NuGet restore)', '2021-04-07T23:25:43.3633815Z D:\\a\\1\\testcli\\node_modules\\react-native-windows\\Microsoft.ReactNative.Managed.CodeGen\\Microsoft.ReactNative.Managed.CodeGen.csproj : error NU1101: Unable to find package Humanizer. No packages exist with this id in source(s): Microsoft Visual Studio Offline Packages [D:\\a\\1\\testcli\\windows\\testcli.sln]', 'exit'],
    ['cli/cli#4779 (winget)', 'Installer failed with exit code: 1625', 'exit'],
    ['chocolatey/choco#1130', 'Chocolatey installed 0/1 packages. 1 packages failed.', 'exit'],
    ['gizmosachin/VolumeBar#27 (CocoaPods)', 'None of your spec sources contain a spec satisfying the dependency: `VolumeBar (~> 3.1)`.', 'exit'],
    ['fastlane/fastlane#15835', '[17:54:26]: fastlane finished with errors', 'exit'],
    ['observableobject/XCode-Deploy#13 (xcodebuild, indented)', '  ** ARCHIVE FAILED **', 'exit'],
    ['Vision-CAIR/MiniGPT-4#237 (torchrun)', 'torch.distributed.elastic.multiprocessing.errors.ChildFailedError: ', 'exit'],
    ['OFA-Sys/OFA#271 (NCCL)', '[E ProcessGroupNCCL.cpp:737] [Rank 1] Watchdog caught collective operation timeout: WorkNCCL(SeqNum=469508, OpType=ALLREDUCE, Timeout(ms)=1800000) ran for 1802212 milliseconds before timing out.', 'exit'],
    ['Intel-bigdata/HiBench#156 (Spark)', '15/11/27 15:43:30 ERROR scheduler.TaskSetManager: Task 0 in stage 1723.0 failed 4 times; aborting job', 'exit'],
    ['yahoo/TensorFlowOnSpark#282 (YARN)', '18/05/16 00:53:32 WARN YarnSchedulerBackend$YarnSchedulerEndpoint: Container killed by YARN for exceeding memory limits. 8.2 GB of 8 GB physical memory used. Consider boosting spark.yarn.executor.memoryOverhead.', 'exit'],
    ['dbt-labs/dbt-core#452', 'Done. PASS=1 ERROR=1 SKIP=0 TOTAL=2', 'exit'],
    ['astronomer/astronomer-cosmos#521 (Airflow)', '[2023-09-08, 10:14:57 +07] {subprocess.py:98} INFO - Command exited with return code 1', 'exit'],
    ['ministryofjustice/analytics-platform#118 (Airflow)', '[2020-05-15 07:31:53,024] {__init__.py:1580} ERROR - Pod Launching failed: Task received SIGTERM signal', 'exit'],
    ['mrdbourke/m1-machine-learning-test#17 (Jupyter)', '[I 2023-08-25 17:12:15.769 ServerApp] AsyncIOLoopKernelRestarter: restarting kernel (1/5), keep random ports', 'exit'],
    ['coin-or/Osi#24 (MSVC, a warning)', "Warning\t1\twarning C4996: 'strdup' was declared deprecated\tc:\\cygwin\\home\\magala\\coin\\coin-cbc\\coinutils\\src\\coinmodeluseful.hpp\t403\t", undefined],
    ['hashmapinc/dbt-demos#2 (dbt, a run that passed)', 'Done. PASS=3 WARN=0 ERROR=0 SKIP=0 TOTAL=3', undefined],
    ['apache/airflow#33432 (Airflow, a task that passed)', '[2023-08-16, 06:40:41 UTC] {{local_task_job.py:154}} INFO - Task exited with return code 0', undefined],
    ['confluentinc/kafka-connect-jdbc#511 (Kafka Connect)', '[2018-10-22 15:38:32,873] ERROR Stopping due to error (org.apache.kafka.connect.cli.ConnectDistributed:117)', 'exit'],
    ['lmenezes/cerebro#218 (Play)', '[error] p.c.s.NettyServer - Failed to listen for HTTP on /0.0.0.0:9000!', 'exit'],
    ['spring-projects/spring-boot#9741', 'Caused by: org.springframework.boot.web.server.WebServerException: Unable to start Netty', 'exit'],
    ['galexrt/kubernetes-keycloak#7 (WildFly)', 'Caused by: org.jboss.msc.service.StartException in service jboss.as.server-controller: Failed to start service', 'exit'],
    ['cgeo/cgeo#5963 (Gradle)', 'Gradle build daemon disappeared unexpectedly (it may have been killed or may have crashed)', 'exit'],
    ['gothinkster/hapijs-realworld-example-app#4 (nodemon)', 'conduit_api_1  | [nodemon] app crashed - waiting for file changes before starting...', 'exit'],
    ['aspnet/KestrelHttpServer#2352 (heroku logs)', '2018-02-28T01:29:48.968833+00:00 app[web.1]: Unhandled Exception: Microsoft.AspNetCore.Server.Kestrel.Transport.Libuv.Internal.Networking.UvException: Error -13 EACCES permission denied', 'exception'],
    ['onplus/v2hero#1 (heroku logs, the router)', '2017-12-13T09:51:12.178728+00:00 heroku[router]: at=info method=GET path="/" host=v2ryheroku.herokuapp.com request_id=29005dee-b9fb-4a6e-bad2-9a3e87c4778b fwd="110.185.210.113" dyno=web.1 connect=1ms service=9ms status=200 bytes=6960 protocol=http', undefined],
    ['symfony/symfony#26730 (Composer)', 'Script cache:clear returned with error code 255', 'exit'],
    ['magento/magento2#1837 (Symfony console)', '  [ErrorException]', 'exception'],
    ['maybe-finance/maybe#324 (RubyGems)', 'Gem::Ext::BuildError: ERROR: Failed to build gem native extension.', 'exit'],
    ['librato/librato-rails#45 (Bundler)', 'Bundler could not find compatible versions for gem "rails":', 'exit'],
    ['jekyll/jekyll#7328', 'jekyll 3.8.4 | Error:  no implicit conversion of nil into String', 'exit'],
    ['mattias-ohlsson/gitlab-installer#51 (Chef)', "    Expected process to exit with [0], but received '137'", 'exit'],
    ['jfryman/puppet-rvm#7 (Puppet)', 'err: /Stage[main]/Rvm::Packages::Common/Exec[install-rvm]/returns: change from notrun to 0 failed: bash /tmp/rvm returned 1 instead of one of [0] at /tmp/vagrant-puppet/modules-0/rvm/manifests/packages/common.pp:15', 'exit'],
    ['puppetlabs/puppetlabs-puppet_agent#742 (Puppet)', '  Error: Could not retrieve catalog; skipping run', 'exit'],
    ['NixOS/nixpkgs#192090 (Elixir)', 'Sep 19 21:43:49 plato pleroma[3078019]: 21:43:49.842 [notice] Application pleroma exited: exited in: Pleroma.Application.start(:normal, [])', 'exception'],
    ['NixOS/nixpkgs#223518 (Erlang)', '    errorContext: start_error', 'exception'],
    ['its-a-feature/Mythic#379 (RabbitMQ)', '2024-03-29 17:28:39.458374+00:00 [error] <0.136.0>     errorContext: start_error', 'exception'],
    ['esl/MongooseIM#2487', '14:29:07.220 [error] CRASH REPORT Process <0.1149.0> with 0 neighbours exited with reason: no match of right hand value {error,eperm} in nkpacket_stun:check_stun_server/5 line 277 in application_master:init/4 line 138', 'exception'],
    ['claytongentry/furlex#28 (ExUnit)', '  2) test parses Twitter Cards (Furlex.Parser.TwitterTest)', 'test-failed'],
    ['claytongentry/furlex#28 (ExUnit)', '     Assertion with == failed', 'test-failed'],
    ['getsentry/sentry-elixir#966 (ExUnit, a run that passed)', '14 doctests, 433 tests, 0 failures', undefined],
    ['hashicorp/packer#2001', "Build 'amazon-ebs' errored: Error launching source instance: ", 'exit'],
    ['hashicorp/packer#2001', '==> Builds finished but no artifacts were created.', 'exit'],
    ['QT-DevOps/DevOpsIssues#452 (Packer)', "Failed to initialize build 'amazon-ebs': error initializing builder 'amazon-ebs': timeout while waiting for plugin to start", 'exit'],
    ['saltstack/salt#37852', 'Failed:    1', 'exit'],
    ['kpetremann/salt-exporter#78 (Salt, a run that passed)', 'Failed:      0', undefined],
    ['pulumi/pulumi#7192', '      error: update failed', 'exit'],
    ['huceke/buildroot-rbp#2 (crosstool-NG)', "[ERROR]  >>  Build failed in step 'Installing PPL for host'", 'exit'],
    ['zephyrproject-rtos/zephyr#69175 (CMake)', 'CMake Error at /root/zephyrproject/zephyr/cmake/modules/dts.cmake:355 (message):', 'exit'],
    ['CPFL/gdev#5 (make, indented)', "    make[3]: *** No rule to make target 'modules'.  Stop.", 'exit'],
    ['CPFL/gdev#5 (make, indented)', '    make[2]: *** [mod/CMakeFiles/gdev_module.dir/build.make:108: mod/gdev/gdev.ko] Error 2', 'exit'],
    ['maldua/zimbra-foss#11 (dpkg-buildpackage)', '     [exec] dpkg-buildpackage: warning: build dependencies/conflicts unsatisfied; aborting', 'exit'],
    ['mbunkus/mkvtoolnix#1496 (dpkg-buildpackage, a build that passed)', 'dpkg-buildpackage: warning: failed to sign .changes file', undefined],
    ['espressif/esp-idf#9232 (gcc)', "../main/i2c_simple_main.c:44:12: error: implicit declaration of function 'i2c_master_write_read_device'; did you mean 'i2c_master_write_byte'? [-Werror=implicit-function-declaration]", 'exit'],
    ['netlify/build#1531 (Netlify, CRA)', '7:56:00 AM: Failed to compile.', 'exit'],
    ['jasonraimondi/ts-oauth2-server#43 (esbuild)', 'Build error Error: Build failed with 1 error:', 'exit'],
    ['parcel-bundler/parcel#8290', '🚨 Build failed.', 'exit'],
    ['snakemake/snakemake-executor-plugin-slurm#371', 'Error in rule use_ram:', 'exit'],
    ['tkn-tub/serpentine-env#3 (Snakemake)', 'Exiting because a job execution failed. Look above for error message', 'exit'],
    ['cBio/cbio-cluster#256 (MPICH)', '=   BAD TERMINATION OF ONE OF YOUR APPLICATION PROCESSES', 'exit'],
    ['UCL/hemelb#4 (Open MPI)', 'MPI_ABORT was invoked on rank 0 in communicator MPI_COMM_WORLD ', 'exit'],
    ['open-mpi/ompi#3144', '*** An error occurred in MPI_Init', 'exit'],
    ['marbl/canu#1214 (PBS)', '=>> PBS: job killed: walltime 86415 exceeded limit 86400', 'exit'],
    ['conda/conda#10443', 'Found conflicts! Looking for incompatible packages.', 'exit'],
    ['mamba-org/mamba#2078 (micromamba)', 'error    libmamba Could not solve for environment specs', 'exit'],
    ['cmap/cmapR#8 (R)', '  Execution halted', 'exit'],
    ['ThinkR-open/checkhelper#80 (R CMD check)', 'Status: 1 ERROR, 2 NOTEs', 'exit'],
    ['christophsax/seasonalview#5 (R CMD check, a check that passed)', '── 0 errors ✔ | 0 warnings ✔ | 1 note ✖', undefined],
    ['JuliaLang/julia#59887', 'Test Failed at /build/julia/src/julia-1.12.1/test/precompile.jl:1435', 'test-failed'],
    ['JuliaLang/julia#59887', 'Error During Test at /build/julia/src/julia-1.12.1/test/testdefs.jl:24', 'test-failed'],
    ['valkey-io/valkey-bundle#125', '=== VALKEY BUG REPORT END. Make sure to include from START to END. ===', 'fatal'],
    ['redis/redis#3607', '------ STACK TRACE ------', 'fatal'],
    ['mariadb-operator/mariadb-operator#289 (mysqld)', "Hope that's ok; if not, decrease some variables in the equation.", 'fatal'],
    ['cert-manager/cert-manager#5443 (client-go)', 'I0916 08:51:43.955966 1 leaderelection.go:283] failed to renew lease kube-system/cert-manager-controller: timed out waiting for the condition', 'exit'],
    ['istio/istio#13939 (pilot-agent)', '2019-05-10T04:49:48.758775Z\twarn\tEpoch 0 terminated with an error: signal: killed', 'exit'],
    ['argoproj/argo-workflows#8463', 'time="2022-04-24T03:36:30.864Z" level=info msg="Updated phase Running -> Failed" namespace=default workflow=read-file-cp2c6', 'exit'],
    ['python-poetry/poetry#2328', "  Because redacted-visualization-plugin depends on dash-cytoscape (0.3.0) which doesn't match any versions, version solving failed.", 'exit'],
    ['astral-sh/uv#6911', "  × No solution found when resolving dependencies for split (python_full_version >= '3.9' and python_full_version < '3.13'):", 'exit'],
    ['mathspp/mathspp#131 (pre-commit)', 'black....................................................................Failed', 'exit'],
    ['proveskit/pysquared#28 (pre-commit, a run that passed)', 'AIT CMD YAML check.......................................................Passed', undefined],
    ['ilastik/ilastik#2334 (black --check)', 'would reformat /.../ilastik/examples/obj_feats_example.py', 'exit'],
    ['SMTG-Bham/solphin#71 (mypy)', 'solphin/dos.py:1341: error: Item "None" of "_DOSEffectiveMassResult | None" has no attribute "carrier"  [union-attr]', 'exit'],
    ['astral-sh/ruff#3273 (ruff check)', 'Found 1 error.', 'exit'],
    ['astral-sh/ruff#1322 (ruff 0.0.x)', 'Found 62 error(s).', 'exit'],
    ['astral-sh/ruff#16274 (ruff check --fix, every error fixed)', 'Found 1 error (1 fixed, 0 remaining).', undefined],
    ['docker-library/haproxy#162 (HAProxy 2.4, not root)', '[ALERT]    (1) : Starting frontend fe_web: cannot bind socket (Permission denied) [0.0.0.0:80]', 'fatal'],
    ['Tecnativa/docker-socket-proxy#127 (HAProxy)', '[ALERT] 119/203906 (1) : Starting frontend dockerfrontend: cannot create listening socket [:::2375]', 'fatal'],
    ['varnishcache/varnish-cache#2748', 'Error: Child (37) died signal=6', 'panic'],
    ['varnishcache/testrepo2#67 (varnishd -d)', 'Cache child died pid=31181 status=0x6', 'panic'],
    ['deepspeedai/DeepSpeed#5302 (the launcher)', '[2024-03-20 20:31:29,269] [ERROR] [launch.py:321:sigkill_handler] [\'/data/anaconda3/envs/llama/bin/python\', \'-u\', \'src/train_bash.py\', \'--local_rank=4\', \'--stage\', \'sft\', \'--deepspeed\', \'configs/deepspeed_zero3_config.json\', \'--do_train\', \'--model_name_or_path\', \'/for_llm_model/\', \'--dataset\', \'fin_\', \'--template\', \'qwen\', \'--finetuning_type\', \'full\', \'--output_dir\', \'/data_c/\', \'--overwrite_cache\', \'--per_device_train_batch_size\', \'1\', \'--gradient_accumulation_steps\', \'4\', \'--lr_scheduler_type\', \'cosine\', \'--logging_steps\', \'10\', \'--save_steps\', \'1000\', \'--learning_rate\', \'5e-5\', \'--num_train_epochs\', \'2.0\', \'--plot_loss\', \'--fp16\', \'--cutoff_len\', \'4096\', \'--flash_attn\'] exits with return code = 1', 'exit'],
    ['keras-team/keras#13376 (TensorFlow, at W)', '2019-09-30 08:59:59.988498: W tensorflow/core/framework/op_kernel.cc:1431] OP_REQUIRES failed at fused_batch_norm_op.cc:573 : Resource exhausted: OOM when allocating tensor with shape[295,64,256,256] and type float on /job:localhost/replica:0/task:0/device:GPU:0 by allocator GPU_0_bfc', 'oom'],
    ['ollama/ollama#11418 (Windows, in hex)', '{"level":50,"time":1752516972565,"pid":10104,"hostname":"Ryzen7","msg":"time=2025-07-14T19:16:12.565+01:00 level=ERROR source=server.go:449 msg=\\"llama runner terminated\\" error=\\"exit status 0xc0000409\\"\\n"}', 'exit'],
    ['yewzijian/RegTR#33', '06/26 18:54:31 [ERROR] trainer - <class \'RuntimeError\'> at trainer.py:101 - CUDA error: an illegal memory access was encountered', 'exit'],
    ['pytorch/pytorch#107021 (torchrun)', 'torch.distributed.elastic.rendezvous.api.RendezvousConnectionError: The connection to the C10d store has failed. See inner exception for details.', 'exit'],
    ['huggingface/trl#3436 (PyTorch 2.5)', 'torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 388.00 MiB. GPU 0 has a total capacity of 9.68 GiB of which 95.75 MiB is free. Including non-PyTorch memory, this process has 9.54 GiB memory in use. Of the allocated memory 6.61 GiB is allocated by PyTorch, and 2.57 GiB is reserved by PyTorch but unallocated. If reserved but unallocated memory is large try setting PYTORCH_CUDA_ALLOC_CONF=expandable_segments:True to avoid fragmentation.  See documentation for Memory Management  (https://pytorch.org/docs/stable/notes/cuda.html#environment-variables)', 'oom'],
    ['vllm-project/vllm#17939 (vLLM V1)', 'ERROR 05-10 16:00:15 [core.py:396] EngineCore failed to start.', 'exit'],
    ['keras-team/keras#14188 (Jupyter)', 'UnknownError                              Traceback (most recent call last)', 'exception'],
    ['tensorflow/tensorflow#38929 (tf_cnn_benchmarks, at INFO)', 'I0426 23:04:32.326952 139678773683968 coordinator.py:224] Error reported to Coordinator: <class \'tensorflow.python.framework.errors_impl.UnknownError\'>, 2 root error(s) found.', 'exit'],
    ['dotnet-architecture/eShopOnContainers#490 (Windows containers)', 'eshoponcontainers_basket.api_1 exited with code 2147516545', 'exit'],
    ['dotnet/sdk#32064 (NETSDK)', 'C:\\Program Files\\dotnet\\sdk\\7.0.203\\Sdks\\Microsoft.NET.Sdk\\targets\\Microsoft.NET.Sdk.ImportWorkloads.targets(38,5): error NETSDK1147: To build this project, the following', 'exit'],
    ['dotnet/installer#5681 (Azure Pipelines)', '##[error]Dotnet command failed with non-zero exit code on the following projects : D:\\a\\1\\s\\src\\AzureDevOpsDemoBuilder\\AzureDevOpsDemoBuilder.csproj', 'exit'],
    ['exercism/csharp#563 (dotnet test)', 'Error Message:', 'test-failed'],
    ['dotnet/aspnetcore#20943 (the event log)', 'Application startup exception', 'exit'],
    ['nunit/nunit-console#377', '  Overall result: Failed', 'test-failed'],
    ['osixia/container-openldap#632', '***  ERROR  | 2022-08-01 19:05:32 | /container/run/startup/slapd failed with status 1', 'exit'],
    ['JordiCorbilla/ocular-disease-intelligent-recognition-deep-learning (TensorFlow\'s allocator, a run that finished)', '2020-05-18 08:20:15.727714: W tensorflow/core/common_runtime/bfc_allocator.cc:239] Allocator (GPU_0_bfc) ran out of memory trying to allocate 3.46GiB with freed_by_count=0. The caller indicates that this is not a failure, but may mean that there could be performance gains if more memory were available.', undefined],
    ['redhat-developer/s2i-dotnetcore#226 (ASP.NET Core\'s console logger)', 'crit: Microsoft.AspNetCore.Server.Kestrel[0]', 'fatal'],
    ['dotnet/aspnetcore#4699 (Serilog\'s console)', '[18:10:59 FTL] Unable to start Kestrel.', 'fatal'],
    ['dotnet/AspNetCore.Docs#16841 (ASP.NET Core\'s console logger, an error)', 'fail: Microsoft.EntityFrameworkCore.Database.Command[20102]', undefined],
    ['sidekiq/sidekiq#2739 (at WARN)', '2015-12-10T14:22:02.304Z 98694 TID-ouvaee8k4 WARN: Sidekiq died due to the following error, cannot recover, process exiting', 'exit'],
    ['apache/airflow#16573 (a task log, at INFO)', '[2021-09-02 15:38:18,651] {taskinstance.py:1512} INFO - Marking task as FAILED. dag_id=<dag_id>, task_id=process, execution_date=20210809T150000, start_date=20210902T153818, end_date=20210902T153818', 'exception'],
    ['apache/dolphinscheduler#4020 (Quartz in Java)', '[ERROR] 2020-11-03 19:31:30.008 org.quartz.core.JobRunShell:[211] - Job jobgroup_51.job_15 threw an unhandled Exception:', 'exception'],
    ['kubernetes/kubernetes#45418 (the CronJob controller)', 'E0511 08:37:44.510942       1 cronjob_controller.go:247] Cannot determine if default/hello needs to be started: Too many missed start time (> 100). Set or decrease .spec.startingDeadlineSeconds or check clock skew.', 'exit'],
    ['go-gitea/gitea#7430 (s6)', 's6-supervise openssh: warning: unable to spawn ./run - waiting 10 seconds', 'exit'],
    ['n8n-io/n8n#14145', 'Last session crashed', 'exit'],
    ['prometheus/prometheus#3590', 'level=error ts=2017-12-15T10:46:23.749512882Z caller=main.go:323 msg="Opening storage failed" err="open DB in data/: Locked by other process"', 'fatal'],
    ['Graylog2/graylog2-server#3554', '2017-02-28T07:22:09.332-05:00 ERROR [ServerBootstrap] Graylog startup failed. Exiting. Exception was:', 'fatal'],
    ['zabbix/zabbix-docker#130', '   148:20170824:163424.561 cannot use database "zabbix": Zabbix server cannot work with a Zabbix proxy database', 'fatal'],
    ['typesense/typesense#545 (backward-cpp)', 'E20220310 10:53:00.651911 144219 backward.hpp:4199] Stack trace (most recent call last) in thread 144219:', 'fatal'],
    ['moby/moby#34245 (docker service update)', 'service update paused: update paused due to failure or early termination of task usuj4mrmk7x7z2a1vpvob569n', 'exit'],
    ['NVIDIA/nvidia-docker#684 (docker run)', 'See \'docker run --help\'.', 'exit'],
    ['sebastianbergmann/phpunit#4319 (a failure report)', 'Failed asserting that two arrays are identical.', 'test-failed'],
    ['pestphp/pest#1463 (Collision)', '   FAIL  stocks\\tests\\Feature\\Repository\\WareRepositoryTest', 'test-failed'],
    ['mochajs/mocha#3524', '     Error: Timeout of 500ms exceeded. For async tests and hooks, ensure "done()" is called; if returning a Promise, ensure it resolves. (C:\\projects\\mocha\\test\\reporters\\base.spec.js)', 'test-failed'],
    ['SAP-archive/karma-ui5#94 (behind the Jenkins clock)', '15:42:21 29 07 2019 12:42:21.386:WARN [HeadlessChrome 75.0.3770 (Linux 0.0.0)]: Disconnected (1 times)reconnect failed before timeout of 2000ms (ping timeout)', 'test-failed'],
    ['HangfireIO/Hangfire#512 (a server stopped on purpose)', '179237\t2016-02-09 09:03:38.3871000\tInfo\tHangfire Server stopped.', undefined],
    ['cnpm/cnpmjs.org#1691 (the MySQL image)', '2022-01-08 14:37:00+00:00 [ERROR] [Entrypoint]: MYSQL_USER="root", MYSQL_USER and MYSQL_PASSWORD are for configuring a regular user and cannot be used for the root user', 'fatal'],
    ['filesender/filesender#842 (run-parts)', 'run-parts: /etc/cron.daily/filesender exited with return code 127', 'exit'],
    ['ufoscout/docker-compose-wait#17', 'Timeout! After 30 seconds some hosts are still not reachable  ', 'fatal'],
    ['kitten/setup-strong-strongswan#30', '\tNov 21 16:11:31 localhost.localdomain charon[29833]: 00[DMN] initialization failed - aborting charon', 'fatal'],
    ['fedora-sysexts/community#13 (systemd)', 'Oct 25 21:47:19 Vancouver systemd[1]: tailscaled.service: Failed with result \'resources\'.', 'fatal'],
    ['zerotier/ZeroTierOne#2272 (systemd)', 'Apr 12 09:44:39 mogura systemd[1]: zerotier-one.service: Start request repeated too quickly.', 'fatal'],
    ['Koenkk/zigbee2mqtt#19730', 'Zigbee2MQTT:error 2023-11-16 01:10:25: Failed to start zigbee', 'fatal'],
    ['blakeblackshear/frigate#3924 (its watchdog)', '[2022-09-25 13:33:11] watchdog.cam1 ERROR : Ffmpeg process crashed unexpectedly for cam1.', 'fatal'],
    ['eclipse-mosquitto/mosquitto#1007', '1540916104: Error: Address already in use', 'fatal'],
    ['navidrome/navidrome#1157', 'time="2021-06-06T14:42:52Z" level=error msg="Failed to apply new migrations" error="unable to open database file: no such file or directory"', 'exit'],
    ['Radarr/Radarr#3634 (SQLite)', '[v0.2.0.1358] System.Data.SQLite.SQLiteException (0x80004005): database disk image is malformed', 'fatal'],
    ['MediaBrowser/Emby#3977 (a container removed on purpose)', 's6-svscanctl: fatal: unable to control /var/run/s6/services: supervisor not listening', undefined],
    ['unbit/uwsgi#1585', '!!! uWSGI process 23710 got Segmentation Fault !!!', 'segfault'],
    ['ansible/awx-operator#55 (uWSGI)', 'DAMN ! worker 2 (pid: 83) died, killed by signal 9 :( trying respawn ...', 'fatal'],
    ['wandb/openui#226 (uvicorn)', 'ERROR (uvicorn.error):  [Errno 98] error while attempting to bind on address (\'0.0.0.0\', 7878): address already in use', 'fatal'],
    ['apache/airflow#35938 (its webserver)', 'airflow-pipeline-poc-org-airflow-webserver-1  | [2023-11-29T02:57:26.273+0000] {webserver_command.py:225} ERROR - No response from gunicorn master within 120 seconds', 'fatal'],
    ['dashpay/dash#2584 (the Flask reloader)', '(null): can\'t open file \'scatter.py\': [Errno 2] No such file or directory', 'exit'],
    ['jonnyzzz/TeamCity.Virtual#22 (flagged W)', '[17:31:52]W:         [docker] Process exited with code 1', 'exit'],
    ['chilio/laravel-dusk-ci#53 (PHPUnit)', 'ERRORS!', 'test-failed'],
    ['woodpecker-ci/woodpecker#1471 (its agent)', 'wpconf-woodpecker-agent-1   | {"level":"error","error":"rpc error: code = Unknown desc = Step finished with exitcode 128, ","time":"2022-12-10T05:59:06Z","caller":"/src/pipeline/rpc/client_grpc.go:97","message":"grpc error: wait(): code: Unknown: rpc error: code = Unknown desc = Step finished with exitcode 128, "}', 'exit'],
    ['nspcc-dev/neo-go#2436 (CircleCI)', 'Too long with no output (exceeded 10m0s): context deadline exceeded', 'exit'],
    ['docker-library/postgres#867 (initdb)', 'initdb: directory "/var/lib/postgresql/data" exists but is not empty', 'fatal'],
    ['shipping-docker/vessel#39 (the MySQL image)', 'mysql_1  | error: database is uninitialized and password option is not specified', 'fatal'],
    ['patroni/patroni#570 (at INFO)', '2017-12-06 00:40:30,725 INFO: failed to start postgres', 'fatal'],
    ['marcelbirkner/docker-ci-tool-stack#54 (SonarQube, at WARN)', '2017.10.30 14:14:04 WARN  app[][o.s.a.p.AbstractProcessMonitor] Process exited with exit value [es]: 1', 'fatal'],
    ['neo4j/neo4j#12253', '2019-08-02 22:06:19.292+0000 ERROR Failed to start Neo4j: Starting Neo4j failed: Component \'org.neo4j.server.database.LifecycleManagingDatabase@6475472c\' was successfully initialized, but failed to start. Please see the attached cause exception "/var/lib/neo4j/data/databases/graph.db/neostore (Permission denied)". Starting Neo4j failed: Component \'org.neo4j.server.database.LifecycleManagingDatabase@6475472c\' was successfully initialized, but failed to start. Please see the attached cause exception "/var/lib/neo4j/data/databases/graph.db/neostore (Permission denied)".', 'fatal'],
    ['vert-x3/issues#79', 'Failed in deploying verticle', 'fatal'],
    ['keycloak/keycloak#20523 (Quarkus)', 'java.lang.RuntimeException: Failed to start quarkus', 'fatal'],
    ['apache/beam#19306 (Dataflow)', 'INFO:root:Job 2019-02-04_01_13_57-9915685959768429617 is in state JOB_STATE_FAILED', 'exit'],
    ['tensorflow/datasets#1473 (Dataflow)', 'Workflow failed. Causes: S08:group_sentences/Read+group_sentences/GroupByWindow+FlatMap(_emit_line_to_urls)+group_features_and_lines_by_url/pair_with_lines+group_features_and_lines_by_url/GroupByKey/Reify+group_features_and_lines_by_url/GroupByKey/Write failed., The job failed because a work item has failed 4 times. Look in previous log entries for the cause of each one of the 4 failures. For more information, see https://cloud.google.com/dataflow/docs/guides/common-errors. The work item was attempted on these workers: ', 'exit'],
    ['ohs-foundation/fhir-data-pipes#1431 (Flink)', 'Caused by: org.apache.flink.runtime.JobException: Recovery is suppressed by NoRestartBackoffTimeStrategy', 'exit'],
    ['broadinstitute/seqr-loading-pipelines#159 (Luigi)', 'This progress looks :( because there were failed tasks', 'exit'],
    ['airbytehq/airbyte#7558 (Airbyte, at INFO)', '2021-10-29 06:52:18 INFO () DefaultReplicationWorker(run):152 - sync summary: io.airbyte.config.ReplicationAttemptSummary@6ff70434[status=failed,recordsSynced=0,bytesSynced=0,startTime=1635487229532,endTime=1635490338698]', 'exit'],
    ['kyocum/disdat#77 (Luigi: a retry succeeded)', 'This progress looks :) because there were failed tasks but they all succeeded in a retry', undefined],
    ['wmnnd/nginx-certbot#130 (certbot)', 'Some challenges have failed.', 'fatal'],
    ['nginx-le/nginx-le#52 (certbot)', 'All renewal attempts failed. The following certs could not be renewed:', 'fatal'],
    ['acmesh-official/acme.sh#4474 (acme.sh)', '[Fri Jan 27 13:40:07 UTC 2023] techblogcore.top:Verify error:"error":{', 'fatal'],
    ['certbot/certbot#3462 (certbot renewed)', 'Congratulations, all renewals succeeded. The following certs have been renewed:', undefined],
    ['NillionNetwork/nilcc#208 (Caddy retries on its own)', '{"level":"error","ts":1754338301.7769585,"logger":"tls.obtain","msg":"will retry","error":"[c7cd1d31-b890-4438-92da-df931151c4bd.workloads.nilcc.sandbox.nillion.network] Obtain: [c7cd1d31-b890-4438-92da-df931151c4bd.workloads.nilcc.sandbox.nillion.network] creating new order: attempt 1: https://acme-staging-v02.api.letsencrypt.org/acme/new-order: HTTP 400 urn:ietf:params:acme:error:malformed - Unable to validate JWS :: KeyID header contained an invalid account URL: \\"https://acme-v02.api.letsencrypt.org/acme/acct/2563259061\\" (ca=https://acme-staging-v02.api.letsencrypt.org/directory)","attempt":3,"retrying_in":120,"elapsed":181.134160801,"max_duration":2592000}', undefined],
    ['traefik/traefik#6818 (Traefik stays up)', 'I 2020-05-18T10:06:03Z {"msg":"Unable to obtain ACME certificate for domains \\"kombo.org\\" detected thanks to rule \\"Host:kombo.org\\" : unable to generate a certificate for the domains [kombo.org]: acme: error: 429 :: POST :: https://acme-v02.api.letsencrypt.org/acme/new-order :: urn:ietf:params:acme:error:rateLimited :: …  ', undefined],
    ['GoogleContainerTools/kaniko#606 (kaniko)', 'error pushing image: failed to push to destination index.docker.io/XXXX/YYYY:0.1: UNKNOWN: "unknown error"', 'fatal'],
    ['googleapis/google-cloud-cpp#6336 (kaniko in Cloud Build)', 'Step #0: error building image: error building stage: failed to execute command: extracting fs from image: stream error: stream ID 93; INTERNAL_ERROR', 'fatal'],
    ['containers/buildah#222 (buildah)', 'ERRO[0005] error pushing image "docker.io/library/busybox:latest" to "atomic:busybox:latest": error copying layers and metadata: Error writing blob: Error initiating layer upload to /v2/library/busybox/blobs/uploads/, status 401 ', 'fatal'],
    ['jitsi/moderated-meetings#14 (docker build)', 'COPY failed: file not found in build context or excluded by .dockerignore: stat build/run.sh: file does not exist', 'fatal'],
    ['SeleniumHQ/selenium#8327 (ChromeDriver)', 'unknown error: Chrome failed to start: exited abnormally', 'fatal'],
    ['dart-lang/webdev#2114 (ChromeDriver)', 'WebDriverException (100): chrome not reachable', 'fatal'],
    ['cypress-io/cypress#24905 (Cypress)', 'We detected that the Chromium Renderer process just crashed.', 'fatal'],
    ['ceph/ceph-build#2256 (Cypress)', 'There was a problem spawning Xvfb.', 'fatal'],
    ['E3SM-Project/scream#2017 (Jenkins\' git plugin)', 'hudson.plugins.git.GitException: Command "git submodule update --init --recursive components/elm/src/external_models/fates" returned status code 1:', 'exit'],
    ['conda-incubator/setup-miniconda#116 (setup-miniconda)', '  Solving environment: ...working... ::error::The process \'/usr/share/miniconda/condabin/conda\' failed with exit code null', 'exit'],
    ['bfirsh/heroku-tarsnap-backups#4 (pg_dump 10)', 'pg_dump: aborting because of server version mismatch', 'exit'],
    ['tgbot-collection/YYeTsBot#50 (mongorestore)', '2021-08-10T13:22:10.071+0000    finished restoring zimuzu.yyets (0 documents, 17522 failures)', 'exit'],
    ['equinor/gordo#922 (the Grafana image)', 'GF_PATHS_DATA=\'/var/lib/grafana\' is not writable.', 'fatal'],
    ['iegomez/mosquitto-go-auth#220 (Mosquitto)', '1638180773: Error found at /etc/mosquitto/mosquitto.conf:17.', 'fatal'],
    ['YunoHost-Apps/mastodon_ynh#86 (rake under YunoHost)', 'Warning: Tasks: TOP => db:migrate', 'fatal'],
    ['blakeblackshear/frigate#6313 (Frigate under compose)', 'frigate  | 2023-04-28 16:16:58.028317405  ***    Config Validation Errors                           ***', 'fatal'],
    ['stefanprodan/swarmprom#99 (docker stack deploy)', 'failed to create service mon_caddy: Error response from daemon: rpc error: code = InvalidArgument desc = port \'9090\' is already in use by service \'func_prometheus\' (1v22p2jvtv6t7beslcvl9366r) as an ingress port', 'fatal'],
    ['1Password/scim-examples#344 (docker stack deploy)', 'failed to update secret credentials: Error response from daemon: rpc error: code = InvalidArgument desc = only updates to Labels are allowed', 'fatal'],
    ['portainer/portainer#4877 (Portainer on a swarm)', '2021/02/23 07:03:05 http error: failed to update service 617-test_connector-order-export: Error response from daemon: rpc error: code = Unknown desc = update out of sequence', 'fatal'],
    ['dadatuputi/bitwarden_gcloud#84 (Caddy under compose)', 'proxy         | Error: adapting config using caddyfile: parsing caddyfile tokens for \'tls\': wrong argument count or unexpected line ending after \'tls\', at /etc/caddy/Caddyfile:15', 'fatal'],
    ['dragonflydb/dragonfly#2391 (Dragonfly: abseil\'s handler)', '*** SIGABRT received at time=1704781659 on cpu 4 ***', 'fatal'],
    ['carltongibson/neapolitan#22 (Django\'s test runner)', 'FAILED (failures=3)', 'test-failed'],
    ['juanpabloaj/slacker-cli#6 (tox)', 'ERROR:   py26: commands failed', 'test-failed'],
    ['combust/mleap#567 (tox)', 'ERROR:  py36: InterpreterNotFound: python3.6', 'test-failed'],
    ['smarie/python-pytest-steps#50 (nox)', 'nox > Session tests-3.9(env=\'pytest3.x\') failed.', 'test-failed'],
    ['getsentry/responses#793 (tox 4)', '  evaluation failed :( (0.53 seconds)', 'test-failed'],
    ['kytos/python-openflow#561 (unittest passed)', 'OK (skipped=67, expected failures=2)', undefined],
    ['ngine-io/cs#96 (tox passed)', '  congratulations :)', undefined],
    ['wntrblm/nox#55 (nox: the other session)', 'nox > Session good successful. :)', undefined],
    ['djmaze/resticker#221 (restic under compose)', 'backup-1  | unable to create lock in backend: repository is already locked by PID 62 on docker by root (UID 0, GID 0)', 'exit'],
    ['blacklabelops/volumerize#43 (duplicity)', 'Giving up after 1 attempts. IOError: [Errno 2] No such file or directory: \'/backup/duplicity-full.20180906T165246Z.vol1.difftar.gz\'', 'exit'],
    ['jippi/docker-pixelfed#162 (sh exec)', 'sh: 1: exec: php-fpm: not found', 'exit'],
    ['bash exec', '/entrypoint.sh: line 7: exec: gunicorn: not found', 'exit'],
    ['a help text that names exec', 'exec: run a program in place of the shell (see exec(1)): not found here means no such program', undefined],
    // A swarm task that failed, cannot be placed or has no image (sets 103, 104, 106).
    ['Mailu/Mailu#1289 (docker stack ps)', 'y8ij7f2i9gf7        mailu_front.1       mailu/nginx:master      warm5               Shutdown            Failed 12 seconds ago     "task: non-zero exit (137): do…"   ', 'fatal'],
    ['moby/moby#34479 (docker service ps)', 'yhgtqyjwksb3         \\_ basex.1         zopyx/basex-86:latest   vm1                 Shutdown            Failed about a minute ago    "starting container failed: oc…"   ', 'fatal'],
    ['UCY-LINC-LAB/fogify#10 (docker stack ps)', 'ythsey7iev4oaz2xjibsbta80   fogify_node-1.1   taxi-exp:0.0.1             Running         Pending 33 seconds ago   "no suitable node (scheduling constraints not satisfied on 1 node)"   ', 'fatal'],
    ['crazy-max/swarm-cronjob#1 (docker service create)', '1/1: No such image: crazy-max/swarm-cron', 'fatal'],
    ['a rolling update\'s old task (docker service ps)', 'x2bq1m5zv8kt         \\_ app.1         app:1.2   node-1   Shutdown   Shutdown 5 minutes ago', undefined],
    ['matrix-construct/tuwunel#374 (Rust 1.89 panic)', "2026-03-15 21:42:07.674 | thread 'tuwunel:worker' (18) panicked at src/router/serve.rs:43:18:", 'panic'],
    ['dockhippie/mariadb#34 (InnoDB)', '2021-01-29 10:39:34 0 [ERROR] InnoDB: Plugin initialization aborted with error Generic error', 'fatal'],
    ['kubernetes/ingress-nginx#1968 (klog)', "F0124 08:33:25.303541       6 main.go:236] Error while initializing connection to Kubernetes apiserver. This most likely means that the cluster is misconfigured (e.g., it has invalid apiserver certificates or service accounts configuration). Reason: Get https://10.178.0.1:443/version: dial tcp 10.178.0.1:443: getsockopt: connection refused", 'fatal'],
    ['kubernetes/kubelet#9 (klog, journald)', 'Apr 05 05:33:40 master kubelet[4759]: F0405 05:33:40.511159    4759 server.go:274] failed to run Kubelet: misconfigurati...ystemd"', 'fatal'],
    ['grpc/grpc#40936 (Abseil, harmless)', 'E0000 00:00:1761081644.353534 18832362 alts_credentials.cc:93] ALTS creds ignored. Not running on GCP and untrusted ALTS is not enabled.', undefined],
    ['UniTime/unitime#165 (Tomcat)', '26-Jan-2024 23:26:45.485 SEVERE [localhost-startStop-1] org.apache.catalina.core.StandardContext.startInternal One or more listeners failed to start. Full details will be found in the appropriate container log file', 'fatal'],
    ['RameshMF/spring-mvc-tutorial#18 (Spring Boot)', 'org.springframework.boot.web.server.PortInUseException: Port 8080 is already in use', 'fatal'],
    ['Websoft9/plugin-appstore#11 (Redis)', '1:M 09 Dec 2020 08:14:45.900 # Opening Unix socket: bind: No such file or directory', 'fatal'],
    ['moby/moby#18995 (systemd before v219)', 'Dec 30 14:11:54 host1 systemd[1]: docker.service operation timed out.', 'fatal'],
    ['tensorflow/tensorflow#6088 (TensorFlow 0.10, no time)', 'F tensorflow/core/kernels/strided_slice_op.cc:316] Check failed: tmp.CopyFrom(input.Slice(begin[0], end[0]), final_shape) ', 'fatal'],
    ['tensorflow/tensorflow#67527 (TensorFlow 2.16)', '2024-05-14 08:19:37.953832: F tensorflow/core/framework/tensor_shape.cc:357] Check failed: d < dims() (1 vs. 0)', 'fatal'],
    ['tensorflow/datasets#1975 (TensorFlow, a line cut from its date)', '09:46:59.789457: F tensorflow/tsl/platform/statusor.cc:33] Attempting to fetch value instead of handling error ', 'fatal'],
    ['tensorflow/tensorflow#7653 (TensorFlow, an error seen)', '2017-08-14 07:28:29.379866: E tensorflow/stream_executor/cuda/cuda_driver.cc:406] failed call to cuInit: CUDA_ERROR_NO_DEVICE', undefined],
    ['sameersbn/docker-redmine#308 (Bundler)', "Bundler::GemNotFound: Could not find gem 'rails (= 4.2.8)' in any of the gem sources listed in your Gemfile.", 'exit'],
    ['fastlane/boarding#214 (Heroku)', ' !     Push rejected, failed to compile Ruby app.', 'exit'],
    ['puma/puma#516 (Puma under foreman)', '22:02:01 web.1  | /Users/eli/.rvm/gems/ruby-2.1.0/gems/puma-2.8.1/lib/puma/binder.rb:195:in `initialize\': Address already in use - bind(2) for "0.0.0.0" port 5000 (Errno::EADDRINUSE)', 'fatal'],
    ['phusion/passenger#2472', '[ E 2023-02-13 21:23:23.1085 103764/Tn age/Cor/App/Implementation.cpp:221 ]: Could not spawn process for application /home/decidim/decidim-app: The application encountered the following error: Permission denied @ rb_sysopen - /home/decidim/decidim-app/config/master.key (Errno::EACCES)', 'fatal'],
    ['MatthewVance/unbound-docker-rpi#45 (Unbound)', '[1679170954] unbound[1:0] error: module init for module validator failed', 'fatal'],
    ['runfalk/synology-wireguard#199 (wg-quick)', 'Unable to access interface: Protocol not supported', 'fatal'],
    ['GoogleCloudPlatform/continuous-deployment-on-kubernetes#23 (kubectl)', 'error validating "k8s/services/backend.yaml": error validating data: unexpected type: object; if you choose to ignore these errors, turn validation off with --validate=false', 'exit'],
    ['kubernetes/kubectl#573', 'The Deployment "social-auth" is invalid: spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string{"run":"social-auth", "app":"social-auth"}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: field is immutable', 'exit'],
    ['rook/rook#13748 (Ceph OSD)', 'debug 2024-02-11T12:46:00.648+0000 7f12e5ad8640 -1  ** ERROR: unable to open OSD superblock on /var/lib/ceph/osd/ceph-3: (2) No such file or directory', 'fatal'],
    ['amiya-pattnaik/webdriverIO-with-cucumberBDD#25 (WebdriverIO)', 'Spec Files:      0 passed, 4 failed, 4 total (100% completed) in 00:00:17', 'test-failed'],
    ['Blacklite/Ncapsulate#5 (Karma)', '1>  PhantomJS 1.9.7 (Windows 8): Executed 3 of 3 (1 FAILED) (0.022 secs / 0.021 secs)', 'test-failed'],
    ['penpot/penpot#2591 (Clojure)', 'Full report at:', 'exit'],
    ['ray-project/ray#44272 (Chocolatey, under Buildkite)', '[2024-03-25T22:48:08Z] nodejs not installed. An error occurred during installation:', 'exit'],
    ["openshift/openshift-ansible#932 (Ansible quoting systemctl)", "msg: Job for docker.service failed. See 'systemctl status docker.service' and 'journalctl -xn' for details.", 'fatal'],
    ["docker-library/hello-world#21 (RHEL's docker-current)", "See '/usr/bin/docker-current run --help'.", 'exit'],
    ["aws/aws-cdk#8126 (the AWS CDK)", " ❌  integ-user-pool-idp-social failed: Error [ValidationError]: Stack [integ-user-pool-idp-social] does not exist", 'exit'],
    ["ollama/ollama#1703 (Ollama, journald)", "Dec 24 23:48:35 dolphin-virtual-machine ollama[3974]: 2023/12/24 23:48:35 llama.go:459: error starting llama runner: llama runner process has terminated", 'fatal'],
    ["pytorch/serve#806 (TorchServe, at WARN)", "2020-12-01 14:17:57,661 [WARN ] W-9002-DocTag_1.0 org.pytorch.serve.wlm.BatchAggregator - Load model failed: DocTag, error: Worker died.", 'fatal'],
    ["ray-project/ray#16597 (Ray)", "(pid=43093) 2021-06-25 16:24:01,207\tERROR worker.py:414 -- Exception raised in creation task: The actor died because of an error raised in its creation task, ray::SERVE_CONTROLLER_ACTOR:Fail#ZEqBbB:RayServeWrappedReplica.__init__ (pid=43093, ip=192.168.86.154)", 'fatal'],
    ["fluent/fluent-bit#5800 (Fluent Bit)", "[2022/07/28 16:42:43] [error] configuration file contains errors, aborting.", 'fatal'],
    ["vectordotdev/vector#12149 (Vector)", "2022-04-09T21:19:43.447913Z ERROR vector::cli: Configuration error. error=No sources defined in the config.", 'fatal'],
    ["Graylog2/graylog2-server#9012 (Graylog)", "2020-09-22T11:25:34.551+02:00 ERROR [CmdLineTool] Guice error (more detail on log level debug): Error injecting constructor, java.lang.NullPointerException", 'fatal'],
    ['ollama/ollama#3904 (Ollama, logfmt: the death in its error field)', 'time=2024-04-25T18:30:30.049+02:00 level=ERROR source=routes.go:120 msg="error loading llama server" error="llama runner process no longer running: 3221226505 "', 'fatal'],
    ['Graylog2/graylog2-server#1052 (Guava ServiceManager)', '2015-03-12 09:15:32,474 ERROR: com.google.common.util.concurrent.ServiceManager - Service IndexerSetupService [FAILED] has failed in the STARTING state.', 'fatal'],
    ['OpenSMTPD/OpenSMTPD#449 (OpenSMTPD, at warn)', 'warn: lost child: smtp exited abnormally', 'fatal'],
    ['hestiacp/hestiacp#4763 (Exim under journald)', 'Feb 04 18:48:07 hcp.matejpacan.com exim[671518]: exim: could not open panic log - aborting: see message(s) above', 'fatal'],
    ["emqx/emqx#3351 (EMQX's start script)", "['2020-03-28T03:02:59Z']:emqx exit abnormally", "fatal"],
    ["docker-library/cassandra#246 (Cassandra)", " ERROR [main] 2022-03-28 06:45:42,388 JVMStabilityInspector.java:82 - Exiting due to error while processing commit log during initialization.", "fatal"],
    ["cockroachdb/cockroach#72849 (CockroachDB under journald)", "Nov 17 01:04:26 d5 cockroach[738728]: ERROR: cockroach server exited with error: store <no-attributes>=/opt/cockroachdb/cockroach-data, last used with cockroach version v20.2, is too old for running version v21.2>", "fatal"],
    ["neo4j/docker-neo4j#21 (Neo4j)", "2015-12-23 12:20:24.635+0000 ERROR Neo4j cannot be started, because the database files require upgrading and upgrades are disabled in configuration. Please set 'allow_store_upgrade' to 'true' in your configuration file and try again.", "fatal"],
    ["x86pup/conduwuit#683 (conduwuit)", "2025-02-04T17:30:58.323183Z ERROR conduit: Critical error starting server: Corruption: missing start of fragmented record(2)", "fatal"],
    ["mattermost/mattermost#9352 (Mattermost under journald)", "Sep 04 04:43:44 chat.domain.com mattermost[439]: {\"level\":\"error\",\"ts\":1536036224.6821165,\"caller\":\"app/server.go:225\",\"msg\":\"Error starting server...ectory\"}", "fatal"],
    ["nazar-pc/docker-phpmyadmin#25 (Apache, as pasted)", "  | no listening sockets available, shutting down", "fatal"],
    ["dunglas/symfony-docker#135 (Caddy 2.3)", "run: adapting config using caddyfile: /etc/caddy/Caddyfile:5: unrecognized global option: servers", "fatal"],
    ["quickwit-oss/quickwit#766 (Quickwit's actor)", "2021-11-12T11:59:10.986+00:00 ERROR {index=hdfs_logs gen=0}:{msg_id=149}: quickwit_actors::actor_handle: actor-exit-without-success actor=\"Indexer-fragrant-WBlt\" exit_status=Panicked", "panic"],
    ["MaterializeInc/materialize#3571 (a Rust backtrace's frame)", "   4: std::panicking::rust_panic_with_hook", "panic"],
    ["immich-app/immich#511 (sh -c's report)", "Illegal instruction", "exit"],
    ["allysonsilva/laravel-docker#1 (PHP's CLI)", "Could not open input file: artisan", "exit"],
    ["loghub/Linux_2k.log (logrotate's cron script, nightly)", "Jun 15 04:06:20 combo logrotate: ALERT exited abnormally with [1]", undefined],
    ["StefanieD/pimcore-docker-setup#4 (php-fpm, at WARNING)", "[30-Aug-2019 14:48:02] WARNING: [pool www] child 12 exited on signal 9 (SIGKILL) after 794.522278 seconds from start", "exit"],
    ["StefanieD/pimcore-docker-setup#4 (php-fpm's respawn)", "[30-Aug-2019 14:48:02] NOTICE: [pool www] child 46 started", undefined],
    ["calcom/docker#155 (Next.js)", "@calcom/web:start: Error: Could not find a production build in the '/calcom/apps/web/.next' directory. Try building your app with 'next build' before starting the production server. https://nextjs.org/docs/messages/production-start-no-build-id", "fatal"],
    ["n8n-io/n8n#4280 (n8n)", "There was an error initializing DB: \"SQLITE_CANTOPEN: unable to open database file\"", "fatal"],
    ["opnsense/plugins#436 (Zabbix agent)", "zabbix_agentd [64730]: ERROR: StartAgents is not 0, parameter \"Server\" must be defined", "fatal"],
    ["DONCIEUX-CAMILLE/zabbix-spk#13 (Zabbix agent)", "zabbix_agentd [21899]: cannot open \"/var/packages/zabbix/var/zabbix_agentd.log\": [13] Permission denied", "fatal"],
    ["confluentinc/kafka-connect-jdbc#777 (Kafka Connect)", "[2020-01-24 11:37:27,736] ERROR WorkerSinkTask{id=jdbc-sink-0} Task threw an uncaught and unrecoverable exception. Task is being killed and will not recover until manually restarted. (org.apache.kafka.connect.runtime.WorkerSinkTask:559)", "fatal"],
    ["yugabyte/yugabyte-db#21652 (Debezium)", "2024-03-22 13:33:31,579 ERROR  Postgres|ybconnector_cdc_f1ea24_test_cdc_a2c708|streaming  Producer failure   [io.debezium.pipeline.ErrorHandler]", "fatal"],
    ["jacopotagliabue/recs-at-resonable-scale#1 (dbt)", "10:31:13  Encountered an error:", "fatal"],
    ["fivetran/great_expectations#1437 (Great Expectations)", "Validation Failed!", "fatal"],
    ["Intel-bigdata/HiBench#427 (Flink)", "org.apache.flink.runtime.jobmanager.scheduler.NoResourceAvailableException: Not enough free slots available to run the job. You can decrease the operator parallelism or increase the number of slots per TaskManager in the configuration. Task to schedule: < Attempt #0 (Source: Custom Source -> Map (2/20)) @ (unassigned) - [SCHEDULED] > with groupID < cbc357ccb763df2852fee8c4fc7d55f2 > in sharing group < SlotSharingGroup [cbc357ccb763df2852fee8c4fc7d55f2] >. Resources available to scheduler: Number of instances=1, total number of slots=1, available slots=0", "fatal"],
    ["usnistgov/dastard#10 (go test -race)", "WARNING: DATA RACE", "exit"],
    ["pjsip/pjproject#4726 (ThreadSanitizer)", "WARNING: ThreadSanitizer: data race (pid=55117)", "exit"],
    ["alcideio/rbac-tool#56 (kubectl, klog)", "E0816 17:50:50.905695   32074 run.go:120] \"command failed\" err=\"unknown command \\\"rbac-tool\\\" for \\\"kubectl\\\"\"", "exit"],
    ["build-trust/ockam#40 (GoReleaser)", "   \u2a2f release failed after 0.01s error=current folder is not a git repository", "exit"],
    ["luizdepra/hugo-coder#952 (Hugo)", "ERROR render of \"/authors\" failed: \"/home/rocky/mysite/exsite/hugo.rchitect.in/themes/hugo-coder/layouts/_default/baseof.html:29:15\": execute of template failed: template: _default/terms.html:29:15: executing \"_default/terms.html\" at <.Site.IsServer>: can't evaluate field IsServer in type page.Site", "exit"],
    ["argoproj/argo-rollouts#96 (glog)", "log: exiting because of error: log: cannot create log: open /tmp/rollouts-controller.argo-rollouts-694bc885dd-gqmst.unknownuser.log.ERROR.20190603-105120.1: no such file or directory", "exit"],
    ["apache/cloudstack#7085 (Maven under GitHub Actions)", "Error:  Java heap space -> [Help 1]", "exit"],
    ["wordpress-mobile/AztecEditor-Android#1000 (Gradle)", "> Could not resolve all files for configuration ':app:XXXXRuntimeClasspath'.", "exit"],
    ["openfoodfacts/openfoodfacts-androidapp#1660 (Gradle's cause)", "Caused by: org.gradle.api.GradleException: There were failing tests. See the report at: file:///home/travis/build/openfoodfacts/openfoodfacts-androidapp/app/build/reports/androidTests/connected/flavors/OBF/index.html", "test-failed"],
    ["mozilla/telemetry-streaming#66 (sbt)", "    Project loading failed: (r)etry, (q)uit, (l)ast, or (i)gnore? Finish: shell", "exit"],
    ["adamstark/Gist#17 (Boost.Test)", "test/GistTest/Test_Gist.cpp(37): error: in \"GistTest/TestFFT1\": check mag[i] == 1.0 has failed [0 != 1]", "exit"],
    ["drowe67/codec2#43 (AddressSanitizer)", "==36243==ERROR: AddressSanitizer: stack-use-after-scope on address 0x7ffefa65e990 at pc 0x000000402ffb bp 0x7ffefa6593d0 sp 0x7ffefa6593c8", "fatal"],
    ["grafana/grafana#15448 (Grafana under journald)", "Feb 14 13:22:55 muislam-dev1.us.oracle.com grafana-server[4143]: t=2019-02-14T13:22:55-0800 lvl=eror msg=\"Server shutdown\" logger=server reason=\"Service init failed: Migration failed err: unable to open database file\"", "fatal"],
    ["libratbag/piper#954 (Meson's skipped test)", "2/6 piper / python-ruff-check            SKIP            0.01s   exit status 77", undefined],
    ["apache/airflow#13469 (Airflow's webserver)", "webserver_1  | [2021-01-04 22:32:58,228] {cli.py:1082} ERROR - [0 / 0] Some workers seem to have died and gunicorn did not restart them as expected", "fatal"],
    ['sidekiq/sidekiq#4694 (glibc before 2.26)', "*** Error in `sidekiq 4.2.10 current [0 of 5 busy]': double free or corruption (fasttop): 0x00007f597888c280 ***", 'fatal'],
    ['MisterY52/apex_dma_kvm_pub#11 (glibc)', 'free(): double free detected in tcache 2', 'fatal'],
    ['pulumi/pulumi#2914', "    error: Running program '/Users/clstokes/cc/customers/xyz/poc-pulumi' failed with an unhandled exception:", 'exit'],
    ['aws-samples/big-blue-button-on-aws-cn#6 (cloud-init)', "2020-08-27 01:51:19,430 - util.py[WARNING]: Running module scripts-user (<module 'cloudinit.config.cc_scripts_user' from '/usr/lib/python3/dist-packages/cloudinit/config/cc_scripts_user.py'>) failed", 'exit'],
    ['redpanda-data/redpanda#1950 (seastar, padded)', "redpanda: /v/build/v_deps_build/seastar-prefix/src/seastar/src/core/future.cc:257: void seastar::internal::future_base::set_coroutine(seastar::task &): Assertion `_promise' failed.        ", 'fatal'],
    ['redpanda-data/redpanda#1950 (seastar)', 'Aborting on shard 0.', 'fatal'],
    ['bitnami/bitnami-docker-ghost#77', "Error executing 'postInstallation': Message: The database migration in Ghost encountered an error.", 'fatal'],
    ['microsoft/aspire#6659 (a time before it)', '      2025-01-03T00:08:53.0630000Z Unhandled exception. System.IO.IOException: Failed to bind to address https://127.0.0.1:17141: address already in use.', 'exception'],
    ['IvanJosipovic/KubeUI#1442 (no space after it)', '2026-08-19T09:09:40.2375723-07:00\tFAIL\t[Microsoft.Extensions.Hosting.Internal.Host]\t[HostedServiceStartupFaulted]\tHosting failed to startSystem.IO.IOException: Failed to bind to address http://localhost:62888.', 'fatal'],
    ['dotnet/core#7112 (dotnet watch)', 'watch : Exited with error code 139', 'exit'],
    ['icerpc/icerpc-csharp#4179 (VSTest)', 'The active test run was aborted. Reason: Test host process crashed', 'test-failed'],
    ['microsoft/aspire#3666 (VSTest)', 'Test Run Aborted.', 'test-failed'],
    ["AzuraCast/AzuraCast#6582 (PHP under Monolog)", "[2023-09-02T11:51:20.085211+00:00] AzuraCast.ALERT: Fatal Error (E_ERROR): Allowed memory size of 268435456 bytes exhausted (tried to allocate 131093752 bytes) {\"code\":1,\"message\":\"Allowed memory size of 268435456 bytes exhausted (tried to allocate 131093752 bytes)\",\"file\":\"/var/azuracast/www/vendor/james-heinrich/getid3/src/Module/Tag/ID3v2.php\",\"line\":296,\"trace\":null} []", "oom"],
    ["fluxcd/flux2#1878 (helm-controller)", "{\"level\":\"error\",\"ts\":\"2021-09-30T08:01:41.124Z\",\"logger\":\"controller.helmrelease\",\"msg\":\"Reconciler error\",\"reconciler group\":\"helm.toolkit.fluxcd.io\",\"reconciler kind\":\"HelmRelease\",\"name\":\"infra\",\"namespace\":\"monitoring\",\"error\":\"upgrade retries exhausted\"}", "exit"],
    ["docksal/docksal#19 (dash)", "sh: 1: Syntax error: end of file unexpected", "exit"],
    ["docker-library/wordpress#173 (dash)", "/entrypoint.sh: 97: /entrypoint.sh: Syntax error: \"(\" unexpected (expecting \"fi\")", "exit"],
    ["GameServerManagers/LinuxGSM-Docker#70 (bash)", "entrypoint.sh: line 3: syntax error near unexpected token `$'{\\r''", "exit"],
    ["lemonldap-ng-controller/lemonldap-ng-controller#8 (bash)", "/docker-entrypoint.sh: line 33: syntax error: unexpected end of file", "exit"],
    ["PretendoNetwork/account#79 (busybox)", "entrypoint.sh: line 6: syntax error: unexpected word (expecting \"do\")", "exit"],
    ["geerlingguy/internet-pi#606 (Compose)", "network internet-monitoring-front-tier was found but has incorrect label com.docker.compose.network set to \"internet-monitoring-front-tier\"", "exit"],
    ["hedhyw/gherkingen#61 (cgo under BuildKit)", "#0 0.920 cgo: C compiler \"gcc\" not found: exec: \"gcc\": executable file not found in $PATH", "exit"],
    ["Jwink3101/syncrclone#14 (rclone under a wrapper)", "2021-11-21 22:52:23: rclone: Failed to copyto: open /media/Fotos/.syncrclone/LOCK/LOCK_pi@cloud:pno9Z: no such file or directory", "exit"],
    ["jenkinsci/docker#666 (HudsonFailedToLoad)", "Caused: hudson.util.HudsonFailedToLoad", "fatal"],
    ["mailcow/mailcow-dockerized#2066 (Rspamd)", "rspamd-yartu_1               | 2018-12-04 10:17:58 #1(main) <w5mcsh>; cfg; rspamd_config_read: rcl parse error: one_shot attribute is not boolean for symbol: 'MX_MISSING'", "fatal"],
    ["apache/datafusion-python#317 (maturin)", "  💥 maturin failed", "fatal"],
    ["e2b-dev/dashboard#218 (Next.js after its spinner)", "   Running TypeScript  .Failed to compile.", "exit"],
    ["Chocobozzz/PeerTube#6245 (winston)", "error: [localhost:80] uncaughtException: the database system is starting up ", "exception"],
    ["grafana/loki#3734", "level=error ts=2022-03-08T11:18:59.600623757Z caller=log.go:106 msg=\"error running loki\" err=\"failed services\\ngithub.com/grafana/loki/pkg/loki.(*Loki).Run\\n\\t/src/loki/pkg/loki/loki.go:295\\nmain.main\\n\\t/src/loki/cmd/loki/main.go:132\\nruntime.main\\n\\t/usr/local/go/src/runtime/proc.go:204\\nruntime.goexit\\n\\t/usr/local/go/src/runtime/asm_amd64.s:1374\"", "fatal"],
    ["woodpecker-ci/woodpecker#4939", "woodpecker-server-1  | {\"level\":\"error\",\"error\":\"can't setup store: could not migrate datastore: unable to open database file: no such file or directory\",\"time\":\"2025-03-07T05:42:55Z\",\"message\":\"error running server\"}", "fatal"],
    ["prometheus/prometheus#2436 (Prometheus 1)", "time=\"2017-02-17T08:08:03Z\" level=error msg=\"Error opening memory series storage: leveldb: manifest corrupted (field 'comparer'): missing [file=MANIFEST-000009]\" source=\"main.go:182\"", "fatal"],
    ["hashicorp/consul#7411 (at INFO)", "    2020-03-08T19:14:57.213Z [INFO]  agent: Exit code: code=1", "fatal"],
    ["oauth2-proxy/oauth2-proxy#2379", "[2024/01/09 05:12:50] [main.go:43] ERROR: failed to load core options: failed to load config: error unmarshalling config: 1 error(s) decoding:", "fatal"],
    ["kanidm/kanidm#1942", "00000000-0000-0000-0000-000000000000 ERROR    🚨 [error]: Failed to start server core!", "fatal"],
    ["lldap/lldap#332", "2022-10-13T18:48:25.761231519+00:00 ERROR    🚨 [error]: Could not bring up the servers: while creating the admin user: Error setting up admin login/account: Error creating admin group: Database error: `error returned from database: UNIQUE constraint failed: groups.display_name`: error returned from database: UNIQUE constraint failed: groups.display_name: UNIQUE constraint failed: groups.display_name", "fatal"],
    ["freeipa/freeipa-container#92", "ipapython.admintool: ERROR    The ipa-replica-install command failed. See /var/log/ipareplica-install.log for more information", "fatal"],
    ["freeipa/freeipa-container#92 (its last line)", "FreeIPA server configuration failed.", "fatal"],
    ["dani-garcia/vaultwarden#1998 (Rust)", "thread panicked while processing panic. aborting.", "exit"],
    ["zalando/spilo#731 (pg_upgrade)", "*failure*", "exit"],
    ["angristan/docker-pleroma#21 (Ecto)", "03:56:37.119 [error] Could not create schema migrations table. This error usually happens due to the following:", "exit"],
    ["Universal-Omega/DynamicPageList4#179 (MediaWiki)", "Wikimedia\\Rdbms\\DBQueryError from line 1719 of /var/www/html/includes/libs/rdbms/database/Database.php: Error 1: table dpl_clview already exists", "exit"],
    ["vectordotdev/vector#4112 (Vector 0.9)", "Jul 09 13:03:39.484 ERROR vector::topology: Configuration error: Source \"in\": data_dir \"/var/lib/vector/\" does not exist", "fatal"],
    ['nickjj/docker-flask-example#21 (gunicorn, a signal by its number)', '[2024-04-06 20:40:23 +0000] [1] [ERROR] Worker (pid:8) was sent code 132!', 'fatal'],
    ['gunicorn stopping a worker (not a death)', '[2024-04-06 20:40:37 +0000] [1] [INFO] Worker (pid:28) was sent SIGTERM!', undefined],
    ['mastodon/mastodon#32813 (Puma)', '[7] ! Unable to load application: ActiveRecord::ConnectionNotEstablished: connection to server at "::1", port 5432 failed: Connection refused', 'fatal'],
    ['sameersbn/docker-gitlab#316 (upstart, through syslog)', 'May 12 22:24:25 srv7 kernel: [ 1277.648130] init: docker main process (28969) terminated with status 1', 'exit'],
    ['sameersbn/docker-gitlab#316 (upstart gave up)', 'May 12 22:24:25 srv7 kernel: [ 1278.000144] init: docker respawning too fast, stopped', 'exit'],
    ['upstart stopping a job (not a death)', 'May 12 22:24:25 srv7 kernel: [ 1277.648130] init: docker main process (28969) killed by TERM signal', undefined],
    ['JMRI/JMRI#8106 (JUnit Platform console, under Ant)', '     [java] Failures (1):', 'test-failed'],
    ['JUnit Platform console summary', '[         1 tests failed          ]', 'test-failed'],
    ['JUnit Platform console summary, all passed', '[         0 tests failed          ]', undefined],
    ['zammad/zammad-docker-compose#19 (Ruby, Rancher\'s time glued on)', "13/05/2017 15:24:39/home/zammad/app/models/store/provider/file.rb:32:in `get': ERROR: No such file /home/zammad/storage/fs/46f4 (RuntimeError)", 'exception'],
    ['louislam/uptime-kuma#6397 (Uptime Kuma)', "2025-11-21T19:35:21Z [SERVER] ERROR: Failed to prepare your database: Access denied for user 'kuma'@'::1' (using password: YES)", 'exit'],
    ['baserow/baserow#85 (Baserow all-in-one)', "Baserow was stopped or one of it's services crashed, see the logs above for more details. ", 'exit'],
    ['gdraheim/zziplib#157 (ninja)', 'FAILED: bins/CMakeFiles/zzcat.dir/zzcat.c.obj ', 'exit'],
    ['gdraheim/zziplib#157 (MSVC, a line without its column)', "%SRC_DIR%\\bins\\zzcat.c(35): error C2146: syntax error: missing ')' before identifier 'ZZIP_PACKAGE_NAME'", 'exit'],
    ['NLnetLabs/unbound#170 (make before 4.3)', "Makefile:316: recipe for target 'test' failed", 'exit'],
    ['liquidaty/zsv#605 (AddressSanitizer, its pid lost)', '==ERROR: AddressSanitizer: heap-use-after-free on address 0x0a047fff81a2 at pc 0x559e48261000 bp 0x7f707be3a000 sp 0x7f707be39ff0', 'fatal'],
    ['mheily/libkqueue#103 (ThreadSanitizer under CTest)', '1: SUMMARY: ThreadSanitizer: data race ../src/linux/platform.c:417 in linux_kqueue_cleanup', 'fatal'],
    ['openbabel/openbabel#2418 (UBSan under CTest)', '66: SUMMARY: UndefinedBehaviorSanitizer: undefined-behavior ../src/graphsym.cpp:389:62 in ', 'fatal'],
    ['eclipse-ee4j/glassfish#24241 (Maven under Ant)', '[2023-01-15T09:56:51.059Z] [artifact:mvn] [INFO] BUILD FAILURE', 'exit'],
    ['SAP/jenkins-library#3623 (Maven under Piper)', '2022-03-10T14:01:33.2926795Z error mavenBuild - [ERROR] Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:2.22.2:test (default-test) on project xxx: There are test failures.', 'exit'],
    ['Maven building (not its verdict)', '[INFO] Building jar: /work/target/app-1.0.jar', undefined],
    ['NixOS/nixpkgs#70351 (systemd could not spawn)', 'ott 03 22:02:15 nixos systemd[7629]: borgbackup-job-paki.service: Failed at step NAMESPACE spawning /nix/store/g36pbc8v5jgvmjpr0v4qiag9d0ji364j-unit-script-borgbackup-job-paki-start: No such file or directory', 'exit'],
    ['systemd/systemd#37325 (systemd-coredump)', '[ 9287.734430] systemd-coredump[7888]: Process 334 (systemd-journal) of user 0 dumped core.', 'exit'],
    ['systemd/systemd#15356 (PID 1)', 'Apr 07 17:03:33 localhost.localdomain systemd[1]: Caught <SEGV>, dumped core as pid 9102.', 'exit'],
    ['tkluck/pac4cli#48 (a restart loop)', 'okt 17 20:51:13 tkluck-xps systemd[1]: pac4cli.service: Scheduled restart job, restart counter is at 2.', 'exit'],
    ['systemd restarting a unit once', 'okt 17 20:51:13 tkluck-xps systemd[1]: pac4cli.service: Scheduled restart job, restart counter is at 1.', undefined],
    ['emqx/emqx#1053 (Erlang crash dump)', 'Slogan: eheap_alloc: Cannot allocate 367904368 bytes of memory (of type "old_heap").', 'oom'],
    ['emqx/emqx#1053 (its header)', '=erl_crash_dump:0.3', 'fatal'],
    ['nats-io/nats-streaming-operator#56 (NATS)', '[1] 2019/10/21 09:53:56.911025 [FTL] STREAM: Failed to start: nats: no servers available for connection', 'fatal'],
    ['NATS at INFO', '[1] 2019/10/21 09:53:56.910836 [INF] STREAM: Shutting down.', undefined],
    ['derailed/k9s#392 (a goroutine dump behind zerolog\'s console prefix)', '12:11PM ERR goroutine 1 [running]:', 'fatal'],
    ['acmesh-official/acme.sh#1855 (the CA refused to sign)', '[Wed Sep 26 06:02:48 UTC 2018] Sign failed: "detail":"Error creating new cert :: too many certificates already issued for: azure.com: see https://letsencrypt.org/docs/rate-limits/"', 'fatal'],
    ['ml-jku/cloob#6 (conda env create)', 'ResolvePackageNotFound:', 'exit'],
    ['gramps-project/gramps-web-api#847 (Alembic)', 'FAILED: Requested revision c1d2e3f4a5b6 overlaps with other requested revisions b2c3d4e5f6a7', 'exit'],
    ['diced/zipline#261 (behind a bracketed logger)', '2023-01-05 07:06:52,884 PM error [database::migrations] Failed to migrate database... exiting...', 'fatal'],
    ['iPromKnight/zilean#25 (.NET top-level statements)', '   at Program.<Main>$(String[] args) in /build/src/Zilean.ApiService/Program.cs:line 31', 'fatal'],
    ['snoopysecurity/dvws-node#41 (compose on Apple Silicon)', 'no matching manifest for linux/arm64/v8 in the manifest list entries', 'fatal'],
    ['fastlane/fastlane#10969 (xcodebuild through xcpretty and fastlane)', '[15:48:30]: ▸ ** BUILD FAILED **', 'exit'],
    ['fmsouza/ethereum-wallet#8 (Metro)', ' bundling failed: Error: Unable to resolve module `../../../node_modules/react-native/src/common/utils` from `/home/cpc/src/common/stores/wallet.js`', 'exit'],
    ['firebase/flutterfire#7888 (the Flutter tool)', '[        ] Error launching application on iPhone 11.', undefined],
    ['firebase/flutterfire#7888 (its stack)', '           #0      throwToolExit (package:flutter_tools/src/base/common.dart:10:3)', 'exit'],
    ['joshuar/pingbeat#35 (libbeat)', 'Exiting: error initializing publisher: No outputs are defined. Please define one under the output section.', 'fatal'],
    ['joshuar/pingbeat#35 (libbeat at CRIT)', '2018/03/16 09:14:30.297451 beat.go:346: CRIT Exiting: error initializing publisher: No outputs are defined.', 'fatal'],
    ['fluent/fluentd#2288 (its supervisor, at info)', '2019-02-08 07:41:41 +0000 [info]: Worker 0 finished unexpectedly with signal SIGSEGV', 'fatal'],
    ['uken/fluent-plugin-elasticsearch#527 (Ruby, through journald)', 'Jan 17 21:58:47 CaihCtPrvLogstash002 fluentd[104945]: from /opt/td-agent/embedded/lib/ruby/gems/2.4.0/gems/fluentd-1.2.6/lib/fluent/config/section.rb:169:in `each\'', 'exception'],
    ['helm/helm#7788 (Flux helm-operator, its error field)', 'ts=2020-03-20T17:14:14.437960577Z caller=release.go:216 component=release release=prometheus-operator error="Helm release failed" revision=8.12.3 err="failed to upgrade chart for release [prometheus-operator]: rendered manifests contain a resource that already exists."', 'exit'],
    ['oracle/terraform-provider-oci#30 (Terraform 0.11)', 'Error applying plan:', 'exit'],
    ['aws/aws-cli#3689 (an s3 upload)', 'upload failed: scripts/web.userdata to s3://dp-images2-artifactstore/bootstrap/89b1c35c.bootstrap An error occurred (AccessDenied) when calling the PutObject operation: Access Denied', 'exit'],
    ['Kyorai/riak_core#21 (Mix)', '** (Mix) Could not compile dependency :cuttlefish, "/home/u/.mix/rebar3 bare compile --paths "/home/u/sample/_build/dev/lib/*/ebin"" command failed.', 'exception'],
    ['Kyorai/riak_core#21 (rebar3)', '===> Uncaught error in rebar_core. Run with DEBUG=1 to see stacktrace or consult rebar3.crashdump', 'exception'],
    ['linuxserver/docker-sonarr#87 (NLog\'s piped levels)', '18-12-24 07:35:13.6|Fatal|ConsoleApp|The requested address is not valid in this context. This can happen if another instance of Sonarr is already running', 'fatal'],
    ['Sonarr at Info', '18-12-24 07:35:23.9|Info|NancyBootstrapper|Starting Web Server', undefined],
    ['dask/distributed#1829 (its nanny, at WARNING)', 'distributed.nanny - WARNING - Worker exceeded 95% memory budget.  Restarting', 'oom'],
    ['patroni/patroni#3115 (Patroni)', '2024-08-01 16:03:56,673 ERROR: postmaster is not running', 'exit'],
    ['coze-dev/coze-loop#40 (the ClickHouse client)', 'Code: 210. DB::NetException: Connection refused (localhost:9008). (NETWORK_ERROR)', 'exit'],
    ['DevExpress/testcafe#6690 (TestCafe)', 'Type "testcafe -h" for help.', 'exit'],
    ['mkorpela/pabot#241 (pabot)', '2019-12-01 12:41:35.033818 [PID:850] [0] FAILED 01 Test Suite', 'exit'],
    ['pabot, a suite that passed', '2019-12-01 12:41:35.033818 [PID:850] [0] PASSED 01 Test Suite', undefined],
    ['dotnet/runtime#44707 (MSBuild, no code, no position)', '2020-11-15T18:04:39.9313460Z /Users/runner/work/1/s/artifacts/toolset/restore.proj : error : Unable to load the service index for source https://pkgs.dev.azure.com/dnceng/public/nuget/v3/index.json.', 'exit'],
    ['Sato-Isolated/MindLated#6 (MSBuild, no code)', 'C:\\Program Files (x86)\\MSBuild\\Microsoft\\NuGet\\16.0\\Microsoft.NuGet.targets(186,5): error : The package ControlzEx with version 4.3.1 could not be found', 'exit'],
    ['aspnet/Tooling#523 (Web Deploy)', 'C:\\Program Files (x86)\\MSBuild\\Microsoft\\VisualStudio\\v14.0\\DotNet\\Microsoft.DotNet.Publishing.targets(406,5): Error : Error Code: ERROR_USER_NOT_ADMIN', 'exit'],
    ['wixtoolset/issues#6256 (WiX)', 'light.exe : error LGHT0001: A required privilege is not held by the client [C:\\build\\Installer.wixproj]', 'exit'],
    ['chocolatey/choco#1329 (an installer)', "2017-06-07 18:10:43,129 14256 [ERROR] - ERROR: Running [\"C:\\Git-2.13.0-64-bit.exe\" /VERYSILENT ] was not successful. Exit code was '5'. See log for possible error messages.", 'exit'],
    ['actions/runner-images#5622 (Pester)', "    vhd:   [-] DACFx 1.08s (869ms|215ms)", 'exit'],
    ['Pester, a test that passed', "    vhd:   [+] DACFx 1.08s (869ms|215ms)", undefined],
    ['dotnet/aspnetcore#7235 (Windows Error Reporting)', 'Faulting application name: w3wp.exe, version: 10.0.14393.0, time stamp: 0x57899b8a', 'exit'],
    ['dotnet/aspnetcore#58108 (the ASP.NET Core module)', "[aspnetcorev2_inprocess.dll] InvalidOperationException 'CLR worker thread exited prematurely' caught at D:\\a\\inprocessapplication.cpp:489", 'exit'],
    ['andrius/asterisk#7 (Asterisk)', '[Sep 30 01:02:36] ERROR[1]: asterisk.c:3926 check_init: Module initialization failed.  ASTERISK EXITING!', 'fatal'],
    ['shiva-spampot/shiva#29 (Exim)', 'Apr 11 12:47:05 SHIVAhoneypot exim4[18889]: 2018-04-11 12:47:05 Exim configuration error in line 30 of /var/lib/exim4/config.autogenerated.tmp:', 'fatal'],
    ['teamspeak/teamspeak6-server#38 (TeamSpeak)', 'teamspeak-server  | TeamSpeak server has crashed. A crashdump has been generated at "/tmp/fafe5bdc-06f8-4a96-a46e08a5-62f0cd6b.dmp"', 'fatal'],
    ['notnotmelon/factorissimo-2-notnotmelon#235 (Factorio)', 'Error while running event factorissimo-2-notnotmelon::on_built_entity (ID 6)', 'fatal'],
    ['kanidm/kanidm#3723 (Kanidm)', 'Jul 08 10:58:34 gmtek kanidmd[326186]: 00000000-0000-0000-0000-000000000000 ERROR    🚨 [error]: ERROR: Refusing to start - unable to create kanidmd exclusive lock at /var/run/kanidmd/kanidmd.lock', 'fatal'],
    ['a scheduler skipping one run (not a daemon refusing to start)', 'Refusing to start backup, another one is running', undefined],
    ['DickChesterwood/k8s-fleetman#53 (Spring Boot 1.x)', '2024-08-13 03:09:09.432 ERROR 1 --- [           main] o.s.boot.SpringApplication               : Application startup failed', 'exception'],
    ['uvicorn, a startup that completed', '2025-02-22 20:36:45 - uvicorn.error - INFO - Application startup complete.', undefined],
    ['podman-container-tools/podman#1446 (systemd before 232)', 'Sep 11 21:33:07 undercloud.localdomain systemd[1]: start request repeated too quickly for haproxy.service', 'fatal'],
    ['podman-container-tools/podman#1446 (systemctl status)', '   Active: failed (Result: start-limit) since Tue 2018-09-11 21:33:07 UTC; 2min 30s ago', 'fatal'],
    ['systemctl status of a unit stopped on purpose', '   Active: failed (Result: exit-code) since Tue 2018-09-11 21:33:07 UTC; 2min 30s ago', undefined],
    ['hashicorp/nomad#16739 (Nomad check restart)', '2023-03-30T22:59:20+02:00\t[nomad.service 💻 worker-01] [🐞] watch.checks: restarting due to unhealthy check: alloc_id=df9c5c6e-a682-9014-f2b6-c4dad387b330 check="service: \\"nats-prometheus-exporter\\" check" task=group-nats', 'exit'],
    ['hashicorp/nomad#7001 (Nomad restart policy)', '2020-01-28T16:58:45Z  Not Restarting   Exceeded allowed attempts 2 in interval 30m0s and mode is "fail"', 'exit'],
    ['Nomad, a restart still allowed', '2020-01-28T16:58:27Z  Restarting       Task restarting in 16.29927438s', undefined],
    ['dotnet/cli#1647 (xUnit DNX runner)', '    Microsoft.DotNet.ProjectModel.Server.Tests.DthTests.DthNegative_BrokenProjectPathInLockFile [FAIL]', 'test-failed'],
    ['xUnit, a skipped test', '    Microsoft.DotNet.ProjectModel.Server.Tests.DthTests.DthDependencies_UpdateGlobalJson_RefreshDependencies [SKIP]', undefined],
    ['twitter/twemproxy#561 (twemproxy)', '[2018-07-07 14:51:11.991] nc_stats.c:846 listen on m 4 failed: Address already in use', 'fatal'],
    ['stvchu/memcacheq#4 (kernel segfault)', 'May  5 06:49:12 cache7 kernel: memcacheq[4940]: segfault at 8 ip 0000000000403fb5 sp 00007ff16c0efcf0 error 6 in memcacheq[400000+d000]', 'segfault'],
    ['stvchu/memcacheq#4 (kernel general protection)', 'May  3 12:19:51 cache7 kernel: memcacheq[28474] general protection ip:403fb5 sp:7fffe810fe20 error:0 in memcacheq[400000+d000]', 'segfault'],
    ['PrefectHQ/prefect#6725 (Prefect)', "15:16:02.187 | ERROR   | Flow run 'statuesque-starling' - Crash detected! Execution was interrupted by an unexpected exception.", 'fatal'],
    ['rails/rails#44001 (Passenger)', "App 473617 output: Error: The application encountered the following error: expected file /opt/sirius/sh_release_2/releases/20211226100208/lib/shr_autonotes_v2.rb to define constant ShrAutonotesV2, but didn't (Zeitwerk::NameError)", 'fatal'],
    ['dalehenrich/builderCI#38 (Travis, its line numbers run in)', '117No output has been received in the last 10 minutes, this potentially indicates a stalled build or something wrong with the build itself.', 'exit'],
    ['dalehenrich/builderCI#38 (Travis)', '119The build has been terminated', 'exit'],
    ['Travis, a build that printed its output', 'No output has been received yet: the build is still in its queue', undefined],
    ['Huanshere/VideoLingo#22 (zsh)', 'zsh: segmentation fault  streamlit run st.py', 'segfault'],
    ['naturalstupid/PyJHora#15 (zsh)', 'zsh: killed     python3 horo_chart_tabs.py', 'exit'],
    ['zsh, a command not found (no signal)', 'zsh: command not found: streamlit', undefined],
    ['argoproj/argo-cd#1887 (Argo CD)', "time=\"2019-07-08T16:02:59Z\" level=info msg=\"adding resource result, status: 'SyncFailed', phase: 'Failed', message: '`kubectl --kubeconfig /dev/shm/402707993 -f - apply -n test-ops --dry-run` failed:'\" application=forza-tst-gitops kind=Namespace name=test-ops namespace=test-ops phase=Sync", 'exit'],
    ['Argo CD, a resource synced', "time=\"2019-07-08T16:02:59Z\" level=info msg=\"adding resource result, status: 'Synced', phase: 'Running', message: 'namespace/test-ops created'\" application=forza-tst-gitops kind=Namespace name=test-ops namespace=test-ops phase=Sync", undefined],
    ['fluxcd/flux2#4601 (kustomize-controller)', '{"level":"error","ts":"2024-02-12T05:55:53.572Z","msg":"Reconciliation failed after 10.825548072s, next try in 30m0s","controller":"kustomization","controllerGroup":"kustomize.toolkit.fluxcd.io","controllerKind":"Kustomization"}', 'exit'],
    ['strimzi/strimzi-kafka-operator#9100 (Strimzi)', '2023-09-11 04:11:45 ERROR Util:153 - Reconciliation #43(watch) Kafka([REDACTED]/[REDACTED]): Exceeded timeout of 300000ms while waiting for Pods resource [REDACTED]-zookeeper-0 in namespace [REDACTED] to be ready', 'exit'],
    ['retspen/webvirtcloud#479 (runit)', 'runsv nginx: fatal: unable to start ./run: file does not exist', 'exit'],
    ['streamnative/rop#160 (Pulsar, log4j layout)', '2022-05-24T08:09:07,390+0000 [main] ERROR org.apache.pulsar.PulsarStandaloneStarter - Failed to start pulsar service.', 'fatal'],
    ['arkmq-org/arkmq-org-broker-operator#283 (Artemis)', '2022-10-29 10:43:39,173 ERROR [org.apache.activemq.artemis.core.server] AMQ224097: Failed to start server: java.io.IOException: No such file or directory', 'fatal'],
    ['a component that failed to start and is retried, mid-sentence', '2022-10-29 10:43:39,173 WARN  [org.apache.x.Pool] connection 3 Failed to start, retrying in 5s', undefined],
    ['emqx/emqx#3996 (EMQ X)', 'emq_1        | EMQ X Broker 4.2.3 failed to start within 15 seconds,', 'fatal'],
    ['zeromq/libzmq#3289 (gdb)', 'Program terminated with signal SIGABRT, Aborted.', 'fatal'],
    ['blakeblackshear/frigate#7891 (s6)', 'frigate  | 2023-09-20 11:27:05.188966832  [INFO] Service Frigate exited with code 256 (by signal 11)', 'segfault'],
    ['s6, a service stopped on purpose', 'frigate  | 2023-09-20 11:27:05.188966832  [INFO] Service Frigate exited with code 256 (by signal 15)', undefined],
    ['apitable/apitable#1182 (Liquibase)', '5|backend-server  | Unexpected error running Liquibase: Validation Failed:', 'exit'],
    ['FuelLabs/fuel-indexer#67 (Diesel)', 'Failed with: syntax error at or near "VALUE"', 'exit'],
    ['nuxt/vercel-builder#46 (execa)', '2019-05-09T12:53:18.317Z  { Error: Command failed: nuxt build --standalone --no-lock --config-file "nuxt.config.js"', 'exit'],
    ['gatsbyjs/gatsby#25304 (Gatsby)', ' ERROR #95312 ', 'exit'],
    ['github/codeql#14066 (CodeQL)', 'CodeQL detected code written in Java but could not process any of it. This can occur if the specified build commands failed to compile or process any code.', 'exit'],
    ['reviewdog/action-golangci-lint#64 (golangci-lint)', '  level=error msg="Running error: buildir: analysis skipped: errors in package: [/home/runner/work/redacted.go:346:17: Broken not declared by package context]"', 'exit'],
    ['phpstan/phpstan#12524 (PHPStan)', ' [ERROR] Found 133 errors', 'exit'],
    ['PHPStan, a clean run', ' [OK] No errors', undefined],
    ['aquasecurity/tfsec#1450 (tfsec)', '  11 potential problem(s) detected.', 'exit'],
    ['Ysurac/openmptcprouter#815 (OpenVPN)', 'Fri Jan 31 18:58:51 2020 daemon.notice openvpn(omr)[6067]: Exiting due to fatal error', 'fatal'],
    ['LukeSmithxyz/emailwiz#88 (OpenDKIM)', 'Oct 26 20:24:08 serverstation opendkim[29446]: OpenDKIM Filter: Unable to create listening socket on conn local:/var/spool/postfix/opendkim/opendkim.sock', 'fatal'],
    ['alexbelgium/hassio-addons#1751 (Home Assistant Supervisor)', '2025-02-28 11:53:04.542 WARNING (MainThread) [supervisor.addons.addon] Watchdog found addon Navidrome is unhealthy, restarting...', 'exit'],
    ['oxidecomputer/omicron#4087 (SMF)', 'Reason: Restarting too quickly.', 'exit'],
    ['oxidecomputer/omicron#4087 (SMF)', 'Impact: This service is not running.', 'exit'],
    ['fatedier/frp#4355 (frpc)', 'login to the server failed: dial tcp: lookup xxxxx.cn: no such host. With loginFailExit enabled, no additional retries will be attempted', 'exit'],
    ['docker/compose#8920 (Compose)', 'no containers to start', 'exit'],
    ['stalwartlabs/website#8 (Stalwart)', 'Unable to open database: Internal Error: Connection pool error: timed out waiting for connection: unable to open database file: ./hier/data/index.sqlite3', 'exit'],
    ['fluent/fluentd#1026 (Fluentd)', '2016-06-04 04:39:09 +0900 [info]: process finished code=6', 'fatal'],
    ['fluent/fluentd#1026 (Fluentd)', '2016-06-04 04:39:09 +0900 [error]: fluentd main process died unexpectedly. restarting.', 'fatal'],
    ['grafana/agent#3282 (Grafana Agent)', 'ts=2023-03-14T23:37:58.554766659Z caller=main.go:57 level=error msg="error creating the agent server entrypoint" err="configuring autoscraper failed: instance monitoring/grafana-agent-metrics does not exist"', 'exit'],
    ['grafana/agent#3282 (Grafana Agent, an error outside main.go)', 'ts=2023-03-14T23:37:58.554735044Z caller=autoscrape.go:127 level=error component=autoscraper msg="cannot autoscrape integration" name=node_exporter/ip-10-0-2-49.ec2.internal:8080 err="instance monitoring/grafana-agent-metrics does not exist"', undefined],
    ['prometheus-operator/kube-prometheus#1099 (config reloader, main.go at info)', 'level=info ts=2021-04-20T09:18:43.051899975Z caller=main.go:182 msg="Starting web server for metrics" listen=:8080', undefined],
    ['OHDSI/WebAPI#1525 (Tomcat)', '24-Apr-2020 17:13:21.264 SEVERE [main] org.apache.catalina.startup.HostConfig.deployWAR Error deploying web application archive [/usr/local/Cellar/tomcat/9.0.34/libexec/webapps/WebAPI.war]', 'fatal'],
    ['jolokia/jolokia#499 (WildFly)', '2022-04-05 11:24:55,858 ERROR [org.jboss.as.controller.management-operation] (DeploymentScanner-threads - 2) WFLYCTL0348: Timeout after [300] seconds waiting for service container stability. Operation will roll back. Step that first updated the service container was \'deploy\' at address \'[("deployment" => "jolokia.war")]\'', 'fatal'],
    ['keycloak/keycloak-containers#364 (jboss-cli)', 'The batch failed with the following error: : ', 'fatal'],
    ['keycloak/keycloak-containers#364 (WildFly)', 'WFLYCTL0062: Composite operation failed and was rolled back. Steps that failed:', 'fatal'],
    ['sbt/sbt#6002 (sbt)', '[error] Compilation failed', 'test-failed'],
    ['sbt/sbt#8068 (scalac)', '[error] one error found', 'test-failed'],
    ['airbytehq/airbyte#17390 (Micronaut)', '2022-09-29 14:01:34 ERROR i.m.r.Micronaut(handleStartupException):338 - Error starting Micronaut server: null', 'fatal'],
    ['mochajs/mocha#457 (Mocha)', '  ✖ 1 of 1 test failed:', 'test-failed'],
    ['Chalarangelo/30-seconds-web#161 (Cypress)', '     AssertionError: Timed out retrying: Expected to find content: \'Search results\' within the element: <h2.page-title.recommendation-list-title> but never did.', 'test-failed'],
    ['mrlesmithjr/ansible-mariadb-galera-cluster#33 (Galera)', 'Dec 12 13:57:06  SERVER mysqld[16538]: 2018-12-12 13:57:06 139683987511552 [ERROR] WSREP: failed to open gcomm backend connection: 110: failed to reach primary view: 110 (Connection timed out)', 'fatal'],
    ['spujadas/elk-docker#89 (a start script)', 'elk2_1  | Couln\'t start Elasticsearch. Exiting.', 'fatal'],
    ['bitnami/containers#67054 (PostgreSQL standby)', '2024-05-07 07:29:53.786 CST [25682] FATAL:  could not receive data from WAL stream: ERROR:  requested WAL segment 00000001000000040000007E has already been removed', 'fatal'],
    ['bitnami/bitnami-docker-postgresql#318 (PostgreSQL)', '2022-01-19 13:37:55.579 GMT [149] LOG:  all server processes terminated; reinitializing', 'fatal'],
    ['pgbackrest/pgbackrest#1046 (PostgreSQL standby stopped on request)', '2020-05-22 17:30:26.808 UTC [11493] FATAL:  terminating walreceiver process due to administrator command', undefined],
    ['scylladb/seastar#282 (ninja)', 'FAILED: g++ -MD -MT build/release/tests/rpc_test.o -MF build/release/tests/rpc_test.o.d -O2 -I build/release/gen -I build/release/c-ares -std=gnu++1y -g  -Wall -Werror -Wno-error=deprecated-declarations -fvisibility=hidden -pthread -I. -U_FORTIFY_SOURCE  -Ifmt -DBOOST_TEST_DYN_LINK -Wno-overloaded-virtual -DFMT_HEADER_ONLY -DHAVE_HWLOC -DHAVE_NUMA -DHAVE_LZ4_COMPRESS_DEFAULT -c -o build/release/tests/rpc_test.o tests/rpc_test.cc', 'exit'],
    ['scylladb/seastar#282 (g++)', 'g++: internal compiler error: Killed (program cc1plus)', 'exit'],
    ['electron-userland/electron-builder#3174 (electron-builder)', '  ⨯ unknown long flag \'--build-resource-dir\'', 'exit'],
    ['electron-userland/electron-builder#3174 (electron-builder, its progress)', '  • packaging       platform=win32 arch=x64 electron=2.0.5 appOutDir=dist\\win-unpacked', undefined],
    ['eclipse-openj9/openj9#4811 (Jenkins)', '17:02:47 ERROR: Error cloning remote repo \'origin\'', 'exit'],
    ['bitnami/containers#50336 (Bitnami wait-for-port)', 'timeout reached before the port went into state "inuse"', 'exit'],
    ['woodpecker-ci/woodpecker#6803 (Woodpecker)', '{"level":"error","error":"backoff: maximum elapsed time exceeded (last error: rpc error: code = Unavailable desc = unavailable)","time":"2026-07-01T03:23:53Z","message":"grpc error: next(): code: Unavailable"}', 'exit'],
    ['apache/pulsar#12509 (BookKeeper)', '16:00:28.189 [BookieReadThreadPool-OrderedExecutor-6-0] ERROR org.apache.bookkeeper.proto.BookieServer - Unable to allocate memory, exiting bookie', 'oom'],
    ['keycloak/keycloak#40752 (Kubernetes events)', '  Normal   Started    2m (x4 over 5m10s)     kubelet            Started container keycloak', 'crash-loop'],
    ['oomichi/try-kubernetes#129 (Kubernetes events, started once)', '4m20s       Normal   Started                   pod/nginx-deployment-7759cfdc55-2xczh    Started container nginx', undefined],
    ['keycloak/keycloak-quickstarts#712 (Maven under GitHub Actions)', 'Error:  Failures: ', 'test-failed'],
    ['nextcloud/server#60907 (Apache httpd, a child killed)', '[Mon Jun 01 20:52:25.706436 2026] [core:notice] [pid 1:tid 1] AH00052: child pid 62 exit signal Segmentation fault (11)', 'exit'],
    ['creativecommons/cc-legal-tools-app#341 (Apache httpd, started)', '[Mon Mar 13 13:53:19.117309 2023] [core:notice] [pid 1:tid 139691278793544] AH00094: Command line: \'httpd -D FOREGROUND\'', undefined],
    ['puma/puma#671 (Puma)', '[21147] ! Terminating timed out worker: 13143', 'exit'],
    ['ollama/ollama#7673 (ggml)', 'CUDA error: out of memory', 'oom'],
    ['ollama/ollama#7673 (ggml, the call)', 'ggml-cuda.cu:132: CUDA error', 'fatal'],
    ['patrickbryant1/AFProfile#8 (JAX)', 'jaxlib.xla_extension.XlaRuntimeError: RESOURCE_EXHAUSTED: Out of memory while trying to allocate 4770354232 bytes.', 'oom'],
    ['ggml-org/llama.cpp#9170 (llama.cpp)', 'src/llama.cpp:3504: GGML_ASSERT(cell.has_seq_id(seq_id)) failed', 'fatal'],
    ['mozilla-ai/llamafile#56 (nvcc)', 'nvcc fatal   : Value \'native\' is not defined for option \'gpu-architecture\'', 'exit'],
    ['mozilla-ai/llamafile#56 (the driver)', '/usr/bin/nvcc: returned nonzero exit status', 'exit'],
    ['traefik/traefik#9954 (gocheck)', 'FAIL: consul_catalog_test.go:237: ConsulCatalogSuite.TestSimpleConfigurationWithWatch', 'test-failed'],
    ['traefik/traefik#9954 (gocheck, its assertion\'s place)', 'consul_catalog_test.go:276:', undefined],
    ['magicstone-dev/ecko#370 (bundler)', 'bundler: command not found: sidekiq', 'exception'],
    ['rails/bootsnap#440 (Ruby on Windows)', 'D:/app/ruby/lib/ruby/gems/3.2.0/gems/bootsnap-1.16.0/lib/bootsnap/compile_cache/iseq.rb:60:in `fetch\': No error - bs_fetch:open_current_file:fstat (Errno::NOERROR)', 'exception'],
    ['rgl/packer-plugin-windows-update#87 (Packer, its step)', '2021-03-19T08:06:03Z: ==> vsphere-iso: Step "StepProvision" failed, aborting...', 'exit'],
    ['rgl/packer-plugin-windows-update#87 (Packer, its provisioner)', '2021-03-19T08:06:03Z: ==> vsphere-iso: Windows update script exited with non-zero exit status: 2300218', 'exit'],
    ['SS-archive/salt-states#47 (Salt, a state failed)', '  Result: False', 'exit'],
    ['saltstack/salt#29260 (Salt, a state held)', '      Result: True', undefined],
    ['saltstack/salt#14294 (Salt, its minion)', '    Minion did not return', 'exit'],
    ['hashicorp/terraform-provider-azurerm#636 (Terraform 0.11)', 'Error installing provider "azurerm": Checksums did not match.', 'exit'],
    ['caddyserver/xcaddy#85 (Go flags)', 'flag provided but not defined: -trimpath', 'exit'],
    ['pytorch/pytorch#17473 (unittest, behind Jenkins\' clock)', '19:02:23 FAIL: test_cuda_memory_leak_detection (test_cuda.TestCuda)', 'test-failed'],
    ['pytorch/pytorch#17473 (unittest, its banner)', '19:02:23 ======================================================================', undefined],
    ['velero-io/velero#4524 (Velero, a restore partly failed)', "Phase:                       PartiallyFailed (run 'velero restore logs jenkins-all-namespaces-20220112112525' for more information)", 'exit'],
    ['velero-io/velero#6818 (Velero, a restore completed)', 'Phase:                       Completed', undefined],
    ['smokin-salmon/smoked-salmon#167 (rclone, its last attempt)', '2025/08/30 09:23:08 ERROR : Attempt 3/3 failed with 13 errors and: update stor: 1 error occurred:', 'exit'],
    ['application-research/estuary#320 (rclone, a first attempt)', "2022/07/13 12:54:13 ERROR : Attempt 1/3 failed with 1 errors and: HTTP error 404 (404 Not Found) returned body: \"{\\\"error\\\":{\\\"code\\\":404,\\\"reason\\\":\\\"Not Found\\\",\\\"details\\\":\\\"Not Found\\\"}}\\n\"", undefined],
    ['David-Crty/databasement#59 (mariadb-dump)', 'mariadb-dump: Error 2013: Lost connection to server during query when dumping table `library_annotations` at row: 4352', 'exit'],
    ['ecosyste-ms/packages#467 (pg_restore, the server crashed)', 'pg_restore: WARNING:  terminating connection because of crash of another server process', 'fatal'],
    ["winsw/winsw#6 (net start)", "The jenkins service could not be started.", 'exit'],
    ["Topshelf/Topshelf#559 (Topshelf)", "Topshelf.HostFactory | Error | The service terminated abnormally | System.PlatformNotSupportedException: ServiceController enables manipulating and accessing Windows services and it is not applicable for other operating systems.", 'exit'],
    ["dotnet/core-setup#7470 (the .NET host)", "The library hostfxr.dll was found, but loading it from C:\\Program Files\\dotnet\\host\\fxr\\2.2.6\\hostfxr.dll failed", 'exit'],
    ["aspnet/AspNetCoreModule#272 (Windows Error Reporting)", "EventType=APPCRASH", 'exit'],
    ["dotnet/corefx#7082 (xUnit, behind Jenkins' clock)", "14:19:45      WindowAndCursorProps.Title [FAIL]", 'test-failed'],
    ["percona/percona-xtradb-cluster-operator#1929 (Galera)", "2024-12-27T16:21:42.796926Z 2 [ERROR] [MY-000000] [Galera] Application state transfer failed. This is unrecoverable condition, restart required.", 'fatal'],
    ["cockroachdb/cockroach#50007 (CockroachDB)", "this node is terminating because a replica inconsistency was detected between [n3,s3,r148/3:/System/tsd/cr.node.{sy…-tx…}]", 'fatal'],
    ["apecloud/kubeblocks#9678 (runit)", "/etc/runit/runsvdir/default/patroni: exceeded maximum number of restarts 5", 'exit'],
    ["sebastianbergmann/phpunit#2134 (PHPUnit, under WARNINGS!)", "Tests: 2, Assertions: 1, Failures: 1, Warnings: 1.", 'test-failed'],
    ["sebastianbergmann/phpunit#2840 (PHPUnit, a pass with a skip)", "Tests: 6, Assertions: 34, Skipped: 1.", undefined],
    ["meilisearch/meilisearch#4588 (Rust, through tracing)", "2024-04-18T22:38:19.654577Z ERROR meilisearch: info=panicked at /usr/local/cargo/registry/src/index.crates.io-6f17d22bba15001f/arroy-0.2.0/src/reader.rs:250:83: called `Option::unwrap()` on a `None` value", 'panic'],
    ["apache/druid#14274 (Druid)", "2023-05-12T17:30:47,856 ERROR [main] org.apache.druid.cli.CliHistorical - Error when starting up.  Failing.", 'fatal'],
    ["opensearch-project/OpenSearch#15241 (OpenSearch)", "[2024-08-13T19:53:41,233][ERROR][o.o.b.Bootstrap          ] [a28ce3bd16681e0092591169b3fd0b0a] Exception", 'fatal'],
    ["asc-lab/micronaut-microservices-poc#23 (Elasticsearch, its checks)", "[2018-11-06T17:01:53,510][INFO ][o.e.b.BootstrapChecks    ] [yHdqr9S] bound or publishing to a non-loopback address, enforcing bootstrap checks", undefined],
    ["koush/scrypted#1882 (Scrypted)", "Snapshot Plugin: plugin @scrypted/snapshot unexpectedly exited, restarting in 60000ms", 'exit'],
    ["navidrome/navidrome#4975 (Go's cgo)", "runtime/cgo: pthread_create failed: Operation not permitted", 'panic'],
    ["navidrome/navidrome#4975 (Go's runtime)", "SIGABRT: abort", 'panic'],
    ["navidrome/navidrome#4975 (Go's runtime, behind Compose's prefix)", "navidrome-1  | SIGABRT: abort", 'panic'],
    ["espressif/esp-idf#3075 (ESP-IDF, behind a serial monitor's time)", "[Tue Feb 19 18:02:49.225 2019] Guru Meditation Error: Core  0 panic'ed (IllegalInstruction). Exception was unhandled.", 'panic'],
    ["espressif/arduino-esp32#4870 (ESP-IDF under Arduino)", "Guru Meditation Error: Core  0 panic'ed (LoadProhibited). Exception was unhandled.", 'panic'],
    ["arduino/Arduino#2767 (avrdude, its last attempt)", "avrdude: stk500_getsync() attempt 10 of 10: not in sync: resp=0x01", 'exit'],
    ["arduino/Arduino#2767 (avrdude, an attempt before it)", "avrdude: stk500_getsync() attempt 9 of 10: not in sync: resp=0x01", undefined],
    ["ZSWatch/ZSWatch#114 (nrfjprog through west)", "[error] [ Client] - Encountered error -90: Command erase_file executed for 92 milliseconds with result -90", 'exit'],
    ["openpmix/prrte#1493 (Open MPI)", "ORTE was unable to reliably start one or more daemons.", 'exit'],
    ["nf-core/differentialabundance#252 (an nf-core pipeline, at INFO)", "Mar-15 15:44:36.772 [main] INFO  nextflow.Nextflow - -[nf-core/differentialabundance] Pipeline completed with errors-", 'exit'],
    ["nanoporetech/Pore-C-Snakemake#35 (Snakemake)", "CreateCondaEnvironmentException:", 'exit'],
    ["rabbitmq/rabbitmq-server#2166 (an OTP supervisor)", "2019-11-20 01:42:09.371 [error] <0.37.0> Supervisor kernel_sup had child kernel_safe_sup started with supervisor:start_link({local,kernel_safe_sup}, kernel, safe) at <0.59.0> exit with reason reached_max_restart_intensity in context shutdown", 'exit'],
    ["bitnami/charts#4179 (a Bitnami image's set-up)", " 09:47:42.76 ERROR ==> Couldn't start RabbitMQ in background.", 'exit'],
    ["bitnami/charts#4179 (a Bitnami image's set-up, at INFO)", " 09:45:50.68 INFO  ==> Starting RabbitMQ in background...", undefined],
    ["OpenFactorioServerManager/factorio-server-manager#420 (tar)", "tar: Error is not recoverable: exiting now", 'exit'],
    ["chef-cookbooks/chef_client_updater#4 (Chef)", "    Error executing action `update` on resource 'chef_client_updater_updater[current]'", 'exit'],
    ["hashicorp/vagrant#586 (Puppet 2, through Vagrant)", "[default] err: /Stage[main]//Package[apache2]/ensure: change from purged to present failed: Execution of '/usr/bin/apt-get -q -y -o DPkg::Options::=--force-confold install apache2' returned 100: Reading package lists...", 'exit'],
    ["itzg/docker-minecraft-server#1881 (Minecraft)", "---- Minecraft Crash Report ----", 'fatal'],
    ["Sunekaer/stoneBlock#831 (Forge's crash report)", "Description: Exception in server tick loop", 'fatal'],
    ["SuperMartijn642/ChunkLoaders#85 (Fabric)", "[12:30:56] [main/ERROR]: Incompatible mod set!", 'fatal'],
    ["macarooni-man/auto-mcs#155 (Fabric)", "[11:09:19] [main/ERROR]: Incompatible mods found!", 'fatal'],
    ["ryansheehan/terraria#46 (TShock, behind Compose's prefix)", "terraria_1           | Server crash: 6/7/2020 11:19:48 AM", 'fatal'],
    ["stackrox/ansible-demo#11 (Tomcat)", "SEVERE: Cannot start server. Server instance is not configured.", 'fatal'],
    ["Comcast/cats#43 (JBoss MSC)", "[org.jboss.msc.service.fail] (MSC service thread 1-8) MSC00001: Failed to start service jboss.deployment.unit.\"OCATS.war\": org.jboss.msc.service.StartException in service jboss.deployment.unit.\"OCATS.war\": Failed to start service", 'fatal'],
    ["saltstack/salt#48600 (Salt)", "[ERROR   ] Minion failed to start", 'fatal'],
    ["zephyrproject-rtos/zephyr#34571 (twister)", "INFO    - 158/517 qemu_x86                  tests/ztest/mock/testing.ztest.mock                FAILED unexpected eof (qemu 1.644s)", 'test-failed'],
    ["zephyrproject-rtos/zephyr#34571 (twister, a pass)", "INFO    - 157/517 qemu_x86                  tests/subsys/settings/nvs/raw/system.settings.nvs  PASSED (qemu 2.215s)", undefined],
    ["zephyrproject-rtos/zephyr#34571 (twister, a skip)", "INFO    -   1/517 qemu_x86                  samples/subsys/logging/logger/sample.logger.rtt    SKIPPED (filter)", undefined],
    ["firebase/firebase-tools#3359 (Firebase)", "Functions deploy had errors with the following functions:", 'exit'],
    ["AprilNEA/AChat#3 (Vercel, behind its clock)", "17:30:04.205 | Error: No Output Directory named \"public\" found after the Build completed. You can configure the Output Directory in your Project Settings.", 'exit'],
    ["Azure/azure-cli#15346 (the Azure CLI, --debug)", "cli.azure.cli.core.util : Azure Error: InvalidTemplateDeployment", 'exit'],
    ["neovim/neovim-snap#53 (snapcraft)", "'override-build' in part 'treesitter-parsers' failed with code 1.", 'exit'],
    ["withastro/astro#14151 (Vite under Astro)", "08:38:02 [ERROR] [vite] ✗ Build failed in 6.41s", 'exit'],
    ["withastro/astro#14151 (Vite, its modules transformed)", "08:38:02 [vite] ✓ 1824 modules transformed.", undefined],
    ["TampaDevs/tampadevs-original-site#49 (Eleventy)", "  Eleventy:EleventyErrorHandler (error stack): EleventyTemplateError: Having trouble writing template: \"dist/_assets/js/script.js\"", 'exit'],
    ["canonical/multipass#3536 (multipass)", "launch failed: The following errors occurred:", 'exit'],
    ["NVIDIA/nccl#473 (nccl-tests)", "fastmoe: Test NCCL failure common.cu:777 'unhandled system error'", 'exit'],
    ["wl500g/wl500g#212 (an NFS mount)", "mount.nfs4: access denied by server while mounting 192.168.1.1:/home/dmig/Media", 'exit'],
    ["openzfs/zfs#1385 (the shell's report)", "Aborted", 'exit'],
    ["mistydemeo/tigerbrew#178 (macOS' shell)", "Abort trap", 'exit'],
    ["mistydemeo/tigerbrew#178 (an old macOS assertion)", "qobject/qjson.c:69: failed assertion `obj != NULL'", 'fatal'],
    ["horovod/horovod#1950 (Open MPI)", "An MPI communication peer process has unexpectedly disconnected.  This", 'fatal'],
    ["canonical/microceph#435 (Ceph's crash dump)", " NOTE: a copy of the executable, or objdump -rdS <executable> is needed to interpret this.", 'fatal'],
    ["kubevirt/kubevirt#11137 (KubeVirt, at info)", "{\"component\":\"virt-launcher\",\"level\":\"info\",\"msg\":\"kubevirt domain status: Shutoff(5):Crashed(3)\",\"pos\":\"client.go:296\",\"timestamp\":\"2024-02-06T03:57:05.843458Z\"}", 'fatal'],
    ["tianocore/edk2#23 (KVM)", "KVM internal error. Suberror: 1", 'fatal'],
    ["andrewrk/sdl-zig-demo#4 (zig)", "/home/tuket/prog/ttt/zig/sdl/build.zig:15:22: error: no member named 'addCommand' in struct 'std.build.Builder'", 'exit'],
    ["koengit/intuit#1 (GHC, its message below)", "Intuit.hs:10:1: error:", 'exit'],
    ["koengit/intuit#1 (GHC, an older quote)", "    Could not find module `Clausify'", 'exit'],
    ["koengit/intuit#1 (cabal)", "cabal.exe: Failed to build exe:intuit from intuit-0.1. See the build log above", 'exit'],
    ["koengit/intuit#1 (cabal, its progress before)", "Failed to build exe:intuit from intuit-0.1.", undefined],
    ["taubyte/tau#212 (go build)", "services/substrate/stream.go:31:10: undefined: cr", 'exit'],
    ["swiftlang/swift-package-manager#7397 (Emacs compile)", "Compilation exited abnormally with code 1 at Wed Mar  6 14:04:42", 'exit'],
    ["morgoved/wazuh-helm#3 (helm's hook)", "  Error: failed post-install: 1 error occurred:", 'exit'],
    ["grafana/k8s-monitoring-helm#1575 (Flux)", "  Warning  InstallFailed  4s  helm-controller  Helm install failed for release monitoring/monitoring-k8s-monitoring with chart k8s-monitoring@2.0.31: Unable to continue with install: ClusterRole \"monitoring-k8s-monitoring-alloy-logs\" in namespace \"\" exists and cannot be imported into the current release: invalid ownership metadata; annotation validation error: key \"meta.helm.sh/release-name\" must equal \"monitoring-k8s-monitoring\": current value is \"monitoring-k8s-monitoring-alloy-logs\"", 'exit'],
    ["kubernetes/kubernetes#96187 (kubectl, its columns collapsed)", "    my_pod_1 0/1 ErrImagePull 0 59m", 'exit'],
    ["salk31/RedQueryBuilder#21 (Surefire at INFO)", "[INFO] Tests run: 10, Failures: 1, Errors: 0, Skipped: 0, Time elapsed: 8.325 sec <<<  FAILURE!", 'test-failed'],
    ["microsoft/TypeScript-TmLanguage#370 (Mocha with chai)", "     AssertionError: expected false to be true", 'test-failed'],
    ["klaemo/docker-couchdb#51 (CouchDB)", "Failure to start Mochiweb: eaddrinuse", 'fatal'],
    ["neo4j/neo4j#3772 (Neo4j 2)", "Neo4j Server may have failed to start, please check the logs.", 'fatal'],
    ["kata-containers/tests#2677 (a script under set -x)", "++ exit 1", 'exit'],
    ["Frikanalen/frikanalen#156 (a script's `exit 0` under sh -x, its end)", "+ exit 0", undefined],
    ["Ultramarine-Linux/bootc#4 (the kernel)", "[    0.987030] Kernel panic - not syncing: VFS: Unable to mount root fs on unknown-block(0,0)", 'panic'],
    ["Ultramarine-Linux/bootc#4 (the kernel, before its panic)", "[    0.981116] VFS: Cannot open root device \"UUID=96991ead-b3b0-48ef-a347-f8c3c0f86bf1\" or unknown-block(0,0): error -6", undefined],
    ["derf/feh#574 (the kernel, ARM)", "[135992.726715] Internal error: Oops: 17 [#2] ARM", 'panic'],
    ["derf/feh#574 (the kernel)", "[135992.726639] Unable to handle kernel NULL pointer dereference at virtual address 0000000c", 'panic'],
    ["easzlab/kubeasz#300 (the kernel, through syslog)", "Aug 25 21:55:29 localhost kernel: NMI watchdog: BUG: soft lockup - CPU#19 stuck for 22s! [migration/19:104]", 'panic'],
    ["ddnet/ddnet#401 (the kernel's hung-task detector)", "INFO: task DDRace64-Server:27090 blocked for more than 120 seconds.", 'fatal'],
    ["kopia/kopia#1599 (kopia)", "Created partial snapshot with root kdd634a7a8e2f350b62a715fed77a82c7 and ID 28970403c4d50bfa7f42d0143ce6e65c in 0s", 'exit'],
    ["ClickHouse/ClickHouse#38395 (the image's entrypoint)", "ClickHouse init process failed.", 'fatal'],
    ["docker-library/mysql (the image's entrypoint, near miss)", "2024-02-12 10:21:35+00:00 [Note] [Entrypoint]: MySQL init process done. Ready for start up.", undefined],
    ["docker-library/postgres (the image's entrypoint, near miss)", "PostgreSQL init process complete; ready for start up.", undefined],
    ["traefik/traefik#8071 (Traefik's entrypoint)", "ERRO[2021-04-06T08:31:05+02:00] Error while starting server: set tcp [::c0a8:117]:80->121.196.15.242:38628: setsockopt: invalid argument  entryPointName=web", 'fatal'],
    ["autokitteh/autokitteh#838 (uber-go/fx)", "2024-11-07 18:52:54 ERROR fx fxevent/zap.go:59 start failed, rolling back {\"error\": \"temporal client: failed reaching server: context deadline exceeded\"}", 'fatal'],
    ["highlight/highlight#9953 (the OpenTelemetry Collector)", "2025/02/11 15:48:56 collector server run finished with error: failed to get config: cannot resolve the configuration: retrieved value (type=string) cannot be used as a Conf", 'fatal'],
    ["i-ky/effluence#22 (systemd)", "Mar 24 17:40:49 machine systemd[1]: zabbix-server.service: Failed with result 'protocol'.", 'fatal'],
    ["i-ky/effluence#22 (journalctl -x)", "░░ The unit zabbix-server.service has entered the 'failed' state with result 'protocol'.", 'fatal'],
    ["systemd (journalctl -x, near miss: a unit whose process exited non-zero on its stop)", "░░ The unit caddy.service has entered the 'failed' state with result 'exit-code'.", undefined],
    ["netdata/netdata#15211 (systemctl status)", "     Active: inactive (dead) (Result: core-dump) since Fri 2023-06-16 09:04:23 UTC; 19min ago", 'fatal'],
    ["netdata/netdata#15211 (systemctl status)", "   Main PID: 843291 (code=dumped, signal=SEGV)", 'exit'],
    ["systemd (systemctl status, near miss: a unit stopped)", "     Active: inactive (dead) since Fri 2023-06-16 09:04:23 UTC; 19min ago", undefined],
    ["systemd (systemctl status, near miss: a main process stopped by SIGTERM)", "   Main PID: 843291 (code=killed, signal=TERM)", undefined],
    ["prometheus-operator/prometheus-operator#1658", "ts=2018-07-23T10:02:13.316604895Z caller=main.go:176 msg=\"Unhandled error received. Exiting...\" err=\"waiting for Alertmanager crd failed: timed out waiting for Custom Resource: failed to list CRD: unknown (get alertmanagers.monitoring.coreos.com)\"", 'fatal'],
    ["modelcontextprotocol/csharp-sdk#1448 (VSTest)", "The active Test Run was aborted because the host process exited unexpectedly. Please inspect the call stack above, if available, to get more information about where the exception originated from.", 'test-failed'],
    ["pytest-dev/pytest#554 (pytest 2.6, behind Jenkins' clock)", "10:47:47         fixture 'hf' not found", 'test-failed'],
    ["drittich/DnsTube#46 (sc.exe)", "[SC] StartService FAILED 1053:", 'fatal'],
    ["drittich/DnsTube#46 (sc.exe, near miss)", "[SC] ChangeServiceConfig2 SUCCESS", undefined],
    ["redpanda-data/redpanda#15617 (AddressSanitizer's last line)", "==4196==ABORTING", 'fatal'],
    ["psauthor/CoreApiFundamentals#11 (dotnet)", "Could not execute because the specified command or file was not found.", 'exit'],
    ["rutura/The-C-20-Masterclass-Source-Code#35 (VS Code's build task)", "Build finished with error(s).", 'exit'],
    ["VS Code's build task (near miss)", "Build finished successfully.", undefined],
    ["cucumber/cucumber-js#1187 (cucumber's totals)", "3 scenarios (1 failed, 2 passed)", 'test-failed'],
    ["cucumber (near miss: totals with nothing failed)", "3 scenarios (3 passed)", undefined],
    ["openbmc/openbmc-test-automation#113 (Robot Framework's debug file)", "09:33:40.106\tFAIL\t404 != 200 ", 'test-failed'],
    ["openbmc/openbmc-test-automation#113 (near miss: its INFO)", "09:33:40.106\tINFO\tArgument types are:", undefined],
    ["department-of-veterans-affairs/va.gov-cms#13638 (Cypress behind Jenkins' clock)", "17:51:25    [FAILED] Command timed out after 30000 milliseconds: /home/cms/.cache/Cypress/12.11.0/Cypress/Cypress --no-sandbox --smoke-test --ping=8", 'test-failed'],
    ["matt-ball/newman-action#14 (newman's failure table)", "1.  JSONError                                               ", 'test-failed'],
    ["JVT038/MetaTube#79 (Alembic under Flask-Migrate)", "ERROR [flask_migrate] Error: Can't locate revision identified by 'e935a3b14ca8'", 'exit'],
    ["Alembic (near miss: an upgrade under way)", "INFO  [alembic.runtime.migration] Running upgrade e935a3b14ca8 -> 1f2a3b4c5d6e, add users", undefined],
    ["systemd/systemd#20766 (systemd, lower case)", "11:10:05 localhost.localdomain systemd[1]: systemd-userdbd.service: start operation timed out. Terminating.", 'fatal'],
    ["sous-chefs/elasticsearch#719 (systemctl status)", "   Active: failed (Result: signal) since Tue 2019-06-11 08:10:33 EDT; 521ms ago", 'fatal'],
    ["ftomassetti/kanvas#1 (Gradle)", ":kanvas-core:compileKotlin FAILED", 'exit'],
    ["Gradle (near miss: a task up to date)", "> Task :kanvas-core:compileKotlin UP-TO-DATE", undefined],
    ["eclipse-openj9/openj9#1110 (TestNG, behind Jenkins' clock)", "02:04:35     Configuration Failures: 1, Skips: 7", 'test-failed'],
    ["cmusphinx/sphinx4#95 (Gradle's test events)", "Gradle suite > Gradle test > edu.cmu.sphinx.result.LatticeCompTest.testLatticeComp FAILED", 'test-failed'],
    ["Gradle's test events (near miss)", "Gradle suite > Gradle test > edu.cmu.sphinx.result.LatticeCompTest.testLatticeComp PASSED", undefined],
    ["devonfw/devon4j#84 (Spring's test context, behind Maven)", "[INFO] java.lang.IllegalStateException: Failed to load ApplicationContext", 'test-failed'],
    ["goauthentik/authentik#6354 (gunicorn 19)", "1690198079.4460566 [warning  ] Worker with pid 21 was terminated due to signal 6 [gunicorn.error] ", 'fatal'],
    ["gunicorn 19 (near miss: a worker stopped by its shutdown's SIGTERM)", "[2019-05-02 10:00:00 +0000] [1] [WARNING] Worker with pid 21 was terminated due to signal 15", undefined],
    ["istio/istio#16094 (Envoy)", "[2019-08-07 01:09:50.812][414][critical][main] [external/envoy/source/exe/terminate_handler.cc:13] std::terminate called! (possible uncaught exception, see trace)", 'exception'],
    ["envoyproxy/envoy#3395 (Envoy)", "[2019-11-21 16:19:48.758][169][critical][config] [source/server/listener_manager_impl.cc:463] listener 'localhost_10001' failed to listen on address '127.0.0.1:10001' on worker", 'fatal'],
    ["docker-library/mysql#865 (mysqld's crash report footer)", "information that should help you find out what is causing the crash.", 'exception'],
    ["automerge/automerge-repo#275 (Vitest)", "Vitest caught 1 unhandled error during the test run.", 'test-failed'],
    ["avajs/ava#1594 (AVA)", "  ✖ Exited because no new tests completed within the last 5000ms of inactivity", 'test-failed'],
    ["avajs/ava#1594 (AVA's summary)", "  2 exceptions", 'test-failed'],
    ["AVA's summary (near miss: the tests that passed)", "  111 passed", undefined],
    ["thedevs-network/kutt#832 (npm 10)", "npm error command failed", 'exit'],
    ["lukexor/pix-engine#3 (the linker under rustc's note)", "          collect2: error: ld returned 1 exit status", 'exit'],
    ["go-gitea/gitea#28094 (Gitea)", "2023/11/16 22:42:51 ...rs/common/errpage.go:26:RenderPanicErrorPage() [E] PANIC: runtime error: invalid memory address or nil pointer dereference", 'panic'],
    ["gin-gonic/gin recovery.go (its format, '[Recovery] %s panic recovered:', with its timeFormat)", "[Recovery] 2020/02/17 - 13:46:02 panic recovered:", 'panic'],
    ["rclone/rclone#7355 (rclone)", "2023-10-07 12:39:22 ERROR : Got fatal error on delete: --max-delete threshold reached", 'fatal'],
    ["kubernetes/kubernetes#8178 (kubelet)", "E0512 13:56:58.757986   13539 kubelet.go:943] Unable to mount volumes for pod \"ruby-sample-build-2_test\": secrets \"mysecret\" not found; skipping pod", 'fatal'],
    ["wp-cli/wp-cli#1593 (WordPress's page)", "<h1>Error establishing a database connection</h1>", 'fatal'],
    ["ddPn08/Radiata#12 (Click under uvicorn)", "Error: No such option: -c", 'exit'],
    ["Click (near miss: its usage's hint)", "Try 'python -m uvicorn --help' for help.", undefined],
    ["bitnami/bitnami-docker-kafka#205 (Kafka)", "[2021-11-21 21:29:19,694] ERROR Exiting Kafka. (kafka.Kafka$)", 'fatal'],
    ["Kafka (near miss: a broker started)", "[2018-11-22 14:39:03,676] INFO [KafkaServer id=1001] started (kafka.server.KafkaServer)", undefined],
    ["typesense/typesense#63 (g3log)", "Exiting after fatal event  (FATAL_SIGNAL). Fatal type:  SIGABRT", 'fatal'],
    ["typesense/typesense#63 (g3log)", "exitWithDefaultSignalHandler:238. Exiting due to FATAL_SIGNAL, 6", 'fatal'],
    ["webdriverio/webdriverio#5724 (WebdriverIO)", "2020-08-12T14:05:07.216Z DEBUG @wdio/local-runner: Runner 0-0 finished with exit code 1", 'test-failed'],
    ["WebdriverIO (near miss: a runner that passed)", "2020-08-12T14:05:07.216Z DEBUG @wdio/local-runner: Runner 0-0 finished with exit code 0", undefined],
    ["TryGhost/Ghost-CLI#639 (Ghost-CLI)", "Try running ghost doctor to check your system for known issues.", 'fatal'],
    ["TryGhost/Ghost-CLI#639 (Ghost-CLI)", "A GhostError occurred.", 'fatal'],
    ["NearHuscarl/flutter_login#77 (flutter test)", "The following assertion was thrown running a test:", 'test-failed'],
    ["flutter test (near miss: its verdict when every test passed)", "00:02 +3: All tests passed!", undefined],
    ["louislam/uptime-kuma#6920 (knex)", "migration file \"2026-01-10-0000-convert-float-precision.js\" failed", 'exit'],
    ["vercel/turborepo#4227 (turbo)", "[…]:build: ERROR: command finished with error: command (…) pnpm run build exited (-1)", 'exit'],
    ["xtermjs/xterm.js#5532 (esbuild behind its prefix)", "[esbuild] ✘ [ERROR] Could not resolve \"addons/addon-.DS_Store/src/.DS_StoreAddon.ts\"", 'exit'],
    ["emqx/emqx-operator#978 (controller-runtime)", "{\"level\":\"info\",\"ts\":\"2024-01-23T01:47:51Z\",\"msg\":\"Observed a panic in reconciler: runtime error: invalid memory address or nil pointer dereference\",\"controller\":\"emqx\"}", 'panic'],
    ["alchemyplatform/rundler#489 (tokio's JoinError)", "    \"message\": \"Builder server error: task 230 panicked\"", 'panic'],
    ["tokio (near miss: a task that ended)", "    \"message\": \"Builder server: task 230 finished\"", undefined],
    ["ollama/ollama#9496 (Ollama's app)", "time=2025-03-05T08:02:22.239+10:00 level=WARN source=server.go:163 msg=\"server crash 4 - exit code 3221225477 - respawning\"", 'exit'],
    ["NVIDIA/NVSentinel#155 (the kernel's NVIDIA driver)", "               NVRM: fallen off the bus and is not responding to commands.", 'fatal'],
    ['decoderesearch/SAELens#174 (pyright)', '  /Users/jett/Documents/jett/SAELens/sae_lens/analysis/neuronpedia_integration.py:319:13 - error: Expected no arguments to "DataclassInstance" constructor (reportCallIssue)', 'exit'],
    ['coala/coala#3199 (Sphinx -W)', 'Warning, treated as error:', 'exit'],
    ['opentofu/opentofu.org#398 (Docusaurus)', '11:17:03.020 | [cause]: Error: Docusaurus found broken links!', 'exit'],
    ['le0nik/gatsby-plugin-react-redux#19 (Gatsby)', 'Building static HTML failed for path "/ar/about/"', 'exit'],
    ['11ty/buildawesome#449 (Eleventy on Netlify)', '7:52:08 AM: 2019-03-14T06:52:08.878Z Eleventy:EleventyErrorHandler Error writing templates:', 'exit'],
    ['amethyst/rustrogueliketutorial#199 (mdBook)', '2023-01-02 22:07:10 [ERROR] (mdbook::utils): Error: Rendering failed', 'exit'],
    ['gjtorikian/html-proofer#654', 'HTML-Proofer found 4 failures!', 'exit'],
    ['oppia/oppia-web-developer-docs#74 (markdown-link-check)', '  ERROR: 1 dead links found!', 'exit'],
    ['ks888/LambStatus#6 (CloudFormation)', '21:49:27 UTC+1100\tCREATE_FAILED\tAWS::CloudFront::Distribution\tStatusPageDistribution\tResource creation cancelled', 'exit'],
    ['aws/aws-cli#3146 (CloudFormation, an update that passed)', '  | 13:00:38 UTC+0000 | UPDATE_COMPLETE_CLEANUP_IN_PROGRESS | AWS::CloudFormation::Stack | staging-backup |  ', undefined],
    ['juspay/hyperswitch-cdk#114 (CDK)', '❌  Environment aws://767397921485/us-east-1 failed bootstrapping: Error [ValidationError]: Stack:arn:aws:cloudformation:us-east-1:767397921485:stack/CDKToolkit/a4990440', 'exit'],
    ['Azure-App-Service/KuduLite#100 (Core Tools)', 'Remote build failed!', 'exit'],
    ['Azure/azure-functions-core-tools#4544', 'Error Uploading archive... (NotFound).', 'exit'],
    ['eksctl-io/eksctl#843', '[✖]  unexpected status "DELETE_IN_PROGRESS" while waiting for CloudFormation stack "myCluster"', 'exit'],
    ['selkies-project/selkies-vdi#12 (Cloud Build)', 'Step #0 - "build-images": BUILD FAILURE: Build step failure: build step 34 "gcr.io/cloud-builders/docker" failed: step exited with non-zero status: 1', 'exit'],
    ['electron/electron#9236 (Chromium)', 'Received signal 11 SEGV_MAPERR 000000000000', 'fatal'],
    ['electron/electron#2409 (macOS crash report)', 'Exception Type:        EXC_BAD_INSTRUCTION (SIGILL)', 'fatal'],
    ['bibledit/old#370 (Android tombstone)', 'signal 6 (SIGABRT), code -6 (SI_TKILL), fault addr --------', 'fatal'],
    ['airsdk/Adobe-Runtime-Support#4033 (Android tombstone)', '  #00  pc 0x000000000005af64  /apex/com.android.runtime/lib64/bionic/libc.so (abort+168)', 'fatal'],
    ['gyf-dev/Cactus#45 (logcat)', '11-18 18:21:36.152 452-477/system_process E/ActivityManagerService: ANR in cn.1111.panel', 'fatal'],
    ['godotengine/godot#36306 (logcat)', 'W/ActivityManager(  374):   Force finishing activity org.godotengine.bookgame/com.godot.game.GodotApp', 'fatal'],
    ['openatx/uiautomator2#509 (am instrument)', 'INSTRUMENTATION_RESULT: shortMsg=Process crashed.', 'fatal'],
    ['chfi/gfaestus#9 (rustc)', 'error[E0425]: cannot find value `args` in this scope', 'exit'],
    ['commercialhaskell/stackage#1068 (GHC)', '    Could not find module ‘Types’', 'exit'],
    ['opencode-ai/opencode#250 (golangci-lint)', 'cmd/root.go:52:12: Error return value of `cmd.Help` is not checked (errcheck)', 'exit'],
    ['golang/go#28266', 'go: error loading module requirements', 'exit'],
    ['ZigEmbeddedGroup/stmicro-stm32#25 (zig build)', 'zig build-exe STM32F429.minimal Debug thumb-freestanding-none: error: the following command terminated unexpectedly:', 'exit'],
    ['hughsie/libxmlb#135 (Meson)', 'meson.build:122:0: ERROR: Dependency "libzstd" not found, tried pkgconfig and cmake', 'exit'],
    ['ocaml/opam-repository#15878 (opam)', '#=== ERROR while compiling lablgtk3.3.0.beta4 =================================#', 'exit'],
    ['DTStack/chunjun#1750 (Flink)', '2023-06-27 16:28:29,146 INFO  org.apache.flink.runtime.executiongraph.ExecutionGraph       [] - Job Flink_Job (075a25a83a5ce14f82280f00b96508df) switched from state FAILING to FAILED.', 'exit'],
    ['spotify/scio#3228 (Beam)', '[main] ERROR org.apache.beam.runners.flink.FlinkRunner - Pipeline execution failed', 'exit'],
    ['apache/kafka#16093 (Kafka Streams)', '2024-06-28T23:03:34.862+02:00 ERROR 31724 --- [-StreamThread-1] org.apache.kafka.streams.KafkaStreams    : stream-client [streams-map] Encountered the following exception during processing and sent shutdown request for the entire application.', 'exit'],
    ['fluent/fluentd#1180', `2016-08-24 19:45:47 +0900 [error]: config error file="yay.conf" error="Unknown input plugin 'yay'. Run 'gem search -rd fluent-plugin' to find plugins"`, 'exit'],
    ['cetic/helm-nifi#195 (NiFi)', '2021-11-22 11:19:38,273 WARN [main] org.apache.nifi.web.server.JettyServer Failed to start web server... shutting down.', 'exit'],
    ['pypa/pip#13607 (pip-audit)', 'Found 1 known vulnerability in 1 package', 'exit'],
    ['yarnpkg/yarn#7260 (yarn audit)', '1 vulnerabilities found - Packages audited: 14', 'exit'],
    ['mc1arke/sonarqube-community-branch-plugin#239', ' ERROR: Error during SonarScanner execution', 'exit'],
    ['github/codeql#21293 (CodeQL CLI)', 'A fatal error occurred: python-security-extended.qls is not a .ql file, .qls file, a directory, or a query pack specification.', 'exit'],
    ['causify-ai/helpers#949 (gitleaks)', '12:29AM WRN leaks found: 1', 'exit'],
    ['gitleaks/gitleaks-action#44', '🛑 STOP! Gitleaks encountered leaks', 'exit'],
    ['jnv/ansible-role-unattended-upgrades#94 (Super-Linter)', '2022-03-04 12:54:22 [ERROR]   Found errors in [shellcheck] linter!', 'exit'],
    ['open-policy-agent/conftest#462', "FAIL - image 'prom/prometheus:latest' uses latest tag", 'exit'],
    ['bridgecrewio/checkov#1370', 'Passed checks: 85, Failed checks: 2, Skipped checks: 0', 'exit'],
    ['platform9/luigi#100 (Trivy, a scan that passed)', '# trivy image -s HIGH,CRITICAL platform9/hostplumber:private-shweta-test-pmk-2812242', undefined],
    ['platform9/luigi#100 (Trivy, a scan that passed)', 'Total: 0 (HIGH: 0, CRITICAL: 0)', undefined],
    ['rook/rook#12416 (Ceph)', '2023-06-22T11:33:45.673+0000 7fcf3303e880 -1 *** Caught signal (Aborted) **', 'fatal'],
    ['ceph/ceph-container#763', '/build/ceph-12.2.0/src/os/bluestore/BlueFS.cc: 172: FAILED assert(bdev[id]->get_size() >= offset + length)', 'fatal'],
    ['osm-fr/infrastructure#482 (zpool status)', 'status: One or more devices are faulted in response to persistent errors.', 'fatal'],
    ['kopia/kopia#2553', 'ERROR Found 1 fatal error(s) while snapshotting areq@q:/home/users/areq/backup.', 'fatal'],
    ['openwrt/packages#16441 (smbd)', 'Mon Aug 23 07:49:29 2021 daemon.err smbd[4432]: [2021/08/23 07:49:29.335259,  0] ../../lib/util/become_daemon.c:121(exit_daemon)', 'fatal'],
    ['att/netarbiter#5 (ceph status, a cluster that works)', '    health: HEALTH_WARN', undefined],
    ['mtagius/pwnagotchi-tools#4 (Vagrant)', 'Timed out while waiting for the machine to boot. This means that', 'exit'],
    ['kubernetes/website#18945 (kubeadm)', 'error execution phase preflight: [preflight] Some fatal errors occurred:', 'exit'],
    ['kubernetes/kubernetes#95857 (kubeadm)', 'error execution phase kubelet-start', 'exit'],
    ['balena-os/meta-balena#450 (systemd)', '[   25.751746] systemd[1]: Dependency failed for Journal Service.', 'exit'],
    ['myspaghetti/macos-virtualbox#340 (VBox.log)', '00:00:01.624239 Power up failed (vrc=VERR_VMX_NO_VMX, rc=NS_ERROR_FAILURE (0X80004005))', 'exit'],
    ['tteck/Proxmox#2994 (LXC)', 'lxc_setup: 3906 Failed to setup first automatic mounts', 'exit'],
    ['coderaiser/cloudcmd#441 (npm 10)', '#16 87.95 npm error ERESOLVE unable to resolve dependency tree', 'exit'],
    ['nodejs/docker-node#1072 (npm under Jenkins)', '15:18:07 npm ERR! code EACCES', 'exit'],
    ['navit-gps/navit#1303 (Gradle)', 'FAILURE: Build completed with 2 failures.', 'exit'],
    ['PaperMC/Paper#3258', '[07:32:09] [Paper Watchdog Thread/ERROR]: The server has stopped responding! This is (probably) not a Paper bug.', 'fatal'],
    ['PaperMC/Paper#11324', '[22:40:52 WARN]: **** FAILED TO BIND TO PORT!', 'fatal'],
    ['Creators-of-Create/Create#8152 (Forge)', 'java.lang.Exception: Mod Loading has failed', 'fatal'],
    ['Zerschranzer/Linux-ASA-Server-Manager#15 (SteamCMD)', "Error! App '2430930' state is 0x2 after update job.", 'fatal'],
    ['OpenFactorioServerManager/factorio-server-manager#21', '0.488 Info MultiplayerManager.cpp:912: networkTick(0) mapTick(-1) changing state from(CreatingGame) to(InitializationFailed)', 'fatal'],
];

test('the deaths of other runtimes, servers and tools, as real reports show them', () => {
  // One input per line: no line's stop or signal colours the next.
  const got = REPORTED.map(([source, line]) => `${source}: ${signals([line])[0]}`);
  assert.equal(got, REPORTED.map(([source, , kind]) => `${source}: ${kind}`));
});

test('each of those lines piped alone: red when it is a death (the prefilter hands it on), green when not', async () => {
  for (const [source, line, kind] of REPORTED) {
    const run = await runInProcess(['--format', 'json', '-'], { input: `${line}\n` });
    assert.is(run.status, kind === undefined ? 0 : 1, `${source}: ${line}`);
    const signalled = jsonOutput(run).unexplained.flatMap((u) => (u.signals ?? []).map((s) => s.kind));
    assert.equal(signalled.includes(kind as never), kind !== undefined, `${source}: ${signalled.join(', ')}`);
  }
});

test("a swarm task without its image is a failure; docker rmi's clean-up that found no image is not one of its own", () => {
  assert.equal(signals([
    'u2olg9x9tdw9        getEnvelope.1       get-envelope:latest   manager             Ready               Ready 2 seconds ago    "No such image: get-envelope:l…"   ',
    'Error response from daemon: No such image: redfix/app:ci-123',
    'Error: No such image: redfix/app:ci-123',
  ]), ['fatal', undefined, undefined]);
});

test("a server's kill of its own helper is on purpose: the helper's 137 after it is no failure", () => {
  // jellyfin/jellyfin#12995: Jellyfin stops a transcode, and says so first.
  const jellyfin = [
    '[2024-11-08 20:05:53.874 -05:00] [INF] Killing FFmpeg process for "/var/cache/jellyfin/transcodes/371c693201e2c727a69d276d2b1cf6eb.m3u8"',
    '[2024-11-08 20:05:53.876 -05:00] [ERR] FFmpeg exited with code 137',
  ];
  assert.equal(signalsToEnd(jellyfin), []);
  assert.equal(signalsToEnd(jellyfin.slice(1)), [[1, 'exit']]);
});

test("murmur's <C> is Qt's critical, an error it goes on after; <F> is the server stopping", () => {
  // mumble-voip/mumble#7031: a server that started and registered.
  assert.is(parse('<C>2025-12-31 08:04:57.618 Failed to set final capabilities').level, 'error');
  assert.equal(signalsToEnd(['<C>2025-12-31 08:04:57.618 Failed to set final capabilities']), []);
  assert.is(parse('<F>2025-12-31 08:04:57.618 Server: TCP Listen on [::]:64738 failed: Address in use').level, 'fatal');
});

test('kubectl waiting on a rollout to the end of its output never saw it finish; one that finished says so', () => {
  // kubernetes/kubernetes#95550: azure/k8s-deploy's rollout, stuck at 1 of 2 new replicas.
  const waiting = 'Waiting for deployment "scoutasiacluster-dbd1" rollout to finish: 1 out of 2 new replicas have been updated...';
  assert.equal(signalsToEnd([waiting, waiting, waiting, waiting]), [[4, 'stuck-retrying']]);
  assert.equal(signalsToEnd([waiting, waiting, waiting, 'deployment "scoutasiacluster-dbd1" successfully rolled out', 'done', 'next step']), []);
  // ManageIQ/kubeclient#226: a rollout under way, its count of new replicas moving, is no stuck wait.
  const moving = [2, 2, 3, 3, 4, 4, 4, 5, 6].map((n) => `Waiting for rollout to finish: ${n} out of 10 new replicas have been updated...`);
  assert.equal(signalsToEnd(moving), []);
  assert.equal(signalsToEnd([...moving, moving[8], moving[8]]), [[11, 'stuck-retrying']]);
});

test("Rust's tracing lines are not journald's: their level is not a host, their target's `::` not a unit's colon", () => {
  // vectordotdev/vector#12149: both were read as journald (host ERROR or INFO, unit vector), and lost their level.
  const error = parse('2022-04-09T21:19:43.447913Z ERROR vector::cli: Configuration error. error=No sources defined in the config.');
  assert.is.not(error.envelope, 'journald');
  assert.is(error.level, 'error');
  const info = parse('2022-04-09T21:19:43.432056Z  INFO vector::app: Loading configs. paths=["vector.yaml"]');
  assert.is.not(info.envelope, 'journald');
  // A journal line of journalctl -o short-iso stays one.
  assert.is(parse('2024-05-01T10:00:00+0000 forge gitea[612]: 2024/05/01 10:00:00 cmd/web.go:106:runWeb() [I] Starting Gitea on PID: 612').envelope, 'journald');
});

test('a level in brackets near the start is the line\'s (lager, Node-RED, Docker Desktop), in any case and padding', () => {
  assert.equal(parse('11:31:28.655 [error] gen_server <0.1339.0> terminated with reason: bad argument').level, 'error');
  assert.equal(parse('15 Jul 19:00:58 - [warn] [function:x] deprecated').level, 'warn');
  assert.equal(parse('[13:41:39.097][WSL2Provisioning  ][Error  ] Failed to deploy distro docker-desktop').level, 'error');
  assert.equal(parse('2024-01-01 10:00:00 [info] a FATAL word in passing').level, 'info');
  assert.equal(parse('GET /api/v1/items?page=2&size=50 200 12ms user-agent=curl/8.1 then [error] in a message: not a level').level, undefined);
});

/** The signals of one input's lines, its end included (InputSignals.finish): [line number, kind] of each. */
function signalsToEnd(lines: string[]): Array<[number, string]> {
  const input = new InputSignals();
  const events = lines.map((line, i) => ({ path: 'x', line: i + 1, text: line, ...parse(line) }) as LogEvent);
  for (const event of events) input.apply(event);
  input.finish(lines.length);
  return events.flatMap((event) => (event.failure ? [[event.line, event.failure.kind] as [number, string]] : []));
}

test('a dependency a service cannot reach, said again and again to its log\'s end, is a loop without retry wording', () => {
  // docker-library/wordpress#460: the image's entrypoint says it cannot reach MySQL every few seconds, a blank line
  // before each time.
  const refused = ['wordpress_1  |', 'wordpress_1  | MySQL Connection Error: (2002) Connection refused'];
  assert.equal(signalsToEnd([...refused, ...refused, ...refused]), [[6, 'stuck-retrying']]);
  assert.equal(signalsToEnd([...refused, ...refused]), [], 'two refusals are patience');
  // Then the database answered: Apache's start lines, more than a turn of them (a turn: two lines, and two of slack).
  const started = [
    "wordpress_1  | AH00558: apache2: Could not reliably determine the server's fully qualified domain name, using 172.18.0.3. Set the 'ServerName' directive globally to suppress this message",
    "wordpress_1  | AH00558: apache2: Could not reliably determine the server's fully qualified domain name, using 172.18.0.3. Set the 'ServerName' directive globally to suppress this message",
    "wordpress_1  | [Fri Jan 03 15:28:25.412893 2020] [mpm_prefork:notice] [pid 1] AH00163: Apache/2.4.38 (Debian) PHP/7.3.13 configured -- resuming normal operations",
    "wordpress_1  | [Fri Jan 03 15:28:25.412951 2020] [core:notice] [pid 1] AH00094: Command line: 'apache2 -D FOREGROUND'",
    'wordpress_1  | 172.18.0.1 - - [03/Jan/2020:15:28:31 +0000] "GET / HTTP/1.1" 302 405 "-" "Mozilla/5.0"',
  ];
  assert.equal(signalsToEnd([...refused, ...refused, ...refused, ...started]), []);
  // Sidekiq's fetcher (sidekiq/sidekiq#3063), a word of the family each time.
  const sidekiq = Array.from({ length: 3 }, (_, i) =>
    `2016-08-01T10:21:0${i}.371Z 7 TID-ouw3e8bbs ERROR: Error fetching job: Error connecting to Redis on 127.0.0.1:6379 (Errno::ECONNREFUSED)`);
  assert.equal(signalsToEnd(sidekiq), [[3, 'stuck-retrying']]);
  // A proxy's debug line for each client's handshake is no retry of its own
  // (corpus/near-miss-caddy-decision-func-single-ip).
  const handshake = Array.from({ length: 3 }, (_, i) =>
    `{"level":"debug","ts":178174267${i}.281204,"logger":"http.stdlib","msg":"http: TLS handshake error from 203.0.113.9:5123${i}: decision func: Get \\"http://app:3000/tls-check\\": dial tcp 10.0.3.3:3000: connect: connection refused"}`);
  assert.equal(signalsToEnd(handshake), []);
});

test("a Go program's error chain as its last word is how it ended; one it went on after is not", () => {
  // f-eld-ch/sitrep#413: Dex logs in logfmt, then its main prints the error it exits on.
  const dex = [
    'time="2024-08-30T09:19:17Z" level=info msg="Dex Version: v2.38.0, Go Version: go1.21.6, Go OS/ARCH: linux amd64"',
    'time="2024-08-30T09:19:17Z" level=info msg="config using log level: debug"',
    'time="2024-08-30T09:19:17Z" level=info msg="config issuer: http://localhost:5556/dex"',
    'failed to initialize storage: failed to perform migrations: creating migration table: unable to open database file: no such file or directory',
  ];
  assert.equal(signalsToEnd(dex), [[4, 'exit']]);
  const wentOn = [...dex, ...Array.from({ length: 25 }, (_, i) => `time="2024-08-30T09:19:${20 + i}Z" level=info msg="keys rotated"`)];
  assert.equal(signalsToEnd(wentOn), []);
  // No cause after a colon: a sentence, not an error chain; nor a Python error's `[Errno 2]` as the cause (bzr's
  // warning under a Redmine server that went on serving, docker-library/redmine#106).
  assert.equal(signalsToEnd(['failed to see why this matters']), []);
  assert.equal(signalsToEnd(["failed to open trace file: [Errno 2] No such file or directory: '/home/redmine/.bzr.log'"]), []);
  // Go's standard logger's time before it (appleboy/ssh-action#53); flyctl's `Error ` before it
  // (Girish21/speed-metal-stack#16).
  assert.equal(signalsToEnd(['2020/05/16 20:31:15 dial tcp ***:***: i/o timeout']), [[1, 'exit']]);
  assert.equal(signalsToEnd(['Error failed to fetch an image or build from source: Could not find image "registry.fly.io/x"']), [[1, 'exit']]);
  // One space before it, as pasted (sersoft-gmbh/xcodebuild-action#3).
  assert.equal(signalsToEnd([' xcodebuild: error: Unable to find a destination matching the provided destination specifier:']), [[1, 'exit']]);
  // Velero's CheckError (AliyunContainerService/velero-plugin#8).
  assert.equal(signalsToEnd(['An error occurred: some backup storage locations are invalid: error getting backup store for location "default"']), [[1, 'exit']]);
});

test('a .NET tool\'s exception, Yarn 1\'s error, Mosquitto\'s error after its Unix time: each a last word', () => {
  // coderBane/food-web-app#23: `dotnet ef database update` dies on the exception, its frames under it.
  const ef = [
    'Build succeeded.',
    'Npgsql.NpgsqlException (0x80004005): Failed to connect to 127.0.0.1:5342',
    ' ---> System.Net.Sockets.SocketException (111): Connection refused',
    '   at Npgsql.Internal.NpgsqlConnector.Connect(NpgsqlTimeout timeout)',
  ];
  assert.equal(signalsToEnd(ef), [[2, 'exit']]);
  // Java's lower-case packages are an app's logged exception, not a .NET tool's end.
  assert.equal(signalsToEnd(['java.lang.IllegalStateException: Connection pool shut down']), []);
  // outline/outline#4887: Yarn 1 prints its error, then where to read about the command.
  const yarn = [
    'yarn run v1.22.18',
    'error Command "sequelize:migrate" not found.',
    'info Visit https://yarnpkg.com/en/docs/cli/run for documentation about this command.',
  ];
  assert.equal(signalsToEnd(yarn), [[2, 'exit']]);
  assert.equal(signalsToEnd(['error handling is described below']), []);
  // fastapi/full-stack-fastapi-template#222: `docker stack deploy` of a service built but given no image.
  assert.equal(signalsToEnd(['Creating service fast-api-test-proj-com_flower', 'Creating service fast-api-test-proj-com_pgadmin', 'invalid reference format']), [[3, 'exit']]);
  // sequelize/cli#312: the CLI prints the error Node inspected, its properties in braces, and the stack.
  const sequelize = [
    'Loaded configuration file "config/config.js".',
    '{ SequelizeDatabaseError: relation "SequelizeMeta" already exists',
    '    at Query.formatError (/var/www/api/node_modules/sequelize/lib/dialects/postgres/query.js:357:14)',
  ];
  assert.equal(signalsToEnd(sequelize), [[2, 'exit']]);
  // cmccambridge/mosquitto-unraid#28.
  const mosquitto = [
    '1659577565: Loading config file /mosquitto/config/mosquitto-unraid-default.conf',
    '1659577565: Error: Unable to open log file /mosquitto/log/mosquitto.log for writing.',
  ];
  assert.equal(signalsToEnd(mosquitto), [[2, 'exit']]);
});

test("a test runner's progress that marked a failure is the failure only where nothing else says one", () => {
  // zendframework/zend-test#72: PHPUnit died (exit 255) before its summary.
  const phpunit = [
    'PHPUnit 7.5.1 by Sebastian Bergmann and contributors.',
    '',
    '...............................................................  63 / 682 (  9%)',
    '......................................FFFF...........F......... 189 / 682 ( 27%)',
    '...........................................................F.. 252 / 682 ( 36%)',
  ];
  assert.equal(signalsToEnd(phpunit), [[4, 'test-failed']]);
  assert.equal(signalsToEnd(phpunit.slice(0, 3)), []);
  // Skipped, incomplete and risky marks are no failure.
  assert.equal(signalsToEnd(['..........................SS...................................  126 / 682 ( 18%)', '........II.R....  378 / 682 ( 55%)']), []);
  // pytest's: its summary, when it comes, names the test instead.
  const pytest = ['tests/test_api.py ....F...                                                [ 50%]', 'tests/test_db.py ........                                                 [100%]'];
  assert.equal(signalsToEnd(pytest), [[1, 'test-failed']]);
  assert.equal(signalsToEnd([...pytest, 'FAILED tests/test_api.py::test_login - AssertionError: assert 401 == 200']).map(([line]) => line), [3]);
  // A line of dots as long as hostile input makes it stays linear.
  assert.equal(signalsToEnd(['.'.repeat(200_000) + 'F'.repeat(4) + ' x']), []);
});

test('a service still retrying what it needs when its log ends never became ready; one that got through did', () => {
  // statping/statping#75: the documented compose set-up loops forever on its database.
  const statping = Array.from({ length: 4 }, (_, i) =>
    `2018/10/03 13:24:${42 + 5 * i} INFO: Database connection to 'postgres' is not available, trying again in 5 seconds...`);
  assert.equal(signalsToEnd(statping), [[4, 'stuck-retrying']]);
  // immich-app/immich#13720: TypeORM's retries, each with its error and a frame; the log ends in a turn of the loop.
  const immich = ['Error: connect ECONNREFUSED 172.21.0.2:5432', '    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1607:16)'];
  const turn = (n: number) => [`[Nest] 18  - 10/24/2024, 12:57:10 PM   ERROR [TypeOrmModule] Unable to connect to the database. Retrying (${n})...`, ...immich]
    .map((line) => `immich_server            | ${line}`);
  assert.equal(signalsToEnd([...turn(1), ...turn(2), ...turn(3), ...turn(4)]), [[10, 'stuck-retrying']]);
  // Two retries are a service's patience (Mattermost pings its database again 10 s later and starts).
  assert.equal(signalsToEnd(statping.slice(0, 2)), []);
  // nextcloud/docker#667: the image's installer tries again after each failure.
  const nextcloud = ['Nextcloud is not installed - only a limited number of commands are available', 'The username is already being used', 'retrying install...'];
  assert.equal(signalsToEnd([...nextcloud, ...nextcloud, ...nextcloud]), [[9, 'stuck-retrying']]);
  // bitnami/bitnami-docker-discourse#234: unicorn's listener, its port taken, counting its tries down.
  const unicorn = [4, 3, 2, 1].flatMap((left) => [
    'E, [2022-07-20T15:03:42.585844 #473] ERROR -- : adding listener failed addr=0.0.0.0:3000 (in use)',
    `E, [2022-07-20T15:03:42.585938 #473] ERROR -- : retrying in 0.5 seconds (${left} tries left)`,
  ]);
  assert.equal(signalsToEnd(unicorn), [[8, 'stuck-retrying']]);
  assert.equal(signalsToEnd(unicorn.slice(0, 4)), []);
  // dask/dask-jobqueue#20: Dask's nanny, its worker failing to start again and again.
  const dask = Array.from({ length: 4 }, () => 'distributed.nanny - INFO - Failed to start worker process.  Restarting');
  assert.equal(signalsToEnd(dask), [[4, 'stuck-retrying']]);
  // A service that got through logs its start after the loop: more than a turn of lines follows the last retry.
  const started = ['Database connection established', 'Running migrations', 'Migrations complete', 'Statup listening on :8080'];
  assert.equal(signalsToEnd([...statping, ...started]), []);
  // Another retry line starts another loop: three different waits in a row are no loop.
  assert.equal(signalsToEnd([statping[0], 'Redis is not available, trying again in 5 seconds...', turn(1)[0]]), []);
});

test("pytest's banners of failures and pytest-timeout's dump are a cut log's evidence where nothing else says what failed", () => {
  // GitGuardian/ggshield#192: a GitHub Actions log cut to the long report.
  const report = [
    '=================================== FAILURES ===================================',
    '_________________________ TestPreReceive.test_timeout __________________________',
    '/Users/runner/work/ggshield/ggshield/tests/test_prereceive_cmd.py:364: in test_timeout',
  ];
  assert.equal(signalsToEnd(report), [[1, 'test-failed']]);
  // ansible/galaxy_ng#1711 (the ERRORS banner); coala/coala-quickstart#304 and chatmail/core#8511 (pytest-timeout).
  assert.equal(signalsToEnd(['==================================== ERRORS ====================================']), [[1, 'test-failed']]);
  assert.equal(signalsToEnd(['+++++++++++++++++++++++++++++++++++ Timeout ++++++++++++++++++++++++++++++++++++']), [[1, 'test-failed']]);
  assert.equal(signalsToEnd(['~~~~~~~~~~~~~~ Stack of Thread-11 (thread_run) (139755148801728) ~~~~~~~~~~~~~~~']), [[1, 'test-failed']]);
  // With the summary, its FAILED line says which test failed: the banner adds nothing.
  assert.equal(signalsToEnd([...report, 'FAILED tests/test_prereceive_cmd.py::TestPreReceive::test_timeout - assert 0.31 < 0.3']), [[4, 'test-failed']]);
  // pytest's other banners (smarie/python-pytest-cases#100) are no failure.
  assert.equal(signalsToEnd(['=============================== warnings summary ===============================']), []);
});

test("consola's ` ERROR  …` badge is a tool's last word too", () => {
  // consola's badge (nuxt/framework#886: nuxi's last word, its require stack under it).
  const nuxi = [
    '> nuxi generate', '', " ERROR  Cannot find module 'nuxt'                                                                                                                                          10:01:14", 'Require stack:',
    '- /home/rodrigosilva/Workspace/juquinha/modules/web/index.js',
  ];
  assert.equal(signalsToEnd(nuxi), [[3, 'exit']]);
});

test("a registry's refusal listed under docker stack deploy's note about a digest is the note's, not a push that failed", () => {
  // moby/moby#29295: the deploy goes on (each node pulls the image), and exits 0.
  const deploy = [
    '$ docker stack deploy --compose-file docker-compose.yml messages', 'Updating service messages_natsserver (id: p1habkbxwkgois582273d8274)',
    'unable to pin image nathanleclaire/nats-streaming-server to digest: errors:', 'denied: requested access to the resource is denied',
    'unauthorized: authentication required',
  ];
  assert.equal(signalsToEnd(deploy), []);
  // BOINC/boinc-client-docker#59: a push's refusal on its own is the push failing.
  const push = [
    '$ sudo docker push boinc/client:builder', 'The push refers to repository [docker.io/boinc/client]', '0deb625a1194: Preparing',
    '2629e928eeb1: Preparing', '76c033092e10: Preparing', '2146d867acf3: Preparing', 'ae1f631f14b7: Preparing', '102645f1cf72: Waiting',
    'denied: requested access to the resource is denied',
  ];
  assert.equal(signalsToEnd(push), [[9, 'exit']]);
});

test("git's failed clone, fetch or checkout is its last word; its probes are not", () => {
  // wercker/support#212: a pull request's commit missing from a shallow clone.
  const checkout = [
    'Checking connectivity... done.', 'git checkout -fq cee9fd00b54ccd34d328816433dc88c9c0eb170c',
    'fatal: reference is not a tree: cee9fd00b54ccd34d328816433dc88c9c0eb170c',
  ];
  assert.equal(signalsToEnd(checkout), [[3, 'exit']]);
  // Syslifters/offsec-tools#3: a GitLab runner's fetch; Nyholm/roave-bc-check-docker#32: git's advice under its error.
  const denied = 'remote: HTTP Basic: Access denied. The provided password or token is incorrect or your account has 2FA enabled and you must use a personal access token instead of a password. See http://aaa.bbb.cc/help/topics/git/troubleshooting_git#error-on-git-fetch-http-basic-access-denied';
  const fetch = ['Created fresh repository.', denied, "fatal: Authentication failed for 'http://aaa.bbb.cc/xxx/tools/yyy.git/'"];
  assert.equal(signalsToEnd(fetch), [[3, 'exit']]);
  const ownership = [
    "fatal: detected dubious ownership in repository at '/github/workspace'", 'To add an exception for this directory, call:', '',
    '\tgit config --global --add safe.directory /github/workspace',
  ];
  assert.equal(signalsToEnd(ownership), [[1, 'exit']]);
  // aregm/enzyme#31: a Makefile's `git describe`, and the build goes on.
  const probe = ['make', ...Array.from({ length: 5 }, () => 'fatal: No names found, cannot describe anything.'), 'Building Rhoc'];
  assert.equal(signalsToEnd(probe), []);
  // nodejs/corepack#631: corepack's (and Yarn's) `Internal Error: …`.
  const keyid = 'Internal Error: Cannot find matching keyid: {"signatures":[{"sig":"MEQCIHGqHbvc2zImUPEPFpT4grh6rMYslel+lAjFArx8+RUdAiBfnJA+bgmUvO5Lctfkq+46KKDQdx/8RhLPge3pA+EdHA==","keyid":"SHA256:DhQ8wR5APBvFHLF/+Tc+AYvPOdTpcIDqOhxsBHRwC7U"}],"keys":[{"expires":null,"keyid":"SHA256:jl3bwswu80PjjokCgh0o2w5c2U4LhQAE57gj9cz1kzA","keytype":"ecdsa-sha2-nistp256","scheme":"ecdsa-sha2-nistp256","key":"MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE1Olb3zMAFFxXKHiIkQO5cJ3Yhl5i6UPp+IhuteBJbuHcA5UogKo0EWtlWwW6KSaKoTNEYL7JlCQiVnkhBktUgg=="}]}';
  const corepack = ['corepack install -g pnpm@9.15.5', 'Installing pnpm@9.15.5...', keyid];
  assert.equal(signalsToEnd(corepack), [[3, 'exit']]);
});

test("a command-line tool's `Error: …` is a failure when the output ends within a few lines of it", () => {
  // chenhunghan/ialacol#18: helm's last line.
  const helm = 'Error: INSTALLATION FAILED: template: ialacol/templates/deployment.yaml:29:29: executing "ialacol/templates/deployment.yaml" at <.Values.deployment.env.DEFAULT_MODEL_HG_REPO_ID>: nil pointer evaluating interface {}.DEFAULT_MODEL_HG_REPO_ID';
  assert.equal(signalsToEnd(['$ helm install ialacol ialacol/ialacol', helm]), [[2, 'exit']]);
  // cal-itp/benefits#960: terraform's box, its explanation under the error.
  const terraform = [
    '╷', '│ Error: Error acquiring the state lock', '│ ', '│ Error message: state blob is already locked', '│ Lock Info:',
    '│   ID:        UUID', '│ ', '│ Terraform acquires a state lock to protect the state from being written',
    '│ by multiple users at the same time. Please resolve the issue above and try', '╵',
  ];
  assert.equal(signalsToEnd(terraform), [[2, 'exit']]);
  // An error with the output going on well past it: the tool did not end on it.
  const goesOn = Array.from({ length: 25 }, (_, i) => `step ${i + 1} done`);
  assert.equal(signalsToEnd(['Error: unknown command "instal" for "helm"', ...goesOn]), []);
  // Only the start of the line, only plain text: an app's JSON or logfmt line holding `Error: ` is its logger's.
  assert.equal(signalsToEnd(['caught: Error: connect ECONNREFUSED 127.0.0.1:5432']), []);
  assert.equal(signalsToEnd(['time="2024-01-02T14:13:39Z" level=warning msg="Error: retrying in 5s"']), []);
  // A service's own log: an error it logged last does not say it is down.
  const service = 'web_app.1.abcdefghijkl@node-1    | Error: Redis connection lost, reconnecting';
  assert.equal(signalsToEnd([service]).length, 0);
  // After a stop was announced, a tool's error is how it was stopped.
  assert.equal(signalsToEnd(['Received signal 15; shutting down', 'Error: context canceled']), []);
  // A warning a runner shows as an error (openci-org/openci#483: pip's, in GitHub's view).
  assert.equal(signalsToEnd(["Error: WARNING: Running pip as the 'root' user can result in broken permissions"]), []);
  // The docker CLI's own (samyogdhital/listmonk-caddy-reverse-proxy#5: compose v2's last line), not a clean-up's
  // `docker rm` of nothing (mageddo/dns-proxy-server#29: the service then starts).
  const daemon = 'Error response from daemon: driver failed programming external connectivity on endpoint listmonk_demo_db (a0994502c717): Bind for 0.0.0.0:9432 failed: port is already allocated';
  assert.equal(signalsToEnd([' ⠹ Container listmonk_demo_db  Starting      0.2s ', daemon]), [[2, 'exit']]);
  assert.equal(signalsToEnd(['Error response from daemon: No such container: dns-proxy-server', 'Service started']), []);
  // git's `fatal: …` is a probe's answer as often as a death (a checkout's cleanup, `git describe || true`).
  assert.equal(signalsToEnd(["fatal: No url found for submodule path 'resources/examples' in .gitmodules"]), []);
  // Other last words: Pulumi's and cargo's `error:`, Flyway's `ERROR:`, apt's `E:`, a Go server's `Error <doing>: …`
  assert.equal(signalsToEnd(['Permalink: https://app.pulumi.com/x/updates/1', 'error: update failed']), [[2, 'exit']]); // pulumi/pulumi-kubernetes#155
  const flyway = 'ERROR: Validate failed: Migration checksum mismatch for migration version 20171006100000'; // flyway/flyway#2027
  assert.equal(signalsToEnd([flyway, '-> Applied to database : -698211182', '-> Resolved locally    : 1049070299']), [[1, 'exit']]);
  // techchipnet/CamPhish#22
  assert.equal(signalsToEnd(['Building dependency tree... Done', 'E: Unable to locate package php', 'E: Unable to locate package git']), [[3, 'exit']]);
  // hashicorp/vault#14895: an [INFO] line and the prompt after it.
  const vault = 'Error initializing storage of type raft: failed to create fsm: failed to open bolt file: truncate: There is not enough space on the disk.';
  assert.equal(signalsToEnd([vault, '2022-04-04T15:45:46.146-0500 [INFO]  proxy environment: http_proxy=""', 'C:\\TEMP\\vault>']), [[1, 'exit']]);
  // Travis's artifacts step (travis-infrastructure packer-build): the upload failed, the step went on and said so.
  const upload = 'ERROR: failed to upload: /home/travis/build/packer-templates/tmp/image-metadata-.tar.bz2';
  assert.equal(signalsToEnd([upload, '  err: open …: no such file or directory', 'Done uploading artifacts']), []);
  // PHP's and PowerShell's `Exception: …` (nextcloud/server#28083's occ upgrade); occ's `Update failed`
  // is a verdict of its own.
  assert.equal(signalsToEnd(['Exception: Database error when running migration latest for app duplicatefinder', 'Update failed']), [[1, 'exit'], [2, 'exit']]);
  assert.equal(signalsToEnd(['Exception: Database error when running migration latest for app duplicatefinder']), [[1, 'exit']]);
  // pip's note before it installs anyway; a sentence that only starts with `Error`.
  assert.equal(signalsToEnd(["ERROR: pip's dependency resolver does not currently take into account all the packages that are installed."]), []);
  assert.equal(signalsToEnd(['Error handling is described in docs/errors.md']), []);
  // webpack 1 to 4 name the module that failed and stop there (krasimir/react-cssx#6).
  const webpack = ['Version: webpack 1.12.14', 'ERROR in ./src/CSSX.jsx', 'Module parse failed: /src/CSSX.jsx Line 1: Unexpected token',
    'You may need an appropriate loader to handle this file type.', "| import React from 'react';"];
  assert.equal(signalsToEnd(webpack), [[2, 'exit']]);
  // The job's own verdict after the error (getplumber/plumber#10: GitLab's artifacts step found nothing to upload).
  const job = ['Uploading artifacts...', 'WARNING: No matching files. Path is empty.', 'ERROR: No files to upload',
    'Cleaning up project directory and file based variables', '00:01', 'Job succeeded'];
  assert.equal(signalsToEnd(job), []);
  assert.equal(signalsToEnd(job.slice(0, 5)), [[3, 'exit']]);
});

test('a Go error chain that quotes what it names is a last word too', () => {
  // bitnami/bitnami-docker-keycloak#15; the same with a capital after the colon is a sentence, not Go's chain.
  const keycloak = 'cannot resolve host "postgresql": lookup postgresql on 8.8.8.8:53: no such host';
  const trying = 'keycloak 07:38:10.19 INFO  ==> Trying to connect to PostgreSQL server postgresql...';
  assert.equal(signalsToEnd([trying, keycloak]), [[2, 'exit']]);
  assert.equal(signalsToEnd(['cannot resolve host "postgresql": Retrying in 5 seconds']), []);
});

test("the docker CLI's daemon that does not answer and ssh's failures are a tool's last word", () => {
  // moby/moby#18729: `docker ps -a` after an upgrade; the same followed by the daemon's answer is not the last word.
  const daemon = 'Cannot connect to the Docker daemon. Is the docker daemon running on this host?';
  assert.equal(signalsToEnd(['$ sudo docker ps -a', daemon]), [[2, 'exit']]);
  assert.equal(signalsToEnd([daemon, ...Array.from({ length: 25 }, (_, i) => `container ${i} up`)]), []);
  // cardstack/cardstack#1393: `docker stack deploy` through an ssh tunnel to a host name left empty; git over ssh.
  assert.equal(signalsToEnd(['+ docker -H unix:///tmp/remote stack deploy -c ./deploy/docker-compose.yml hub', 'ssh: Could not resolve hostname : Name or service not known']), [[2, 'exit']]);
  assert.equal(signalsToEnd(['+ ssh deploy@ci.example.org ./release.sh', 'deploy@ci.example.org: Permission denied (publickey).']), [[2, 'exit']]);
});

test("an entry point that goes on to its end after a script's error takes that error back", () => {
  // The nginx image's entry point (docker-library/official-images#8657): a script's `error:`, then the entry point
  // that went on to its end.
  const ipv6 = '10-listen-on-ipv6-by-default.sh: error: /etc/nginx/conf.d/default.conf differs from the packaged version';
  const launched = '/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh';
  assert.equal(signalsToEnd([ipv6, launched, '/docker-entrypoint.sh: Configuration complete; ready for start up']), []);
  assert.equal(signalsToEnd([ipv6, launched]), [[1, 'exit']]);
});

test("a command-line tool's error under its name, or above its usage, is still its last word", () => {
  // `docker run` names itself in front (druid-io/docker-druid#74).
  assert.equal(signalsToEnd(['docker: Error response from daemon: no status provided on response: unknown.']), [[1, 'exit']]);
  // argparse's error under its usage, named by the script (Link009/LPEX#3, EricJMarti/inventory-hunter#56).
  assert.equal(signalsToEnd(['usage: ipykernel_launcher.py [-h] -i IMAGE', 'ipykernel_launcher.py: error: the following arguments are required: -i/--image']), [[2, 'exit']]);
  assert.equal(signalsToEnd(['run.py: error: the following arguments are required: -a/--alerter']), [[1, 'exit']]);
  // cobra prints the command's usage under its error, as long as its flags (riverqueue/river#363; sigstore/cosign#874
  // with a blank line between): the error is still the last word. A usage well below the error is not its.
  const flags = Array.from({ length: 30 }, (_, i) => `      --flag-${i} string   what flag ${i} sets`);
  // GitHub shows a step that failed as a warning (codecov/codecov-action#1337: fail_ci_if_error is false): the job
  // went on, so the tool's error before it was not the job's end.
  const codecov = [
    'Error: Codecov token not found. Please provide Codecov token with -t flag.',
    "Warning: Codecov: Failed to properly create commit: The process '/home/runner/work/_actions/codecov/codecov-action/v4/dist/codecov' failed with exit code 1",
  ];
  assert.equal(signalsToEnd(codecov), []);
  assert.equal(signalsToEnd(codecov.slice(0, 1)), [[1, 'exit']]);
  // PowerShell's error record is a script's last word (JayRHa/Intune-Scripts#15: a parser error).
  const powershell = ['At line:41 char:7', '+ Param()', '+       ~', "An expression was expected after '('.",
    '    + CategoryInfo          : ParserError: (:) [], ParentContainsErrorRecordException', '    + FullyQualifiedErrorId : ExpectedExpression'];
  assert.equal(signalsToEnd(powershell), [[6, 'exit']]);
  const river = ['Error: required flag(s) "database-url" not set', 'Usage:', '  river migrate-up [flags]', '', 'Flags:', ...flags];
  assert.equal(signalsToEnd(river), [[1, 'exit']]);
  assert.equal(signalsToEnd(['Error: no matching signatures:', '', 'Usage:', '  cosign verify [flags]', '', ...flags]), [[1, 'exit']]);
  assert.equal(signalsToEnd([river[0], ...flags]), []);
  assert.equal(signalsToEnd([river[0], ...Array.from({ length: 5 }, (_, i) => `step ${i + 1} done`), ...river.slice(1)]), []);
});

test('an exception printed under its source line and caret is uncaught, in a service\'s log too', () => {
  const kinds = (lines: string[], service: string) => signals(lines.map((line) => `${service}  | ${line}`), 'docker-compose')
    .flatMap((kind, i) => (kind ? [[i + 1, kind]] : []));
  // metarhia/Example#240 (compose): Node's loader could not find a module; the caret under `throw err;`.
  const loader = ['internal/modules/cjs/loader.js:905', '  throw err;', '  ^', '', "Error: Cannot find module 'node:fs'",
    'Require stack:', '- /usr/server/node_modules/impress/impress.js'];
  assert.equal(kinds(loader, 'api-example'), [[5, 'exception']]);
  // gothinkster/hapijs-realworld-example-app#4: a syntax error under its caret, no throw.
  const syntax = ['/usr/src/app/node_modules/glue/lib/index.js:31', 'exports.compose = async function (manifest, options = {}) {',
    '                        ^^^^^^^^', '', 'SyntaxError: Unexpected token function', '    at createScript (vm.js:56:10)'];
  assert.equal(kinds(syntax, 'conduit_api_1'), [[5, 'exception']]);
  // An error an app caught and logged has no caret over it (manuel-rw/jellyfin-discord-music-bot#64), nor does one
  // that comes long after a caret.
  const logged = ['[Nest] 28  - 03/17/2023, 4:12:39 PM   ERROR [ExceptionsHandler] Unknown interaction',
    'DiscordAPIError[10062]: Unknown interaction', '    at SequentialHandler.runRequest (/app/node_modules/@discordjs/rest/dist/index.js:933:15)'];
  assert.equal(kinds(logged, 'bot'), []);
  const later = [...loader.slice(0, 3), 'step 1 done', 'step 2 done', 'step 3 done', 'step 4 done', "Error: Cannot find module 'x'"];
  assert.equal(kinds(later, 'app'), []);
});

test("an uncaught JavaScript error is the last word of the Node process that printed it", () => {
  // jhuckaby/Cronicle#81: the error, its frames under it; not when the output goes on.
  const uncaught = ["TypeError [ERR_INVALID_ARG_VALUE]: The argument 'path' must be a string or Uint8Array without null bytes.",
    '    at Object.fs.stat (fs.js:918:3)', '    at process._tickCallback (internal/process/next_tick.js:61:11)'];
  assert.equal(signalsToEnd(uncaught), [[1, 'exit']]);
  assert.equal(signalsToEnd([...uncaught, ...Array.from({ length: 25 }, (_, i) => `request ${i} served`)]), []);
});

test("pytest's totals are the failure when nothing else in the input says what failed", () => {
  // pytest-dev/pytest#1026, cut to its summary: the totals alone.
  const totals = '==================================================== 1 failed in 0.01 seconds ====================================================';
  assert.equal(signalsToEnd(['collected 1 item', '', totals]), [[3, 'test-failed']]);
  // With the failed test's own line, that line is the failure; a green run's totals are none.
  assert.equal(signalsToEnd(['FAILED t.py::test_x - AssertionError', totals]), [[1, 'test-failed']]);
  assert.equal(signalsToEnd(['======================= 3 passed, 1 skipped in 0.55s ========================']), []);
  // martymcenroe/AssemblyZero#2320: one report with --tb=short, its E line the only word of the failure.
  assert.equal(signalsToEnd(['...\\tests\\test_issue_7.py:44: in test_t010', '    pytest.fail("TDD RED")', 'E   AssertionError: TDD RED: test_t010 not implemented']), [[3, 'test-failed']]);
  // pytest-dev/pytest-rerunfailures#329: a rerun's summary shows the failed attempts' E lines; the test passed.
  const rerun = ['test_demo.py::test_eventually_passes RERUN                               [100%]',
    'test_demo.py::test_eventually_passes PASSED                              [100%]', 'RERUN test_demo.py::test_eventually_passes',
    'E       AssertionError: transient failure on attempt 1'];
  assert.equal(signalsToEnd(rerun), []);
});

test("helm's INSTALLATION FAILED is its verdict wherever it stands: its --debug stack follows it", () => {
  // karmada-io/karmada#3905
  const stack = ['helm.sh/helm/v3/pkg/action.(*Install).Run', '\thelm.sh/helm/v3/pkg/action/install.go:281', ...Array<string>(24).fill('\t…')];
  assert.equal(signalsToEnd(['Error: INSTALLATION FAILED: failed pre-install: 1 error occurred:', ...stack]), [[1, 'exit']]);
});

test('a failed Ansible task fails the play unless `...ignoring` follows it or a recap decides', () => {
  // ansible/ansible#65233: the play cut after the failed task.
  const failed = 'fatal: [localhost]: FAILED! => {"changed": false, "msg": "This has failed"}';
  assert.equal(signalsToEnd(['TASK [fail] ****', failed]), [[2, 'exit']]);
  assert.equal(signalsToEnd(['TASK [fail] ****', failed, 'TASK [next] ****', 'ok: [localhost]']), [[2, 'exit']]);
  // ignore_errors: the same line, then `...ignoring`.
  assert.equal(signalsToEnd(['TASK [fail] ****', failed, '...ignoring', 'TASK [next] ****']), []);
  // A rescued task: the recap's rows say how the play ended (failed=0 here).
  const recap = ['PLAY RECAP *********', 'localhost                  : ok=2    changed=0    unreachable=0    failed=0    skipped=0    rescued=1    ignored=0'];
  assert.equal(signalsToEnd([failed, 'TASK [rescue] ****', ...recap]), []);
  // ansible/ansible#4915: Ansible 1's failed task, its message on the next line.
  const ansible1 = ['TASK: [git | install git] *****************************************************', 'failed: [ec2-54-205-67-177.compute-1.amazonaws.com] => {"failed": true, "item": ""}', "msg: No package matching 'git' is available"];
  assert.equal(signalsToEnd(ansible1), [[2, 'exit']]);
  // A loop's failed items, then one `...ignoring` (ignore_errors) for the task: nothing failed.
  const item = (name: string) => `failed: [localhost] (item=${name}) => {"ansible_loop_var": "item", "changed": false, "item": "${name}", "msg": "No package matching '${name}' is available"}`;
  assert.equal(signalsToEnd(['TASK [install] ****', item('git'), item('curl'), '...ignoring', 'TASK [next] ****']), []);
  assert.equal(signalsToEnd(['TASK [install] ****', item('git'), item('curl'), 'TASK [next] ****']), [[2, 'exit']]);
});

test("a container runtime's event JSON: an exit is a failure, one after a kill or a stop is not", () => {
  // `docker events --format '{{json .}}'` (moby's events API: Type, Action, Actor.Attributes), and
  // containerd's events.log (docker-archive/classicswarm#2665), whose exec'd processes exit too.
  const die = (code: string): string => `{"status":"die","id":"7f3c","Type":"container","Action":"die","Actor":{"ID":"7f3c","Attributes":{"exitCode":"${code}","image":"nginx","name":"web"}},"time":1700000000}`;
  const kill = '{"status":"kill","id":"7f3c","Type":"container","Action":"kill","Actor":{"ID":"7f3c","Attributes":{"image":"nginx","name":"web","signal":"15"}},"time":1699999990}';
  assert.equal(signals([die('1')]), ['exit']);
  assert.equal(signals([die('0')]), [undefined]);
  assert.equal(signals([die('143')]), ['exit']);
  assert.equal(signals([kill, die('143')]), [undefined, undefined]);
  assert.equal(signals(['{"id":"4b1e","type":"exit","timestamp":"2017-03-24T23:43:51Z","pid":"b7c2e0","status":1}']), [undefined]);
});

test('a piped command-line error at the end turns the run red, and the report names that line', async () => {
  const input = ['$ terraform plan', '╷', '│ Error: Error acquiring the state lock', '│ ', '│ Error message: state blob is already locked', '╵', ''].join('\n');
  const run = await runInProcess(['--format', 'json', '-'], { input });
  assert.is(run.status, 1);
  const [failure] = jsonOutput(run).unexplained;
  assert.equal(failure.signals?.map((signal) => signal.kind), ['exit']);
  assert.ok(failure.lines.some((line) => line.line === 3 && line.text === '│ Error: Error acquiring the state lock'), JSON.stringify(failure.lines));
});

test("a CI job that says it succeeded after its failure signals tolerated them: errors seen, and a notice", async () => {
  // A Travis build whose after_script failed (npm ERR!) and that Travis still ended with exit 0.
  const travis = ['$ npm run lint', 'npm ERR! code ELIFECYCLE', 'npm ERR! errno 1', 'npm ERR! Exit status 1', '', 'Done. Your build exited with 0.'];
  const tolerated = await runInProcess(['--format', 'json', '-'], { input: `${travis.join('\n')}\n` });
  assert.is(tolerated.status, 0);
  const report = jsonOutput(tolerated);
  assert.equal(report.unexplained, []);
  assert.ok(report.notices.some((n) => n.includes('its CI job or tool said it succeeded at line 6, after 2 failure signals')), report.notices.join('\n'));
  // A verdict with a failure after it, or far from the input's end, tolerates nothing; nor does it unsay a failed test.
  const after = ['npm ERR! code ELIFECYCLE', 'Job succeeded', 'Segmentation fault (core dumped)'];
  const far = ['npm ERR! code ELIFECYCLE', 'Job succeeded', ...Array.from({ length: 8 }, (_, i) => `clean-up step ${i + 1}`)];
  const test = ['FAILED tests/test_app.py::test_login - AssertionError: 500', 'Finished: SUCCESS'];
  for (const lines of [after, far, test]) {
    const run = await runInProcess(['--format', 'json', '-'], { input: `${lines.join('\n')}\n` });
    assert.is(run.status, 1, lines.join(' | '));
  }
});

test("Entity Framework's verdict after the migration it added tolerates the host its design-time build stopped", async () => {
  // abpframework/abp#12814: Add-Migration in Visual Studio's Package Manager Console, the app logging through Serilog.
  const session = [
    'PM> add-migration Add_RivetDie_Entity',
    'Build started...',
    'Build succeeded.',
    '[11:04:33 INF] Starting web host.',
    '[11:04:35 FTL] Host terminated unexpectedly!',
    'Microsoft.Extensions.Hosting.HostFactoryResolver+HostingListener+StopTheHostException: Exception of type \'Microsoft.Extensions.Hosting.HostFactoryResolver+HostingListener+StopTheHostException\' was thrown.',
    '   at Microsoft.Extensions.Hosting.HostFactoryResolver.HostingListener.OnNext(KeyValuePair`2 value)',
    'To undo this action, use Remove-Migration.',
    'PM> ',
  ];
  const run = await runInProcess(['--format', 'json', '-'], { input: `${session.join('\n')}\n` });
  assert.is(run.status, 0);
  assert.ok(jsonOutput(run).notices.some((n) => n.includes('said it succeeded at line 8')));
  // The same fatal line without the tool's verdict is the host dying.
  const alone = await runInProcess(['--format', 'json', '-'], { input: `${session.slice(3, 7).join('\n')}\n` });
  assert.is(alone.status, 1);
});

test("docker events' text: a container killed with SIGTERM then dead with 143 was stopped on purpose", () => {
  // vmware/vic#4093: the ids shortened as the thread shows them; docker prints them whole.
  const lines = [
    '2017-01-05T00:36:09.830268747+08:00 container kill 0fdb...ff37 (image=alpine:latest, name=test, signal=15)',
    '2017-01-05T00:36:09.840186338+08:00 container die 0fdb...ff37 (exitCode=143, image=alpine:latest, name=test)',
  ];
  assert.equal(signals(lines), [undefined, undefined]);
  const whole = lines.map((line) => line.replace('0fdb...ff37', '0fdb48addc82871eb34eb23a847cfd033dedd1a0a37bef2e6d9eb3870fc7ff37'));
  assert.equal(signals(whole), [undefined, undefined]);
  assert.equal(signals([whole[1]]), ['exit']);
});

test('an uncaught exception whose message begins on the line below its name is still uncaught (Node, under a caret)', () => {
  // immich-app/immich#7900: a Nest app's throw, its caret, then `Error: ` alone and the message indented below.
  const lines = [
    '/usr/src/app/dist/domain/database/database.service.js:140',
    '            throw new Error(`',
    '                  ^',
    'Error: ',
    '        The pgvecto.rs extension version is 0.1.11, but Immich only supports 0.2.0 and later minor releases.',
  ];
  assert.equal(signals(lines)[3], 'exception');
});

test("GitHub Actions' ##[warning] and ##[error] are levels: a warned exit is taken at its word", () => {
  assert.equal(signals([
    '2026-04-28T01:43:05.5217048Z ##[warning]The process \'/usr/bin/git\' failed with exit code 128',
    '2026-04-25T05:18:16.2685185Z ##[error]Process completed with exit code 1.',
  ], 'docker-logs'), [undefined, 'exit']);
  assert.equal(parse('##[warning]The process failed with exit code 128').level, 'warn');
  assert.equal(parse('##[error]Process completed with exit code 1.').level, 'error');
});

test("pg_ctl's progress dots before a postgres line leave it postgres's: a session's FATAL stays no failure", () => {
  const lines = [
    'waiting for server to shut down...2024-04-12 09:23:56.260 UTC [63] LOG:  aborting any active transactions',
    '.2024-04-12 09:23:56.341 UTC [90] FATAL:  terminating connection due to administrator command',
  ];
  assert.equal(lines.map((line) => parse(line).format), ['postgres', 'postgres']);
  assert.equal(parse(lines[1]).message, 'terminating connection due to administrator command');
  assert.equal(signals(lines), [undefined, undefined]);
});

test('the recipe comes from a warm domain in an abra line, never from a proxy naming other stacks', async () => {
  const fata = jsonOutput(await runInProcess(['--format', 'json', '-'], { input: 'FATA warm-gitea.ci.commoninternet.net is already deployed\n' }));
  assert.equal(fata.recipes.map((r) => [r.recipe, r.unit?.kind]), [['gitea', 'recipe']]);
  const caddy = jsonOutput(await runInProcess(['--format', 'json', '-'], {
    input: '{"level":"fatal","ts":1750206667.1,"logger":"tls","msg":"unable to serve warm-gitea.ci.commoninternet.net"}\n',
  }));
  assert.equal(caddy.recipes.map((r) => [r.recipe, r.unit?.kind]), [['-', 'input']]);
});

test('compose and swarm name the service that exited', async () => {
  const run = jsonOutput(await runInProcess(['--format', 'json', '-'], { input: 'kegbot-data_mysql_1 exited with code 1\ntiny-server-mongodb-1 exited with code 255\n' }));
  assert.equal(run.recipes.map((r) => r.recipe), ['mysql', 'tiny-server-mongodb']);
});

test.run();
