/**
 * Fly.io's logs (`fly logs`, the dashboard's): the time, the source and its machine in brackets (`app`
 * for what the app printed, `runner`, `proxy` and `health` for the platform's own lines), the region,
 * the level in brackets, then the line:
 *   2023-12-17T01:36:07.129 app[e784e113ae4e18] hkg [info] INFO Main child exited normally with code: 2
 *   2023-11-15T03:55:25.830 runner[683d92dce34dd8] lhr [info] machine has reached its max restart count (10)
 *   2023-02-16T03:02:28.944 proxy[ed63d73f] lhr [error] instance refused connection
 * Everything an app prints is `[info]`, whatever it says: the level is the platform's only for its own
 * lines. An app's lines are its service's (the source), so an error it prints is no tool's last word.
 */
import { createToken } from '../chevrotain.js';
import { parseIsoTimestamp } from '../time.js';
import { REST_OF_LINE, defineLineGrammar, type EnvelopeResult } from '../kit.js';
import { normalizeLevel } from '../../events.js';
import { nameAndBracketed, prefixThenMessage, prefixVisitor, type ReadPrefix } from '../prefix-grammar.js';

const FlyTime = createToken({
  name: 'FlyTime',
  pattern: /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})? /,
});
const SourceMachine = createToken({ name: 'SourceMachine', pattern: /[a-z]{2,16}\[[\da-f]{6,32}\] / });
const RegionLevel = createToken({ name: 'RegionLevel', pattern: /[a-z]{3} \[[a-z]{3,8}\] ?/, push_mode: 'message' });
const Message = createToken({ name: 'Message', pattern: REST_OF_LINE });

const flyTokens = { modes: { prefix: [FlyTime, SourceMachine, RegionLevel], message: [Message] }, defaultMode: 'prefix' };
const FlyParser = prefixThenMessage(
  [{ tokens: [FlyTime] }, { tokens: [SourceMachine] }, { tokens: [RegionLevel] }],
  Message,
);

const readFly: ReadPrefix = (images, parse) => {
  const [source, machine] = nameAndBracketed(images.SourceMachine!);
  const [regionThenSpace, said] = nameAndBracketed(images.RegionLevel!);
  const region = regionThenSpace.trimEnd();
  const level = source === 'app' ? undefined : normalizeLevel(said);
  const ts = parseIsoTimestamp(images.FlyTime!.trimEnd(), parse.tz);
  return {
    envelope: 'fly',
    ...(ts === undefined ? {} : { ts }),
    ...(level === undefined ? {} : { level }),
    service: source,
    node: machine,
    details: { source, machine, region },
    message: images.Message ?? '',
  };
};

export const flySamples = [
  {
    line: '2023-12-17T01:36:07.129 app[e784e113ae4e18] hkg [info] INFO Main child exited normally with code: 2',
    fields: { 'fly.source': 'app', 'fly.machine': 'e784e113ae4e18', 'fly.region': 'hkg' },
    source: 'FoloToy/folotoy-server-self-hosting#92 (fly logs)',
  },
  {
    line: '2023-11-15T03:55:25.830 runner[683d92dce34dd8] lhr [info] machine has reached its max restart count (10)',
    level: 'info',
    fields: { 'fly.source': 'runner', 'fly.region': 'lhr' },
    source: 'dwyl/phoenix-liveview-todo-list-tutorial#66 (fly logs)',
  },
  {
    line: '2023-02-16T03:02:28.944 proxy[ed63d73f] lhr [error] instance refused connection',
    level: 'error',
    fields: { 'fly.source': 'proxy', 'fly.machine': 'ed63d73f' },
    source: 'actualbudget/actual-server#139 (fly logs)',
  },
] as const;

export const flyLogs = defineLineGrammar<EnvelopeResult, InstanceType<typeof FlyParser>>({
  name: 'fly',
  role: 'envelope',
  title: "Fly.io's logs (`<ISO 8601> app[<machine>] <region> [info] …`: source, machine, region, level)",
  unmistakable: true,
  sniff: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})? [a-z]{2,16}\[[\da-f]{6,32}\] [a-z]{3} \[[a-z]{3,8}\](?: |$)/,
  samples: flySamples,
  lexer: flyTokens,
  parser: () => new FlyParser(),
  visitor: prefixVisitor(readFly),
});
