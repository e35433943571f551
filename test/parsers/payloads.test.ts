import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { giteaLog } from '../../src/parsers/gitea/grammar.js';
import { postgresLog } from '../../src/parsers/postgres/grammar.js';
import { mumbleLog } from '../../src/parsers/mumble/grammar.js';
import { javaLog } from '../../src/parsers/java/grammar.js';
import { logfmtLog } from '../../src/parsers/logfmt/grammar.js';
import { abraLog } from '../../src/parsers/abra/grammar.js';
import { syslogLines } from '../../src/parsers/syslog/grammar.js';
import { jsonLog } from '../../src/parsers/json/grammar.js';
import { parse, plain, utc } from './lines.js';

// Real lines from ../shared/realworld/LOG-FORMATS.md (section and source issue named per test).
const ctx = { tz: 'UTC' };

// ── gitea / forgejo, every era (§1) ─────────────────────────────────────────────────────────────
const gitea = suite('gitea');

const caller = (file: string, line: string, func: string, raw = `${file}:${line}:${func}`) => ({ caller: raw, callerFile: file, callerLine: line, callerFunc: func });

gitea('modern: path/file.go:LINE:Func() [L] (MichaIng/DietPi#6218)', () => {
  assert.equal(plain(giteaLog.parse('2023/03/08 22:06:22 cmd/web.go:106:runWeb() [I] Starting Gitea on PID: 580', ctx)), {
    format: 'gitea', ts: utc(2023, 3, 8, 22, 6, 22), level: 'info', message: 'Starting Gitea on PID: 580', fields: caller('cmd/web.go', '106', 'runWeb()'),
  });
  assert.equal(plain(giteaLog.parse('2023/03/08 22:06:23 routers/init.go:116:GlobalInitInstalled() [I] Git Version: 2.20.1, Wire Protocol Version 2 Enabled (home: /mnt/dietpi_userdata/g', ctx)), {
    format: 'gitea', ts: utc(2023, 3, 8, 22, 6, 23), level: 'info', message: 'Git Version: 2.20.1, Wire Protocol Version 2 Enabled (home: /mnt/dietpi_userdata/g',
    fields: caller('routers/init.go', '116', 'GlobalInitInstalled()'),
  });
});

gitea('modern, the journal\'s crash: modules/setting/setting.go:105 [F]', () => {
  assert.equal(plain(giteaLog.parse('2026/06/17 23:59:01 modules/setting/setting.go:105:LoadCommonSettings() [F] Unable to load settings from config: error saving JWT Secret for custom config: failed to save "/etc/gitea/app.ini": open /etc/gitea/app.ini: read-only file system', ctx)), {
    format: 'gitea', ts: utc(2026, 6, 17, 23, 59, 1), level: 'fatal',
    message: 'Unable to load settings from config: error saving JWT Secret for custom config: failed to save "/etc/gitea/app.ini": open /etc/gitea/app.ini: read-only file system',
    fields: caller('modules/setting/setting.go', '105', 'LoadCommonSettings()'),
  });
});

gitea('left-truncated callers: ...s/setting/, ...es/setting/, ...g/ (forgejo, tektoncd/pipelines-as-code#1321, runtipi#599)', () => {
  const lines: Array<[string, number, string, Record<string, string>]> = [
    ['2026/07/14 12:26:24 ...s/setting/setting.go:107:LoadCommonSettings() [F] Unable to load settings from config: error saving JWT Secret for custom config: failed to save "/etc/forgejo/app.ini": open /etc/forgejo/app.ini: permission denied',
      utc(2026, 7, 14, 12, 26, 24), 'Unable to load settings from config: error saving JWT Secret for custom config: failed to save "/etc/forgejo/app.ini": open /etc/forgejo/app.ini: permission denied',
      caller('...s/setting/setting.go', '107', 'LoadCommonSettings()')],
    ["2023/06/13 10:40:58 ...es/setting/oauth2.go:134:loadOAuth2From() [F] save oauth2.JWT_SECRET failed: failed to save '/home/gitea/conf/app.ini': open /home/gitea/conf/app.ini: read-only file system",
      utc(2023, 6, 13, 10, 40, 58), "save oauth2.JWT_SECRET failed: failed to save '/home/gitea/conf/app.ini': open /home/gitea/conf/app.ini: read-only file system",
      caller('...es/setting/oauth2.go', '134', 'loadOAuth2From()')],
    ['2023/07/20 06:59:05 ...g/config_provider.go:327:deprecatedSettingFatal() [F] Deprecated fallback `[server]` `LFS_CONTENT_PATH` present. Use `[lfs]` `PATH` instead. This fallback will be/has been removed in v1.19.0',
      utc(2023, 7, 20, 6, 59, 5), 'Deprecated fallback `[server]` `LFS_CONTENT_PATH` present. Use `[lfs]` `PATH` instead. This fallback will be/has been removed in v1.19.0',
      caller('...g/config_provider.go', '327', 'deprecatedSettingFatal()')],
    ['2026/08/13 14:32:06 modules/setting/security.go:63:loadSecret() [F] Cannot specify both JWT_SECRET_URI and JWT_SECRET',
      utc(2026, 8, 13, 14, 32, 6), 'Cannot specify both JWT_SECRET_URI and JWT_SECRET', caller('modules/setting/security.go', '63', 'loadSecret()')],
  ];
  for (const [line, ts, message, fields] of lines) {
    assert.equal(plain(giteaLog.parse(line, ctx)), { format: 'gitea', ts, level: 'fatal', message, fields }, line);
  }
});

gitea('the flags.go header form: `[I]:` with a colon and a method caller', () => {
  assert.equal(plain(giteaLog.parse('2009/01/23 01:23:23 ...a/logger/c/d.go:23:runtime.Caller() [I]: message', ctx)), {
    format: 'gitea', ts: utc(2009, 1, 23, 1, 23, 23), level: 'info', message: 'message', fields: caller('...a/logger/c/d.go', '23', 'runtime.Caller()'),
  });
});

gitea('≤1.9: bracketed caller [path:LINE Func()] (go-gitea/gitea#7263, #5704, rhpds#4)', () => {
  const lines: Array<[string, number, string, string]> = [
    ['2019/06/20 08:30:11 [...s/setting/setting.go:729 NewContext()] [E] Error saving generated JWT Secret to custom config: open /data/gitea/conf/app.ini: read-only file',
      utc(2019, 6, 20, 8, 30, 11), '729', 'Error saving generated JWT Secret to custom config: open /data/gitea/conf/app.ini: read-only file'],
    ['2019/05/04 19:39:28 [...s/setting/setting.go:729 NewContext()] [E] error saving generating JWT secret to custom config: open /home/gitea/conf/app.ini: read-only file system',
      utc(2019, 5, 4, 19, 39, 28), '729', 'error saving generating JWT secret to custom config: open /home/gitea/conf/app.ini: read-only file system'],
    ['2019/01/21 18:28:34 [...s/setting/setting.go:947 NewContext()] [E] Error saving generated JWT Secret to custom config: open /data/gitea/conf/app.ini: permission denied',
      utc(2019, 1, 21, 18, 28, 34), '947', 'Error saving generated JWT Secret to custom config: open /data/gitea/conf/app.ini: permission denied'],
  ];
  for (const [line, ts, lineNo, message] of lines) {
    assert.equal(plain(giteaLog.parse(line, ctx)), {
      format: 'gitea', ts, level: 'error', message, fields: caller('...s/setting/setting.go', lineNo, 'NewContext()', `...s/setting/setting.go:${lineNo} NewContext()`),
    }, line);
  }
});

gitea('even older: no caller at all (go-gitea/gitea#3865), and the [Macaron] router line (#8023)', () => {
  assert.equal(plain(giteaLog.parse('2018/04/30 09:57:31 [T] AppPath: /app/gitea/gitea', ctx)), {
    format: 'gitea', ts: utc(2018, 4, 30, 9, 57, 31), level: 'trace', message: 'AppPath: /app/gitea/gitea', fields: {},
  });
  assert.equal(plain(giteaLog.parse('[Macaron] 2019-08-26 18:04:01: Completed GET /myorg/myrepo 500 Internal Server Error in 58.821377ms', ctx)), {
    format: 'gitea', ts: utc(2019, 8, 26, 18, 4, 1), level: 'info', message: 'Completed GET /myorg/myrepo 500 Internal Server Error in 58.821377ms', fields: { logger: 'Macaron' },
  });
});

gitea('every level letter maps onto the common scale', () => {
  const levels: Record<string, string> = { T: 'trace', D: 'debug', I: 'info', W: 'warn', E: 'error', F: 'fatal', C: 'fatal' };
  for (const [letter, level] of Object.entries(levels)) {
    assert.is(giteaLog.parse(`2018/04/30 09:57:31 [${letter}] x`, ctx)?.level, level, letter);
  }
});

gitea('times carry no zone: read in --tz (offset and IANA name, DST included)', () => {
  const line = '2026/06/17 23:59:01 modules/setting/setting.go:105:LoadCommonSettings() [F] Unable to load settings from config';
  assert.is(parse(line, undefined, '+02:00').ts, utc(2026, 6, 17, 21, 59, 1));
  assert.is(parse(line, undefined, 'Europe/Berlin').ts, utc(2026, 6, 17, 21, 59, 1), 'CEST in June');
  assert.is(parse('2023/03/08 22:06:22 cmd/web.go:106:runWeb() [I] Starting Gitea on PID: 580', undefined, 'Europe/Berlin').ts, utc(2023, 3, 8, 21, 6, 22), 'CET in March');
});

gitea('lines that look like gitea but are not stay text, their bracketed level kept (Caddy 2.0 CertMagic, ionorg/ion-app-web#27)', () => {
  assert.equal(parse('2020/06/03 14:58:52 [INFO][cache:0xc00053e370] Started certificate maintenance routine'), {
    format: 'text', level: 'info', message: '2020/06/03 14:58:52 [INFO][cache:0xc00053e370] Started certificate maintenance routine', fields: {},
  });
});

gitea.run();

// ── postgres (§4) ───────────────────────────────────────────────────────────────────────────────
const postgres = suite('postgres');

postgres('server log with the default prefix `%m [%p] `: ERROR with `at character N` (two spaces after the severity)', () => {
  assert.equal(plain(postgresLog.parse('2022-06-29 20:09:39.436 UTC [97] ERROR:  relation "user" does not exist at character 225', ctx)), {
    format: 'postgres', ts: utc(2022, 6, 29, 20, 9, 39, 436), level: 'error', message: 'relation "user" does not exist at character 225',
    fields: { severity: 'ERROR', pid: 97, character: 225 },
  });
  assert.equal(plain(postgresLog.parse('2021-08-04 09:25:15.421 GMT [168] ERROR:  relation "django_site" does not exist at character 78', ctx)), {
    format: 'postgres', ts: utc(2021, 8, 4, 9, 25, 15, 421), level: 'error', message: 'relation "django_site" does not exist at character 78',
    fields: { severity: 'ERROR', pid: 168, character: 78 },
  });
});

postgres('STATEMENT continues the entry above it', () => {
  assert.equal(plain(postgresLog.parse('2022-06-29 20:09:39.436 UTC [97] STATEMENT:  SELECT "user".id AS user_id, ... FROM "user" WHERE "user".email = \'admin@sample.com\' LIMIT 1', ctx)), {
    format: 'postgres', ts: utc(2022, 6, 29, 20, 9, 39, 436), level: 'info',
    message: 'SELECT "user".id AS user_id, ... FROM "user" WHERE "user".email = \'admin@sample.com\' LIMIT 1',
    fields: { severity: 'STATEMENT', pid: 97, continues: true },
  });
  for (const severity of ['DETAIL', 'HINT', 'CONTEXT', 'QUERY', 'LOCATION']) {
    assert.equal(postgresLog.parse(`2022-06-29 20:09:39.436 UTC [97] ${severity}:  more`, ctx)?.fields, { severity, pid: 97, continues: true }, severity);
  }
});

postgres('server severities map onto levels', () => {
  const levels: Record<string, string> = {
    LOG: 'info', NOTICE: 'notice', WARNING: 'warn', ERROR: 'error', FATAL: 'fatal', PANIC: 'fatal', DEBUG1: 'debug', DEBUG5: 'debug', INFO: 'info',
    STATEMENT: 'info', DETAIL: 'info', HINT: 'info', CONTEXT: 'info', QUERY: 'info', LOCATION: 'info',
  };
  for (const [severity, level] of Object.entries(levels)) {
    assert.is(postgresLog.parse(`2026-06-18 00:01:02.000 UTC [1] ${severity}:  x`, ctx)?.level, level, severity);
  }
  assert.equal(plain(postgresLog.parse('2026-06-18 00:01:02.000 UTC [1] LOG:  database system is ready to accept connections', ctx)), {
    format: 'postgres', ts: utc(2026, 6, 18, 0, 1, 2), level: 'info', message: 'database system is ready to accept connections', fields: { severity: 'LOG', pid: 1 },
  });
});

postgres('a zone abbreviation Intl does not know (CEST) is read in --tz, corrected for DST there', () => {
  // 01:30 in Berlin on the night DST starts is still CET (UTC+1): naively taking the offset at
  // 01:30 UTC (already CEST, +2) would put the line an hour early.
  const line = '2026-03-29 01:30:00.000 CEST [1] LOG:  checkpoint starting: time';
  assert.is(postgresLog.parse(line, { tz: 'Europe/Berlin' })?.ts, utc(2026, 3, 29, 0, 30, 0));
  assert.is(postgresLog.parse(line.replace('01:30', '12:00'), { tz: 'Europe/Berlin' })?.ts, utc(2026, 3, 29, 10, 0, 0));
  assert.is(postgresLog.parse(line, { tz: 'UTC' })?.ts, utc(2026, 3, 29, 1, 30, 0));
});

postgres('the journal\'s ci_marker error (mattermost-lts restore)', () => {
  assert.equal(plain(postgresLog.parse('2026-06-18 00:03:12.118 UTC [212] ERROR:  relation "ci_marker" does not exist at character 15', ctx)), {
    format: 'postgres', ts: utc(2026, 6, 18, 0, 3, 12, 118), level: 'error', message: 'relation "ci_marker" does not exist at character 15',
    fields: { severity: 'ERROR', pid: 212, character: 15 },
  });
});

postgres('psql script errors: psql:<file>:<line>: ERROR:', () => {
  assert.equal(plain(postgresLog.parse('psql:009_monitoring_setup.sql:490: ERROR:  relation "cache_hit_ratios" does not exist', ctx)), {
    format: 'postgres', level: 'error', message: 'relation "cache_hit_ratios" does not exist', fields: { severity: 'ERROR', script: '009_monitoring_setup.sql', scriptLine: 490 },
  });
  // The LINE/caret lines psql prints after it are plain text.
  assert.equal(parse('LINE 1: SELECT * FROM cache_hit_ratios;'), { format: 'text', message: 'LINE 1: SELECT * FROM cache_hit_ratios;', fields: {} });
});

postgres('a numeric zone offset (`+02`, `-0330`) and a %u@%d session tag', () => {
  // Before the fix a zone without minutes gave no timestamp at all.
  assert.is(postgresLog.parse('2022-06-29 22:09:39.436 +02 [97] ERROR:  x', ctx)?.ts, utc(2022, 6, 29, 20, 9, 39, 436));
  assert.is(postgresLog.parse('2022-06-29 16:39:39.436 -0330 [97] ERROR:  x', ctx)?.ts, utc(2022, 6, 29, 20, 9, 39, 436));
  assert.equal(plain(postgresLog.parse('2022-06-29 20:09:39.436 UTC [97] mattermost@mattermost ERROR:  relation "ci_marker" does not exist', ctx))?.fields, {
    severity: 'ERROR', pid: 97, session: 'mattermost@mattermost',
  });
});

postgres('client library errors are text, with a level only where their wording makes it unmistakable', () => {
  // psycopg's exception classes live in an `errors` module: that names them as errors.
  assert.equal(parse('psycopg2.errors.UndefinedTable: relation "topic" does not exist'), {
    format: 'text', level: 'error', message: 'psycopg2.errors.UndefinedTable: relation "topic" does not exist', fields: {},
  });
  // A bare class name that is neither says nothing about a level by itself.
  assert.equal(parse('UndefinedTable: relation "topic" does not exist'), {
    format: 'text', message: 'UndefinedTable: relation "topic" does not exist', fields: {},
  });
  assert.equal(parse('django.db.utils.ProgrammingError: relation "channels_postgres_groupchannel" does not exist'), {
    format: 'text', level: 'error', message: 'django.db.utils.ProgrammingError: relation "channels_postgres_groupchannel" does not exist', fields: {},
  });
  assert.equal(parse('PG::UndefinedTable: ERROR:  relation "experiences" does not exist'), {
    format: 'text', level: 'error', message: 'PG::UndefinedTable: ERROR:  relation "experiences" does not exist', fields: {},
  });
  // Docker Desktop's extra local-time prefix (OpenLineage/docs#282) is not the server prefix.
  assert.equal(parse('2024-02-13 16:45:24 2024-02-13 21:45:24.588 UTC [205] ERROR:  relation "log" does not exist at character 13'), {
    format: 'text', level: 'error', message: '2024-02-13 16:45:24 2024-02-13 21:45:24.588 UTC [205] ERROR:  relation "log" does not exist at character 13', fields: {},
  });
});

postgres.run();

// ── mumble (§7) ─────────────────────────────────────────────────────────────────────────────────
const mumble = suite('mumble');

mumble('sessions before authentication (-1), named users, Qt socket error codes (mumble-voip/mumble#6120, #7071)', () => {
  const lines: Array<[string, number, string, Record<string, unknown>]> = [
    ['<W>2023-05-01 04:52:24.928 1 => <98:(-1)> New connection: 109.105.249.191:55050', utc(2023, 5, 1, 4, 52, 24, 928), 'New connection: 109.105.249.191:55050',
      { server: 1, session: 98, user: '', userId: -1 }],
    ['<W>2023-05-01 04:52:25.844 1 => <98:(-1)> Connection closed: Error during SSL handshake: error:1408F10B:SSL routines:ssl3_get_record:wrong version number [13]', utc(2023, 5, 1, 4, 52, 25, 844),
      'Connection closed: Error during SSL handshake: error:1408F10B:SSL routines:ssl3_get_record:wrong version number [13]', { server: 1, session: 98, user: '', userId: -1, socketError: 13 }],
    ['<W>2023-05-01 04:52:26.026 1 => <94:LINUX_USER(17)> Connection closed: Error while reading: error:140E0197:SSL routines:SSL_shutdown:shutdown while in init [20]', utc(2023, 5, 1, 4, 52, 26, 26),
      'Connection closed: Error while reading: error:140E0197:SSL routines:SSL_shutdown:shutdown while in init [20]', { server: 1, session: 94, user: 'LINUX_USER', userId: 17, socketError: 20 }],
    ['<W>2026-02-13 21:36:17.792 1 => <0:(-1)> Connection closed: Error during SSL handshake: error:0A00010B:SSL routines::wrong version number [13]', utc(2026, 2, 13, 21, 36, 17, 792),
      'Connection closed: Error during SSL handshake: error:0A00010B:SSL routines::wrong version number [13]', { server: 1, session: 0, user: '', userId: -1, socketError: 13 }],
    ['<W>2026-02-13 21:36:19.150 1 => <0:(-1)> Connection closed: The remote host closed the connection [1]', utc(2026, 2, 13, 21, 36, 19, 150),
      'Connection closed: The remote host closed the connection [1]', { server: 1, session: 0, user: '', userId: -1, socketError: 1 }],
    ['<W>2026-02-13 11:36:09.830 1 => Ignoring connection: 45.33.x.x:49240 (Global ban)', utc(2026, 2, 13, 11, 36, 9, 830), 'Ignoring connection: 45.33.x.x:49240 (Global ban)', { server: 1 }],
    ['<W>2022-08-12 11:43:24.224 1 => Server listening on 0.0.0.0:44141', utc(2022, 8, 12, 11, 43, 24, 224), 'Server listening on 0.0.0.0:44141', { server: 1 }],
    ['<W>2022-08-12 11:43:24.145 Murmur 1.3.0 (...) running on X11: Linux Mint 20.1: Booting servers', utc(2022, 8, 12, 11, 43, 24, 145), 'Murmur 1.3.0 (...) running on X11: Linux Mint 20.1: Booting servers', {}],
  ];
  for (const [line, ts, message, fields] of lines) {
    assert.equal(plain(mumbleLog.parse(line, ctx)), { format: 'mumble', ts, level: 'warn', message, fields }, line);
  }
});

mumble('level letters', () => {
  // `<C>` is Qt's critical: murmur goes on after it (mumble-voip/mumble#7031); `<F>`, Qt's fatal, stops it.
  const levels: Record<string, string> = { W: 'warn', C: 'error', F: 'fatal', D: 'debug', I: 'info' };
  for (const [letter, level] of Object.entries(levels)) assert.is(mumbleLog.parse(`<${letter}>2022-08-12 11:43:24.224 1 => x`, ctx)?.level, level, letter);
});

mumble.run();

// ── keycloak / java (§8) ────────────────────────────────────────────────────────────────────────
const java = suite('keycloak (java)');

java('level padded, [category], (thread), message (keycloak#12803, #16398, batteries-included#48)', () => {
  const lines: Array<[string, number, string, string, string, string]> = [
    ['2022-06-29 04:32:07,232 ERROR [org.keycloak.quarkus.runtime.cli.ExecutionExceptionHandler] (main) ERROR: Failed to start server in (production) mode',
      utc(2022, 6, 29, 4, 32, 7, 232), 'error', 'org.keycloak.quarkus.runtime.cli.ExecutionExceptionHandler', 'main', 'ERROR: Failed to start server in (production) mode'],
    ['2022-06-29 04:32:07,232 ERROR [org.keycloak.quarkus.runtime.cli.ExecutionExceptionHandler] (main) ERROR: Key material not provided to setup HTTPS. Please configure your keys/certificates or start the server in development mode.',
      utc(2022, 6, 29, 4, 32, 7, 232), 'error', 'org.keycloak.quarkus.runtime.cli.ExecutionExceptionHandler', 'main',
      'ERROR: Key material not provided to setup HTTPS. Please configure your keys/certificates or start the server in development mode.'],
    ["2023-01-11 15:50:41,110 WARN  [io.agroal.pool] (agroal-11) Datasource '<default>': Connection to postgres:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.",
      utc(2023, 1, 11, 15, 50, 41, 110), 'warn', 'io.agroal.pool', 'agroal-11',
      "Datasource '<default>': Connection to postgres:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections."],
    ['2023-01-11 15:50:41,110 ERROR [org.hibernate.engine.jdbc.spi.SqlExceptionHelper] (Timer-0) Connection to postgres:5432 refused.',
      utc(2023, 1, 11, 15, 50, 41, 110), 'error', 'org.hibernate.engine.jdbc.spi.SqlExceptionHelper', 'Timer-0', 'Connection to postgres:5432 refused.'],
    ['2026-06-18 01:02:11,004 WARN  [org.keycloak.quarkus.runtime.KeycloakMain] (main) Running the server in development mode. DO NOT use this configuration in production.',
      utc(2026, 6, 18, 1, 2, 11, 4), 'warn', 'org.keycloak.quarkus.runtime.KeycloakMain', 'main', 'Running the server in development mode. DO NOT use this configuration in production.'],
  ];
  for (const [line, ts, level, logger, thread, message] of lines) {
    assert.equal(plain(javaLog.parse(line, ctx)), { format: 'java', ts, level, message, fields: { logger, thread } }, line);
  }
});

java('the CLI handler printing without the log prefix is text at error level (keycloak#16556)', () => {
  assert.equal(parse('ERROR: Failed to start quarkus'), { format: 'text', level: 'error', message: 'ERROR: Failed to start quarkus', fields: {} });
});

java.run();

// ── mattermost, three eras (§8) ─────────────────────────────────────────────────────────────────
const mattermost = suite('mattermost');

mattermost('5.x zap JSON: float ts, caller → format zap, dial fields from error', () => {
  assert.equal(plain(jsonLog.parse('{"level":"error","ts":1611280187.511331,"caller":"sqlstore/supplier.go:258","msg":"Failed to ping DB","error":"dial tcp [::1]:5432: connect: connection refused","retrying in seconds":10}', ctx)), {
    format: 'zap', ts: 1611280187511, level: 'error', message: 'Failed to ping DB',
    fields: {
      level: 'error', ts: 1611280187.511331, caller: 'sqlstore/supplier.go:258', msg: 'Failed to ping DB', error: 'dial tcp [::1]:5432: connect: connection refused', 'retrying in seconds': 10,
      dialTarget: '[::1]:5432', dialHost: '::1', dialPort: 5432, dialError: 'connection refused',
    },
  });
  assert.equal(plain(jsonLog.parse('{"level":"error","ts":1563295457.9649801,"caller":"app/config.go:54","msg":"Failed to update config","error":"failed to persist: failed to write file: open /mattermost/config/config.json: read-only file system"}', ctx)), {
    format: 'zap', ts: 1563295457965, level: 'error', message: 'Failed to update config',
    fields: { level: 'error', ts: 1563295457.9649801, caller: 'app/config.go:54', msg: 'Failed to update config', error: 'failed to persist: failed to write file: open /mattermost/config/config.json: read-only file system' },
  });
});

mattermost('7.x-10.x: string `timestamp` with " Z", keys with spaces, redacted DSN kept as is', () => {
  assert.equal(plain(jsonLog.parse('{"timestamp":"2024-11-01 09:11:24.804 Z","level":"error","msg":"Failed to ping DB","caller":"sql/sql_utils.go:75","database":"master","dataSource":"postgres://%2A%2A%2A%2A:%2A%2A%2A%2A@...:5432/mattermost?connect_timeout=10&sslmode=disable","retrying in seconds":10,"error":"dial tcp 172.18.0.8:5432: connect: connection refused"}', ctx)), {
    format: 'zap', ts: utc(2024, 11, 1, 9, 11, 24, 804), level: 'error', message: 'Failed to ping DB',
    fields: {
      timestamp: '2024-11-01 09:11:24.804 Z', level: 'error', msg: 'Failed to ping DB', caller: 'sql/sql_utils.go:75', database: 'master',
      dataSource: 'postgres://%2A%2A%2A%2A:%2A%2A%2A%2A@...:5432/mattermost?connect_timeout=10&sslmode=disable', 'retrying in seconds': 10,
      error: 'dial tcp 172.18.0.8:5432: connect: connection refused', dialTarget: '172.18.0.8:5432', dialHost: '172.18.0.8', dialPort: 5432, dialError: 'connection refused',
    },
  });
});

mattermost('≤4.x bracketed lines are text, kept whole; `[CRIT]` is an error (a retry), not a fatal line', () => {
  assert.equal(parse('[2017/03/24 23:43:09 CET] [CRIT] Failed to ping DB err:dial tcp 46.38.243.234:5432: i/o timeout'), {
    format: 'text', message: '[2017/03/24 23:43:09 CET] [CRIT] Failed to ping DB err:dial tcp 46.38.243.234:5432: i/o timeout', fields: {}, level: 'error',
  });
});

mattermost('a DNS failure in the error string (mattermost-docker-preview#27 wording)', () => {
  const parsed = jsonLog.parse('{"level":"error","ts":1611280187.5,"caller":"sqlstore/supplier.go:258","msg":"Failed to ping DB","error":"dial tcp: lookup dockerhost on 192.168.65.1:53: no such host"}', ctx);
  assert.is(parsed?.fields.lookupHost, 'dockerhost');
  assert.is(parsed?.fields.dialError, 'no such host');
  assert.is(parsed?.fields.dialTarget, undefined);
});

mattermost('generic JSON lines: message/level keys, nested objects flattened, arrays kept as JSON', () => {
  assert.equal(plain(jsonLog.parse('{"time":"2026-06-18T00:00:01Z","severity":"WARNING","message":"slow","ctx":{"a":{"b":1}},"tags":["x","y"],"none":null}', ctx)), {
    format: 'json', ts: utc(2026, 6, 18, 0, 0, 1), level: 'warn', message: 'slow', fields: { time: '2026-06-18T00:00:01Z', severity: 'WARNING', message: 'slow', 'ctx.a.b': 1, tags: '["x","y"]' },
  });
  for (const notObject of ['[1,2]', '{"unterminated": ', '{not json}', 'null']) assert.is(jsonLog.parse(notObject, ctx), undefined, notObject);
});

mattermost("a shipper's wrapper: the program's own record's message when the line has none (hashicorp/consul#11430)", () => {
  const line = '{"type":"log","level":"info","time":"2021-10-26T13:39:42.090934014Z","process":"unknown","service":"consul","log":{"msg":"panic: log not found"}}';
  assert.is(jsonLog.parse(line, ctx)?.message, 'panic: log not found');
  assert.is(jsonLog.parse('{"severity":"ERROR","jsonPayload":{"message":"boom"}}', ctx)?.message, 'boom');
  // The line's own message comes first; a wrapper that is no object, or holds no message, gives none.
  assert.is(jsonLog.parse('{"msg":"outer","log":{"msg":"inner"}}', ctx)?.message, 'outer');
  assert.is(jsonLog.parse('{"level":"info","log":"plain text"}', ctx)?.message, '');
  assert.is(jsonLog.parse('{"level":"info","log":{"stream":"stderr"}}', ctx)?.message, '');
});

mattermost.run();

// ── logfmt / traefik (§9) ───────────────────────────────────────────────────────────────────────
const logfmt = suite('logfmt (traefik, logrus without a TTY)');

logfmt('traefik v1/v2 lines (traefik/traefik#4426)', () => {
  assert.equal(plain(logfmtLog.parse('time="2019-07-11T14:13:53Z" level=debug msg="vulcand/oxy/forward/http: Round trip: http://10.255.2.192:8080, code: 504, Length: 15, duration: 30.000786131s"', ctx)), {
    format: 'logfmt', ts: utc(2019, 7, 11, 14, 13, 53), level: 'debug',
    message: 'vulcand/oxy/forward/http: Round trip: http://10.255.2.192:8080, code: 504, Length: 15, duration: 30.000786131s',
    fields: { time: '2019-07-11T14:13:53Z', level: 'debug', msg: 'vulcand/oxy/forward/http: Round trip: http://10.255.2.192:8080, code: 504, Length: 15, duration: 30.000786131s' },
  });
});

logfmt('escaped JSON inside a quoted value is unescaped (traefik/traefik#7652)', () => {
  const value = '{\\"Method\\":\\"GET\\",\\"URL\\":{\\"Scheme\\":\\"\\",\\"Host\\":\\"\\"}}';
  const parsed = logfmtLog.parse(`time="2020-12-11T04:54:32Z" level=debug msg="vulcand/oxy/roundrobin/rr: begin ServeHttp on request" Request="${value}"`, ctx);
  assert.is(parsed?.fields.Request, '{"Method":"GET","URL":{"Scheme":"","Host":""}}');
  assert.is(parsed?.message, 'vulcand/oxy/roundrobin/rr: begin ServeHttp on request');
  // With kubectl's pod prefix in front the line is not logfmt: it stays text, whole.
  const prefixed = `[traefik-55888dfd67-r8b2c] time="2020-12-11T04:54:32Z" level=debug msg="x" Request="${value}"`;
  assert.equal(parse(prefixed), { format: 'text', message: prefixed, fields: {} });
});

logfmt('empty values, bare values, and a fatal level', () => {
  assert.equal(plain(logfmtLog.parse('time="2026-06-18T00:40:01Z" level=fatal msg="rpc error: code = Unknown desc = authentication required" empty=', ctx)), {
    format: 'logfmt', ts: utc(2026, 6, 18, 0, 40, 1), level: 'fatal', message: 'rpc error: code = Unknown desc = authentication required',
    fields: { time: '2026-06-18T00:40:01Z', level: 'fatal', msg: 'rpc error: code = Unknown desc = authentication required', empty: '' },
  });
  assert.equal(logfmtLog.parse('a= b=2 msg=hi', ctx)?.fields, { a: '', b: '2', msg: 'hi' });
});

logfmt('prose with one `=` is not logfmt', () => {
  assert.equal(parse('export FOO=bar'), { format: 'text', message: 'export FOO=bar', fields: {} });
  assert.equal(parse('RECIPE_VERSION=1.2.3'), { format: 'text', message: 'RECIPE_VERSION=1.2.3', fields: {} });
});

logfmt.run();

// ── abra (§6) ───────────────────────────────────────────────────────────────────────────────────
const abra = suite('abra');

abra('charmbracelet/log four-letter levels', () => {
  const lines: Array<[string, string, string]> = [
    ['FATA deploy timed out', 'fatal', 'deploy timed out'],
    ['FATA warm-gitea.ci.commoninternet.net is already deployed', 'fatal', 'warm-gitea.ci.commoninternet.net is already deployed'],
    ['WARN failed to prepull images: service sidekiq depends on undefined service discourse: invalid compose project', 'warn', 'failed to prepull images: service sidekiq depends on undefined service discourse: invalid compose project'],
    ['INFO pulling images for discourse', 'info', 'pulling images for discourse'],
    ['ERRO unable to deploy', 'error', 'unable to deploy'],
    ['DEBU reading recipe', 'debug', 'reading recipe'],
  ];
  for (const [line, level, message] of lines) assert.equal(plain(abraLog.parse(line, ctx)), { format: 'abra', level, message, fields: {} }, line);
});

abra('logrus on a TTY: LEVEL[seconds] (argocd docs)', () => {
  assert.equal(plain(abraLog.parse('FATA[0000] rpc error: code = Unknown desc = authentication required', ctx)), {
    format: 'abra', level: 'fatal', message: 'rpc error: code = Unknown desc = authentication required', fields: { elapsedSeconds: 0 },
  });
  assert.equal(plain(abraLog.parse('WARN[0012] unable to prepull images', ctx)), { format: 'abra', level: 'warn', message: 'unable to prepull images', fields: { elapsedSeconds: 12 } });
});

abra('not abra: words that start with a level, or a level without its space', () => {
  for (const line of ['INFORMATION only', 'FATAL: database "x" does not exist', 'WARNING: something']) {
    assert.is(parse(line).format, 'text', line);
  }
});

abra.run();

// ── syslog / journald prefixes ──────────────────────────────────────────────────────────────────
const syslog = suite('syslog / journald envelope');

syslog('journalctl prefix in front of gitea and mumble lines (DietPi#6218, mumble#6120)', () => {
  assert.equal(parse('Mar 08 22:06:22 DietPi gitea[580]: 2023/03/08 22:06:22 cmd/web.go:106:runWeb() [I] Starting Gitea on PID: 580', 'syslog'), {
    format: 'gitea', envelope: 'syslog', ts: utc(2023, 3, 8, 22, 6, 22), level: 'info', message: 'Starting Gitea on PID: 580',
    fields: caller('cmd/web.go', '106', 'runWeb()'), service: 'gitea', node: 'DietPi', task: '580',
  });
  assert.equal(parse('May 01 04:52:25 msk murmurd[146331]: <W>2023-05-01 04:52:25.844 1 => <98:(-1)> Connection closed: Error during SSL handshake: error:1408F10B:SSL routines:ssl3_get_record:wrong version number [13]', 'syslog'), {
    format: 'mumble', envelope: 'syslog', ts: utc(2023, 5, 1, 4, 52, 25, 844), level: 'warn',
    message: 'Connection closed: Error during SSL handshake: error:1408F10B:SSL routines:ssl3_get_record:wrong version number [13]',
    fields: { server: 1, session: 98, user: '', userId: -1, socketError: 13 }, service: 'murmurd', node: 'msk', task: '146331',
  });
});

syslog('Caddy JSON under journald (Nature40/pyradiotracking#20 shape)', () => {
  const parsed = parse('Aug 20 13:57:17 mof-rts-00011 caddy[808]: {"level":"error","ts":1629467837.1,"logger":"http.log.error","msg":"dial tcp 127.0.0.1:9000: connect: connection refused"}', 'syslog');
  assert.is(parsed.format, 'caddy');
  assert.is(parsed.envelope, 'syslog');
  assert.is(parsed.service, 'caddy');
  assert.is(parsed.ts, 1629467837100);
  assert.equal([parsed.fields?.dialTarget, parsed.fields?.dialError], ['127.0.0.1:9000', 'connection refused']);
});

syslog('programs with a (facility), without a pid, and sysklogd\'s `syslogd 1.4.1:` (loghub Linux)', () => {
  assert.equal(plain(syslogLines.parse('Jun 14 15:16:01 combo sshd(pam_unix)[19939]: check pass; user unknown', ctx)), {
    envelope: 'syslog', node: 'combo', service: 'sshd(pam_unix)', task: '19939', message: 'check pass; user unknown',
  });
  assert.equal(plain(syslogLines.parse('Jun 15 04:06:20 combo logrotate: ALERT exited abnormally with [1]', ctx)), {
    envelope: 'syslog', node: 'combo', service: 'logrotate', message: 'ALERT exited abnormally with [1]',
  });
  assert.equal(plain(syslogLines.parse('Jun 19 04:09:11 combo syslogd 1.4.1: restart.', ctx)), {
    envelope: 'syslog', node: 'combo', service: 'syslogd 1.4.1', message: 'restart.',
  });
  // A one-digit day is padded with a space.
  assert.equal(plain(syslogLines.parse('Jul  3 04:08:03 combo kernel: klogd 1.4.1, log source = /proc/kmsg started.', ctx)), {
    envelope: 'syslog', node: 'combo', service: 'kernel', message: 'klogd 1.4.1, log source = /proc/kmsg started.',
  });
});

syslog('a bare `gitea[612]:` fragment (nixpkgs#312523 quote): a journald unit prefix around a gitea line', () => {
  const parsed = parse('gitea[612]: 2024/06/02 18:04:21 ...es/setting/oauth2.go:151:loadOAuth2From() [F] save oauth2.JWT_SECRET failed', 'syslog');
  assert.is(parsed.envelope, 'journald-unit');
  assert.is(parsed.format, 'gitea');
  assert.is(parsed.level, 'fatal');
  assert.is(parsed.service, 'gitea');
});

syslog.run();
