/**
 * Small inputs built in temp dirs by the CLI, reporter and rule tests: a docker service log line
 * that fires a built-in rule, Caddy ask errors refused at rotating IPs, a harmless log, a junit
 * file with one failing case, and user rule packs.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { tmpdir } from 'node:os';
import { Readable, Writable } from 'node:stream';
import { tempDir, type CliRun } from '../helpers.js';
import { run } from '../../src/cli.js';

const GITEA_PREFIX = 'warm-gitea_ci_commoninternet_net_app.1.abcdef123456@cc-ci    | 2026/06/17 23:59:01 modules/setting/setting.go:105:LoadCommonSettings() [F] ';
const GITEA_CAUSE = 'Unable to load settings from config: error saving JWT Secret for custom config: failed to save "/etc/gitea/app.ini": open /etc/gitea/app.ini: read-only file system';

/** gitea's fatal save of app.ini on a read-only file system: fires gitea-appini-readonly-jwt. */
export const GITEA_LINE = GITEA_PREFIX + GITEA_CAUSE;

/** The gitea line with `extra` between the gitea prefix and the cause: the rule still fires. */
export function giteaLineWith(extra: string): string {
  return `${GITEA_PREFIX}${extra} ${GITEA_CAUSE}`;
}

/** An info line of the same gitea service: nothing fires on it. */
export const GITEA_INFO_LINE = 'warm-gitea_ci_commoninternet_net_app.1.abcdef123456@cc-ci    | 2026/06/17 23:58:00 cmd/web.go:1:serve() [I] zzz early marker line';

export const HARMLESS_LOG = 'hello world, all fine\nnothing to see here\n';

/** Caddy's on-demand ask refused at each IP in turn, inside bluesky-pds' docker service log. */
export function caddyAskRefusedLog(ips: readonly string[]): string {
  return ips.map((ip, i) => {
    const record = {
      level: 'error',
      ts: 1781740800.5 + i * 10,
      logger: 'tls',
      msg: 'failed to get permission for on-demand certificate',
      domain: 'warm-bluesky-pds.ci.commoninternet.net',
      error: `checking http://app:3000/tls-check to determine if certificate for hostname 'warm-bluesky-pds.ci.commoninternet.net' should be allowed: Get "http://app:3000/tls-check?domain=warm-bluesky-pds.ci.commoninternet.net": dial tcp ${ip}:3000: connect: connection refused`,
    };
    return `warm-bluesky-pds_ci_commoninternet_net_caddy.1.abcdef123456@cc-ci    | ${JSON.stringify(record)}\n`;
  }).join('');
}

export const CADDY_IPS = ['10.10.0.4', '10.10.0.7', '10.10.0.9', '10.10.0.4', '10.10.0.12'] as const;

/** pytest junit: one failing case (mumble, custom tier) no rule explains, one passing. */
export const FAILING_JUNIT = `<?xml version="1.0" encoding="utf-8"?>
<testsuites><testsuite name="pytest" errors="0" failures="1" skipped="0" tests="2" time="1.0">
<testcase classname="tests.mumble.custom.test_protocol_handshake" name="test_handshake" time="0.5"><failure message="AssertionError: handshake failed">assert False</failure></testcase>
<testcase classname="tests.mumble.custom.test_protocol_handshake" name="test_ok" time="0.5"/>
</testsuite></testsuites>
`;
export const FAILING_JUNIT_NAME = 'custom__cc-ci__test_protocol_handshake.xml';

/** Writes `files` (relative path → content) under `root`, creating directories. */
export function writeTree(root: string, files: Record<string, string | Buffer>): string {
  for (const [relative, content] of Object.entries(files)) {
    const full = path.join(root, relative);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  return root;
}

/** A temp dir holding `files`. */
export function tree(files: Record<string, string | Buffer>): string {
  return writeTree(tempDir(), files);
}

/** A complete, valid user rule; `overrides` replace its fields. */
export function userRule(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'hello-user-rule',
    title: 'a hello line',
    classification: 'benign',
    severity: 'info',
    confidence: 0.5,
    scope: 'run',
    description: 'A user rule for the tests: fires on the harmless log.',
    events: { hello: { literals: ['hello world'], message: 'hello (?<who>\\w+)' } },
    condition: { exists: 'hello' },
    rootCause: 'said hello to {{who}}',
    fix: 'nothing to fix',
    ...overrides,
  };
}

/** Writes a rule pack (any JSON) to a temp file and returns its path. */
export function rulePack(content: unknown, name = 'pack.json'): string {
  const file = path.join(tempDir('redfix-rules-'), name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return file;
}

/** A fatal line of acme-log: acme-disk-quota fires on it once acme-log is loaded. */
export const ACME_PANIC_LINE = 'PANIC acme: disk quota exceeded on /var/lib/acme';

/** A user format for the tests, acme-log: `PANIC acme: …` is a fatal line of it. */
export const ACME_FORMAT = {
  name: 'acme-log',
  title: 'acme app log (`PANIC acme: …`)',
  regex: '^(?<level>[A-Z]+) acme: (?<message>.*)$',
  levels: { fatal: ['PANIC'], info: ['INFO'] },
  literals: ['PANIC acme:'],
  samples: [{ line: ACME_PANIC_LINE, level: 'fatal' }],
};

/** A rule whose only pattern names the user format acme-log. */
export const ACME_RULE = userRule({
  id: 'acme-disk-quota',
  classification: 'harness-defect',
  severity: 'error',
  events: { panic: { literals: ['disk quota exceeded'], format: 'acme-log', level: 'fatal', message: 'exceeded on (?<path>\\S+)' } },
  condition: { exists: 'panic' },
  rootCause: 'acme ran out of disk quota on {{path}}',
});

/**
 * A temp dir holding formats/acme.json (the format file of acme-log; its directory can be a
 * default formats directory) and pack.json (ACME_RULE, which names acme-log).
 */
export function acmeFormatAndPack(): { dir: string; formats: string; pack: string } {
  const dir = tree({ 'formats/acme.json': JSON.stringify({ formats: [ACME_FORMAT] }), 'pack.json': JSON.stringify(ACME_RULE) });
  return { dir, formats: path.join(dir, 'formats', 'acme.json'), pack: path.join(dir, 'pack.json') };
}

/** C0/C1 controls, DEL and bidi characters that must never reach a terminal raw. */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
export const RAW_UNSAFE = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** Every SGR (colour) escape sequence of a text: the only escapes our own output may hold. */
// eslint-disable-next-line no-control-regex -- an SGR sequence starts with ESC (\x1b)
export const SGR = /\x1b\[[0-9;]*m/g;

/** One colour code, as coloured output holds. */
// eslint-disable-next-line no-control-regex -- a colour code starts with ESC (\x1b)
export const COLOUR_CODE = /\x1b\[\d+m/;

class Sink extends Writable {
  private readonly chunks: Buffer[] = [];
  isTTY?: boolean;
  columns?: number;
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.chunks.push(Buffer.from(chunk));
    callback();
  }
  get text(): string {
    return Buffer.concat(this.chunks).toString('utf8');
  }
}

export interface InProcessOptions {
  input?: string | Buffer;
  cwd?: string;
  /** The environment the CLI sees (colour decisions); NO_COLOR=1 unless given. */
  env?: Record<string, string>;
  stdoutIsTTY?: boolean;
  stdinIsTTY?: boolean;
  columns?: number;
}

/**
 * The CLI's run() in this process with in-memory streams: the same code as the binary minus the
 * shim, without a second of Node start-up per call (and a TTY can be pretended). The binary
 * itself is spawned (runCli) where the process matters: exit codes, pipes, the environment.
 */
export async function runInProcess(args: string[], options: InProcessOptions = {}): Promise<CliRun> {
  const stdout = new Sink();
  stdout.isTTY = options.stdoutIsTTY;
  stdout.columns = options.columns;
  const stderr = new Sink();
  const chunks = options.input === undefined ? [] : [Buffer.from(options.input)];
  const stdin = Readable.from(chunks) as Readable & { isTTY?: boolean };
  stdin.isTTY = options.stdinIsTTY;
  const previous = process.cwd();
  if (options.cwd) process.chdir(options.cwd);
  try {
    // No test reads the user's own format directory (~/.config/redfix-forensics/formats): an empty configuration home.
    const env = { XDG_CONFIG_HOME: path.join(tmpdir(), 'redfix-test-no-config'), ...(options.env ?? { NO_COLOR: '1' }) };
    const status = await run(args, { stdout, stderr, stdin, env });
    return { status, stdout: stdout.text, stderr: stderr.text };
  } finally {
    process.chdir(previous);
  }
}

/**
 * The run's stdout as JSON; when it is not, the error carries the exit code and stderr. Untyped
 * for its callers in test/junit and test/signals: the typed reader is jsonOutput (test/json.ts).
 */
