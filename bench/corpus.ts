/**
 * The benchmark corpus, generated deterministically from a seed (bench/prng.ts).
 *
 * A sweep directory as cc-ci leaves it:
 *
 *   <run>/sweep.log                                   the sweep's own log (harness lines)
 *   <run>/<recipe>/run.log                            harness, abra, docker pull and pytest output
 *   <run>/<recipe>/junit/<tier>__cc-ci__test_<tier>.xml   pytest junit (one line, as pytest writes it)
 *   <run>/<recipe>/services/<service>.log             `docker service logs --timestamps` of the stack
 *
 * Line formats follow the grammar samples (src/parsers/<format>/grammar.ts) and the harness
 * statements (src/parsers/harness/statements.ts). Ordinary ("noise") lines hold none of the
 * literals the scanner looks for; a "signature" line holds at least one (a rule's literal or a
 * structural level marker) and is what a rule or the triage acts on: gitea's read-only app.ini
 * FATA (as a crash loop: the same fatal line from several task ids), postgres' `relation "x"
 * does not exist`, Caddy's on-demand ask refused at rotating IPs, READY_PROBE 404, `is already
 * deployed`, … Each generated line template is checked against the literal table at start-up
 * (checkTemplates), so "noise" and "signature" mean exactly that.
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import path from 'node:path';
import { Rng } from './prng.js';
import { literalHits } from '../src/prefilter/multi-literal.js';

// ── output ──────────────────────────────────────────────────────────────────
const FLUSH_BYTES = 1024 * 1024;

export interface FileStats {
  files: number;
  bytes: number;
  lines: number;
  /** Lines that hold a literal because the generator put a signature there. */
  signatureLines: number;
  /** Harness and pytest lines (tier boundaries, RECIPE=, PASSED …): they hold structural literals. */
  structuralLines: number;
}

export function emptyStats(): FileStats {
  return { files: 0, bytes: 0, lines: 0, signatureLines: 0, structuralLines: 0 };
}

export function addStats(into: FileStats, from: FileStats): FileStats {
  into.files += from.files;
  into.bytes += from.bytes;
  into.lines += from.lines;
  into.signatureLines += from.signatureLines;
  into.structuralLines += from.structuralLines;
  return into;
}

/**
 * Buffered line writer. Every generated character is ASCII, so characters are bytes; each line
 * is copied into the buffer at once, so its string dies young (cheap for the GC).
 */
class LineFile {
  private readonly fd: number;
  private readonly buf = Buffer.allocUnsafe(FLUSH_BYTES + 64 * 1024);
  private pos = 0;
  readonly stats: FileStats = { files: 1, bytes: 0, lines: 0, signatureLines: 0, structuralLines: 0 };

  constructor(file: string) {
    mkdirSync(path.dirname(file), { recursive: true });
    this.fd = openSync(file, 'w');
  }

  get size(): number {
    return this.stats.bytes + this.pos;
  }

  line(text: string, kind: 'noise' | 'signature' | 'structural' = 'noise'): void {
    this.raw(text);
    this.buf[this.pos++] = 10;
    this.stats.lines += 1;
    if (kind === 'signature') this.stats.signatureLines += 1;
    else if (kind === 'structural') this.stats.structuralLines += 1;
  }

  /** Text without a newline of its own (junit). */
  raw(text: string): void {
    if (this.pos + text.length + 1 > this.buf.length) {
      this.flush();
      if (text.length + 1 > this.buf.length) {
        writeSync(this.fd, text, null, 'latin1');
        this.stats.bytes += text.length;
        return;
      }
    }
    this.pos += this.buf.write(text, this.pos, 'latin1');
    if (this.pos >= FLUSH_BYTES) this.flush();
  }

  private flush(): void {
    let done = 0;
    while (done < this.pos) done += writeSync(this.fd, this.buf, done, this.pos - done);
    this.stats.bytes += this.pos;
    this.pos = 0;
  }

  close(): FileStats {
    this.flush();
    closeSync(this.fd);
    return this.stats;
  }
}

// ── time ────────────────────────────────────────────────────────────────────
interface Stamp {
  ms: number;
  /** `2026-06-18T00:31:07.412Z` */
  iso: string;
}

let cachedSecond = NaN;
let cachedPrefix = '';
/** ISO formatting, once per second of log time: lines arrive milliseconds apart. */
function stamp(ms: number): Stamp {
  const whole = Math.floor(ms);
  const second = Math.floor(whole / 1000);
  if (second !== cachedSecond) {
    cachedSecond = second;
    cachedPrefix = new Date(second * 1000).toISOString().slice(0, 20);
  }
  const milli = whole - second * 1000;
  return { ms: whole, iso: `${cachedPrefix}${milli < 10 ? '00' : milli < 100 ? '0' : ''}${milli}Z` };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const slashDate = (s: Stamp) => `${s.iso.slice(0, 4)}/${s.iso.slice(5, 7)}/${s.iso.slice(8, 10)} ${s.iso.slice(11, 19)}`;
const harnessTime = (s: Stamp) => `${s.iso.slice(0, 19)}Z`;
const dockerTime = (s: Stamp, rng: Rng) => `${s.iso.slice(0, 23)}${rng.digits(6)}Z`;
const pgTime = (s: Stamp) => `${s.iso.slice(0, 10)} ${s.iso.slice(11, 23)} UTC`;
const caddyTs = (s: Stamp, rng: Rng) => `${Math.floor(s.ms / 1000)}.${String(Math.floor(s.ms) % 1000).padStart(3, '0')}${rng.digits(4)}`;
const clfTime = (s: Stamp) => `${s.iso.slice(8, 10)}/${MONTHS[Number(s.iso.slice(5, 7)) - 1]}/${s.iso.slice(0, 4)}:${s.iso.slice(11, 19)} +0000`;

/** The sweep starts here (the redfix investigation's night). */
const SWEEP_START = Date.UTC(2026, 5, 17, 23, 0, 0);

// ── pools ───────────────────────────────────────────────────────────────────
const IPS_10 = (rng: Rng) => `10.0.${rng.int(4)}.${rng.range(2, 250)}`;
const ROTATING_ASK_IPS = ['10.10.0.2', '10.10.0.4', '10.10.0.5', '10.10.0.6', '10.10.0.8', '10.10.0.9', '10.10.0.10', '10.10.0.12'];
const USER_AGENTS = [
  'curl/8.5.0',
  'python-requests/2.32.3',
  'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0',
  'Go-http-client/1.1',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
];
const TABLES = ['users', 'sessions', 'ci_marker', 'repository', 'action', 'notice', 'posts', 'topics', 'oauth2_grant', 'webhook', 'push_mirror', 'attachment'];

// ── payload flavors ─────────────────────────────────────────────────────────
/** One or more lines a signature adds; `newTask` restarts the task (a crash loop), `warm` logs from the warm stack. */
interface Emitted {
  dt: number;
  text: (s: Stamp) => string;
  signature: boolean;
  newTask?: boolean;
  warm?: boolean;
}

interface Flavor {
  name: string;
  noise(rng: Rng, s: Stamp, ctx: ServiceContext): string;
  /** A signature event: lines holding literals (and the lines around them that belong to it). */
  signature?: (rng: Rng, ctx: ServiceContext) => Emitted[];
}

interface ServiceContext {
  recipe: string;
  domain: string;
  stack: string;
}

const GITEA_ROUTES: Array<[string, string, string]> = [
  ['GET', '/api/v1/version', 'api/v1/misc/version.go:18(misc.Version)'],
  ['GET', '/user/login', 'auth/auth.go:148(auth.SignIn)'],
  ['POST', '/user/login', 'auth/auth.go:201(auth.SignInPost)'],
  ['GET', '/ci/marker', 'repo/view_home.go:371(repo.Home)'],
  ['GET', '/ci/marker/src/branch/main/README.md', 'repo/view_home.go:371(repo.Home)'],
  ['POST', '/api/v1/repos/ci/marker/issues', 'api/v1/repo/issue.go:612(repo.CreateIssue)'],
  ['GET', '/api/v1/repos/search?q=marker', 'api/v1/repo/repo.go:132(repo.Search)'],
  ['GET', '/assets/css/index.css?v=1.24.2', 'public/public.go:28(public.FileHandlerFunc)'],
  ['GET', '/-/admin', 'admin/admin.go:131(admin.Dashboard)'],
];
const GITEA_STATUS = ['200 OK', '200 OK', '200 OK', '302 Found', '304 Not Modified', '404 Not Found'];

const gitea: Flavor = {
  name: 'gitea',
  noise(rng, s) {
    const r = rng.int(20);
    if (r < 16) {
      const [method, route, handler] = rng.pick(GITEA_ROUTES);
      return `${slashDate(s)} ...eb/routing/logger.go:102:func1() [I] router: completed ${method} ${route} for ${IPS_10(rng)}:${rng.range(30000, 60999)}, ${rng.pick(GITEA_STATUS)} in ${rng.int(90)}.${rng.digits(1)}ms @ ${handler}`;
    }
    if (r < 18) return `${slashDate(s)} ...ices/cron/tasks.go:${rng.range(100, 200)}:func1() [I] Starting task: ${rng.pick(['update_mirrors', 'repo_health_check', 'archive_cleanup', 'deleted_branches_cleanup'])} (Cron: @every ${rng.pick(['10m', '24h', '72h'])})`;
    if (r < 19) return `${slashDate(s)} ...dules/git/repo.go:${rng.range(60, 90)}:InitRepository() [D] git init --bare /data/git/repositories/ci/marker-${rng.hex(6)}.git`;
    return `${slashDate(s)} ...s/graceful/server.go:50:NewServer() [I] Starting new Web server: tcp:0.0.0.0:3000 on PID: ${rng.range(1, 40)}`;
  },
  signature(rng) {
    // The warm advance: gitea cannot save its JWT secret to the read-only app.ini and exits;
    // swarm restarts it, so the same fatal line comes from several task ids.
    const restarts = rng.range(3, 5);
    const out: Emitted[] = [];
    for (let i = 0; i < restarts; i++) {
      out.push({ dt: rng.range(4000, 9000), newTask: true, warm: true, signature: false, text: (s) => `${slashDate(s)} cmd/web.go:106:runWeb() [I] Starting Gitea on PID: 1` });
      out.push({
        dt: rng.range(5, 40), warm: true, signature: true,
        text: (s) => `${slashDate(s)} modules/setting/setting.go:105:LoadCommonSettings() [F] Unable to load settings from config: error saving JWT Secret for custom config: failed to save "/etc/gitea/app.ini": open /etc/gitea/app.ini: read-only file system`,
      });
    }
    return out;
  },
};

const postgres: Flavor = {
  name: 'postgres',
  noise(rng, s, ctx) {
    const pid = rng.range(60, 4000);
    const r = rng.int(12);
    const t = pgTime(s);
    const user = ctx.recipe.split('-')[0];
    if (r < 5) return `${t} [${pid}] LOG:  duration: ${rng.int(40)}.${rng.digits(3)} ms  statement: SELECT id, name, created_unix FROM ${rng.pick(TABLES)} WHERE id = ${rng.int(100000)} ORDER BY created_unix DESC LIMIT ${rng.pick([1, 10, 50])}`;
    if (r < 7) return `${t} [${pid}] LOG:  connection received: host=${IPS_10(rng)} port=${rng.range(30000, 60999)}`;
    if (r < 9) return `${t} [${pid}] LOG:  connection authorized: user=${user} database=${user} application_name=${rng.pick(['psql', 'pg_dump', user])}`;
    if (r < 10) return `${t} [${pid}] LOG:  disconnection: session time: 0:00:0${rng.int(10)}.${rng.digits(3)} user=${user} database=${user} host=${IPS_10(rng)} port=${rng.range(30000, 60999)}`;
    if (r < 11) return `${t} [${pid}] LOG:  checkpoint starting: time`;
    return `${t} [${pid}] LOG:  checkpoint complete: wrote ${rng.int(400)} buffers (${rng.int(3)}.${rng.digits(1)}%); 0 WAL file(s) added, 0 removed, ${rng.int(3)} recycled; write=${rng.int(30)}.${rng.digits(3)} s, sync=0.00${rng.int(9)} s, total=${rng.int(30)}.${rng.digits(3)} s; sync files=${rng.int(40)}, longest=0.001 s, average=0.001 s; distance=${rng.int(9000)} kB, estimate=${rng.int(9000)} kB; lsn=0/${rng.hex(7).toUpperCase()}, redo lsn=0/${rng.hex(7).toUpperCase()}`;
  },
  signature(rng) {
    const relation = rng.pick(['ci_marker', 'user', 'django_site', 'public.databasechangeloglock', 'topics']);
    const pid = rng.range(60, 4000);
    return [
      { dt: rng.range(1, 50), signature: true, text: (s) => `${pgTime(s)} [${pid}] ERROR:  relation "${relation}" does not exist at character ${rng.range(14, 230)}` },
      { dt: 0, signature: false, text: (s) => `${pgTime(s)} [${pid}] STATEMENT:  SELECT * FROM ${relation} WHERE marker = 'before-backup' LIMIT 1` },
    ];
  },
};

function caddyAccessJson(rng: Rng, s: Stamp, ctx: ServiceContext): string {
  const ip = IPS_10(rng);
  const uri = rng.pick(['/xrpc/_health', '/xrpc/com.atproto.server.describeServer', '/xrpc/com.atproto.sync.getRepo?did=did:plc:' + rng.alnum(24), '/.well-known/atproto-did', '/', '/favicon.ico']);
  const status = rng.pick([200, 200, 200, 200, 304, 404, 301]);
  return `{"level":"info","ts":${caddyTs(s, rng)},"logger":"http.log.access.log0","msg":"handled request","request":{"remote_ip":"${ip}","remote_port":"${rng.range(30000, 60999)}","client_ip":"${ip}","proto":"HTTP/2.0","method":"GET","host":"${ctx.domain}","uri":"${uri}","headers":{"User-Agent":["${rng.pick(USER_AGENTS)}"],"Accept":["*/*"],"Accept-Encoding":["gzip"]},"tls":{"resumed":false,"version":772,"cipher_suite":4865,"proto":"h2","server_name":"${ctx.domain}"}},"bytes_read":0,"user_id":"","duration":0.00${rng.digits(6)},"size":${rng.int(4000)},"status":${status},"resp_headers":{"Server":["Caddy"],"Alt-Svc":["h3=\\":443\\"; ma=2592000"],"Content-Type":["application/json; charset=utf-8"]}}`;
}

function askRefusedJson(rng: Rng, s: Stamp, ctx: ServiceContext): string {
  const warm = `warm-${ctx.recipe}.ci.commoninternet.net`;
  return `{"level":"error","ts":${caddyTs(s, rng)},"logger":"tls","msg":"failed to get permission for on-demand certificate","domain":"${warm}","error":"checking http://app:3000/tls-check to determine if certificate for hostname '${warm}' should be allowed: Get \\"http://app:3000/tls-check?domain=${warm}\\": dial tcp ${rng.pick(ROTATING_ASK_IPS)}:3000: connect: connection refused"}`;
}

const caddyJson: Flavor = {
  name: 'caddy-json',
  noise(rng, s, ctx) {
    if (rng.int(40) === 0) return `{"level":"info","ts":${caddyTs(s, rng)},"logger":"tls.cache.maintenance","msg":"started background certificate maintenance","cache":"0xc000${rng.hex(6)}"}`;
    return caddyAccessJson(rng, s, ctx);
  },
  signature(rng, ctx) {
    if (rng.chance(0.7)) return [{ dt: rng.range(1, 2000), signature: true, text: (s) => askRefusedJson(rng, s, ctx) }];
    return [{ dt: rng.range(1, 200), signature: true, text: (s) => `{"level":"debug","ts":${caddyTs(s, rng)},"logger":"http.stdlib","msg":"http: TLS handshake error from ${IPS_10(rng)}:${rng.range(30000, 60999)}: no certificate available for '10.10.0.${rng.range(2, 12)}'"}` }];
  },
};

const caddyConsole: Flavor = {
  name: 'caddy-console',
  noise(rng, s, ctx) {
    const when = `${slashDate(s)}${s.iso.slice(19, 23)}`;
    if (rng.int(30) === 0) return `${when}\tINFO\ttls.cache.maintenance\tstarted background certificate maintenance\t{"cache": "0xc000${rng.hex(6)}"}`;
    const ip = IPS_10(rng);
    return `${when}\tINFO\thttp.log.access.log0\thandled request\t{"request": {"remote_ip": "${ip}", "remote_port": "${rng.range(30000, 60999)}", "client_ip": "${ip}", "proto": "HTTP/1.1", "method": "GET", "host": "${ctx.domain}", "uri": "${rng.pick(['/', '/index.html', '/style.css', '/img/logo.svg'])}", "headers": {"User-Agent": ["${rng.pick(USER_AGENTS)}"]}}, "bytes_read": 0, "user_id": "", "duration": 0.000${rng.digits(3)}, "size": ${rng.int(9000)}, "status": ${rng.pick([200, 200, 304])}}`;
  },
  signature(rng, ctx) {
    const warm = `warm-${ctx.recipe}.ci.commoninternet.net`;
    return [{
      dt: rng.range(1, 2000), signature: true,
      text: (s) => `${slashDate(s)}${s.iso.slice(19, 23)}\tERROR\ttls\tfailed to get permission for on-demand certificate\t{"domain": "${warm}", "error": "checking http://app:3000/tls-check to determine if certificate for hostname '${warm}' should be allowed: Get \\"http://app:3000/tls-check?domain=${warm}\\": dial tcp ${rng.pick(ROTATING_ASK_IPS)}:3000: connect: connection refused"}`,
    }];
  },
};

const mumble: Flavor = {
  name: 'mumble',
  noise(rng, s) {
    const when = `<W>${s.iso.slice(0, 10)} ${s.iso.slice(11, 23)}`;
    const session = rng.range(1, 300);
    const r = rng.int(6);
    if (r < 2) return `${when} 1 => <${session}:(-1)> New connection: ${IPS_10(rng)}:${rng.range(30000, 60999)}`;
    if (r < 4) return `${when} 1 => <${session}:ci-bot-${rng.int(50)}(-1)> Authenticated`;
    if (r < 5) return `${when} 1 => <${session}:ci-bot-${rng.int(50)}(-1)> Moved ci-bot-${rng.int(50)}:${session}(-1) to Root[0:0]`;
    return `${when} 1 => <${session}:ci-bot-${rng.int(50)}(-1)> Connection closed: The remote host closed the connection [1]`;
  },
  signature(rng) {
    return [{ dt: rng.range(1, 500), signature: true, text: (s) => `<W>${s.iso.slice(0, 10)} ${s.iso.slice(11, 23)} 1 => <${rng.range(1, 300)}:(-1)> Connection closed: Error during SSL handshake: error:0A00010B:SSL routines::wrong version number [13]` }];
  },
};

const java: Flavor = {
  name: 'java',
  noise(rng, s) {
    const when = `${s.iso.slice(0, 10)} ${s.iso.slice(11, 19)},${s.iso.slice(20, 23)}`;
    const r = rng.int(5);
    if (r < 3) return `${when} INFO  [org.dspace.app.rest.utils.DSpaceAPIRequestLoggingFilter] (http-nio-8080-exec-${rng.range(1, 10)}) Before request [GET /server/api/core/items/${rng.hex(8)}-${rng.hex(4)}-${rng.hex(4)}-${rng.hex(4)}-${rng.hex(12)}] originated from /items/${rng.hex(8)}`;
    if (r < 4) return `${when} INFO  [org.hibernate.engine.internal.StatisticalLoggingSessionEventListener] (scheduling-1) Session Metrics { ${rng.int(90000)} nanoseconds spent acquiring ${rng.int(3)} JDBC connections; ${rng.int(9000)} nanoseconds spent releasing 1 JDBC connections }`;
    return `${when} WARN  [org.springframework.web.servlet.PageNotFound] (http-nio-8080-exec-${rng.range(1, 10)}) No mapping for GET /server/api/${rng.pick(['authn/status', 'config/properties', 'discover/search'])}`;
  },
  signature(rng) {
    return [{
      dt: rng.range(1, 500), signature: true,
      text: (s) => `${s.iso.slice(0, 10)} ${s.iso.slice(11, 19)},${s.iso.slice(20, 23)} ERROR [org.dspace.app.rest.exception.DSpaceApiExceptionControllerAdvice] (http-nio-8080-exec-${rng.range(1, 10)}) An exception has occurred (status:500)`,
    }];
  },
};

const mmJson: Flavor = {
  name: 'zap-json',
  noise(rng, s) {
    const when = `${s.iso.slice(0, 10)} ${s.iso.slice(11, 23)} Z`;
    if (rng.int(8) === 0) return `{"timestamp":"${when}","level":"debug","msg":"Worker: Job is complete","caller":"jobs/base_workers.go:97","worker":"ExportProcess","job_id":"${rng.alnum(26)}"}`;
    return `{"timestamp":"${when}","level":"info","msg":"Received HTTP request","caller":"web/handlers.go:178","method":"${rng.pick(['GET', 'GET', 'POST', 'PUT'])}","url":"${rng.pick(['/api/v4/system/ping', '/api/v4/users/me', '/api/v4/channels/' + rng.alnum(26) + '/posts', '/api/v4/websocket'])}","request_id":"${rng.alnum(26)}","user_id":"${rng.alnum(26)}","status_code":"${rng.pick([200, 200, 201, 304])}"}`;
  },
  signature(rng) {
    return [{ dt: rng.range(1, 500), signature: true, text: (s) => `{"timestamp":"${s.iso.slice(0, 10)} ${s.iso.slice(11, 23)} Z","level":"error","msg":"Failed to ping DB","caller":"sqlstore/store.go:285","error":"dial tcp 172.18.0.${rng.range(2, 12)}:5432: connect: connection refused","retrying in seconds":10}` }];
  },
};

const nginx: Flavor = {
  name: 'nginx',
  noise(rng, s, ctx) {
    const path = rng.pick(['/', '/latest.json', '/t/ci-marker/' + rng.int(9000), '/session/current.json', '/assets/application-' + rng.hex(16) + '.js', '/uploads/default/original/1X/' + rng.hex(40) + '.png', '/index.php/apps/dashboard/', '/ocs/v2.php/apps/notifications/api/v2/notifications?format=json']);
    return `${IPS_10(rng)} - - [${clfTime(s)}] "GET ${path} HTTP/1.1" ${rng.pick([200, 200, 200, 304, 302, 404])} ${rng.int(60000)} "https://${ctx.domain}/" "${rng.pick(USER_AGENTS)}" ${rng.int(2)}.${rng.digits(3)}`;
  },
  signature(rng) {
    return [{ dt: rng.range(1, 500), signature: true, text: () => `django.db.utils.ProgrammingError: relation "${rng.pick(['django_site', 'ci_marker', 'auth_user'])}" does not exist` }];
  },
};

const redis: Flavor = {
  name: 'redis',
  noise(rng, s) {
    const when = `1:M ${s.iso.slice(8, 10)} ${MONTHS[Number(s.iso.slice(5, 7)) - 1]} ${s.iso.slice(0, 4)} ${s.iso.slice(11, 23)}`;
    const r = rng.int(4);
    if (r === 0) return `${when} * ${rng.range(1, 100)} changes in 60 seconds. Saving...`;
    if (r === 1) return `${when} * Background saving started by pid ${rng.range(20, 900)}`;
    if (r === 2) return `${when} * DB saved on disk`;
    return `${when} * Background saving terminated with success`;
  },
};

function nestTime(s: Stamp): string {
  const hour = Number(s.iso.slice(11, 13));
  return `${s.iso.slice(5, 7)}/${s.iso.slice(8, 10)}/${s.iso.slice(0, 4)}, ${hour % 12 || 12}:${s.iso.slice(14, 19)} ${hour < 12 ? 'AM' : 'PM'}`;
}

const nest: Flavor = {
  name: 'nest',
  noise(rng, s) {
    const when = nestTime(s);
    if (rng.int(3) === 0) return `[Nest] 7  - ${when}     LOG [Api:EventRepository] Websocket Connect:    ${rng.alnum(20)}`;
    return `[Nest] 17  - ${when}   DEBUG [Microservices:MetadataService] Processing metadata for asset ${rng.hex(8)}-${rng.hex(4)}-${rng.hex(4)}-${rng.hex(4)}-${rng.hex(12)}`;
  },
  signature(rng) {
    return [{ dt: rng.range(1, 500), signature: true, text: (s) => `[Nest] 17  - ${nestTime(s)}   ERROR [Microservices:JobService] Unable to run job handler (thumbnailGeneration/generate-thumbnail): Error: ENOENT: no such file or directory, open 'upload/upload/${rng.hex(8)}.jpg'` }];
  },
};

// ── recipes ─────────────────────────────────────────────────────────────────
interface RecipeSpec {
  name: string;
  version: string;
  services: Array<{ service: string; flavor: Flavor; weight: number }>;
}

const RECIPES: readonly RecipeSpec[] = [
  { name: 'gitea', version: '3.6.0+1.24.2-rootless', services: [{ service: 'app', flavor: gitea, weight: 6 }, { service: 'db', flavor: postgres, weight: 3 }] },
  { name: 'discourse', version: '0.8.1+3.5.0', services: [{ service: 'app', flavor: nginx, weight: 5 }, { service: 'db', flavor: postgres, weight: 3 }, { service: 'redis', flavor: redis, weight: 1 }] },
  { name: 'mattermost-lts', version: '2.1.0+10.5.2', services: [{ service: 'app', flavor: mmJson, weight: 6 }, { service: 'postgres', flavor: postgres, weight: 3 }] },
  { name: 'mumble', version: '1.0.0+v1.6.870-0', services: [{ service: 'app', flavor: mumble, weight: 1 }] },
  { name: 'bluesky-pds', version: '0.3.0+v0.4.219', services: [{ service: 'app', flavor: mmJson, weight: 3 }, { service: 'caddy', flavor: caddyJson, weight: 5 }] },
  { name: 'immich', version: '1.4.0+v1.135.3', services: [{ service: 'server', flavor: nest, weight: 5 }, { service: 'database', flavor: postgres, weight: 3 }, { service: 'redis', flavor: redis, weight: 1 }] },
  { name: 'nextcloud', version: '7.0.1+31.0.6-fpm', services: [{ service: 'web', flavor: nginx, weight: 5 }, { service: 'db', flavor: postgres, weight: 3 }, { service: 'cache', flavor: redis, weight: 1 }] },
  { name: 'dspace', version: '2.0.0+8.1', services: [{ service: 'backend', flavor: java, weight: 6 }, { service: 'db', flavor: postgres, weight: 2 }] },
  { name: 'custom-html', version: '1.7.1+1.27.2', services: [{ service: 'app', flavor: caddyConsole, weight: 1 }] },
  { name: 'matrix-synapse', version: '4.2.0+v1.132.0', services: [{ service: 'app', flavor: mmJson, weight: 5 }, { service: 'db', flavor: postgres, weight: 3 }, { service: 'web', flavor: nginx, weight: 2 }] },
  { name: 'hedgedoc', version: '0.5.2+1.10.3', services: [{ service: 'app', flavor: mmJson, weight: 4 }, { service: 'db', flavor: postgres, weight: 2 }] },
  { name: 'outline', version: '2.8.0+0.85.1', services: [{ service: 'app', flavor: mmJson, weight: 4 }, { service: 'db', flavor: postgres, weight: 2 }, { service: 'cache', flavor: redis, weight: 1 }] },
  { name: 'peertube', version: '1.3.0+v7.2.1', services: [{ service: 'app', flavor: nginx, weight: 4 }, { service: 'db', flavor: postgres, weight: 2 }, { service: 'redis', flavor: redis, weight: 1 }] },
  { name: 'authentik', version: '10.1.0+2025.6.3', services: [{ service: 'server', flavor: mmJson, weight: 4 }, { service: 'db', flavor: postgres, weight: 3 }] },
  { name: 'n8n', version: '1.5.0+1.101.1', services: [{ service: 'app', flavor: mmJson, weight: 3 }, { service: 'db', flavor: postgres, weight: 2 }] },
  { name: 'plausible', version: '2.1.0+v3.0.1', services: [{ service: 'app', flavor: nginx, weight: 3 }, { service: 'db', flavor: postgres, weight: 2 }] },
  { name: 'ghost', version: '1.2.0+5.130.2', services: [{ service: 'app', flavor: nginx, weight: 3 }] },
  { name: 'uptime-kuma', version: '1.0.3+1.23.16', services: [{ service: 'app', flavor: nginx, weight: 2 }] },
  { name: 'vaultwarden', version: '1.1.0+1.34.1', services: [{ service: 'app', flavor: caddyConsole, weight: 2 }, { service: 'db', flavor: postgres, weight: 1 }] },
  { name: 'forgejo', version: '2.3.0+11.0.3-rootless', services: [{ service: 'app', flavor: gitea, weight: 5 }, { service: 'db', flavor: postgres, weight: 2 }] },
  { name: 'lasuite-docs', version: '0.4.0+v3.4.2', services: [{ service: 'backend', flavor: nginx, weight: 4 }, { service: 'db', flavor: postgres, weight: 2 }, { service: 'redis', flavor: redis, weight: 1 }] },
];

const TIERS = ['install', 'upgrade', 'backup', 'restore', 'custom'] as const;
type Tier = (typeof TIERS)[number];

const TEST_NAMES: Record<Tier, string[]> = {
  install: ['test_serves', 'test_login_page', 'test_api_version', 'test_healthcheck', 'test_admin_user_exists', 'test_static_assets', 'test_tls_certificate_valid'],
  upgrade: ['test_upgrade_keeps_data', 'test_upgrade_serves', 'test_upgrade_uses_official_image', 'test_upgrade_migrations_applied', 'test_upgrade_version_label'],
  backup: ['test_backup_creates_snapshot', 'test_backup_includes_database', 'test_backup_labels_present'],
  restore: ['test_restore_returns_state', 'test_restore_serves', 'test_restore_marker_present'],
  custom: ['test_smtp_settings', 'test_oidc_login', 'test_webhook_delivery', 'test_search_index', 'test_federation_well_known'],
};

// ── checks ──────────────────────────────────────────────────────────────────
/**
 * Renders every template many times and checks it against the literal table: noise must hold
 * no literal (else the rare corpus is not rare), signatures must hold one.
 */
export function checkTemplates(literals: readonly string[], seed: string): void {
  const rng = new Rng(`${seed}/check`);
  const ctx: ServiceContext = { recipe: 'bluesky-pds', domain: 'bluesky-pds.ci.commoninternet.net', stack: 'bluesky-pds_ci_commoninternet_net' };
  const flavors = [gitea, postgres, caddyJson, caddyConsole, mumble, java, mmJson, nginx, redis, nest];
  for (const flavor of flavors) {
    for (let i = 0; i < 400; i++) {
      const s = stamp(SWEEP_START + rng.int(86_400_000));
      const line = flavor.noise(rng, s, ctx);
      const hits = literalHits(line, literals);
      if (hits.length > 0) throw new Error(`bench corpus: a ${flavor.name} noise line holds ${hits.map((h) => JSON.stringify(literals[h])).join(', ')}: ${line}`);
      if (flavor.signature) {
        for (const e of flavor.signature(rng, ctx)) {
          const text = e.text(s);
          const held = literalHits(text, literals).length > 0;
          if (held !== e.signature) throw new Error(`bench corpus: a ${flavor.name} ${e.signature ? 'signature line holds no' : 'companion line holds a'} literal: ${text}`);
        }
      }
    }
  }
  for (let i = 0; i < 400; i++) {
    const s = stamp(SWEEP_START + rng.int(86_400_000));
    const line = runLogNoise(rng, s, ctx);
    const hits = literalHits(line, literals);
    if (hits.length > 0) throw new Error(`bench corpus: a run.log noise line holds ${hits.map((h) => JSON.stringify(literals[h])).join(', ')}: ${line}`);
    for (const text of runLogSignature(rng, s, ctx)) {
      if (literalHits(text, literals).length === 0) throw new Error(`bench corpus: a run.log signature line holds no literal: ${text}`);
    }
    const docker = dockerPrefix(rng, s, 'warm-bluesky-pds_ci_commoninternet_net_app', rng.alnum(12));
    if (literalHits(docker, literals).length > 0) throw new Error(`bench corpus: a docker prefix holds a literal: ${docker}`);
  }
}

// ── service logs ────────────────────────────────────────────────────────────
function dockerPrefix(rng: Rng, s: Stamp, fullService: string, task: string): string {
  return `${dockerTime(s, rng)} ${fullService}.1.${task}@ci-node-1    | `;
}

interface ServiceLogSpec {
  file: string;
  bytes: number;
  flavor: Flavor;
  service: string;
  ctx: ServiceContext;
  startMs: number;
  endMs: number;
  rate: number;
}

function averageLineLength(flavor: Flavor, ctx: ServiceContext, rng: Rng): number {
  let total = 0;
  for (let i = 0; i < 200; i++) total += flavor.noise(rng, stamp(SWEEP_START), ctx).length + 90;
  return total / 200;
}

export function writeServiceLog(spec: ServiceLogSpec, rng: Rng): FileStats {
  const out = new LineFile(spec.file);
  const expectedLines = Math.max(1, spec.bytes / averageLineLength(spec.flavor, spec.ctx, rng.fork('avg')));
  const step = (spec.endMs - spec.startMs) / expectedLines;
  const cold = `${spec.ctx.stack}_${spec.service}`;
  const warm = `warm-${cold}`;
  let task = rng.alnum(12);
  let warmTask = rng.alnum(12);
  let ms = spec.startMs;
  const signature = spec.flavor.signature;
  // `rate` is the fraction of signature lines; an event may print several (a crash loop).
  let perEvent = 1;
  if (signature) {
    const sample = rng.fork('per-event');
    let n = 0;
    for (let i = 0; i < 200; i++) n += signature(sample, spec.ctx).filter((e) => e.signature).length;
    perEvent = n / 200;
  }
  const eventRate = spec.rate / perEvent;
  while (out.size < spec.bytes) {
    if (signature && eventRate > 0 && rng.float() < eventRate) {
      for (const e of signature(rng, spec.ctx)) {
        ms += e.dt;
        if (e.newTask) {
          if (e.warm) warmTask = rng.alnum(12);
          else task = rng.alnum(12);
        }
        const s = stamp(ms);
        out.line(dockerPrefix(rng, s, e.warm ? warm : cold, e.warm ? warmTask : task) + e.text(s), e.signature ? 'signature' : 'noise');
      }
      continue;
    }
    ms += rng.float() * 2 * step;
    const s = stamp(ms);
    out.line(dockerPrefix(rng, s, cold, task) + spec.flavor.noise(rng, s, spec.ctx));
  }
  return out.close();
}

// ── run.log ─────────────────────────────────────────────────────────────────
const IMAGES = ['gitea/gitea:1.24.2-rootless', 'postgres:16.9', 'caddy:2.10.0', 'redis:7.4.5-alpine', 'nginx:1.29.0', 'discourse/discourse:3.5.0', 'mattermost/mattermost-team-edition:10.5.2'];

function runLogNoise(rng: Rng, s: Stamp, ctx: ServiceContext): string {
  const r = rng.int(20);
  if (r < 9) {
    const total = rng.range(10, 400);
    const done = rng.int(total);
    const bar = '='.repeat(Math.floor((done / total) * 50)).padEnd(50, ' ');
    return `${rng.hex(12)}: Downloading [${bar.slice(0, -1)}>]  ${done}.${rng.digits(1)}MB/${total}.${rng.digits(1)}MB`;
  }
  if (r < 11) return `${rng.hex(12)}: ${rng.pick(['Pull complete', 'Verifying Checksum', 'Download complete', 'Extracting', 'Already exists', 'Waiting'])}`;
  if (r < 12) return `Digest: sha256:${rng.hex(64)}`;
  if (r < 13) return `Status: Downloaded newer image for ${rng.pick(IMAGES)}`;
  if (r < 15) return `INFO waiting for ${ctx.stack}_${rng.pick(['app', 'db', 'web'])} to converge (${rng.range(1, 3)}/${rng.range(3, 4)} replicas running)`;
  if (r < 17) return `${harnessTime(s)} probe: GET https://${ctx.domain}${rng.pick(['/', '/api/v1/version', '/xrpc/_health', '/status.php'])} -> ${rng.pick([200, 200, 302, 502, 404])} (${rng.int(900)} ms)`;
  if (r < 18) return `Creating service ${ctx.stack}_${rng.pick(['app', 'db', 'web', 'redis'])}`;
  if (r < 19) return `Creating network ${ctx.stack}_${rng.pick(['internal', 'proxy', 'backend', 'default'])}`;
  return `tests/${ctx.recipe}/test_${rng.pick(TIERS)}.py::${rng.pick(TEST_NAMES.install)} retrying in ${rng.range(1, 5)}s (attempt ${rng.range(1, 12)}/12)`;
}

/** Lines a rule (or the triage) acts on, as the harness and abra print them into run.log. */
function runLogSignature(rng: Rng, s: Stamp, ctx: ServiceContext): string[] {
  const t = harnessTime(s);
  const warm = `warm-${ctx.recipe}.ci.commoninternet.net`;
  switch (rng.int(12)) {
    case 0: return [`${t} [probe] READY_PROBE not ready: /api/v1/version (last status 404) within 600s`];
    case 1: return [`FATA ${warm} is already deployed`];
    case 2: return ['FATA deploy timed out'];
    case 3: return [`${t} [deploy] abra app deploy ${ctx.domain} exited rc=143 after 600s`];
    case 4: return [`${t} [deploy] failed to update config ${ctx.stack}_app_ini_v1: Error response from daemon: rpc error: code = InvalidArgument desc = only updates to Labels are allowed`];
    case 5: return [
      `${t} [prepull] service "worker" depends on undefined service "${ctx.recipe}"`,
      `${t} [prepull] docker compose config --images failed; skipping (deploy will pull as usual)`,
    ];
    case 6: return [`${t} [deploy] ${ctx.stack}_app: UpdateStatus=completed`];
    case 7: return [`${t} [restore] Restoring Snapshot ${rng.hex(8)} at /var/lib/docker/volumes/${ctx.stack}_db/_data`];
    case 8: return [`${t} [test] no running container ${ctx.stack}_pds`];
    case 9: return [`${t} [WC5] ${warm}: not healthy over HTTPS /xrpc/_health (last status 0)`];
    case 10: return [`FATA service "worker" depends on undefined service "${ctx.recipe}"`];
    default: return [`Traceback (most recent call last):`];
  }
}

interface TestCase {
  tier: Tier;
  classname: string;
  name: string;
  outcome: 'passed' | 'failed' | 'skipped';
  message?: string;
  time: number;
}

function failureMessage(
  rng: Rng,
  tier: Tier,
  ctx: ServiceContext,
  signature: boolean,
): { name?: string; classname?: string; message: string } {
  if (!signature) return { message: `AssertionError: assert ${rng.pick([502, 500, 404, 0])} == 200` };
  switch (tier) {
    case 'upgrade': return { name: 'test_upgrade_uses_official_image', message: `AssertionError: app runs bitnamilegacy/${ctx.recipe}:3.4.7, expected official bitnami/${ctx.recipe}:3.5.0` };
    case 'custom': return { name: 'test_handshake_completes_with_channel_presence', classname: `tests.${ctx.recipe}.custom.test_protocol_handshake`, message: 'AssertionError: handshake did not complete within 60s (12 attempts, 5s apart)' };
    case 'restore': return { message: 'psycopg2.errors.UndefinedTable: relation "ci_marker" does not exist' };
    default: return { message: `AssertionError: no running container ${ctx.stack}_app` };
  }
}

function planTests(rng: Rng, ctx: ServiceContext, red: boolean, rate: number): TestCase[] {
  const cases: TestCase[] = [];
  const redTier = red ? rng.pick(TIERS) : undefined;
  for (const tier of TIERS) {
    const names = TEST_NAMES[tier].slice(0, rng.range(3, TEST_NAMES[tier].length));
    let failedOne = false;
    for (const name of names) {
      const c: TestCase = { tier, classname: `tests.${ctx.recipe}.test_${tier}`, name, outcome: 'passed', time: rng.int(60_000) / 1000 };
      const signature = rng.chance(rate);
      if (signature || (tier === redTier && !failedOne)) {
        failedOne = true;
        const f = failureMessage(rng, tier, ctx, signature || rng.chance(0.5));
        c.outcome = 'failed';
        c.message = f.message;
        if (f.name) c.name = f.name;
        if (f.classname) c.classname = f.classname;
      } else if (rng.chance(0.04)) {
        c.outcome = 'skipped';
        c.message = `${tier} EXPECTED_NA per recipe_meta`;
      }
      cases.push(c);
    }
  }
  return cases;
}

function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** pytest's junit: the declaration, then the whole document on one line (newlines only inside text). */
export function writeJunit(
  file: string,
  cases: TestCase[],
  tier: string,
  ctx: ServiceContext,
  version: string,
  startMs: number,
  bytes: number,
  rng: Rng,
): FileStats {
  const out = new LineFile(file);
  const failures = cases.filter((c) => c.outcome === 'failed').length;
  const skipped = cases.filter((c) => c.outcome === 'skipped').length;
  const total = cases.reduce((n, c) => n + c.time, 0);
  const s = stamp(startMs);
  out.raw(`<?xml version="1.0" encoding="utf-8"?>\n<testsuites name="pytest tests"><testsuite name="pytest" errors="0" failures="${failures}" skipped="${skipped}" tests="${cases.length}" time="${total.toFixed(3)}" timestamp="${s.iso.slice(0, 23)}${rng.digits(3)}+00:00" hostname="ci-node-1"><properties><property name="recipe_version" value="${version}"/></properties>`);
  // Captured output fills each case's <system-out> so that the file reaches its size (tens of KB).
  const closing = '</testsuite></testsuites>'.length;
  for (const [i, c] of cases.entries()) {
    let head = `<testcase classname="${c.classname}" name="${c.name}" time="${c.time.toFixed(3)}">`;
    if (c.outcome === 'failed') {
      const body = `tests/${ctx.recipe}/test_${tier}.py:${rng.range(20, 300)}: in ${c.name}\n    assert response.status_code == 200, response.text\nE   ${c.message}`;
      head += `<failure message="${xmlEscape(c.message ?? '')}">${xmlEscape(body)}</failure>`;
    } else if (c.outcome === 'skipped') {
      head += `<skipped type="pytest.skip" message="${xmlEscape(c.message ?? '')}">tests/${ctx.recipe}/test_${tier}.py:${rng.range(10, 90)}: ${xmlEscape(c.message ?? '')}</skipped>`;
    }
    out.raw(head);
    const budget = (bytes - out.size - closing) / (cases.length - i) - '<system-out></system-out></testcase>'.length;
    let captured = '';
    let at = startMs;
    while (captured.length < budget) {
      at += rng.range(10, 3000);
      captured += `${xmlEscape(runLogNoise(rng, stamp(at), ctx))}\n`;
    }
    out.raw(`<system-out>${captured}</system-out></testcase>`);
  }
  out.raw('</testsuite></testsuites>');
  const stats = out.close();
  stats.lines = 2;
  return stats;
}

function pytestLine(c: TestCase, ctx: ServiceContext, index: number, count: number): string {
  const node = c.classname.startsWith(`tests.${ctx.recipe}.custom.`) ? `tests/${ctx.recipe}/custom/test_protocol_handshake.py` : `tests/${ctx.recipe}/test_${c.tier}.py`;
  const pct = `[${String(Math.floor(((index + 1) / count) * 100)).padStart(3, ' ')}%]`;
  const outcome = c.outcome === 'passed' ? 'PASSED' : c.outcome === 'failed' ? 'FAILED' : `SKIPPED (${c.message})`;
  return `${node}::${c.name} ${outcome} ${pct}`;
}

interface RunLogSpec {
  file: string;
  bytes: number;
  ctx: ServiceContext;
  version: string;
  startMs: number;
  endMs: number;
  cases: TestCase[];
  rate: number;
  advance: boolean;
  /** Extra `pytest -v` result lines of parametrized cases, spread over the tiers (0: none). */
  verboseResults: number;
}

const PARAMS = ['admin', 'member', 'guest', 'anonymous', 'sqlite', 'postgres', 'http', 'https', 'utf8', 'latin1'];

/** One `pytest -v` line of a parametrized case that passed (1 in 50 skipped, 1 in 200 xfailed). */
function verboseResultLine(rng: Rng, ctx: ServiceContext, tier: Tier, index: number, count: number): string {
  const pct = `[${String(Math.floor(((index + 1) / count) * 100)).padStart(3, ' ')}%]`;
  const roll = rng.int(200);
  const outcome = roll < 4 ? 'SKIPPED (requires SMTP relay)' : roll < 5 ? 'XFAIL (known upstream #4127)' : 'PASSED';
  const name = `${rng.pick(TEST_NAMES[tier])}[${rng.pick(PARAMS)}-${String(index).padStart(5, '0')}]`;
  return `tests/${ctx.recipe}/test_${tier}_matrix.py::${name} ${outcome} ${pct}`;
}

export function writeRunLog(spec: RunLogSpec, rng: Rng): FileStats {
  const out = new LineFile(spec.file);
  const { ctx } = spec;
  const tierCount = TIERS.length + 1;
  const span = (spec.endMs - spec.startMs) / tierCount;
  const bodyPerTier = Math.max(400, spec.bytes / tierCount);
  let ms = spec.startMs;
  const at = () => stamp(ms);
  const structural = (text: string) => out.line(text, 'structural');
  structural(`${harnessTime(at())} [cc-ci] RECIPE=${ctx.recipe} VERSION=${spec.version} MODE=cold QUICK= REF= CCCI_SKIP_FETCH=1`);
  structural(`${harnessTime(at())} [cc-ci] recipe_checkout ${ctx.recipe} ${spec.version} (${rng.chance(0.3) ? 'annotated' : 'lightweight'} tag, ${rng.hex(7)})`);

  const body = (until: number, bytes: number) => {
    const stop = out.size + bytes;
    const step = Math.max(1, (until - ms) / Math.max(1, bytes / 70));
    while (out.size < stop) {
      ms += rng.float() * 2 * step;
      const s = at();
      if (spec.rate > 0 && rng.float() < spec.rate) {
        for (const line of runLogSignature(rng, s, ctx)) out.line(line, 'signature');
      } else out.line(runLogNoise(rng, s, ctx));
    }
  };

  for (const [i, tier] of TIERS.entries()) {
    const tierEnd = spec.startMs + span * (i + 1);
    structural(`${harnessTime(at())} [tier] ${tier}: start`);
    body(tierEnd - span / 3, bodyPerTier);
    const cases = spec.cases.filter((c) => c.tier === tier);
    out.line('============================= test session starts ==============================');
    out.line('platform linux -- Python 3.11.2, pytest-8.3.4, pluggy-1.5.0');
    out.line('rootdir: /srv/cc-ci');
    const verbose = Math.round(spec.verboseResults / TIERS.length);
    out.line(`collected ${cases.length + verbose} items`);
    for (let k = 0; k < verbose; k++) structural(verboseResultLine(rng, ctx, tier, k, cases.length + verbose));
    cases.forEach((c, k) => structural(pytestLine(c, ctx, verbose + k, cases.length + verbose)));
    const failed = cases.filter((c) => c.outcome === 'failed');
    const passed = cases.filter((c) => c.outcome === 'passed').length + verbose;
    for (const c of failed) structural(`FAILED ${pytestLine(c, ctx, 0, 1).replace(/ FAILED .*$/, '')} - ${c.message}`);
    const seconds = ((tierEnd - ms) / 1000).toFixed(2);
    const counts = `${failed.length ? `${failed.length} failed, ` : ''}${passed} passed`;
    structural(`========================= ${counts} in ${seconds}s =========================`);
    ms = Math.max(ms, tierEnd);
    structural(`${harnessTime(at())} [tier] ${tier}: ${failed.length ? 'FAIL' : 'PASS'} (${counts} in ${seconds}s)`);
  }
  // The warm promote of a green cold run.
  const warm = `warm-${ctx.recipe}.ci.commoninternet.net`;
  structural(`${harnessTime(at())} [WC5] promote-on-green-cold ${ctx.recipe} ${spec.version} -> ${warm} (${spec.advance ? 'advance' : 'first'})`);
  body(spec.endMs, bodyPerTier / 2);
  structural(`${harnessTime(at())} [WC5] promote-on-green-cold OK`);
  structural(`${harnessTime(at())} [canonical] canonical ${ctx.recipe} @ ${spec.version}, domain="warm-canon-${ctx.recipe}.ci.commoninternet.net", idle`);
  return out.close();
}

// ── the sweep directory ─────────────────────────────────────────────────────
export interface SweepSpec {
  dir: string;
  seed: string;
  bytes: number;
  /** Probability that a generated line is a signature line (1e-4 rare, 0.1 dense). */
  rate: number;
  /** `pytest -v` result lines of parametrized cases in the run logs, over all recipes (default 0). */
  verboseResults?: number;
}

export function writeSweep(spec: SweepSpec): FileStats {
  const rng = new Rng(`${spec.seed}/sweep/${spec.bytes}/${spec.rate}`);
  const stats = emptyStats();
  const recipes = RECIPES;
  const junitShare = (spec.bytes * 0.004) / (recipes.length * TIERS.length);
  const junitBytes = Math.round(Math.min(60_000, Math.max(3_000, junitShare)));
  const runLogBytes = Math.round(Math.max(8_000, (spec.bytes * 0.02) / recipes.length));
  const perRecipeFixed = junitBytes * TIERS.length + runLogBytes;
  const serviceBudget = Math.max(recipes.length * 20_000, spec.bytes - recipes.length * perRecipeFixed - 4_000);
  const recipeWeights = recipes.map(() => 0.6 + rng.float() * 0.8);
  const weightSum = recipeWeights.reduce((a, b) => a + b, 0);

  const sweep = new LineFile(path.join(spec.dir, 'sweep.log'));
  const sweepLine = (ms: number, text: string) => sweep.line(`${harnessTime(stamp(ms))} ${text}`, 'structural');
  sweepLine(SWEEP_START, `[sweep] canon sweep start: ${recipes.length + 1} recipes, parallel=3`);
  sweepLine(SWEEP_START + 1000, '[canonical] canonical_domain(keycloak) = warm-keycloak.ci.commoninternet.net');
  sweepLine(SWEEP_START + 1000, '[cc-ci] WARM_DOMAINS[keycloak] = warm-keycloak.ci.commoninternet.net');
  sweepLine(SWEEP_START + 2000, '[sweep] keycloak: skipped (WARM_CANONICAL=False: warm-keycloak.ci.commoninternet.net collides with the live warm keycloak)');

  const ends: Array<{ ms: number; text: string }> = [];
  for (const [i, recipe] of recipes.entries()) {
    const r = rng.fork(`recipe/${recipe.name}`);
    const startMs = SWEEP_START + 5_000 + Math.floor(i / 3) * 40 * 60_000 + (i % 3) * 120_000 + r.int(60_000);
    const endMs = startMs + r.range(20, 38) * 60_000;
    const domain = `${recipe.name}.ci.commoninternet.net`;
    const ctx: ServiceContext = { recipe: recipe.name, domain, stack: domain.replace(/\./g, '_') };
    const recipeDir = path.join(spec.dir, recipe.name);
    const red = r.chance(0.25);
    const cases = planTests(r, ctx, red, spec.rate);
    const isRed = cases.some((c) => c.outcome === 'failed');

    const budget = (serviceBudget * recipeWeights[i]) / weightSum;
    const serviceWeight = recipe.services.reduce((a, s) => a + s.weight, 0);
    for (const service of recipe.services) {
      addStats(stats, writeServiceLog({
        file: path.join(recipeDir, 'services', `${service.service}.log`),
        bytes: Math.round((budget * service.weight) / serviceWeight),
        flavor: service.flavor, service: service.service, ctx, startMs, endMs, rate: spec.rate,
      }, r.fork(`service/${service.service}`)));
    }
    for (const [k, tier] of TIERS.entries()) {
      const tierStart = startMs + ((endMs - startMs) / (TIERS.length + 1)) * k;
      addStats(stats, writeJunit(path.join(recipeDir, 'junit', `${tier}__cc-ci__test_${tier}.xml`), cases.filter((c) => c.tier === tier), tier, ctx, recipe.version, tierStart, junitBytes, r.fork(`junit/${tier}`)));
    }
    addStats(stats, writeRunLog({ file: path.join(recipeDir, 'run.log'), bytes: runLogBytes, ctx, version: recipe.version, startMs, endMs, cases, rate: spec.rate, advance: r.chance(0.5),
      verboseResults: Math.round((spec.verboseResults ?? 0) / recipes.length),
    }, r.fork('run.log')));

    sweepLine(startMs, `[sweep] ${recipe.name} ${recipe.version}: start`);
    const minutes = Math.floor((endMs - startMs) / 60_000);
    ends.push({ ms: endMs, text: `[sweep] ${recipe.name} ${recipe.version}: ${isRed ? 'RED' : 'GREEN'} after ${minutes}m${String(Math.floor(((endMs - startMs) % 60_000) / 1000)).padStart(2, '0')}s` });
  }
  for (const end of ends.sort((a, b) => a.ms - b.ms)) sweepLine(end.ms, end.text);
  addStats(stats, sweep.close());
  return stats;
}

// ── single files ────────────────────────────────────────────────────────────
/**
 * One big `docker service logs --timestamps` file: gitea's app (crash loops included), or
 * bluesky-pds' Caddy (on-demand ask refused at rotating IPs).
 */
export function writeBigServiceLog(file: string, seed: string, bytes: number, rate: number, kind: 'gitea' | 'caddy' = 'gitea'): FileStats {
  const rng = new Rng(`${seed}/big/${kind}/${bytes}`);
  const recipe = kind === 'gitea' ? 'gitea' : 'bluesky-pds';
  const ctx: ServiceContext = { recipe, domain: `${recipe}.ci.commoninternet.net`, stack: `${recipe}_ci_commoninternet_net` };
  const hours = Math.max(1, bytes / 50e6);
  return writeServiceLog({
    file, bytes, flavor: kind === 'gitea' ? gitea : caddyJson, service: kind === 'gitea' ? 'app' : 'caddy', ctx,
    startMs: SWEEP_START, endMs: SWEEP_START + hours * 3_600_000, rate,
  }, rng);
}

/** One big pytest junit file: many cases, captured output, a few failures. */
export function writeBigJunit(file: string, seed: string, bytes: number): FileStats {
  const rng = new Rng(`${seed}/junit/${bytes}`);
  const ctx: ServiceContext = { recipe: 'mumble', domain: 'mumble.ci.commoninternet.net', stack: 'mumble_ci_commoninternet_net' };
  const count = Math.max(10, Math.round(bytes / 2500));
  const cases: TestCase[] = [];
  for (let i = 0; i < count; i++) {
    const tier = TIERS[i % TIERS.length];
    const c: TestCase = { tier: 'custom', classname: `tests.mumble.custom.test_suite_${Math.floor(i / 50)}`, name: `${rng.pick(TEST_NAMES[tier])}_${i}`, outcome: 'passed', time: rng.int(20_000) / 1000 };
    if (rng.chance(0.01)) {
      const f = failureMessage(rng, 'custom', ctx, rng.chance(0.5));
      c.outcome = 'failed';
      c.message = f.message;
    } else if (rng.chance(0.03)) {
      c.outcome = 'skipped';
      c.message = 'custom EXPECTED_NA per recipe_meta';
    }
    cases.push(c);
  }
  return writeJunit(file, cases, 'custom', ctx, '1.0.0+v1.6.870-0', SWEEP_START, bytes, rng);
}

/** About 1 KB of run.log: an upgrade whose readiness probe answers 404 (one finding). */
export function smallRunLog(): string {
  const lines = [
    '2026-06-18T03:00:01Z [cc-ci] RECIPE=gitea VERSION=3.6.0+1.24.2-rootless MODE=cold QUICK= REF= CCCI_SKIP_FETCH=1',
    '2026-06-18T03:00:02Z [cc-ci] recipe_checkout gitea 3.6.0+1.24.2-rootless (lightweight tag, 3f2a9c1)',
    '2026-06-18T03:00:03Z [tier] install: start',
    'tests/gitea/test_install.py::test_serves PASSED                        [ 50%]',
    'tests/gitea/test_install.py::test_api_version PASSED                   [100%]',
    '2026-06-18T03:04:10Z [tier] install: PASS (2 passed in 41.20s)',
    '2026-06-18T03:04:11Z [tier] upgrade: start',
    'Creating config gitea_ci_commoninternet_net_app_ini_v2',
    'INFO waiting for gitea_ci_commoninternet_net_app to converge (1/1 replicas running)',
    '2026-06-18T03:14:12Z [probe] READY_PROBE not ready: /api/v1/version (last status 404) within 600s',
    '2026-06-18T03:14:13Z [tier] upgrade: FAIL (1 failed, 0 passed in 602.00s)',
  ];
  return `${lines.join('\n')}\n`;
}
