/**
 * Multi-line events: a Go panic with its goroutine dump, a Python traceback, a Java exception
 * with its `at …` and `Caused by:` lines become one event, in every envelope (Elastic's
 * multiline `pattern` + `negate` + `match: after`, lnav's continuation lines). The event's
 * location is its first line; its message the panic or exception line; the rest is kept as
 * capped detail. Lines stay counted one by one, and a continuation line that is an event of
 * its own (it holds a rule's literal) is still handed on as one: nothing a rule matched moves.
 *
 * `docker service logs` interleaves its tasks' lines, so a block continues only with lines of
 * the same task (or container, or service).
 */
import type { BlockKind } from '../events.js';
import type { ScanEvent } from '../engine/engine.js';
import type { ParsedLine } from '../parsers/line.js';

export const BLOCK_LIMITS = {
  /** Continuation lines kept per block; the rest are counted (`+N lines`). */
  detailLines: 100,
  /**
   * A block takes continuation lines up to this many physical lines after its first: a range
   * boundary is never farther.
   */
  window: 1000,
};

/** Regexes here are linear by construction: no two adjacent parts can match the same characters. */
export interface BlockRule {
  kind: BlockKind;
  head: (message: string) => boolean;
  /** A line that continues the block. */
  continues: RegExp;
  /** A line that ends the block and is its message (Python's exception line). */
  ends?: RegExp;
}

/** `java.lang.IllegalStateException: …`: a package path, then a class name (its suffix is tested apart). */
export const JAVA_CLASS = /^(?:[a-z_$][\w$]*\.)+([A-Z][\w$]*)(?::|$)/;

export const BLOCK_RULES: readonly BlockRule[] = [
  {
    kind: 'go-panic',
    head: (m) => /^(?:panic: |fatal error: )/.test(m),
    // [signal …], goroutine headers, frames (`pkg.Func(…)`, indented `file.go:N +0x…`), `created by`,
    // blank lines between goroutines.
    continues: /^(?:\s|$|\[signal |goroutine \d+ \[|created by |[\w./*[\]{}-]+\(.*\)$|\.\.\.additional frames elided\.\.\.)/,
  },
  {
    kind: 'python-traceback',
    head: (m) => m.startsWith('Traceback (most recent call last):'),
    // A chained traceback starts a block of its own (so a range boundary inside one changes nothing).
    continues: /^(?:\s|$|During handling of the above exception|The above exception was the direct cause)/,
    // The exception line: a (dotted) name, then its message.
    ends: /^[A-Za-z_][\w.]*(?::|$)/,
  },
  {
    kind: 'java-exception',
    head: (m) => m.startsWith('Exception in thread "') || /(?:Exception|Error|Throwable)$/.test(JAVA_CLASS.exec(m)?.[1] ?? ''),
    continues: /^(?:\s+at |\s*\.\.\. \d+ (?:more|common frames omitted)|Caused by: |\s+Suppressed: |\s+\.\.\. \d+)/,
  },
];

function ruleFor(message: string): BlockRule | undefined {
  for (const rule of BLOCK_RULES) if (rule.head(message)) return rule;
  return undefined;
}

/** The unit whose lines continue a block: the task, else the container or service, else the file. */
function unitKey(parsed: Pick<ParsedLine, 'task' | 'service' | 'stack'>): string {
  return parsed.task ?? (parsed.service !== undefined ? `${parsed.stack ?? ''}_${parsed.service}` : '');
}

/** A block still taking lines: its first event, held until the block ends. */
export interface OpenBlock {
  key: string;
  kind: BlockKind;
  head: ScanEvent;
  lastLine: number;
  detail: string[];
  omitted: number;
  /** Python: the exception line has been read, the block is complete. */
  message?: string;
}

/** A line as the joiner sees it: its number, and its payload once envelopes are peeled. */
export interface JoinLine {
  line: number;
  parsed: ParsedLine;
}

/**
 * Joins continuation lines to the event they continue. Fed every line while a block is open
 * (`open` tells the scanner so) and every event; emits events through `emit`.
 */
export class BlockJoiner {
  private readonly blocks = new Map<string, OpenBlock>();

  constructor(private readonly emit: (event: ScanEvent) => void) {}

  /** Whether a block is open: the scanner must then hand on every line, not only candidates. */
  get open(): boolean {
    return this.blocks.size > 0;
  }

  /**
   * A line while a block is open (its event, if it is one, comes through `event` after).
   * Returns the first line of the block it continues, when it does.
   */
  line(line: JoinLine): number | undefined {
    const key = unitKey(line.parsed);
    const block = this.blocks.get(key);
    if (!block) return undefined;
    const rule = BLOCK_RULES.find((r) => r.kind === block.kind)!;
    const text = line.parsed.message;
    const head = block.head.line;
    if (line.line - head > BLOCK_LIMITS.window || block.message !== undefined) { this.close(key); return undefined; }
    if (rule.ends && !rule.continues.test(text) && rule.ends.test(text)) {
      this.append(block, line.line, text);
      block.message = text;
      this.close(key);
      return head;
    }
    if (rule.continues.test(text)) {
      this.append(block, line.line, text);
      return head;
    }
    this.close(key);
    return undefined;
  }

  /** An event (after `line`): a block's first line is held; any other is handed on. */
  event(event: ScanEvent, parsed: ParsedLine, partOf: number | undefined): void {
    if (partOf !== undefined) event.partOf = partOf;
    const rule = partOf !== undefined ? undefined : ruleFor(event.message);
    if (!rule) { this.emit(event); return; }
    const key = unitKey(parsed);
    if (this.blocks.has(key)) this.close(key);
    this.blocks.set(key, { key, kind: rule.kind, head: event, lastLine: event.line, detail: [], omitted: 0 });
  }

  /** Ends every open block (end of input). */
  flush(): void {
    for (const key of [...this.blocks.keys()]) this.close(key);
  }

  /** The open blocks, taken out (a range ends: the next range's first lines may continue them). */
  takeOpen(): OpenBlock[] {
    const open = [...this.blocks.values()];
    this.blocks.clear();
    return open;
  }

  /** Blocks a previous range left open, continued here. */
  resume(blocks: readonly OpenBlock[]): void {
    for (const block of blocks) this.blocks.set(block.key, block);
  }

  private append(block: OpenBlock, line: number, text: string): void {
    block.lastLine = line;
    if (block.detail.length < BLOCK_LIMITS.detailLines) block.detail.push(text);
    else block.omitted += 1;
  }

  private close(key: string): void {
    const block = this.blocks.get(key);
    if (!block) return;
    this.blocks.delete(key);
    const event = block.head;
    // A Java exception line with nothing under it is no block: the line alone.
    if (block.detail.length === 0 && block.omitted === 0 && block.kind === 'java-exception' && !event.message.startsWith('Exception in thread')) {
      this.emit(event);
      return;
    }
    event.block = {
      kind: block.kind,
      span: block.lastLine - event.line + 1,
      detail: block.detail,
      omitted: block.omitted,
    };
    if (block.message !== undefined) event.message = block.message;
    this.emit(event);
  }
}
