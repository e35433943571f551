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
import { leadingSpaces, withoutIndent } from '../text/indent.js';
import { escapeRegExp } from '../text/regex-escape.js';

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
  /** Without its ending line the head is no block (a frame alone says nothing failed): the line alone. */
  needsEnd?: boolean;
  /** Its head is a frame, the first line of a block cut from its top: joined only where the joiner allows it. */
  fromFrame?: boolean;
  /** A block cut from its top that the input ends inside is one with this many `frame` lines (its head's included). */
  frame?: RegExp;
  /** Blank lines continue it but are not its detail (its span counts them). */
  blankSkipped?: boolean;
  /** Its ending line is detail, not its message (a shell's status under its `echo $?`: the line says what ran). */
  endIsDetail?: boolean;
  /**
   * Its head may be indented (a traceback a logger printed under its message, or pasted under a line at
   * column 0): its lines are then read without the head's indentation, and one with less ends the block.
   */
  indented?: boolean;
}

/** `java.lang.IllegalStateException: …`: a package path, then a class name (its suffix is tested apart). */
export const JAVA_CLASS = /^(?:[a-z_$][\w$]*\.)+([A-Z][\w$]*)(?::|$)/;

/** A Python traceback's frame: `  File "/app/manage.py", line 22, in <module>` (a SyntaxError's has no `in`). */
export const PYTHON_FRAME = /^\s+File "[^"\n]*", line \d+/;

/**
 * The exception line of a traceback whose `Traceback (most recent call last):` line was cut off: a
 * dotted name (`sqlalchemy.exc.ProgrammingError: …`, `psycopg2.errors.UniqueViolation: …`) or a
 * name an exception's is (`KeyError: 'id'`, `SystemExit: 1`), not any word and a colon (`INFO: …`).
 */
const HEADLESS_EXCEPTION = /^(?:(?:[A-Za-z_]\w*\.)+[A-Za-z_]\w*|[A-Za-z_]\w*(?:Error|Exception|Exit|Interrupt))(?::|$)/;

const CAUSE = 'Caused by: ';

export const LEVELLED_TRACEBACK = /^[A-Z]+:(?:[\w.]+:)? *Traceback \(most recent call last\):/;

/** A .NET exception's first line: PascalCase namespaces, its HRESULT or errno (`(0x80004005)`, `(111)`), a message. */
export const DOTNET_EXCEPTION = /^(?:Unhandled exception\. )?(?:[A-Z]\w*\.)+[A-Z]\w*(?:Exception|Error)(?: \((?:0x[\dA-Fa-f]{8}|\d+)\))?:(?:\s|$)/;

/**
 * A .NET frame that names where it is: its source line (`   at GitHub.Runner.Worker.ActionManager.Download(
 * IExecutionContext executionContext, …) in /home/runner/…/ActionManager.cs:line 1093`) or Mono's IL offset and
 * module (`  at Duplicati.Library.Backend.WEBDAV.Test () [0x00000] in <1aa1326b13664b9f92f75d7048721a2d>:0`).
 * PascalCase namespaces, not Java's `at org.example.App.main(App.java:13)`.
 */
export const DOTNET_FRAME = new RegExp(
  /^\s*at [A-Z][\w`.<>+,[\]]*\s?\([^()\n]*\)/.source + /(?: in .+:line \d+| \[0x[\da-f]+\] in <[\da-f]+>:\d+)\s*$/.source,
);

/**
 * A Java frame that names its source (`\tat org.testcontainers.containers.wait.strategy.LogMessageWaitStrategy.
 * waitUntilReady(LogMessageWaitStrategy.java:49)`, `at java.base/java.lang.Thread.run(Unknown Source)`), Scala's and
 * Kotlin's too: lower-case packages, not .NET's PascalCase namespaces nor a JavaScript frame's `(file:line:column)`.
 */
export const JAVA_FRAME = new RegExp(
  /^\s*at (?:[\w.$-]+\/{1,2})?[a-z][\w$]*(?:\.[\w$<>-]+)+/.source
    + /\((?:[\w$.-]+\.(?:java|scala|kt|groovy):\d+|Native Method|Unknown Source)\)\s*$/.source,
);

/** A prompt, then `echo $?` alone (PowerShell's `$LASTEXITCODE`, cmd's `%errorlevel%`): a status follows. */
export const SHELL_STATUS_ECHO = /^(?:[^\n]{0,120}?[$#>] ?)?echo (?:\$\?|\$LASTEXITCODE|%errorlevel%)\s*$/;
/** A status: a number alone on its line. */
const SHELL_STATUS = /^\s*-?\d{1,10}\s*$/;

/** A goroutine's origin in a Go stack dump (`created by k8s.io/client-go/tools/cache.(*Reflector).Run`). */
export const GO_CREATED_BY = /^created by [\w./*()[\]{}-]+/;
/**
 * A frame's file in a Go stack dump (`\t/usr/local/go/src/runtime/panic.go:221 +0x2e`), its indentation a tab, spaces
 * or rsyslog's escaped tab (`#011github.com/prometheus/node_exporter/collector/collector.go:152 +0x3d`).
 */
export const GO_FRAME_FILE = /^(?:\s+|#011)\S+\.go:\d+(?: \+0x[\da-f]+)?\s*$/;
/** A goroutine dump's lines: frames and their files, goroutine headers, `created by`, blanks between goroutines. */
const GO_STACK_LINE = /^(?:\s|#011|$|goroutine \d+ \[|created by |[\w./*[\]{}-]+\(.*\)$|\.\.\.additional frames elided\.\.\.)/;

/**
 * What continues a Java exception: its frames (indented or not, where a paste lost it), `... 12 more`, its causes and
 * suppressed exceptions, blank lines, and its message going on under its head, tab-indented.
 */
const JAVA_CONTINUES = /^(?:\s+at |\s*\.\.\. \d+ (?:more|common frames omitted)|Caused by: |\s+Suppressed: |\s+\.\.\. \d+|\s*$|at [\w$]+(?:\.[\w$<>]+)+\(|\t\S)/;

export const BLOCK_RULES: readonly BlockRule[] = [
  {
    kind: 'go-panic',
    head: (m) => /^(?:panic: |fatal error: )/.test(m),
    // [signal …], goroutine headers, frames (`pkg.Func(…)`, indented `file.go:N +0x…`), `created by`,
    // blank lines between goroutines.
    continues: new RegExp(`^\\[signal |${GO_STACK_LINE.source}`),
  },
  {
    kind: 'python-traceback',
    // Behind a logger's level as uvicorn and Python's basicConfig print it too (`ERROR:    Traceback (most recent call
    // last):`, `ERROR:root:Traceback …`).
    head: (m) => m.startsWith('Traceback (most recent call last):') || LEVELLED_TRACEBACK.test(m),
    indented: true,
    // A chained traceback starts a block of its own (so a range boundary inside one changes nothing).
    continues: /^(?:\s|$|During handling of the above exception|The above exception was the direct cause)/,
    // The exception line: a (dotted) name, then its message.
    ends: /^[A-Za-z_][\w.]*(?::|$)/,
  },
  {
    // A traceback pasted from below its first line (an issue's excerpt, a log cut by `tail`): from
    // its first frame to its exception line, which must come for the lines to be one.
    kind: 'python-traceback',
    head: (m) => PYTHON_FRAME.test(m),
    continues: /^(?:\s|$)/,
    ends: HEADLESS_EXCEPTION,
    needsEnd: true,
    fromFrame: true,
    frame: PYTHON_FRAME,
  },
  {
    kind: 'java-exception',
    // Or its cause, where an excerpt was cut above it (`Caused by: java.lang.RuntimeException: …`).
    head: (m) => m.startsWith('Exception in thread "') || /(?:Exception|Error|Throwable)$/.test(JAVA_CLASS.exec(m.startsWith(CAUSE) ? m.slice(CAUSE.length) : m)?.[1] ?? ''),
    // Blank lines too (kept out of its detail): a trace that ends its input often ends with one. A frame pasted
    // without its indentation is still one (`at org.springframework.beans.factory….initializeBean(…)`).
    // Its message may go on under it, tab-indented (OrientDB's `\tDB name="security"` above the frames).
    continues: JAVA_CONTINUES,
    blankSkipped: true,
  },
  {
    // .NET's exception and its frames, indented under a logger's line as ASP.NET Core's console logger prints it
    // (`      Npgsql.NpgsqlException (0x80004005): Failed to connect to 127.0.0.1:5432`, `       ---> System.Net.…`,
    // `         at System.Net.Sockets.Socket.…`); Mono's frames too (`  at Terraria.Main.x () [0x00017] in <…>:0`).
    kind: 'dotnet-exception',
    head: (m) => DOTNET_EXCEPTION.test(m),
    indented: true,
    continues: /^(?:\s+at |\s*---> |\s*--- End of |\s*$)/,
    blankSkipped: true,
  },
  {
    // Java frames below an exception line cut off, or said behind a logger's prefix no grammar reads (Testcontainers'
    // `… ERROR [🐳 [postgres:12]] (pool-146-thread-1) Could not start container: org.testcontainers.containers.
    // ContainerLaunchException: …`): from its first frame, a block only where the input ends inside it.
    kind: 'java-exception',
    head: (m) => JAVA_FRAME.test(m),
    continues: JAVA_CONTINUES,
    blankSkipped: true,
    ends: /(?!)/,
    needsEnd: true,
    fromFrame: true,
    frame: JAVA_FRAME,
  },
  {
    // A goroutine dump pasted from below its `panic:` line (an issue's excerpt, `kubectl logs --tail`): from a
    // goroutine's `created by …` line on, its frames (`\t/go/pkg/mod/…/controller.go:223 +0x357`) and the goroutines
    // after it; a block only where the input ends inside it (it has no last line of its own).
    kind: 'go-panic',
    head: (m) => GO_CREATED_BY.test(m),
    continues: GO_STACK_LINE,
    ends: /(?!)/,
    needsEnd: true,
    fromFrame: true,
    frame: GO_FRAME_FILE,
  },
  {
    // .NET frames below an exception line cut off, or said behind a logger's prefix no grammar reads (TShock's
    // `TShock: ERROR: System.NullReferenceException: …`, the Actions runner's `[… ERR  JobRunner] Caught exception from
    // InitializeJob: System.Net.Http.HttpRequestException: …`): from the first frame that names its source, a block
    // only where the input ends inside it.
    kind: 'dotnet-exception',
    head: (m) => DOTNET_FRAME.test(m),
    // Its frames unindented too, where a paste indented every line and the indentation was peeled.
    continues: /^(?:\s+at |at [A-Z][\w`.<>+,[\]]*\s?\(|\s*---> |\s*--- End of |\s*-+ Inner Stack Trace -+\s*$|\s*$)/,
    blankSkipped: true,
    ends: /(?!)/,
    needsEnd: true,
    fromFrame: true,
    frame: DOTNET_FRAME,
  },
  {
    // A shell session pasted with the status of what it ran (`$ echo $?`, `root@29c9c7168706:/opt# echo $?`, then
    // `1`): the status is the next line, which holds no literal the scan looks for.
    kind: 'shell-status',
    // Tried on every event: the plain search first, the expression only on a line that holds its words.
    head: (m) => m.includes('echo ') && SHELL_STATUS_ECHO.test(m),
    continues: /(?!)/,
    ends: SHELL_STATUS,
    needsEnd: true,
    endIsDetail: true,
  },
];

/**
 * Frames (its head's included) a traceback cut from its top must hold to be one where the input ends before its
 * exception line: an excerpt cut at both ends (a logger's lines, `ERROR 03-27 22:19:40 [core.py:367]   File "…"`).
 * In the held-out excerpts of public issues, 37 of 1,890 failures end on Python frames and none of 686 healthy logs.
 */
const CUT_TRACEBACK_FRAMES = 2;

function frameCount(block: OpenBlock): number {
  const frame = block.rule.frame;
  return frame === undefined ? 0 : 1 + block.detail.filter((line) => frame.test(line)).length;
}

const TRACEBACK_HEAD = 'Traceback (most recent call last):';
/** The rule a traceback found behind a prefix is read by: the one whose head is its `Traceback` line. */
const PYTHON_TRACEBACK = BLOCK_RULES.find((rule) => rule.kind === 'python-traceback' && rule.fromFrame !== true)!;
/** How far into a line a logger's prefix may put a traceback's head. */
const MAX_PREFIX_CHARS = 120;
/** A logger's prefix ends where its message starts: after a space, a colon, a dash or a bracket. */
const PREFIX_END = /[\s:|\]-]$/;

/**
 * The prefix a logger no grammar reads printed before a traceback's head and each of its lines (Synapse's
 * `584 - twisted - 131 - ERROR -  - Traceback (most recent call last):`, then `585 - twisted - 131 - ERROR -  -
 * File "…"`): its text with each run of digits any run (a clock, a line number), as an expression anchored at the
 * line's start. Made once per block, from a head found that way.
 */
export function prefixPattern(prefix: string): RegExp {
  const source = prefix.split(/\d+/).map(escapeRegExp).join('\\d+');
  return new RegExp(`^${source}`);
}

/** The rule whose head the message is, and the head's indentation (0 unless the rule is `indented`) or prefix. */
function ruleFor(message: string, fromFrame: boolean): Pick<OpenBlock, 'rule' | 'indent' | 'prefix'> | undefined {
  for (const rule of BLOCK_RULES) {
    if (!fromFrame && rule.fromFrame) continue;
    const indent = rule.indented ? leadingSpaces(message) : 0;
    if (rule.head(indent === 0 ? message : message.slice(indent))) return { rule, indent };
  }
  // Python prints the head as a line of its own: behind the prefix, nothing follows it. Every event comes here, so
  // the line's end is found without a copy of it.
  let end = message.length;
  while (end > 0 && message.charCodeAt(end - 1) <= 0x20) end -= 1;
  const at = end - TRACEBACK_HEAD.length;
  const behindPrefix = at > 0 && at <= MAX_PREFIX_CHARS && message.startsWith(TRACEBACK_HEAD, at);
  if (behindPrefix && PREFIX_END.test(message.slice(0, at))) {
    return { rule: PYTHON_TRACEBACK, indent: 0, prefix: prefixPattern(message.slice(0, at)) };
  }
  return undefined;
}

/**
 * A line of a block, read without its head's indentation (undefined when it has less, not blank), or without the
 * prefix its head had where it has that prefix (a line without it is read as it is: a logger that prefixed only
 * the traceback's first line).
 */
function relativeTo(text: string, block: Pick<OpenBlock, 'indent' | 'prefix'>): string | undefined {
  if (block.prefix !== undefined) {
    const prefix = block.prefix.exec(text);
    return prefix === null ? text : text.slice(prefix[0].length);
  }
  return withoutIndent(text, block.indent) ?? (text.trim() === '' ? '' : undefined);
}

/** The unit whose lines continue a block: the task, else the container or service, else the file. */
function unitKey(parsed: Pick<ParsedLine, 'task' | 'service' | 'stack'>): string {
  return parsed.task ?? (parsed.service !== undefined ? `${parsed.stack ?? ''}_${parsed.service}` : '');
}

/** A block still taking lines: its first event, held until the block ends. */
export interface OpenBlock {
  key: string;
  rule: BlockRule;
  /** The head's indentation: the block's lines are read without it (BlockRule.indented). */
  indent: number;
  /** The prefix of a head found behind a logger's prefix: the block's lines are read without it (ruleFor). */
  prefix?: RegExp;
  head: ScanEvent;
  lastLine: number;
  detail: string[];
  omitted: number;
  /** Python: the exception line has been read, the block is complete. */
  message?: string;
  /**
   * The events among its lines, held while it is not yet known to be a block (BlockRule.needsEnd): one that
   * turns out not to be one hands them on as events of their own (a .NET frame that says its program ended).
   */
  held?: ScanEvent[];
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

  /**
   * `fromFrame`: a block may begin at a frame (a traceback cut from its top), which only a scan of
   * the whole input from its first line can tell (scan-input.ts, cuttable).
   */
  constructor(
    private readonly emit: (event: ScanEvent) => void,
    private readonly options: { fromFrame: boolean },
  ) {}

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
    // A line a grammar read as a statement (pytest's `1 passed in 4.00s`, its message empty) continues no block.
    if (line.parsed.kind !== undefined) {
      this.close(key);
      return undefined;
    }
    const { rule } = block;
    const text = relativeTo(line.parsed.message, block);
    const head = block.head.line;
    if (text === undefined || line.line - head > BLOCK_LIMITS.window || block.message !== undefined) {
      this.close(key);
      return undefined;
    }
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
    const key = unitKey(parsed);
    if (partOf !== undefined) {
      event.partOf = partOf;
      const block = this.blocks.get(key);
      if (block?.rule.needsEnd && block.head.line === partOf) (block.held ??= []).push(event);
      else this.emit(event);
      return;
    }
    const found = ruleFor(event.message, this.options.fromFrame);
    if (!found) { this.emit(event); return; }
    if (this.blocks.has(key)) this.close(key);
    const { rule, indent, prefix } = found;
    const block: OpenBlock = { key, rule, indent, head: event, lastLine: event.line, detail: [], omitted: 0 };
    if (prefix) block.prefix = prefix;
    this.blocks.set(key, block);
  }

  /**
   * Ends every open block: at the input's end (`inputEnd`), or where a range's reading stops. A traceback
   * cut from its top that the input ends inside, before its exception line, is one still (CUT_TRACEBACK_FRAMES);
   * only an input never cut into ranges reads a traceback from a frame (scan-input.ts, cuttable), so a range's
   * end is never taken for the input's.
   */
  flush(inputEnd: boolean): void {
    for (const key of [...this.blocks.keys()]) this.close(key, inputEnd);
  }

  private append(block: OpenBlock, line: number, text: string): void {
    block.lastLine = line;
    if (block.rule.blankSkipped && text.trim() === '') return;
    if (block.detail.length < BLOCK_LIMITS.detailLines) block.detail.push(text);
    else block.omitted += 1;
  }

  private close(key: string, inputEnd = false): void {
    const block = this.blocks.get(key);
    if (!block) return;
    this.blocks.delete(key);
    const event = block.head;
    const { rule } = block;
    // A Java or .NET exception line with nothing under it is no block: the line alone (Java's `Exception in thread`
    // says what ended a thread even so).
    const lone = block.detail.length === 0 && block.omitted === 0
      && (rule.kind === 'dotnet-exception' || (rule.kind === 'java-exception' && !event.message.startsWith('Exception in thread')));
    const cutAtEnd = inputEnd && rule.fromFrame === true && frameCount(block) >= CUT_TRACEBACK_FRAMES;
    if (lone || (rule.needsEnd && block.message === undefined && !cutAtEnd)) {
      this.emit(event);
      for (const line of block.held ?? []) {
        delete line.partOf;
        this.emit(line);
      }
      return;
    }
    event.block = {
      kind: rule.kind,
      span: block.lastLine - event.line + 1,
      detail: block.detail,
      omitted: block.omitted,
      ...(rule.needsEnd && block.message === undefined ? { cut: true as const } : {}),
    };
    if (block.message !== undefined && !rule.endIsDetail) event.message = block.message;
    this.emit(event);
    for (const line of block.held ?? []) this.emit(line);
  }
}
