/**
 * Netlify's deploy log as its UI shows and downloads it: the build's clock, twelve-hour with AM or
 * PM, a colon, then what the build printed (empty lines too):
 *   7:56:00 AM: Failed to compile.
 *   12:31:07 AM: Failed during stage 'building site': Build script returned non-zero exit code: 2
 *   10:52:07 AM: Build ready to start
 * The clock has no date, so the line gets no time. Peeled so that a tool's own line is read at its
 * start (`Failed to compile.`, a pytest result, a traceback's first line), as without the platform.
 */
import { createToken } from '../chevrotain.js';
import { REST_OF_LINE, defineLineGrammar, type EnvelopeResult } from '../kit.js';
import { prefixThenMessage, prefixVisitor, type ReadPrefix } from '../prefix-grammar.js';

const BuildClock = createToken({ name: 'BuildClock', pattern: /\d{1,2}:\d{2}:\d{2} [AP]M: ?/, push_mode: 'message' });
const Message = createToken({ name: 'Message', pattern: REST_OF_LINE });

const netlifyTokens = { modes: { prefix: [BuildClock], message: [Message] }, defaultMode: 'prefix' };
const NetlifyParser = prefixThenMessage([{ tokens: [BuildClock] }], Message);

const readNetlify: ReadPrefix = (images) => ({
  envelope: 'netlify',
  details: { clock: images.BuildClock!.replace(/: ?$/, '') },
  message: images.Message ?? '',
});

export const netlifySamples = [
  {
    line: '7:56:00 AM: Failed to compile.',
    fields: { 'netlify.clock': '7:56:00 AM' },
    source: 'netlify/build#1531 (a Create React App site: the deploy log as pasted)',
  },
  {
    line: "12:31:07 AM: Failed during stage 'building site': Build script returned non-zero exit code: 2",
    fields: { 'netlify.clock': '12:31:07 AM' },
    source: 'pixelbakery/pixelbakery-website#33 (a Netlify deploy log)',
  },
  {
    line: '10:52:07 AM: Build ready to start',
    fields: { 'netlify.clock': '10:52:07 AM' },
    source: 'elwin013/parcel-plugin-static-files-copy#68 (a Netlify deploy log)',
  },
] as const;

export const netlifyDeployLog = defineLineGrammar<EnvelopeResult, InstanceType<typeof NetlifyParser>>({
  name: 'netlify',
  role: 'envelope',
  title: "Netlify's deploy log (`7:56:00 AM: …`: the build's twelve-hour clock, then the line)",
  unmistakable: true,
  sniff: /^\d{1,2}:\d{2}:\d{2} [AP]M:(?: |$)/,
  samples: netlifySamples,
  lexer: netlifyTokens,
  parser: () => new NetlifyParser(),
  visitor: prefixVisitor(readNetlify),
});
