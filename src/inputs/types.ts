export type Utf16 = 'utf-16le' | 'utf-16be';

/** One thing to read: a file found on the command line or in a scanned directory, or stdin. */
export interface InputRef {
  /** Display path: as named on the command line, joined with the path inside a scanned directory; `-` for stdin. */
  path: string;
  /** Where to read it; undefined for stdin and pipes (read as streams, once). */
  fsPath?: string;
  /**
   * A named pipe or process substitution (`<(zcat x.gz)`) named on the command line: opened and
   * read as a stream, like stdin.
   */
  pipe?: string;
  /** Run this input belongs to. */
  run: string;
  /** Path below the run's root directory (`gitea/services/app.log`), when the input came from a run directory. */
  relative?: string;
  size?: number;
  /** Set once the head shows UTF-16 text: the input is decoded to UTF-8 as it is read. */
  encoding?: Utf16;
  /** Modification time when the input was found: a change during the scan is noticed by it and by size. */
  mtimeMs?: number;
}

export interface RunRef {
  id: string;
  paths: string[];
}

/** A problem with one input: it is reported and the rest of the scan goes on. */
export interface InputProblem {
  path: string;
  run?: string;
  message: string;
  line?: number;
  offset?: number;
  /** The input could not be read at all (as opposed to read with a warning). */
  fatal: boolean;
}
