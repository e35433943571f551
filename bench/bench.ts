/**
 * `npm run bench`: redfix-forensics at sweep scale, side by side with ripgrep and GNU grep.
 *
 * Generates a deterministic corpus (bench/corpus.ts) in a temporary directory outside the
 * repository, warms the page cache, runs every command N times (interleaved) and prints medians:
 * wall time, MB/s, peak RSS, CPU, the ratio to each peer, the exact commands, and whether the
 * targets of "Fast at sweep scale" are met. It reports; it asserts nothing about time (its exit
 * code is 0 unless the benchmark itself could not run or a correctness check failed).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { BUILTIN_RULES } from '../src/rules/index.js';
import { BUILTIN_ORIGIN } from '../src/rules/types.js';
import { buildLiteralTable } from '../src/analyze.js';
import { addStats, checkTemplates, smallRunLog, writeBigJunit, writeBigServiceLog, writeSweep, type FileStats } from './corpus.js';
import { makeRulePack } from './rule-pack.js';
import { profile } from './profile.js';
import { countLines, measure, probeProgram, rssMethod, runOnce, totalBytes, warmPageCache, type Command, type Measured } from './measure.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..', '..');
const BIN = path.join(ROOT, 'bin', 'redfix-forensics.js');
const CHECK_BIG = 72e6;
const SECTIONS = ['correctness', 'startup', 'junit', 'main', 'rules', 'dense', 'verbose', 'memory', 'hostile'] as const;
type Section = (typeof SECTIONS)[number];

const HELP = `Usage: npm run bench -- [options]     (or: node dist/bench/bench.js [options])

Benchmarks redfix-forensics at sweep scale against ripgrep (rg) and GNU grep on a corpus
generated from a seed into a temporary directory (os.tmpdir(); nothing is written into the
repository). Reports medians and whether the targets are met; asserts nothing about time.

Options:
  --size <size>         main corpus: a sweep directory, signature lines ~1 in 10,000 (default 1GB)
  --dense-size <size>   dense corpus: same layout, ~1 line in 10 a signature (default size/10)
  --verbose-size <size> verbose corpus: a sweep whose run logs add --verbose-results pytest -v
                        result lines (default 200MB)
  --verbose-results <n> pytest result lines in the verbose corpus's run logs (default 300000)
  --big-size <size>     single docker service log for the memory check (default 2GB)
  --junit-size <size>   single pytest junit file for the junit check (default 50MB)
  --runs <n>            runs of each command; medians are reported (default 3; startup: at least 5)
  --seed <text>         corpus seed (default redfix-bench); the same seed gives the same bytes
  --only <sections>     comma list of: ${SECTIONS.join(', ')} (default all)
  --keep                keep the temporary directory (its path is printed)
  --dir <path>          use this directory for the corpus instead of a temporary one and keep it;
                        parts generated earlier with the same parameters are reused
  --tmp <path>          parent of the temporary directory (default ${os.tmpdir()})
  --tool-args "<args>"  extra arguments for every redfix-forensics run (e.g. "--workers 2")
  --node-lts <path>     a second node binary (the current LTS): the startup section, and the main, dense
                        and verbose corpora, measured beside this node (same reports required)
  --profile             also run redfix-forensics once on the main, dense and verbose corpora with
                        --cpu-prof (the unbundled build) and print where its time goes: CPU per
                        pipeline stage (scan, decode, envelope, payload, signals, engine, triage,
                        documents, report, setup, gc) with lines or candidate lines per CPU
                        second of the stage, and the top functions by self time
  -h, --help            this help

Sizes: 1GB = 10^9 bytes, 200MB = 2*10^8, 1GiB = 2^30; KB, MB, GB, KiB, MiB, GiB.

Sections:
  correctness  findings of the normal scan and of --full-grammar agree (a 4 MB dense sweep plus
               one 72 MB Caddy log, big enough to be scanned in ranges on worker threads)
  startup      piping a 1 KB log into redfix-forensics, end to end, on this node and --node-lts
               (target <= 2.5x bare node -e 0 on each)
  junit        one big junit file (target <= 3 s, peak RSS <= 400 MB)
  main         the sweep directory: redfix-forensics vs rg vs grep (target >= 0.8x rg MB/s,
               peak RSS <= 150 MB)
  rules        the main corpus with 10x the rules (built-ins + a generated pack of variants
               with distinct literals, loaded with --rules; target < 1.3x the time), and 100x
               (target < 2x)
  dense        the dense corpus: redfix-forensics vs rg vs grep (target >= 0.25x rg MB/s, peak
               RSS <= 150 MB)
  verbose      the verbose corpus (run logs full of pytest -v result lines): redfix-forensics vs
               rg vs grep (target >= 0.3x rg MB/s)
  memory       one big service log file (target peak RSS <= 150 MB)
  hostile      issue 14's crash cases, each beside a small good log: a junit file with a 150 MB
               <failure> body (target: both inputs reported, peak RSS <= 400 MB), a junit file of
               a million test cases (target: every case counted, peak RSS <= 250 MB) and a 66 MB
               crash loop where every line matches (it used to exhaust a worker's heap; target:
               all 200,000 events counted, the good log reported, peak RSS <= 300 MB)

Exit code: 0; 1 when a command failed or the correctness check found a difference; 2 on a
usage error. Targets met or not never change it.`;

// ── options ─────────────────────────────────────────────────────────────────
function parseSize(text: string): number {
  const m = /^\s*([\d.]+)\s*([kmgt]i?b?|b)?\s*$/i.exec(text);
  if (!m) throw new Error(`not a size: ${text} (try 200MB, 1GB, 512MiB)`);
  const unit = (m[2] ?? 'b').toLowerCase().replace(/b$/, '');
  const powers: Record<string, number> = { '': 1, k: 1e3, m: 1e6, g: 1e9, t: 1e12, ki: 2 ** 10, mi: 2 ** 20, gi: 2 ** 30, ti: 2 ** 40 };
  const factor = powers[unit];
  if (factor === undefined) throw new Error(`unknown unit in ${text}`);
  return Math.round(Number(m[1]) * factor);
}

function formatSize(bytes: number): string {
  if (bytes >= 1e9) return `${(bytes / 1e9).toFixed(bytes % 1e9 === 0 ? 0 : 2)} GB`;
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(bytes % 1e6 === 0 ? 0 : 1)} MB`;
  if (bytes >= 1e3) return `${(bytes / 1e3).toFixed(1)} KB`;
  return `${bytes} B`;
}

function shellQuote(arg: string): string {
  return /^[\w./=:@%+,-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}

function commandText(c: Command): string {
  const argv = c.argv.map((a) => (a === process.execPath ? 'node' : a.startsWith(`${ROOT}/`) ? path.relative(ROOT, a) : a));
  return `${c.stdin !== undefined ? `<${formatSize(Buffer.byteLength(c.stdin))} on a pipe> | ` : ''}${argv.map(shellQuote).join(' ')}`;
}

interface Options {
  size: number;
  denseSize: number;
  verboseSize: number;
  verboseResults: number;
  bigSize: number;
  junitSize: number;
  runs: number;
  seed: string;
  only: Set<Section>;
  keep: boolean;
  dir?: string;
  tmp: string;
  profile: boolean;
  toolArgs: string[];
  nodeLts?: string;
}

const OPTION_SPEC = {
  size: { type: 'string' },
  'dense-size': { type: 'string' },
  'verbose-size': { type: 'string' },
  'verbose-results': { type: 'string' },
  'big-size': { type: 'string' },
  'junit-size': { type: 'string' },
  runs: { type: 'string' },
  seed: { type: 'string' },
  only: { type: 'string' },
  keep: { type: 'boolean' },
  dir: { type: 'string' },
  tmp: { type: 'string' },
  profile: { type: 'boolean' },
  'tool-args': { type: 'string' },
  'node-lts': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** A count option: its default when absent, an error when not a whole number >= min. */
function wholeNumber(flag: string, text: string | undefined, fallback: number, min: number): number {
  const n = Number(text ?? fallback);
  if (!Number.isInteger(n) || n < min) throw new Error(`${flag}: a whole number >= ${min}, not ${text}`);
  return n;
}

/** --only: the sections to run, each checked against SECTIONS. */
function sectionsOf(text: string | undefined): Set<Section> {
  const only = new Set<Section>();
  for (const s of (text ?? SECTIONS.join(',')).split(',').map((x) => x.trim()).filter(Boolean)) {
    if (!(SECTIONS as readonly string[]).includes(s)) throw new Error(`--only: unknown section ${s} (one of ${SECTIONS.join(', ')})`);
    only.add(s as Section);
  }
  return only;
}

/** The benchmark writes nothing into the repository: --dir and --tmp must point outside it. */
function refuseInsideRepo(dir: string | undefined, tmp: string | undefined): void {
  const insideRepo = (p: string) => {
    const rel = path.relative(ROOT, path.resolve(p));
    return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
  };
  for (const [flag, p] of [['--dir', dir], ['--tmp', tmp]] as const) {
    if (p !== undefined && insideRepo(p)) throw new Error(`${flag} ${p} is inside the repository; the benchmark writes nothing there`);
  }
}

function options(argv: string[]): Options | undefined {
  const { values } = parseArgs({ args: argv, options: OPTION_SPEC, strict: true });
  if (values.help) return undefined;
  const size = parseSize(values.size ?? '1GB');
  const runs = wholeNumber('--runs', values.runs, 3, 1);
  const verboseResults = wholeNumber('--verbose-results', values['verbose-results'], 300_000, 0);
  const only = sectionsOf(values.only);
  refuseInsideRepo(values.dir, values.tmp);
  return {
    size,
    denseSize: values['dense-size'] ? parseSize(values['dense-size']) : Math.max(2e6, Math.round(size / 10)),
    verboseSize: parseSize(values['verbose-size'] ?? '200MB'),
    verboseResults,
    bigSize: parseSize(values['big-size'] ?? '2GB'),
    junitSize: parseSize(values['junit-size'] ?? '50MB'),
    runs,
    seed: values.seed ?? 'redfix-bench',
    only,
    keep: values.keep === true || values.dir !== undefined,
    dir: values.dir,
    tmp: values.tmp ?? os.tmpdir(),
    profile: values.profile === true,
    toolArgs: (values['tool-args'] ?? '').split(/\s+/).filter(Boolean),
    nodeLts: values['node-lts'],
  };
}

// ── corpus parts (generated once per parameters; reused from --dir) ─────────
const GENERATOR_HASH = (() => {
  const h = createHash('sha256');
  for (const f of ['corpus.js', 'prng.js', 'rule-pack.js']) h.update(readFileSync(path.join(HERE, f)));
  return h.digest('hex').slice(0, 16);
})();

function part(
  base: string,
  name: string,
  params: object,
  make: (target: string) => FileStats | undefined,
): { target: string; stats?: FileStats; reused: boolean } {
  const target = path.join(base, name);
  const manifestFile = path.join(base, `${name}.manifest.json`);
  const manifest = JSON.stringify({ params, generator: GENERATOR_HASH });
  if (existsSync(manifestFile) && existsSync(target)) {
    const old = JSON.parse(readFileSync(manifestFile, 'utf8')) as { manifest: string; stats?: FileStats };
    if (old.manifest === manifest) return { target, stats: old.stats, reused: true };
  }
  rmSync(target, { recursive: true, force: true });
  const started = Date.now();
  process.stdout.write(`  generating ${name} … `);
  const stats = make(target);
  process.stdout.write(`${formatSize(totalBytes(target))} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  writeFileSync(manifestFile, JSON.stringify({ manifest, stats }));
  return { target, stats, reused: false };
}

// ── reporting ───────────────────────────────────────────────────────────────
interface Row {
  section: string;
  what: string;
  bytes: number;
  m: Measured;
  note: string;
}

const rows: Row[] = [];
const commandsShown: Array<{ section: string; text: string }> = [];
interface Target { name: string; met: boolean | undefined; detail: string }
const targets: Target[] = [];
let failures = 0;

function mbps(bytes: number, ms: number): number {
  return bytes / 1e6 / (ms / 1000);
}

function fmtMs(ms: number): string {
  return ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`;
}

function fmtRss(kb: number | undefined): string {
  return kb === undefined ? '?' : `${(kb / 1024).toFixed(0)} MB`;
}

function printTable(): void {
  const header = ['section', 'command', 'input', 'wall (median)', 'MB/s', 'peak RSS', 'CPU (u+s)', 'exit', 'result'];
  const body = rows.map((r) => [
    r.section,
    r.what,
    formatSize(r.bytes),
    fmtMs(r.m.wallMs),
    r.bytes >= 1e6 ? mbps(r.bytes, r.m.wallMs).toFixed(0) : '-',
    fmtRss(r.m.rssKB),
    r.m.cpuS === undefined ? '?' : `${r.m.cpuS.toFixed(2)} s`,
    [...new Set(r.m.samples.map((s) => (s.signal ? s.signal : String(s.exit))))].join(','),
    r.note,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i >= 2 && i <= 7 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const b of body) console.log(line(b));
}

function summarizeFindings(file: string): { note: string; findings?: unknown[]; rules: Map<string, number> } {
  const rules = new Map<string, number>();
  try {
    const result = JSON.parse(readFileSync(file, 'utf8')) as { findings: Array<{ rule: string }>; unexplained: unknown[]; inputs: Array<{ errors: unknown[] }> };
    for (const f of result.findings) rules.set(f.rule, (rules.get(f.rule) ?? 0) + 1);
    const errors = result.inputs.reduce((n, i) => n + i.errors.length, 0);
    return { note: `${result.findings.length} findings (${rules.size} rules), ${result.unexplained.length} unexplained${errors ? `, ${errors} input notices` : ''}`, findings: result.findings, rules };
  } catch (error) {
    return { note: `no JSON report: ${(error as Error).message.slice(0, 80)}`, rules };
  }
}

interface HostileResult {
  inputs: Array<{ path: string; events: number }>;
}

/** Test cases in a junit file of the hostile section: reading them all at once took 0.9 GB. */
const HOSTILE_JUNIT_CASES = 1_000_000;

/**
 * Issue 14's crash cases: a 150 MB junit <failure> body, a junit of a million cases, a 66 MB log
 * whose every line matches, and a good log.
 */
function writeHostileInputs(dir: string): void {
  const fatal = '2026-06-18T01:14:36.645700854Z warm-gitea_ci_commoninternet_net_app.1.7ou9hlkwvwtp@cc-ci    | 2026/06/18 01:14:36 modules/setting/setting.go:105:LoadCommonSettings() [F] Unable to load settings from config: error saving JWT Secret for custom config: failed to save "/etc/gitea/app.ini": open /etc/gitea/app.ini: read-only file system\n';
  writeFileSync(path.join(dir, 'g.log'), fatal.repeat(200_000));
  const body = `${'x'.repeat(999)}\n`.repeat(1000);
  const junit = path.join(dir, 'install__cc-ci__test_x.xml');
  writeFileSync(junit, '<?xml version="1.0"?>\n<testsuites><testsuite name="pytest" tests="2" failures="1">\n<testcase classname="tests.gitea.install.test_x" name="test_big"><failure message="boom">');
  for (let i = 0; i < 150; i++) appendFileSync(junit, body);
  appendFileSync(junit, '</failure></testcase>\n<testcase classname="tests.gitea.install.test_x" name="test_ok"/>\n</testsuite></testsuites>\n');
  const many = path.join(dir, 'upgrade__cc-ci__test_many.xml');
  writeFileSync(many, `<?xml version="1.0"?>\n<testsuites>\n  <testsuite name="many" tests="${HOSTILE_JUNIT_CASES}" failures="0">\n`);
  for (let from = 0; from < HOSTILE_JUNIT_CASES; from += 10_000) {
    const cases = Array.from({ length: 10_000 }, (_, i) => `    <testcase classname="t.m" name="test_${from + i}" time="0.001"></testcase>\n`);
    appendFileSync(many, cases.join(''));
  }
  appendFileSync(many, '  </testsuite>\n</testsuites>\n');
  writeFileSync(path.join(dir, 'server.log'), 'all fine\n'.repeat(28));
}

function checkExit(m: Measured, allowed: number[], what: string): void {
  for (const s of m.samples) {
    if (s.signal || !allowed.includes(s.exit ?? -1)) {
      failures += 1;
      console.log(`  ! ${what} exited ${s.signal ?? s.exit} (expected ${allowed.join(' or ')}); stderr:\n${s.stderr.split('\n').map((l) => `    ${l}`).join('\n')}`);
      return;
    }
  }
}

function progress(c: Command, s: { wallMs: number; rssKB?: number; exit: number | null }, i: number): void {
  console.log(`    run ${i + 1}: ${c.label.padEnd(28)} ${fmtMs(s.wallMs).padStart(9)}  ${fmtRss(s.rssKB).padStart(7)}  exit ${s.exit}`);
}

// ── main ────────────────────────────────────────────────────────────────────
async function main(): Promise<number> {
  let opts: Options | undefined;
  try {
    opts = options(process.argv.slice(2));
  } catch (error) {
    console.error(`bench: ${(error as Error).message} (see --help)`);
    return 2;
  }
  if (!opts) {
    console.log(HELP);
    return 0;
  }
  const o = opts;
  if (!existsSync(BIN) || !existsSync(path.join(ROOT, 'dist', 'src', 'cli.js'))) {
    console.error('bench: dist/src/cli.js is missing: run `npm run build` (npm run bench does)');
    return 2;
  }

  const base = o.dir ? path.resolve(o.dir) : mkdtempSync(path.join(o.tmp, 'redfix-bench-'));
  mkdirSync(base, { recursive: true });
  const out = path.join(base, 'out');
  mkdirSync(out, { recursive: true });
  const cleanup = () => {
    if (!o.keep) rmSync(base, { recursive: true, force: true });
  };
  process.on('SIGINT', () => {
    cleanup();
    process.exit(130);
  });

  try {
    return await runBench(o, base, out);
  } finally {
    cleanup();
    console.log(o.keep ? `\ncorpus kept in ${base}` : `\nremoved ${base}`);
  }
}

// ── sections ────────────────────────────────────────────────────────────────
/** What every section reads: the options, where the corpus and the outputs go, the peers and their patterns file. */
interface Bench {
  o: Options;
  base: string;
  out: string;
  rg?: string;
  grep?: string;
  patterns: string;
}

/** The results of one side-by-side measurement: ours (and on --node-lts), and each peer that is installed. */
interface SideBySide {
  ours: Measured;
  /** Ours on the --node-lts binary, and that node's version. */
  lts?: { m: Measured; node: string };
  rg?: Measured;
  grep?: Measured;
}

function peerCommands(b: Bench, dir: string, tag: string): Command[] {
  const list: Command[] = [];
  const { patterns, out } = b;
  if (b.rg) list.push({ label: 'rg', argv: ['rg', '-n', '-F', '-f', patterns, dir], stdoutFile: path.join(out, `${tag}.rg.txt`) });
  if (b.grep) {
    list.push({ label: 'grep', argv: ['grep', '-r', '-n', '-F', '-f', patterns, dir], stdoutFile: path.join(out, `${tag}.grep.txt`) });
  }
  return list;
}

/** A redfix-forensics run writing its JSON report to out/<tag>.json. */
function ours(b: Bench, label: string, args: string[], tag: string, stdin?: string): Command {
  const report = ['--format', 'json', '--output', path.join(b.out, `${tag}.json`)];
  return {
    label,
    argv: [process.execPath, BIN, ...args, ...b.o.toolArgs, ...report],
    stdoutFile: path.join(b.out, `${tag}.stdout`),
    stdin,
  };
}

function show(section: string, commands: Command[]): void {
  for (const c of commands) commandsShown.push({ section, text: commandText(c) });
}

/** The JSON report a run wrote to out/<file>. */
function reportIn(b: Bench, file: string): string {
  return path.join(b.out, file);
}

/** Ours on the --node-lts binary: the same command, another node. */
function oursOnLts(b: Bench, target: string, tag: string): { command: Command; node: string } | undefined {
  if (!b.o.nodeLts) return undefined;
  const node = `node ${spawnVersion(b.o.nodeLts)}`;
  const command = ours(b, `redfix-forensics (${node})`, [target], `${tag}-lts`);
  command.argv = [b.o.nodeLts, ...command.argv.slice(1)];
  return { command, node };
}

/** Measures ours (on this node, and on --node-lts when given) beside each peer on one target and adds their rows. */
async function sideBySide(b: Bench, section: string, target: string, bytes: number, tag: string): Promise<SideBySide> {
  const lts = oursOnLts(b, target, tag);
  const ourCommands = [ours(b, 'redfix-forensics', [target], tag), ...(lts ? [lts.command] : [])];
  const commands = [...ourCommands, ...peerCommands(b, target, tag)];
  show(section, commands);
  const w = warmPageCache([target]);
  console.log(`  page cache warmed: ${formatSize(w.bytes)} read in ${fmtMs(w.ms)}`);
  const measured = await measure(commands, b.o.runs, b.base, progress);
  const result: SideBySide = { ours: measured[0] };
  const summary = summarizeFindings(reportIn(b, `${tag}.json`));
  checkExit(measured[0], [0, 1], `redfix-forensics (${section})`);
  rows.push({ section, what: 'redfix-forensics', bytes, m: measured[0], note: summary.note });
  if (lts) {
    const m = measured[1];
    checkExit(m, [0, 1], `redfix-forensics (${section}, ${lts.node})`);
    const same = readFileSync(reportIn(b, `${tag}.json`), 'utf8') === readFileSync(reportIn(b, `${tag}-lts.json`), 'utf8');
    const note = `${summarizeFindings(reportIn(b, `${tag}-lts.json`)).note}; report ${same ? 'identical to' : 'DIFFERS from'} ${process.version}'s`;
    if (!same) failures += 1;
    rows.push({ section, what: `redfix-forensics, ${lts.node}`, bytes, m, note });
    result.lts = { m, node: lts.node };
  }
  for (const m of measured.slice(ourCommands.length)) {
    checkExit(m, [0, 1], `${m.command.label} (${section})`);
    const matched = countLines(m.command.stdoutFile);
    const ratio = m.wallMs / measured[0].wallMs;
    const mmap = m.command.label === 'rg' && statSync(target).isFile() ? '; rg mmaps a single file, so its RSS counts the mapped page cache' : '';
    rows.push({ section, what: m.command.label, bytes, m, note: `${matched} matching lines; redfix-forensics runs at ${ratio.toFixed(2)}x its speed${mmap}` });
    if (m.command.label === 'rg') result.rg = m;
    else result.grep = m;
  }
  return result;
}

/**
 * A section's targets: throughput against ripgrep's, and (unless rss is false) peak RSS <= 150 MB;
 * on --node-lts too, when it was given.
 */
function speedTargets(section: string, r: SideBySide, bytes: number, atLeast: number, note: string, rss = true): void {
  const runs = [{ m: r.ours, on: '' }, ...(r.lts ? [{ m: r.lts.m, on: ` (${r.lts.node})` }] : [])];
  for (const { m, on } of runs) {
    const name = `${section}${on}: throughput >= ${atLeast}x ripgrep`;
    if (r.rg) {
      const ratio = r.rg.wallMs / m.wallMs;
      const detail = `${mbps(bytes, m.wallMs).toFixed(0)} MB/s vs rg ${mbps(bytes, r.rg.wallMs).toFixed(0)} MB/s = ${ratio.toFixed(2)}x${note}`;
      targets.push({ name, met: ratio >= atLeast, detail });
    } else targets.push({ name, met: undefined, detail: 'rg not installed' });
    if (!rss) continue;
    const met = m.rssKB === undefined ? undefined : m.rssKB <= 150 * 1024;
    targets.push({ name: `${section}${on}: peak RSS <= 150 MB`, met, detail: `${fmtRss(m.rssKB)}${note}` });
  }
}

/** Said after a figure measured on another size than its target's. */
function sizeNote(bytes: number, want: number, what: string): string {
  return Math.abs(bytes - want) / want < 0.05 ? '' : ` (measured on ${formatSize(bytes)}; the target is for ${what})`;
}

function describeCorpus(target: string, stats: FileStats | undefined): void {
  const files = readdirSync(target).length;
  if (!stats) return;
  const rate = Math.round(stats.lines / Math.max(1, stats.signatureLines)).toLocaleString('en');
  console.log(`  ${stats.files} files (${files} entries at the top), ${formatSize(stats.bytes)}, ${stats.lines.toLocaleString('en')} lines; generated signature lines ${stats.signatureLines.toLocaleString('en')} (1 in ${rate}), structural harness/pytest lines ${stats.structuralLines.toLocaleString('en')}`);
}

function reportCandidates(stats: FileStats | undefined, rgResult: Measured | undefined): void {
  if (!stats || !rgResult) return;
  const matched = countLines(rgResult.command.stdoutFile);
  const rate = Math.round(stats.lines / Math.max(1, matched)).toLocaleString('en');
  console.log(`  lines holding a literal (rg's matching lines): ${matched.toLocaleString('en')} of ${stats.lines.toLocaleString('en')} = 1 in ${rate}`);
}

/** A sweep directory measured beside the peers: its candidate lines, its targets, and its profile with --profile. */
async function sweepSection(
  b: Bench,
  section: string,
  corpus: ReturnType<typeof part>,
  speed: { atLeast: number; note: (bytes: number) => string; rss: boolean },
): Promise<void> {
  const bytes = totalBytes(corpus.target);
  const r = await sideBySide(b, section, corpus.target, bytes, section);
  reportCandidates(corpus.stats, r.rg);
  speedTargets(section, r, bytes, speed.atLeast, speed.note(bytes), speed.rss);
  if (b.o.profile) {
    const candidates = r.rg === undefined ? undefined : countLines(r.rg.command.stdoutFile);
    profile(corpus.target, b.base, b.o.toolArgs, { lines: corpus.stats?.lines ?? 0, candidates });
  }
}

/** One run's JSON report; an empty one (said, with the run's stderr) when it wrote none. */
function correctnessReport(
  b: Bench,
  file: string,
  s: { exit: number | null; stderr: string },
): Record<string, unknown> {
  try {
    return JSON.parse(readFileSync(reportIn(b, file), 'utf8')) as Record<string, unknown>;
  } catch (error) {
    console.log(`  ! no JSON report in ${file} (exit ${s.exit}): ${(error as Error).message}\n${s.stderr}`);
    return { findings: [] };
  }
}

/** The normal scan and --full-grammar must give the same findings. */
async function correctnessSection(b: Bench): Promise<void> {
  const { o, base } = b;
  console.log('\n[correctness] normal scan vs --full-grammar: a small dense sweep and one log big enough for range scanning');
  // A small dense sweep, plus one service log big enough (> 2 x 32 MiB) that the scan splits it
  // into ranges for its worker threads: both paths are compared.
  const check = part(base, 'check', { seed: o.seed, bytes: 4e6, rate: 0.1, big: CHECK_BIG }, (t) => {
    const stats = writeSweep({ dir: t, seed: `${o.seed}/check`, bytes: 4e6, rate: 0.1 });
    const caddyLog = path.join(t, 'bluesky-pds', 'services', 'caddy-big.log');
    return addStats(stats, writeBigServiceLog(caddyLog, `${o.seed}/check`, CHECK_BIG, 1e-3, 'caddy'));
  });
  const a = ours(b, 'normal', [check.target], 'check-normal');
  const c = ours(b, '--full-grammar', [check.target, '--full-grammar'], 'check-full');
  show('correctness', [a, c]);
  const sa = await runOnce(a, base);
  const sb = await runOnce(c, base);
  const ra = correctnessReport(b, 'check-normal.json', sa);
  const rb = correctnessReport(b, 'check-full.json', sb);
  checkExit({ command: a, samples: [sa], wallMs: sa.wallMs }, [0, 1], 'redfix-forensics (correctness, normal)');
  checkExit({ command: c, samples: [sb], wallMs: sb.wallMs }, [0, 1], 'redfix-forensics (correctness, --full-grammar)');
  const same = (k: string) => JSON.stringify(ra[k]) === JSON.stringify(rb[k]);
  const findingsSame = same('findings');
  const n = (ra.findings as unknown[]).length;
  const ruleIds = new Set((ra.findings as Array<{ rule: string }>).map((f) => f.rule));
  const others = ['unexplained', 'recipes', 'inputs', 'runs'].map((k) => `${k} ${same(k) ? 'identical' : 'DIFFER'}`).join(', ');
  const detail = `${formatSize(totalBytes(check.target))} (a 4 MB dense sweep and a ${formatSize(CHECK_BIG)} Caddy log): ${n} findings from ${ruleIds.size} of ${BUILTIN_RULES.length} rules; findings ${findingsSame ? 'identical' : 'DIFFER'} (${others}); exits ${sa.exit}/${sb.exit}, ${fmtMs(sa.wallMs)} vs ${fmtMs(sb.wallMs)}`;
  console.log(`  ${detail}`);
  if (!findingsSame) failures += 1;
  targets.push({ name: 'correctness: findings of the normal scan = findings of --full-grammar', met: findingsSame, detail });
}

/** Piping a 1 KB log, end to end, beside bare node start-up: on this node and on --node-lts. */
async function startupSection(b: Bench): Promise<void> {
  const { o, out } = b;
  console.log('\n[startup] a 1 KB log piped into redfix-forensics, end to end');
  const text = smallRunLog();
  const runs = Math.max(5, o.runs);
  const lts = o.nodeLts ? [{ name: `node ${spawnVersion(o.nodeLts)}`, binary: o.nodeLts }] : [];
  const nodes = [{ name: `node ${process.version}`, binary: process.execPath }, ...lts];
  for (const [i, { name, binary }] of nodes.entries()) {
    const tool: Command = { ...ours(b, `redfix-forensics (stdin, ${name})`, [], `startup-${i}`, text) };
    tool.argv = [binary, ...tool.argv.slice(1)];
    const bare = { label: `${name} -e 0 (bare node, reference)`, argv: [binary, '-e', '0'], stdoutFile: path.join(out, `node-${i}.stdout`) };
    const commands = [tool, bare];
    show('startup', commands);
    const measured = await measure(commands, runs, b.base, progress);
    checkExit(measured[0], [0, 1], `redfix-forensics (startup, ${name})`);
    const findings = summarizeFindings(reportIn(b, `startup-${i}.json`)).note;
    rows.push({ section: 'startup', what: `redfix-forensics < 1 KB, ${name}`, bytes: Buffer.byteLength(text), m: measured[0], note: `${findings}; median of ${runs}` });
    rows.push({ section: 'startup', what: `${name} -e 0`, bytes: 0, m: measured[1], note: 'reference: bare node start-up' });
    const ratio = measured[0].wallMs / measured[1].wallMs;
    targets.push({ name: `startup (${name}): piping a 1 KB log takes <= 2.5x bare node`, met: ratio <= 2.5, detail: `${fmtMs(measured[0].wallMs)} vs bare node ${fmtMs(measured[1].wallMs)} = ${ratio.toFixed(2)}x` });
  }
}

/** One big pytest junit file: time and peak RSS. */
async function junitSection(b: Bench): Promise<void> {
  const { o } = b;
  console.log(`\n[junit] one ${formatSize(o.junitSize)} pytest junit file`);
  const j = part(b.base, 'junit', { seed: o.seed, bytes: o.junitSize }, (t) => {
    mkdirSync(t, { recursive: true });
    return writeBigJunit(path.join(t, 'custom__cc-ci__test_custom.xml'), o.seed, o.junitSize);
  });
  const file = path.join(j.target, 'custom__cc-ci__test_custom.xml');
  const bytes = statSync(file).size;
  const c = ours(b, 'redfix-forensics', [file], 'junit');
  show('junit', [c]);
  warmPageCache([file]);
  const [m] = await measure([c], o.runs, b.base, progress);
  checkExit(m, [0, 1], 'redfix-forensics (junit)');
  rows.push({ section: 'junit', what: 'redfix-forensics', bytes, m, note: summarizeFindings(reportIn(b, 'junit.json')).note });
  const scaled = o.junitSize === 50e6 ? '' : ` (measured on ${formatSize(bytes)}; the target is for 50 MB)`;
  targets.push({ name: 'junit: a 50 MB junit file in <= 3 s', met: m.wallMs <= 3000, detail: `${fmtMs(m.wallMs)}${scaled}` });
  const rssMet = m.rssKB === undefined ? undefined : m.rssKB <= 400 * 1024;
  targets.push({ name: 'junit: peak RSS <= 400 MB', met: rssMet, detail: `${fmtRss(m.rssKB)}${scaled}` });
}

/** The main sweep directory, which the main and rules sections share. */
function mainCorpus(b: Bench): ReturnType<typeof part> {
  const { o } = b;
  console.log(`\n[corpus] main sweep directory, ${formatSize(o.size)}, signature lines ~1 in 10,000`);
  const params = { seed: o.seed, bytes: o.size, rate: 1e-4 };
  const main = part(b.base, 'main', params, (t) => writeSweep({ dir: t, seed: o.seed, bytes: o.size, rate: 1e-4 }));
  describeCorpus(main.target, main.stats);
  return main;
}

async function mainSection(b: Bench, main: ReturnType<typeof part>): Promise<void> {
  console.log('\n[main] the sweep directory: redfix-forensics vs peers');
  await sweepSection(b, 'main', main, { atLeast: 0.8, note: (bytes) => sizeNote(bytes, 1e9, '1 GB'), rss: true });
}

/** A generated pack of `factor` times the built-in rules, written to rules-<factor>x.json; the pack. */
function writeRulePack(b: Bench, factor: number): { pack: ReturnType<typeof makeRulePack>; file: string } {
  const pack = makeRulePack(b.o.seed, factor);
  const file = path.join(b.base, `rules-${factor}x.json`);
  writeFileSync(file, JSON.stringify({ rules: pack.rules }, null, 1));
  return { pack, file };
}

/** The main corpus with 10x and 100x the rules, each timed against the built-in rules alone. */
async function rulesSection(b: Bench, main: ReturnType<typeof part>): Promise<void> {
  console.log('\n[rules] the main corpus with the built-in rules vs 10x the rules');
  const { pack, file: packFile } = writeRulePack(b, 10);
  const total = pack.rules.length + BUILTIN_RULES.length;
  console.log(`  rule pack: ${pack.rules.length} variants + ${BUILTIN_RULES.length} built-ins = ${total} rules; rule literals ${pack.builtinLiterals} -> ${pack.totalRuleLiterals}; prefilter literals ${pack.prefilterLiterals.before} -> ${pack.prefilterLiterals.after}`);
  const bytes = totalBytes(main.target);
  const a = ours(b, `built-in rules (${BUILTIN_RULES.length})`, [main.target], 'rules-1x');
  const c = ours(b, `10x rules (${total}, --rules)`, [main.target, '--rules', packFile], 'rules-10x');
  show('rules', [a, c]);
  warmPageCache([main.target]);
  const [ma, mb] = await measure([a, c], b.o.runs, b.base, progress);
  checkExit(ma, [0, 1], 'redfix-forensics (rules 1x)');
  checkExit(mb, [0, 1], 'redfix-forensics (rules 10x)');
  const fa = summarizeFindings(reportIn(b, 'rules-1x.json'));
  const fb = summarizeFindings(reportIn(b, 'rules-10x.json'));
  const ratio = mb.wallMs / ma.wallMs;
  rows.push({ section: 'rules', what: a.label, bytes, m: ma, note: fa.note });
  rows.push({ section: 'rules', what: c.label, bytes, m: mb, note: `${fb.note}; ${ratio.toFixed(2)}x the time of the built-ins` });
  targets.push({ name: 'rules: 10x the rules cost < 1.3x the time', met: ratio < 1.3, detail: `${fmtMs(mb.wallMs)} vs ${fmtMs(ma.wallMs)} = ${ratio.toFixed(2)}x` });
  await hundredfoldRules(b, main, bytes, ma);
}

/** A Sigma-sized pack: 100x the built-in rules, timed against the built-ins' run `builtins`. */
async function hundredfoldRules(
  b: Bench,
  main: ReturnType<typeof part>,
  bytes: number,
  builtins: Measured,
): Promise<void> {
  const { pack: pack100, file: pack100File } = writeRulePack(b, 100);
  const label = `100x rules (${pack100.rules.length + BUILTIN_RULES.length}, --rules)`;
  const c = ours(b, label, [main.target, '--rules', pack100File], 'rules-100x');
  show('rules', [c]);
  const [mc] = await measure([c], b.o.runs, b.base, progress);
  checkExit(mc, [0, 1], 'redfix-forensics (rules 100x)');
  const ratio100 = mc.wallMs / builtins.wallMs;
  const findings = summarizeFindings(reportIn(b, 'rules-100x.json')).note;
  rows.push({ section: 'rules', what: c.label, bytes, m: mc, note: `${findings}; ${ratio100.toFixed(2)}x the time of the built-ins` });
  targets.push({ name: 'rules: 100x the rules cost < 2x the time', met: ratio100 < 2, detail: `${fmtMs(mc.wallMs)} vs ${fmtMs(builtins.wallMs)} = ${ratio100.toFixed(2)}x` });
}

/** A sweep directory where ~1 line in 10 is a signature. */
async function denseSection(b: Bench): Promise<void> {
  const { o } = b;
  console.log(`\n[corpus] dense sweep directory, ${formatSize(o.denseSize)}, signature lines ~1 in 10`);
  const params = { seed: o.seed, bytes: o.denseSize, rate: 0.1 };
  const dense = part(b.base, 'dense', params, (t) => writeSweep({ dir: t, seed: `${o.seed}/dense`, bytes: o.denseSize, rate: 0.1 }));
  describeCorpus(dense.target, dense.stats);
  console.log('\n[dense] the dense directory: redfix-forensics vs peers');
  await sweepSection(b, 'dense', dense, { atLeast: 0.25, note: () => '', rss: true });
}

/** A sweep directory whose run logs are full of pytest -v result lines. */
async function verboseSection(b: Bench): Promise<void> {
  const { o } = b;
  const results = o.verboseResults;
  console.log(`\n[corpus] verbose sweep directory, ${formatSize(o.verboseSize)} of service logs, signature lines ~1 in 10,000; the run logs add ${results} pytest -v result lines`);
  const params = { seed: o.seed, bytes: o.verboseSize, rate: 1e-4, verboseResults: results };
  const verbose = part(b.base, 'verbose', params, (t) => writeSweep({ dir: t, ...params, seed: `${o.seed}/verbose` }));
  describeCorpus(verbose.target, verbose.stats);
  console.log('\n[verbose] the verbose directory: redfix-forensics vs peers');
  await sweepSection(b, 'verbose', verbose, { atLeast: 0.3, note: () => '', rss: false });
}

/** One big docker service log: peak RSS. */
async function memorySection(b: Bench): Promise<void> {
  const { o } = b;
  console.log(`\n[corpus] one ${formatSize(o.bigSize)} docker service log (gitea app, crash loops), signature lines ~1 in 10,000`);
  const big = part(b.base, 'big', { seed: o.seed, bytes: o.bigSize, rate: 1e-4 }, (t) => {
    mkdirSync(t, { recursive: true });
    return writeBigServiceLog(path.join(t, 'app.log'), o.seed, o.bigSize, 1e-4);
  });
  const file = path.join(big.target, 'app.log');
  console.log('\n[memory] one big file: redfix-forensics vs peers');
  const bytes = statSync(file).size;
  const r = await sideBySide(b, 'memory', file, bytes, 'memory');
  const met = r.ours.rssKB === undefined ? undefined : r.ours.rssKB <= 150 * 1024;
  targets.push({ name: 'memory: peak RSS <= 150 MB on a single 2 GB file', met, detail: `${fmtRss(r.ours.rssKB)}${sizeNote(bytes, 2e9, '2 GB')}` });
}

interface HostileCase {
  tag: string;
  file: string;
  check: (result: HostileResult) => string | undefined;
  rssMB: number;
}

/** Issue 14's crash cases, each with what its report must show. */
function hostileCases(dir: string): HostileCase[] {
  const eventsOf = (r: HostileResult, name: string) => r.inputs.find((i) => i.path.endsWith(name))?.events;
  return [
    { tag: 'hostile-junit', file: path.join(dir, 'install__cc-ci__test_x.xml'), rssMB: 400, check: (r) => (r.inputs.length === 2 && r.inputs.every((i) => i.events > 0) ? undefined : 'an input is missing or empty') },
    { tag: 'hostile-junit-cases', file: path.join(dir, 'upgrade__cc-ci__test_many.xml'), rssMB: 250, check: (r) => (eventsOf(r, 'test_many.xml') === HOSTILE_JUNIT_CASES && r.inputs.length === 2 ? undefined : 'cases lost') },
    { tag: 'hostile-dense', file: path.join(dir, 'g.log'), rssMB: 300, check: (r) => (eventsOf(r, 'g.log') === 200_000 && r.inputs.length === 2 ? undefined : 'events lost') },
  ];
}

/** One crash case beside the good log: every input reported, within its peak RSS. */
async function hostileCase(b: Bench, c: HostileCase, good: string): Promise<void> {
  const command = ours(b, 'redfix-forensics', [c.file, good], c.tag);
  show('hostile', [command]);
  warmPageCache([c.file]);
  const [m] = await measure([command], b.o.runs, b.base, progress);
  checkExit(m, [0, 1], `redfix-forensics (${c.tag})`);
  let problem: string | undefined;
  try {
    problem = c.check(JSON.parse(readFileSync(reportIn(b, `${c.tag}.json`), 'utf8')) as HostileResult);
  } catch (error) {
    problem = `no report: ${(error as Error).message.slice(0, 80)}`;
  }
  if (problem) failures += 1;
  const note = problem ?? summarizeFindings(reportIn(b, `${c.tag}.json`)).note;
  rows.push({ section: 'hostile', what: c.tag, bytes: statSync(c.file).size, m, note });
  const met = problem === undefined && m.rssKB !== undefined ? m.rssKB <= c.rssMB * 1024 : undefined;
  targets.push({ name: `hostile: ${c.tag} reports every input within ${c.rssMB} MB peak RSS`, met, detail: `${fmtRss(m.rssKB)}${problem ? `; ${problem}` : ''}` });
}

async function hostileSection(b: Bench): Promise<void> {
  console.log('\n[hostile] a junit file with a 150 MB <failure> body; a junit file of a million cases; a dense 66 MB crash loop (every line an event)');
  const h = part(b.base, 'hostile', { seed: b.o.seed, junitCases: HOSTILE_JUNIT_CASES }, (t) => {
    mkdirSync(t, { recursive: true });
    writeHostileInputs(t);
    return undefined;
  });
  const good = path.join(h.target, 'server.log');
  for (const c of hostileCases(h.target)) await hostileCase(b, c, good);
}

// ── run ─────────────────────────────────────────────────────────────────────
function printMachine(o: Options, base: string, rg: string | undefined, grep: string | undefined): void {
  const cpus = os.cpus();
  const load = os.loadavg().map((l) => l.toFixed(2)).join(' ');
  console.log(`redfix-forensics benchmark — seed ${JSON.stringify(o.seed)}, ${o.runs} run(s) per command, sections: ${[...o.only].join(', ')}`);
  console.log(`machine: ${cpus.length} × ${cpus[0]?.model ?? '?'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, load average ${load}; node ${process.version}`);
  console.log(`peers: ${rg ? `rg: ${rg}` : 'rg: not installed (skipped)'}; ${grep ? `grep: ${grep}` : 'grep: not installed (skipped)'}; LC_ALL=${process.env.LC_ALL ?? ''} LANG=${process.env.LANG ?? ''}`);
  console.log(`peak RSS: ${rssMethod.description}`);
  console.log(`corpus and outputs in ${base}`);
}

/** The literals the scanner looks for, one per line, as the peers read them; the file's path. */
function writePatterns(o: Options, base: string, literals: string[]): string {
  checkTemplates(literals, o.seed);
  const patterns = path.join(base, 'patterns.txt');
  writeFileSync(patterns, `${literals.join('\n')}\n`);
  console.log(`signature patterns: ${literals.length} literals (STRUCTURAL_LITERALS + the built-in rules' literals), written one per line to ${patterns}; the peers read them with -F -f`);
  return patterns;
}

function printReport(literals: string[]): void {
  console.log('\n== results (medians; MB = 10^6 bytes) ==\n');
  printTable();
  console.log('\n== commands ==');
  for (const c of commandsShown) console.log(`  [${c.section}] ${c.text}`);
  console.log(`  (patterns.txt: ${JSON.stringify(literals)})`);
  console.log('  Our report goes to a file with --output; rg and grep write to files too (GNU grep stops at the first match when stdout is /dev/null).');
  console.log('\n== targets (reported, not asserted) ==');
  for (const t of targets) console.log(`  ${t.met === undefined ? 'n/a    ' : t.met ? 'met    ' : 'NOT met'}  ${t.name}: ${t.detail}`);
  if (failures > 0) console.log(`\n${failures} problem(s) above: a command failed or the correctness check differs`);
}

async function runBench(o: Options, base: string, out: string): Promise<number> {
  const literals = buildLiteralTable(BUILTIN_RULES.map((rule) => ({ rule, origin: BUILTIN_ORIGIN }))).list;
  const rg = probeProgram('rg');
  const grep = probeProgram('grep');
  printMachine(o, base, rg, grep);
  const b: Bench = { o, base, out, rg, grep, patterns: writePatterns(o, base, literals) };
  if (o.only.has('correctness')) await correctnessSection(b);
  if (o.only.has('startup')) await startupSection(b);
  if (o.only.has('junit')) await junitSection(b);
  const main = o.only.has('main') || o.only.has('rules') ? mainCorpus(b) : undefined;
  if (o.only.has('main') && main) await mainSection(b, main);
  if (o.only.has('rules') && main) await rulesSection(b, main);
  if (o.only.has('dense')) await denseSection(b);
  if (o.only.has('verbose')) await verboseSection(b);
  if (o.only.has('memory')) await memorySection(b);
  if (o.only.has('hostile')) await hostileSection(b);
  printReport(literals);
  return failures > 0 ? 1 : 0;
}

/** `node --version` of another node binary. */
function spawnVersion(binary: string): string {
  return spawnSync(binary, ['--version'], { encoding: 'utf8' }).stdout.trim() || binary;
}

process.exitCode = await main();
