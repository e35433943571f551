/**
 * Vercel's build log as its dashboard copies and downloads it: the build machine's clock to the
 * millisecond, in brackets, then what the build printed (empty lines too):
 *   [21:04:32.441] Running build in Cleveland, USA (East) – cle1
 *   [21:04:36.632]  ERR_PNPM_OUTDATED_LOCKFILE  Cannot install with "frozen-lockfile" because …
 * The clock has no date, so the line gets no time. Peeled so that a tool's own line is read at its
 * start (pnpm's error code, `Failed to compile.`, a traceback's first line), as without the platform.
 * Only a clock: an application whose own line starts with a bracketed time is left to its payload
 * grammar (generic).
 */
import { createToken } from '../chevrotain.js';
import { REST_OF_LINE, defineLineGrammar, type EnvelopeResult } from '../kit.js';
import { prefixThenMessage, prefixVisitor, type ReadPrefix } from '../prefix-grammar.js';

const BuildClock = createToken({ name: 'BuildClock', pattern: /\[\d{2}:\d{2}:\d{2}\.\d{3}\] ?/, push_mode: 'message' });
const Message = createToken({ name: 'Message', pattern: REST_OF_LINE });

const vercelTokens = { modes: { prefix: [BuildClock], message: [Message] }, defaultMode: 'prefix' };
const VercelParser = prefixThenMessage([{ tokens: [BuildClock] }], Message);

const readVercel: ReadPrefix = (images) => ({
  envelope: 'vercel',
  details: { clock: images.BuildClock!.trimEnd().slice(1, -1) },
  message: images.Message ?? '',
});

export const vercelSamples = [
  {
    line: '[21:04:32.441] Running build in Cleveland, USA (East) – cle1',
    fields: { 'vercel.clock': '21:04:32.441' },
    source: 'pnpm/pnpm#5144 (a Vercel build log)',
  },
  {
    line: '[21:04:36.632]  ERR_PNPM_OUTDATED_LOCKFILE  Cannot install with "frozen-lockfile" because pnpm-lock.yaml is not up to date with package.json',
    fields: { 'vercel.clock': '21:04:36.632' },
    source: 'pnpm/pnpm#5144',
  },
  { line: '[21:04:36.632]', fields: { 'vercel.clock': '21:04:36.632' }, source: 'pnpm/pnpm#5144 (an empty line of the build)' },
] as const;

export const vercelBuildLog = defineLineGrammar<EnvelopeResult, InstanceType<typeof VercelParser>>({
  name: 'vercel',
  role: 'envelope',
  title: "Vercel's build log (`[21:04:36.632] …`: the build machine's clock to the millisecond, then the line)",
  unmistakable: true,
  generic: true,
  sniff: /^\[\d{2}:\d{2}:\d{2}\.\d{3}\](?: |$)/,
  samples: vercelSamples,
  lexer: vercelTokens,
  parser: () => new VercelParser(),
  visitor: prefixVisitor(readVercel),
});
