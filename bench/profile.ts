/**
 * `npm run bench -- --profile`: one run of a corpus under `node --cpu-prof`, from the unbundled
 * build (its module paths name the stages), reported per pipeline stage (bench/stages.ts) and by
 * the functions with the most self time.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { STAGE_TITLES, STAGES, readProfiles, stageBreakdown, stageShares, type CpuProfile, type Stage } from './stages.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..', '..');
const SRC_ROOT = `${path.join(ROOT, 'dist', 'src')}/`;
const UNBUNDLED_CLI = path.join(HERE, 'unbundled-cli.js');

/**
 * What a stage's rate is counted in: every line for the stages that see every line, candidate
 * lines for those that see only them; none for the rest (start-up, documents, reports, GC).
 */
const RATE_UNIT: Readonly<Partial<Record<Stage, 'lines' | 'candidates'>>> = {
  scan: 'lines',
  decode: 'lines',
  envelope: 'candidates',
  payload: 'candidates',
  signals: 'candidates',
  engine: 'candidates',
  triage: 'candidates',
};

export interface ProfileCounts {
  /** Lines in the corpus. */
  lines: number;
  /** Lines holding a literal (rg's matching lines): the lines the grammars, the rules and the triage see. */
  candidates?: number;
}

/** The functions with the most self time, over every thread's profile. */
function topFunctions(profiles: readonly CpuProfile[], count: number): Array<[string, number]> {
  const byFunction = new Map<string, number>();
  for (const prof of profiles) {
    const self = new Map<number, number>();
    prof.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (prof.timeDeltas[i] ?? 0)));
    for (const node of prof.nodes) {
      const url = node.callFrame.url.replace(/^file:\/\//, '').replace(`${ROOT}/`, '');
      const where = url ? `${url}:${node.callFrame.lineNumber + 1}` : '';
      const key = `${node.callFrame.functionName || '(anonymous)'} ${where}`.trim();
      byFunction.set(key, (byFunction.get(key) ?? 0) + (self.get(node.id) ?? 0));
    }
  }
  return [...byFunction.entries()].sort((a, b) => b[1] - a[1]).slice(0, count);
}

function printStages(profiles: readonly CpuProfile[], counts: ProfileCounts): void {
  const breakdown = stageBreakdown(profiles, SRC_ROOT);
  const total = STAGES.reduce((sum, stage) => sum + breakdown.micros[stage], 0);
  console.log(`  per stage (CPU of ${breakdown.threads} thread(s), ${(total / 1e6).toFixed(2)} s sampled):`);
  console.log(`    ${'stage'.padEnd(10)} ${'CPU'.padStart(8)} ${'share'.padStart(6)} ${'per CPU second'.padStart(24)}  what`);
  for (const { stage, seconds, share } of stageShares(breakdown)) {
    const unit = RATE_UNIT[stage];
    const count = unit === undefined ? undefined : counts[unit];
    const label = count === undefined ? '-' : `${Math.round(count / seconds).toLocaleString('en')} ${unit}`;
    const cpu = `${seconds.toFixed(2)} s`;
    const percent = `${(share * 100).toFixed(1)}%`;
    console.log(`    ${stage.padEnd(10)} ${cpu.padStart(8)} ${percent.padStart(6)} ${label.padStart(24)}  ${STAGE_TITLES[stage]}`);
  }
}

/** Runs the tool once on `target` under the profiler and prints where its time went. */
export function profile(target: string, work: string, toolArgs: readonly string[], counts: ProfileCounts): void {
  const dir = path.join(work, 'prof');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
  // The report goes where the bench's other reports go (<work>/out).
  const output = path.join(work, 'out', 'profile.json');
  const args = ['--cpu-prof', '--cpu-prof-dir', dir, UNBUNDLED_CLI, target, ...toolArgs, '--format', 'json', '--output', output];
  console.log(`  profiling: node ${args.map((a) => (/^[\w./=:-]+$/.test(a) ? a : JSON.stringify(a))).join(' ')}`);
  const started = Date.now();
  const status = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] }).status;
  const profiles = readProfiles(dir);
  if (profiles.length === 0) {
    console.log(`  no profile written (exit ${status})`);
    return;
  }
  console.log(`  wall ${((Date.now() - started) / 1000).toFixed(2)} s with the profiler`);
  printStages(profiles, counts);
  console.log('  top self time:');
  for (const [key, t] of topFunctions(profiles, 12)) console.log(`    ${(t / 1e6).toFixed(2).padStart(6)} s  ${key}`);
}
