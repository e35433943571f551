import { isErrorOrWorse, jobMayTolerate, type FailureKind, type LogEvent } from '../events.js';
import { isStopLine } from '../signals/failure.js';
import { messageTemplate } from '../text/template.js';
import { PairIndex, PlaceIndex, subMap } from '../nested-map.js';
import { unitKind, unitName, unitOf, type Unit } from './unit.js';

/**
 * A crash loop: the same error from this many task ids of one service slot, or a failure repeated
 * this often by one container.
 */
const CRASH_LOOP = { tasks: 2, repeats: 3 };
const LIMITS = { signalsPerUnit: 500, tasksPerTemplate: 64, loopTemplates: 20_000, units: 10_000 };

/** The failure signals of one template in one file and tier, folded. */
export interface SignalRecord {
  kind: FailureKind;
  detail: string;
  unit: Unit;
  path: string;
  line: number;
  text: string;
  template: string;
  tier?: string;
  test?: string;
  count: number;
}

/** One task's lines of a repeated template: first and last (timestamp, else line), its first timestamp and line. */
interface TaskSpan {
  first: number;
  last: number;
  firstTs?: number;
  line: number;
}

interface LoopTrack {
  unit: Unit;
  tier?: string;
  path: string;
  line: number;
  text: string;
  template: string;
  /** Each task's first and last occurrence (timestamp, else line): tasks of a crash loop follow each other. */
  tasks: Map<string, TaskSpan>;
  count: number;
  /** Whether the repeated line is a failure signal itself (a line a container dies with). */
  failure: boolean;
}

/** A track that is a crash loop, with the tasks that died of its line. */
interface CrashLoop {
  track: LoopTrack;
  died: Array<[string, TaskSpan]>;
  acrossTasks: boolean;
}

/** A task of a crash loop's service that started after another died: when, and its first line. */
interface Restart {
  service: string;
  task: string;
  ts: number;
  path: string;
  line: number;
}

/**
 * Tasks that die and are replaced live one after another; two replicas of a slot running side by
 * side (a start-first update) both log their errors at once, and that is no crash loop.
 */
function oneAfterAnother(spans: Array<{ first: number; last: number }>): boolean {
  spans.sort((a, b) => a.first - b.first);
  for (let i = 1; i < spans.length; i++) if (spans[i].first <= spans[i - 1].last) return false;
  return true;
}

/** One run and recipe's failure signals: in the order first seen, and by where they were logged, then template. */
class RecipeSignals {
  readonly records: SignalRecord[] = [];
  /** By unit kind and name, file, tier and test joined (a short key), then template. */
  private readonly index = new Map<string, Map<string, SignalRecord>>();

  find(place: string, template: string): SignalRecord | undefined {
    return this.index.get(place)?.get(template);
  }

  add(place: string, record: SignalRecord): void {
    subMap(this.index, place).set(record.template, record);
    this.records.push(record);
  }

  /** Drops the records `tolerated` says were tolerated; returns how many signals they held. */
  drop(tolerated: (record: SignalRecord) => boolean): number {
    let signals = 0;
    for (let i = this.records.length - 1; i >= 0; i--) {
      const record = this.records[i];
      if (!tolerated(record)) continue;
      signals += record.count;
      this.records.splice(i, 1);
    }
    if (signals > 0) {
      for (const templates of this.index.values()) {
        for (const [template, record] of templates) if (tolerated(record)) templates.delete(template);
      }
    }
    return signals;
  }
}

/** One run and recipe's crash-loop tracks: in the order they began, and by stack, service, slot and what repeats. */
class RecipeLoops {
  readonly tracks: LoopTrack[] = [];
  private readonly index = new PlaceIndex<LoopTrack>();

  find(stack: string, service: string, slot: string, what: string): LoopTrack | undefined {
    return this.index.get(stack, service, slot, what);
  }

  add(stack: string, service: string, slot: string, what: string, track: LoopTrack): void {
    this.index.set(stack, service, slot, what, track);
    this.tracks.push(track);
  }
}

/**
 * Collects, per run and unit, the failure signals of the event stream and the crash loops it
 * shows. Bounded; what does not fit is counted.
 */
export class FailureCollector {
  /** By run, then recipe (none: ''). */
  private readonly signalsOf = new PairIndex(() => new RecipeSignals(), LIMITS.units);
  /** By run, then recipe (none: ''). */
  private readonly loopsOf = new PairIndex(() => new RecipeLoops());
  private loopCount = 0;
  /** Tasks that logged a stop (SIGTERM, shutting down): replaced on purpose, by an update or an undeploy. */
  private readonly stoppedTasks = new Set<string>();
  overflow = 0;

  ingest(event: LogEvent): void {
    if (event.partOf !== undefined) return;
    if (event.task !== undefined && isStopLine(event.message) && this.stoppedTasks.size < LIMITS.loopTemplates) this.stoppedTasks.add(`${event.run ?? ''}\u0000${event.task}`);
    if (event.failure) this.addSignal(event);
    if (event.service !== undefined && isErrorOrWorse(event.level)) this.trackLoop(event);
  }

  /** A signal given once its input ended (a tool's last error, signals/failure.ts): counted as if with its line. */
  lateSignal(event: LogEvent): void {
    if (event.failure && event.partOf === undefined) this.addSignal(event);
  }

  /**
   * The signals of the input at `path` before `line`, where its CI job said it succeeded
   * (signals/failure.ts, InputEnd): the job tolerated them. A failed test stays a failure. Returns
   * how many signals were dropped.
   */
  tolerate(path: string, line: number): number {
    let dropped = 0;
    for (const signals of this.signalsOf.values()) {
      dropped += signals.drop((r) => r.path === path && r.line < line && jobMayTolerate(r.kind));
    }
    return dropped;
  }

  private addSignal(event: LogEvent): void {
    const signals = this.signalsOf.get(event.run ?? '', event.recipe ?? '');
    if (!signals) { this.overflow += 1; return; }
    const { template } = messageTemplate(event);
    const place = `${unitKind(event)}\u0000${unitName(event)}\u0000${event.path}\u0000${event.tier ?? ''}\u0000${event.test ?? ''}`;
    const existing = signals.find(place, template);
    if (existing) { existing.count += 1; return; }
    if (signals.records.length >= LIMITS.signalsPerUnit) { this.overflow += 1; return; }
    signals.add(place, {
      kind: event.failure!.kind,
      detail: event.failure!.detail,
      unit: unitOf(event),
      path: event.path,
      line: event.line,
      text: event.text,
      template,
      tier: event.tier,
      test: event.test,
      count: 1,
    });
  }

  private trackLoop(event: LogEvent): void {
    const { template } = messageTemplate(event);
    const slot = String(event.fields.slot ?? '');
    // A failure repeats as its kind (rows of `docker service ps` differ in ids, nodes and padding);
    // an error line as its template.
    const what = event.failure ? `\u0001${event.failure.kind}\u0001${event.failure.detail}` : template;
    const stack = event.stack ?? '';
    const service = event.service!;
    let track = this.loopsOf.peek(event.run ?? '', event.recipe ?? '')?.find(stack, service, slot, what);
    if (!track) {
      if (this.loopCount >= LIMITS.loopTemplates) { this.overflow += 1; return; }
      track = {
        unit: unitOf(event),
        tier: event.tier,
        path: event.path,
        line: event.line,
        text: event.text,
        template,
        tasks: new Map(),
        count: 0,
        failure: event.failure !== undefined,
      };
      this.loopsOf.get(event.run ?? '', event.recipe ?? '')!.add(stack, service, slot, what, track);
      this.loopCount += 1;
    }
    track.count += 1;
    if (event.task === undefined) return;
    const at = event.ts ?? event.line;
    const span = track.tasks.get(event.task);
    if (span) span.last = Math.max(span.last, at);
    else if (track.tasks.size < LIMITS.tasksPerTemplate) {
      track.tasks.set(event.task, { first: at, last: at, firstTs: event.ts, line: event.line });
    }
  }

  /** The crash loops of a run's recipe: each track with the tasks that died of its line. */
  private crashLoops(run: string, recipe: string | undefined): CrashLoop[] {
    const out = [];
    for (const track of this.loopsOf.peek(run, recipe ?? '')?.tracks ?? []) {
      // A task stopped on purpose did not die of the line it logged before.
      const died = [...track.tasks].filter(([task]) => !this.stoppedTasks.has(`${run}\u0000${task}`));
      const acrossTasks = died.length >= CRASH_LOOP.tasks && oneAfterAnother(died.map(([, span]) => ({ ...span })));
      if (!acrossTasks && !(track.failure && track.count >= CRASH_LOOP.repeats)) continue;
      out.push({ track, died, acrossTasks });
    }
    return out;
  }

  /**
   * The restarts of a run's recipe's crash loops: every task after the first of a loop across
   * tasks, at its first timestamped line (a loop within one container has no task to show).
   */
  restarts(run: string, recipe: string | undefined): Restart[] {
    const out: Restart[] = [];
    for (const { track, died, acrossTasks } of this.crashLoops(run, recipe)) {
      if (!acrossTasks) continue;
      const timed = died.filter(([, span]) => span.firstTs !== undefined).sort((a, b) => a[1].firstTs! - b[1].firstTs!);
      for (const [task, span] of timed.slice(1)) {
        out.push({ service: track.unit.name, task, ts: span.firstTs!, path: track.path, line: span.line });
      }
    }
    return out.sort((a, b) => a.ts - b.ts);
  }

  /** Every signal of a run's recipe (undefined: the evidence that names none), crash loops first. */
  signals(run: string, recipe: string | undefined): SignalRecord[] {
    const loops: SignalRecord[] = [];
    for (const { track, died, acrossTasks } of this.crashLoops(run, recipe)) {
      loops.push({
        kind: 'crash-loop',
        detail: acrossTasks ? `the same line ends ${died.length} tasks of ${track.unit.name}` : `the same failure ${track.count} times in ${track.unit.name}'s log`,
        unit: track.unit,
        path: track.path,
        line: track.line,
        text: track.text,
        template: track.template,
        tier: track.tier,
        count: track.count,
      });
    }
    return [...loops, ...(this.signalsOf.peek(run, recipe ?? '')?.records ?? [])];
  }
}
