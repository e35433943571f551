/**
 * A log pasted into a markdown quote: an issue, a chat or a mail thread puts `> ` in front of
 * every line it quotes, and the log's own layout (a compose prefix, a logger's level, a traceback
 * at its line's start) is behind it.
 *   > level=error ts=2018-01-29T18:50:05.890967371Z caller=main.go:282 msg="Loading configuration file failed" …
 *   > ts=2023-11-17T11:24:48.330Z caller=cluster.go:683 level=info component=cluster msg="Waiting for gossip …
 * The marker is `>` and one space, or `>` alone on an empty quoted line; a quote in a quote is
 * peeled again, as any envelope inside another is. Peeled on any line (unmistakable): nothing else
 * begins a line with `> `, and one that does (npm's `> HedgeDoc@1.8.2 start /hedgedoc`) only loses the marker.
 * Python's prompt (`>>> `) and a shell's redirection are not quotes.
 */
import { createToken } from '../chevrotain.js';
import { REST_OF_LINE, defineLineGrammar, type EnvelopeResult } from '../kit.js';
import { prefixThenMessage, prefixVisitor } from '../prefix-grammar.js';

// The sniff admits `> ` and a lone `>`, not `>>> ` or `>foo`.
const QuoteMarker = createToken({ name: 'QuoteMarker', pattern: /> ?/, push_mode: 'message' });
const Message = createToken({ name: 'Message', pattern: REST_OF_LINE });

const quoteTokens = { modes: { prefix: [QuoteMarker], message: [Message] }, defaultMode: 'prefix' };
const QuoteParser = prefixThenMessage([{ tokens: [QuoteMarker] }], Message);

export const markdownQuoteSamples = [
  {
    line: '> level=error ts=2018-01-29T18:50:05.890967371Z caller=main.go:282 msg="Loading configuration file failed" file=/etc/prometheus/alertmanager.yml err="unknown fields in global: hipchat_url"',
    level: 'error',
    source: 'openSUSE/vagrant-ceph#11 (Alertmanager, quoted in the issue)',
  },
  {
    line: '> ts=2023-11-17T11:24:48.330Z caller=cluster.go:683 level=info component=cluster msg="Waiting for gossip to settle..." interval=2s',
    level: 'info',
    source: 'openimsdk/open-im-server#1431 (Alertmanager, quoted in the issue)',
  },
] as const;

export const markdownQuote = defineLineGrammar<EnvelopeResult, InstanceType<typeof QuoteParser>>({
  name: 'markdown-quote',
  role: 'envelope',
  title: 'a log pasted into a markdown quote (`> ` before each line, as an issue or a chat quotes it)',
  unmistakable: true,
  sniff: /^>(?: |$)/,
  samples: markdownQuoteSamples,
  lexer: quoteTokens,
  parser: () => new QuoteParser(),
  visitor: prefixVisitor((images) => ({ envelope: 'markdown-quote', message: images.Message ?? '' })),
});
