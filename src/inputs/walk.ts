import { accessSync, constants as fsConstants, readdirSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { plural } from '../text/plural.js';
import path from 'node:path';
import type { InputProblem, InputRef, RunRef } from './types.js';

export interface CollectedInputs {
  runs: RunRef[];
  inputs: InputRef[];
  problems: InputProblem[];
  /** What the walk left out on purpose (files beside --runs subdirectories, a file named twice). */
  notices: string[];
}

/**
 * Names of this process's stdin: read through the stdin stream, which works whatever stdin is
 * (opening /dev/stdin fails with ENXIO when it is a socket).
 */
const STDIN_ALIASES = new Set(['/dev/stdin', '/dev/fd/0', '/proc/self/fd/0']);

/** Directory entries in code-unit order of their names, the same on every platform and locale. */
function byName(a: Dirent, b: Dirent): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/** Run id of the loose files and stdin named together on the command line. */
export const LOOSE_RUN_ID = 'files';

/**
 * Synchronous file-system calls on purpose: a sweep can hold 100,000 small files, and each async
 * call is a thread-pool round trip.
 */
function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/** A few names of a list, for a notice: the rest counted. */
function sample(names: readonly string[], shown = 3): string {
  return names.length <= shown ? names.join(', ') : `${names.slice(0, shown).join(', ')} and ${names.length - shown} more`;
}

function displayJoin(root: string, relative: string): string {
  return root === '.' ? relative : path.posix.join(root.split(path.sep).join('/'), relative);
}

function describe(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOENT': return 'no such file or directory';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'ELOOP': return 'symbolic link loop';
    case 'ENOTDIR': return 'not a directory';
    default: return error.message;
  }
}

export interface WalkOptions {
  /** Follow symbolic links that lead out of the directory being walked (off: they are noticed and skipped). */
  followSymlinks?: boolean;
}

/** Run ids made unique as they are handed out: a second run named `x` is `x#2`. */
function uniqueRunIds(): (id: string) => string {
  const taken = new Set<string>();
  return (id) => {
    let unique = id;
    for (let i = 2; taken.has(unique); i++) unique = `${id}#${i}`;
    taken.add(unique);
    return unique;
  };
}

/**
 * Expands the command line into runs and their inputs.
 *
 * Each directory named is one run; each subdirectory of a `--runs` directory is one run; loose
 * files and stdin together form one more run. Directories are walked in sorted order, symbolic
 * links are followed once (a loop is an error for that input), and anything that is not a
 * regular file becomes a per-input problem instead of stopping the walk.
 */
export async function collectInputs(
  args: readonly string[],
  runsDirs: readonly string[],
  options: WalkOptions = {},
): Promise<CollectedInputs> {
  const out: CollectedInputs = { runs: [], inputs: [], problems: [], notices: [] };
  const once = new FileOnce(out.notices);
  const follow = options.followSymlinks === true;
  const loose: InputRef[] = [];
  const addRun = uniqueRunIds();

  for (const dir of runsDirs) await collectRuns(dir, out, once, follow, addRun);

  for (const arg of args) {
    if (arg === '-' || STDIN_ALIASES.has(arg)) {
      // Stdin can be read once: a second - would read nothing and look like an empty input.
      const first = loose.find((l) => l.fsPath === undefined && l.pipe === undefined);
      if (first) out.notices.push(`${arg}: stdin named twice (as ${first.path} before): read once`);
      else loose.push({ path: arg, run: LOOSE_RUN_ID });
      continue;
    }
    let stat;
    try {
      stat = statSync(arg);
    } catch (error) {
      out.problems.push({ path: arg, message: `cannot read: ${describe(error as NodeJS.ErrnoException)}`, fatal: true });
      continue;
    }
    if (stat.isDirectory()) {
      const id = addRun(arg.replace(/\/+$/, '') || arg);
      out.runs.push({ id, paths: [arg] });
      await walkRun(arg, id, arg.replace(/\/+$/, '') || arg, out, once, follow);
    } else if (stat.isFile()) {
      // Checked here as in a directory walk, so an unreadable file is reported the same way either way.
      try {
        accessSync(arg, fsConstants.R_OK);
      } catch (error) {
        out.problems.push({ path: arg, message: `cannot read: ${describe(error as NodeJS.ErrnoException)}`, fatal: true });
        continue;
      }
      const input = { path: arg, fsPath: arg, run: LOOSE_RUN_ID, size: stat.size, mtimeMs: stat.mtimeMs };
      if (once.first(input, stat)) loose.push(input);
    } else if (stat.isFIFO()) {
      // Named explicitly (a process substitution, a named pipe): read as a stream, once.
      const input = { path: arg, pipe: arg, run: LOOSE_RUN_ID };
      if (once.first(input, stat)) loose.push(input);
    } else {
      out.problems.push({ path: arg, message: 'not a regular file or a pipe (a device or a socket): not read', fatal: true });
    }
  }

  if (loose.length > 0) {
    const id = addRun(loose.length === 1 ? loose[0].path : LOOSE_RUN_ID);
    out.runs.push({ id, paths: loose.map((l) => l.path) });
    for (const input of loose) out.inputs.push({ ...input, run: id });
  }
  return out;
}

/**
 * The runs of one --runs directory: each subdirectory is one. Files beside them are not read, and
 * a notice names them; a directory with no subdirectory at all is an error (exit 2), not an
 * empty scan that exits 0.
 */
async function collectRuns(
  dir: string,
  out: CollectedInputs,
  once: FileOnce,
  follow: boolean,
  addRun: (id: string) => string,
): Promise<void> {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true }).sort(byName);
  } catch (error) {
    out.problems.push({ path: dir, message: `--runs: cannot read directory: ${describe(error as NodeJS.ErrnoException)}`, fatal: true });
    return;
  }
  const besides: string[] = [];
  let runs = 0;
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isSymbolicLink() && !follow && leadsOut(full, dir)) {
      out.notices.push(outsideNotice(displayJoin(dir, entry.name), dir));
      continue;
    }
    const stat = statOrUndefined(full);
    if (!stat?.isDirectory()) {
      besides.push(entry.name);
      continue;
    }
    const id = addRun(displayJoin(dir, entry.name));
    out.runs.push({ id, paths: [id] });
    runs += 1;
    await walkRun(full, id, id, out, once, follow);
  }
  if (runs === 0) {
    const what = besides.length > 0 ? `only ${plural(besides.length, 'file')} (${sample(besides)})` : 'nothing';
    out.problems.push({ path: dir, message: `--runs: no run directory in it, ${what}: name the directory itself (without --runs) to scan it as one run`, fatal: true });
  } else if (besides.length > 0) {
    out.notices.push(`--runs ${dir}: ${plural(besides.length, 'file')} beside the run directories not read (${sample(besides)}): name them to scan them`);
  }
}

/**
 * Each file is read once however often it is named (twice on the command line, a directory and
 * a file inside it, a hard link): reading it twice would double its evidence counts. The first
 * name wins; the others are noticed.
 */
class FileOnce {
  private readonly seen = new Map<string, string>();

  constructor(private readonly notices: string[]) {}

  first(input: InputRef, stat: Stats): boolean {
    const identity = `${stat.dev}:${stat.ino}`;
    const earlier = this.seen.get(identity);
    if (earlier === undefined) {
      this.seen.set(identity, input.path);
      return true;
    }
    this.notices.push(`${input.path}: the same file as ${earlier}: read once`);
    return false;
  }
}

/** A symbolic link whose target lies outside `root` (a broken link does not: reading it reports it). */
function leadsOut(link: string, root: string): boolean {
  let target: string;
  let base: string;
  try {
    target = realpathSync(link);
    base = realpathSync(root);
  } catch {
    return false;
  }
  return target !== base && !target.startsWith(base.endsWith(path.sep) ? base : base + path.sep);
}

function outsideNotice(display: string, root: string): string {
  return `${display}: a symbolic link leading outside ${root}: not followed (--follow-symlinks reads it)`;
}

/**
 * Walks one run directory. A symbolic link inside it is followed when its target lies inside
 * the directory too; one that leads out (to /etc/passwd, say) is skipped with a notice unless
 * `follow`: host files must not end up in a report by accident.
 */
async function walkRun(
  root: string,
  runId: string,
  displayRoot: string,
  out: CollectedInputs,
  once: FileOnce,
  follow: boolean,
): Promise<void> {
  await new RunWalk(root, runId, displayRoot, out, once, follow).visit(root, '');
}

/** The walk of one run directory: its inputs, problems and notices go to `out`. */
class RunWalk {
  /** Real paths of the directories walked: meeting one again is a symbolic link loop. */
  private readonly seen = new Set<string>();

  constructor(
    private readonly root: string,
    private readonly runId: string,
    private readonly displayRoot: string,
    private readonly out: CollectedInputs,
    private readonly once: FileOnce,
    private readonly follow: boolean,
  ) {}

  async visit(dir: string, relative: string): Promise<void> {
    const entries = this.list(dir, relative);
    if (entries === undefined) return;
    for (const entry of entries) await this.visitEntry(dir, relative, entry);
  }

  /** A directory's entries in name order; undefined when it cannot be read or was walked already. */
  private list(dir: string, relative: string): Dirent[] | undefined {
    let real: string;
    try {
      real = realpathSync(dir);
    } catch (error) {
      this.problem(displayJoin(this.displayRoot, relative || '.'), `cannot read: ${describe(error as NodeJS.ErrnoException)}`);
      return undefined;
    }
    if (this.seen.has(real)) {
      this.problem(displayJoin(this.displayRoot, relative), 'symbolic link loop: this directory was already walked; not read again');
      return undefined;
    }
    this.seen.add(real);
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      this.problem(displayJoin(this.displayRoot, relative || '.'), `cannot read directory: ${describe(error as NodeJS.ErrnoException)}`);
      return undefined;
    }
    return entries.sort(byName);
  }

  private async visitEntry(dir: string, relative: string, entry: Dirent): Promise<void> {
    const full = path.join(dir, entry.name);
    const rel = relative ? `${relative}/${entry.name}` : entry.name;
    const display = displayJoin(this.displayRoot, rel);
    if (entry.isSymbolicLink() && !this.follow && leadsOut(full, this.root)) {
      this.out.notices.push(outsideNotice(display, this.displayRoot));
      return;
    }
    let stat;
    try {
      stat = statSync(full);
    } catch (error) {
      this.problem(display, `cannot read: ${describe(error as NodeJS.ErrnoException)}`);
      return;
    }
    if (stat.isDirectory()) await this.visit(full, rel);
    else if (stat.isFile()) {
      try {
        accessSync(full, fsConstants.R_OK);
      } catch (error) {
        this.problem(display, `cannot read: ${describe(error as NodeJS.ErrnoException)}`);
        return;
      }
      const input = {
        path: display,
        fsPath: full,
        run: this.runId,
        relative: rel,
        size: stat.size,
        mtimeMs: stat.mtimeMs,
      };
      if (this.once.first(input, stat)) this.out.inputs.push(input);
    } else {
      this.problem(display, 'not a regular file (device, socket or FIFO): not read');
    }
  }

  /** An input of the run that is not read: a problem of the run, fatal for that input. */
  private problem(display: string, message: string): void {
    this.out.problems.push({ path: display, run: this.runId, message, fatal: true });
  }
}
