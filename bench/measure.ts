/**
 * Running commands and measuring them: wall time (monotonic clock, spawn to exit), peak RSS
 * and CPU time. Peak RSS comes from GNU time (`/usr/bin/time -f %M`, the kernel's ru_maxrss of
 * the process: every thread of it, worker threads included); without GNU time it is sampled
 * from /proc/<pid>/status VmHWM (the kernel's own high-water mark) every 10 ms, which can miss
 * growth in the last 10 ms before exit. Which one was used is printed with the results.
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, openSync, readFileSync, readdirSync, statSync, readSync, existsSync, unlinkSync } from 'node:fs';
import path from 'node:path';

export interface Command {
  /** Row label: `redfix-forensics`, `rg`, `grep` … */
  label: string;
  argv: string[];
  /** Written to the command's stdin (a pipe), then closed. Without it stdin is /dev/null. */
  stdin?: string | Buffer;
  /** Where stdout goes: a file, so that no tool can notice /dev/null and stop early (GNU grep does). */
  stdoutFile: string;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
}

export interface Sample {
  wallMs: number;
  rssKB?: number;
  userS?: number;
  sysS?: number;
  exit: number | null;
  signal: string | null;
  stderr: string;
}

const GNU_TIME = '/usr/bin/time';

export const rssMethod: { gnuTime: boolean; description: string } = (() => {
  if (existsSync(GNU_TIME)) {
    const probe = spawnSync(GNU_TIME, ['-f', '%M', 'true'], { encoding: 'utf8' });
    if (probe.status === 0 && /^\d+\s*$/m.test(probe.stderr)) {
      return { gnuTime: true, description: `${GNU_TIME} -f '%e %M %U %S' (GNU time: ru_maxrss, the peak of the process with all its threads, worker threads included; a child process would be counted on its own, not summed)` };
    }
  }
  return { gnuTime: false, description: '/proc/<pid>/status VmHWM sampled every 10 ms (GNU time not found; may miss growth in the last 10 ms)' };
})();

function readHwm(pid: number): number | undefined {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined;
  }
}

export async function runOnce(command: Command, scratch: string): Promise<Sample> {
  const timeFile = path.join(scratch, 'gnu-time.out');
  const stderrFile = `${command.stdoutFile}.stderr`;
  const out = openSync(command.stdoutFile, 'w');
  const err = openSync(stderrFile, 'w');
  const argv = rssMethod.gnuTime ? [GNU_TIME, '-f', '%e %M %U %S', '-o', timeFile, ...command.argv] : command.argv;
  let hwm: number | undefined;
  const started = process.hrtime.bigint();
  const child = spawn(argv[0], argv.slice(1), {
    stdio: [command.stdin !== undefined ? 'pipe' : 'ignore', out, err],
    env: command.env ?? process.env,
    cwd: command.cwd,
  });
  let sampler: NodeJS.Timeout | undefined;
  if (!rssMethod.gnuTime && child.pid !== undefined) {
    const pid = child.pid;
    sampler = setInterval(() => {
      const v = readHwm(pid);
      if (v !== undefined) hwm = Math.max(hwm ?? 0, v);
    }, 10);
  }
  if (command.stdin !== undefined) {
    child.stdin!.on('error', () => undefined);
    child.stdin!.end(command.stdin);
  }
  const { code, signal } = await new Promise<{ code: number | null; signal: string | null }>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (c, s) => resolve({ code: c, signal: s }));
  });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  if (sampler) clearInterval(sampler);
  closeSync(out);
  closeSync(err);
  const sample: Sample = { wallMs, exit: code, signal, stderr: readFileSync(stderrFile, 'utf8').slice(-2000) };
  if (rssMethod.gnuTime) {
    const lines = readFileSync(timeFile, 'utf8').trim().split('\n');
    const m = /^([\d.]+) (\d+) ([\d.]+) ([\d.]+)$/.exec(lines[lines.length - 1] ?? '');
    if (m) {
      sample.rssKB = Number(m[2]);
      sample.userS = Number(m[3]);
      sample.sysS = Number(m[4]);
    }
    unlinkSync(timeFile);
  } else {
    sample.rssKB = hwm;
  }
  return sample;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export interface Measured {
  command: Command;
  samples: Sample[];
  wallMs: number;
  /** The largest peak RSS of any run (conservative). */
  rssKB?: number;
  cpuS?: number;
}

/**
 * Runs every command `runs` times, interleaved (a b c a b c …) so that drift in the machine's
 * load falls on all of them alike; medians of wall and CPU time, the largest peak RSS.
 */
export async function measure(
  commands: Command[],
  runs: number,
  scratch: string,
  onSample?: (c: Command, s: Sample, i: number) => void,
): Promise<Measured[]> {
  const samples = commands.map(() => [] as Sample[]);
  for (let i = 0; i < runs; i++) {
    for (const [k, command] of commands.entries()) {
      const s = await runOnce(command, scratch);
      samples[k].push(s);
      onSample?.(command, s, i);
    }
  }
  return commands.map((command, k) => {
    const list = samples[k];
    const rss = list.map((s) => s.rssKB).filter((v): v is number => v !== undefined);
    const cpu = list.filter((s) => s.userS !== undefined).map((s) => s.userS! + s.sysS!);
    return {
      command,
      samples: list,
      wallMs: median(list.map((s) => s.wallMs)),
      rssKB: rss.length ? Math.max(...rss) : undefined,
      cpuS: cpu.length ? median(cpu) : undefined,
    };
  });
}

/** Every regular file under `target` (or `target` itself). */
export function listFiles(target: string): string[] {
  const st = statSync(target);
  if (st.isFile()) return [target];
  const out: string[] = [];
  for (const entry of readdirSync(target, { withFileTypes: true })) {
    const full = path.join(target, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(full));
    else if (entry.isFile()) out.push(full);
  }
  return out.sort();
}

export function totalBytes(target: string): number {
  return listFiles(target).reduce((n, f) => n + statSync(f).size, 0);
}

/** Reads every byte once so every command finds the corpus in the page cache. */
export function warmPageCache(targets: string[]): { bytes: number; ms: number } {
  const started = process.hrtime.bigint();
  const buf = Buffer.allocUnsafe(8 * 1024 * 1024);
  let bytes = 0;
  for (const target of targets) {
    for (const file of listFiles(target)) {
      const fd = openSync(file, 'r');
      try {
        for (;;) {
          const n = readSync(fd, buf, 0, buf.length, null);
          if (n === 0) break;
          bytes += n;
        }
      } finally {
        closeSync(fd);
      }
    }
  }
  return { bytes, ms: Number(process.hrtime.bigint() - started) / 1e6 };
}

/** Lines in a file, counted in chunks (rg's and grep's output: one line per matching line). */
export function countLines(file: string): number {
  const fd = openSync(file, 'r');
  const buf = Buffer.allocUnsafe(4 * 1024 * 1024);
  let n = 0;
  try {
    for (;;) {
      const got = readSync(fd, buf, 0, buf.length, null);
      if (got === 0) break;
      let p = 0;
      for (;;) {
        const nl = buf.indexOf(10, p);
        if (nl < 0 || nl >= got) break;
        n += 1;
        p = nl + 1;
      }
    }
  } finally {
    closeSync(fd);
  }
  return n;
}

/** Whether a program is installed, and its version line. */
export function probeProgram(program: string, args = ['--version']): string | undefined {
  const r = spawnSync(program, args, { encoding: 'utf8' });
  if (r.error || r.status !== 0) return undefined;
  return r.stdout.split('\n')[0].trim();
}
