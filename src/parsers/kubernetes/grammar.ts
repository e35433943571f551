/**
 * Kubernetes envelopes:
 *
 * kubectl logs --prefix:
 *   [pod/traefik-55888dfd67-r8b2c/traefik] time="2020-12-11T04:54:32Z" level=debug msg="…"
 * a CRI (containerd, CRI-O) log file:
 *   2024-01-09T10:12:44.123456789Z stderr F panic: runtime error: invalid memory address
 *
 * `kubectl logs --prefix` names the pod and container; a CRI line carries the time, the stream
 * and F (a full line) or P (a part the runtime split at 16 KiB, continued on the next line).
 */
import { createToken, CstParser } from '../chevrotain.js';
import type { IToken } from 'chevrotain';
import { parseIsoTimestamp } from '../time.js';
import { REST_OF_LINE, defineLineGrammar, image, type EnvelopeResult, type ParseContext, PARSER_CONFIG } from '../kit.js';

// ── tokens ────────────────────────────────────────────────────────────────
const PodPrefix = createToken({ name: 'PodPrefix', pattern: /\[pod\/[\w.-]+\/[\w.-]+\] ?/, push_mode: 'message' });
const CriTimestamp = createToken({ name: 'CriTimestamp', pattern: /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2}) / });
const Stream = createToken({ name: 'Stream', pattern: /(?:stdout|stderr) / });
const Tag = createToken({ name: 'Tag', pattern: /[FP] ?/, push_mode: 'message' });
const Message = createToken({ name: 'Message', pattern: REST_OF_LINE });

// ── lexers ────────────────────────────────────────────────────────────────
const kubectlTokens = { modes: { prefix: [PodPrefix], message: [Message] }, defaultMode: 'prefix' };
const criTokens = { modes: { prefix: [CriTimestamp, Stream, Tag], message: [Message] }, defaultMode: 'prefix' };

// ── parsers ───────────────────────────────────────────────────────────────
class KubectlPrefixParser extends CstParser {
  constructor() {
    super([PodPrefix, Message], PARSER_CONFIG);
    this.performSelfAnalysis();
  }
  line = this.RULE('line', () => {
    this.CONSUME(PodPrefix);
    this.OPTION(() => this.CONSUME(Message));
  });
}

class CriParser extends CstParser {
  constructor() {
    super([CriTimestamp, Stream, Tag, Message], PARSER_CONFIG);
    this.performSelfAnalysis();
  }
  line = this.RULE('line', () => {
    this.CONSUME(CriTimestamp);
    this.CONSUME(Stream);
    this.CONSUME(Tag);
    this.OPTION(() => this.CONSUME(Message));
  });
}

// ── visitors ──────────────────────────────────────────────────────────────
type Ctx = Record<string, IToken[] | undefined>;

function createKubectlVisitor(parser: KubectlPrefixParser) {
  const Base = parser.getBaseCstVisitorConstructor();
  return new (class KubectlPrefixVisitor extends Base {
    constructor() { super(); this.validateVisitor(); }
    line(ctx: Ctx): EnvelopeResult {
      const [, pod, container] = /^\[pod\/([^/]+)\/([^\]]+)\]/.exec(image(ctx.PodPrefix)!)!;
      return { envelope: 'kubectl', service: container, task: pod, message: image(ctx.Message) ?? '' };
    }
  })();
}

function createCriVisitor(parser: CriParser) {
  const Base = parser.getBaseCstVisitorConstructor();
  return new (class CriVisitor extends Base {
    constructor() { super(); this.validateVisitor(); }
    line(ctx: Ctx, parse: ParseContext): EnvelopeResult {
      const partial = image(ctx.Tag)!.startsWith('P');
      return {
        envelope: 'cri',
        ts: parseIsoTimestamp(image(ctx.CriTimestamp)!.trim(), parse.tz),
        details: { stream: image(ctx.Stream)!.trim(), ...(partial ? { partial: 'true' } : {}) },
        message: image(ctx.Message) ?? '',
      };
    }
  })();
}

// ── samples ───────────────────────────────────────────────────────────────
export const kubectlPrefixSamples = [
  {
    line: '[pod/traefik-55888dfd67-r8b2c/traefik] time="2020-12-11T04:54:32Z" level=debug msg="vulcand/oxy/roundrobin/rr: begin ServeHttp on request"',
    fields: { service: 'traefik', task: 'traefik-55888dfd67-r8b2c' },
    source: 'traefik/traefik#7652 (pod prefix form of kubectl logs --prefix)',
  },
  { line: '[pod/gitea-0/gitea] 2024/06/02 18:04:21 ...es/setting/oauth2.go:151:loadOAuth2From() [F] save oauth2.JWT_SECRET failed', fields: { service: 'gitea', task: 'gitea-0' } },
] as const;

export const criSamples = [
  { line: '2024-01-09T10:12:44.123456789Z stderr F panic: runtime error: invalid memory address or nil pointer dereference', source: 'kubernetes CRI logging format (kubelet kuberuntime logs)' },
  { line: '2024-01-09T10:12:44.123456789Z stdout P a line the runtime split', fields: { 'cri.partial': 'true' } },
  { line: '2023-10-06T00:17:09.669794202Z stdout F', fields: { 'cri.stream': 'stdout' } },
] as const;

// ── API ───────────────────────────────────────────────────────────────────

export const kubectlPrefix = defineLineGrammar<EnvelopeResult, KubectlPrefixParser>({
  name: 'kubectl',
  role: 'envelope',
  title: '`kubectl logs --prefix` (`[pod/<pod>/<container>] …`)',
  unmistakable: true,
  sniff: /^\[pod\/[\w.-]+\/[\w.-]+\]/,
  samples: kubectlPrefixSamples,
  lexer: kubectlTokens,
  parser: () => new KubectlPrefixParser(),
  visitor: createKubectlVisitor,
});

export const criLines = defineLineGrammar<EnvelopeResult, CriParser>({
  name: 'cri',
  role: 'envelope',
  title: 'Kubernetes container runtime (CRI) log files (`<RFC 3339> stdout|stderr F|P …`)',
  unmistakable: true,
  sniff: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2}) (?:stdout|stderr) [FP](?: |$)/,
  samples: criSamples,
  lexer: criTokens,
  parser: () => new CriParser(),
  visitor: createCriVisitor,
});
