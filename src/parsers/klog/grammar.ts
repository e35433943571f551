/**
 * The glog header, as klog (every Kubernetes component, CSI drivers, CNI plugins, ingress
 * controllers), glog in Go and C++ and Abseil's logging (TensorFlow, XLA) write it:
 *
 *   F0124 08:33:25.303541       6 main.go:236] Error while initializing connection to Kubernetes apiserver. …
 *   Apr 05 05:33:40 master kubelet[4759]: F0405 05:33:40.511159    4759 server.go:274] failed to run Kubelet: …
 *   E0000 00:00:1761081644.353534 18832362 alts_credentials.cc:93] ALTS creds ignored. Not running on GCP …
 *   I1204 14:29:30     1 master_grpc_server.go:101] master see new volume 7 from 172.20.0.5:8181
 *
 * A severity letter (I, W, E, F: F is `klog.Fatal`, which dumps its goroutines and exits 255, and
 * glog's failed `CHECK`), the month and day, the time, the thread id padded to seven columns, and
 * the source file and line (SeaweedFS's glog writes no fraction of a second). klog has no year, so
 * a line has no time; glog can write the year before the month (`E20240124 …`, its
 * `log_year_in_prefix`), which is one; Abseil writes an unknown date as `0000 00:00:` followed by
 * the epoch seconds, which are one too.
 *
 * The header has no five fixed bytes for the prefilter to key on, so the format names its
 * `lineKeys` instead (kit.ts): in an input whose first lines hold the header, a line holding
 * `E0`, `F1` … is read too, and becomes an event when its level is an error or fatal.
 */
import { createToken, CstParser } from '../chevrotain.js';
import type { IToken } from 'chevrotain';
import { tokenSequenceFastPath } from '../fast-lexer.js';
import { wallClockToEpoch } from '../time.js';
import {
  REST_OF_LINE,
  defineLineGrammar,
  tokenImages,
  type ParseContext,
  type PayloadResult,
  PARSER_CONFIG,
  type LevelTable,
  levelOf,
} from '../kit.js';

// ── tokens ────────────────────────────────────────────────────────────────
const SeverityDate = createToken({ name: 'SeverityDate', pattern: /[IWEF](?:\d{8}|\d{4}) / });
const Clock = createToken({ name: 'Clock', pattern: /\d{2}:\d{2}:(?:\d{9,11}\.\d+|\d{2}(?:\.\d+)?) +/ });
const Thread = createToken({ name: 'Thread', pattern: /\d+ / });
const Source = createToken({ name: 'Source', pattern: /[\w./+-]+:\d+\] ?/, push_mode: 'message' });
const Message = createToken({ name: 'Message', pattern: REST_OF_LINE });

// ── lexer ─────────────────────────────────────────────────────────────────
const modes = { modes: { header: [SeverityDate, Clock, Thread, Source], message: [Message] }, defaultMode: 'header' };

// ── parser ────────────────────────────────────────────────────────────────
class KlogParser extends CstParser {
  constructor() {
    super([SeverityDate, Clock, Thread, Source, Message], PARSER_CONFIG);
    this.performSelfAnalysis();
  }
  line = this.RULE('line', () => {
    this.CONSUME(SeverityDate);
    this.CONSUME(Clock);
    this.CONSUME(Thread);
    this.CONSUME(Source);
    this.OPTION(() => this.CONSUME(Message));
  });
}

// ── visitor ───────────────────────────────────────────────────────────────
/** Abseil's epoch seconds, or glog's date with the year; klog's month and day alone are no time. */
function klogTime(date: string, clock: string, parse: ParseContext): number | undefined {
  const [hour, minute, seconds] = clock.split(':');
  if (seconds.length > 12) {
    return date === '0000' && hour === '00' && minute === '00' ? Math.round(Number(seconds) * 1000) : undefined;
  }
  if (date.length !== 8) return undefined;
  const [whole, fraction] = seconds.split('.');
  const [year, month, day] = [date.slice(0, 4), date.slice(4, 6), date.slice(6, 8)];
  return wallClockToEpoch(+year, +month, +day, +hour, +minute, +whole, fraction, undefined, parse.tz);
}

/** `main.go:236] `, the glog family's source of a line (klog, TensorFlow's own layout): its file and line. */
export function glogSource(image: string): { file: string; line: number } {
  const source = image.replace(/\] ?$/, '');
  const colon = source.lastIndexOf(':');
  return { file: source.slice(0, colon), line: Number(source.slice(colon + 1)) };
}

/** A glog line, from its tokens' images: what the visitor and the fast path both return. */
function klogLine(images: Record<string, string>, parse: ParseContext): PayloadResult {
  const head = images.SeverityDate;
  return {
    format: 'klog',
    ts: klogTime(head.slice(1, -1), images.Clock.trimEnd(), parse),
    level: levelOf(KLOG_LEVELS, head[0]),
    message: images.Message ?? '',
    fields: { thread: Number(images.Thread.trimEnd()), ...glogSource(images.Source) },
  };
}

function createVisitor(parser: KlogParser) {
  const Base = parser.getBaseCstVisitorConstructor();
  return new (class KlogVisitor extends Base {
    constructor() { super(); this.validateVisitor(); }
    line(ctx: Record<string, IToken[]>, parse: ParseContext): PayloadResult {
      return klogLine(tokenImages(ctx), parse);
    }
  })();
}

/** The parser's rule as a token-name sequence: the fast path reads the same lines. */
const readByTokens = tokenSequenceFastPath<PayloadResult, ParseContext>(modes, [
  { sequence: /^SeverityDate Clock Thread Source(?: Message)?$/, read: klogLine },
]);

/**
 * The glog family's severity letters. F is klog.Fatal, glog's and TensorFlow's LOG(FATAL) and a
 * failed CHECK: the process dumps its stacks and exits or aborts.
 */
export const KLOG_LEVELS: LevelTable = {
  spellings: { I: 'info', W: 'warn', E: 'error', F: 'fatal' },
};

/**
 * The header anywhere in a line (behind an envelope: journald's `kubelet[1234]: `, a CRI file's
 * `stderr F `, docker's json-file `{"log":"`): an input whose first lines hold it is read for its keys.
 */
const KLOG_HEADER = /(?:^|[\s:|>"])[IWEF](?:\d{8}|\d{4}) \d{2}:\d{2}:\d{2,11}(?:\.\d+)? +\d+ [\w./+-]+:\d+\]/;

// ── samples ───────────────────────────────────────────────────────────────
export const klogSamples = [
  {
    line: 'F0124 08:33:25.303541       6 main.go:236] Error while initializing connection to Kubernetes apiserver. This most likely means that the cluster is misconfigured (e.g., it has invalid apiserver certificates or service accounts configuration). Reason: Get https://10.178.0.1:443/version: dial tcp 10.178.0.1:443: getsockopt: connection refused',
    level: 'fatal', fields: { thread: 6, file: 'main.go', line: 236 },
    source: 'kubernetes/ingress-nginx#1968',
  },
  {
    line: 'I0124 08:33:25.301191       6 main.go:181] Creating API client for https://10.178.0.1:443',
    level: 'info', fields: { file: 'main.go' },
    source: 'kubernetes/ingress-nginx#1968',
  },
  {
    line: 'W0513 12:34:42.186254       1 client_config.go:543] Neither --kubeconfig nor --master was specified.  Using the inClusterConfig.  This might not work.',
    level: 'warn', fields: { file: 'client_config.go', line: 543 },
    source: 'cert-manager/cert-manager#2800',
  },
  {
    line: 'I1204 14:29:30     1 master_grpc_server.go:101] master see new volume 7 from 172.20.0.5:8181',
    level: 'info', fields: { thread: 1, file: 'master_grpc_server.go' },
    source: 'SeaweedFS, whose glog writes no fraction of a second (a compose log in seaweedfs/seaweedfs#1118)',
  },
  {
    line: 'E0000 00:00:1761081644.353534 18832362 alts_credentials.cc:93] ALTS creds ignored. Not running on GCP and untrusted ALTS is not enabled.',
    level: 'error', fields: { thread: 18832362, file: 'alts_credentials.cc', line: 93 },
    source: 'gRPC core through Abseil logging, the date unknown (grpc/grpc#40936)',
  },
] as const;

// ── API ───────────────────────────────────────────────────────────────────

export const klogLog = defineLineGrammar<PayloadResult, KlogParser>({
  name: 'klog',
  role: 'payload',
  title: 'klog / glog / Abseil (`F0124 08:33:25.303541       6 main.go:236] …`)',
  levels: KLOG_LEVELS,
  lineKeys: { header: KLOG_HEADER, keys: ['E0', 'E1', 'E2', 'F0', 'F1', 'F2'] },
  sniff: /^[IWEF](?:\d{8}|\d{4}) \d{2}:\d{2}:\d/,
  samples: klogSamples,
  lexer: modes,
  parser: () => new KlogParser(),
  visitor: createVisitor,
  fast: readByTokens,
});
