/**
 * When worker threads pay for themselves. A worker takes scanning off the main thread, but every
 * event it finds costs the main thread an unpacking on top of its rules and triage, and its own
 * start-up and warm-up cost a core for a while. On a sparse log (a sweep's service logs, a
 * signature every few thousand lines) scanning is nearly all the work and a worker is a clear gain;
 * on a log where many lines are events (a crash loop, verbose pytest output) the main thread's
 * share is the limit and a worker only adds its costs.
 *
 * Measured with `npm run bench`'s generator on 2 cores, 100 MB sweeps with `--workers 0` against
 * `--workers 1` (medians of 5): 12 events per MB 0.60 → 0.53 s; 19 per MB 0.56 → 0.60 s; 43 per MB
 * 0.72 → 0.82 s; 114 per MB 0.91 → 0.96 s; the dense corpus (349 per MB) 1.00–1.08 → 1.14–1.26 s;
 * the main corpus (1 GB, 1.2 per MB) 1.31–1.37 → 0.94–1.06 s.
 *
 * So an automatic scan starts on the main thread alone and judges what it has read, a window of
 * bytes at a time: the first window as sparse as SPARSE_EVENTS_PER_MB or sparser starts the
 * workers for the ranges still unclaimed. Each window is judged on its own, so a dense head
 * (a crash-looping service scanned first) does not keep the threads from the sparse gigabyte after
 * it. The first ranges are judged before anything else is read, scanned ahead of their turn
 * (SharedRangeScan.sampleAhead): a run's own logs come first and are never cut into ranges, and
 * the workers would otherwise wait for the main thread to get through them. Which thread scans a
 * range never changes what the scan finds (scan/pool.ts).
 */

/** Bytes the main thread reads alone before it judges them: a window. */
export const SAMPLE_BYTES = 16 * 1024 * 1024;

/** Events per million bytes at or under which a window is sparse enough for worker threads. */
export const SPARSE_EVENTS_PER_MB = 16;

/** Judges the ranges the main thread scanned alone, a window at a time. */
export class SparseScanDetector {
  private bytes = 0;
  private events = 0;

  constructor(
    private readonly windowBytes = SAMPLE_BYTES,
    private readonly sparseEventsPerMb = SPARSE_EVENTS_PER_MB,
  ) {}

  /** A range of `bytes` that held `events` was scanned here; true once a whole window was sparse. */
  scanned(bytes: number, events: number): boolean {
    this.bytes += bytes;
    this.events += events;
    if (this.bytes < this.windowBytes) return false;
    const sparse = this.events * 1e6 <= this.sparseEventsPerMb * this.bytes;
    this.bytes = 0;
    this.events = 0;
    return sparse;
  }
}
