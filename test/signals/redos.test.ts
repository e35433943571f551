import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { CLI_ERROR, EXIT_CODE, PROGRESS_FAILED, STOPPING } from '../../src/signals/failure.js';
import { DEATH_PATTERNS } from '../../src/signals/death-wordings.js';
import { CONNECTION_FAILURE, RETRY } from '../../src/signals/retry-loop.js';
import {
  BLOCK_RULES, DOTNET_EXCEPTION, DOTNET_FRAME, GO_CREATED_BY, GO_FRAME_FILE, JAVA_CLASS, JAVA_FRAME, LEVELLED_TRACEBACK,
  PYTHON_FRAME, SHELL_STATUS_ECHO, prefixPattern,
} from '../../src/scan/multiline.js';
import { COMPOSE_COMPANIONS } from '../../src/parsers/docker/grammar.js';
import { ENVELOPE_FORMATS, PAYLOADS } from '../../src/parsers/registry.js';
import { describeVerdict, redosVerdict } from '../redos.js';

/**
 * The regexes that run on every candidate line whatever the rules say (each format's sniff, the
 * failure signals, the multi-line continuations) run on V8's backtracking engine over untrusted
 * text: each must be linear. recheck decides, with a fixed seed.
 */
const regexes: Array<[string, RegExp]> = [
  // Built-in sniffs are RegExps (a user format's sniff is its regex on RE2JS, linear by construction).
  ...[...ENVELOPE_FORMATS, ...PAYLOADS].map((f): [string, RegExp] => [`${f.name} sniff`, f.sniff as RegExp]),
  ...DEATH_PATTERNS.map((p): [string, RegExp] => [`signal ${p.detail}`, p.pattern]),
  ['signal exit code', EXIT_CODE],
  ['signal stopping', STOPPING],
  ["signal a tool's last word", CLI_ERROR],
  ['signal a progress row that marked a failure', PROGRESS_FAILED],
  ['signal a retry line (stuck-retrying)', RETRY],
  ['signal a dependency that did not answer (stuck-retrying)', CONNECTION_FAILURE],
  ...PAYLOADS.flatMap((f): Array<[string, RegExp]> => (f.levels?.deathMessages ? [[`${f.name} death messages`, f.levels.deathMessages.pattern]] : [])),
  ['java exception class', JAVA_CLASS],
  ['python frame', PYTHON_FRAME],
  ['.NET exception head', DOTNET_EXCEPTION],
  ['.NET frame that names its source', DOTNET_FRAME],
  ['Java frame that names its source', JAVA_FRAME],
  ["a traceback's head behind a logger's level", LEVELLED_TRACEBACK],
  ["a shell's echo $?", SHELL_STATUS_ECHO],
  ["a goroutine's origin", GO_CREATED_BY],
  ["a Go frame's file", GO_FRAME_FILE],
  // Built from a log's own text (a traceback's prefix): its digit runs become \d+, never two side by side.
  ["a traceback's prefix, as a pattern", prefixPattern('584 - twisted - 131 - ERROR -  - ')],
  ["a traceback's prefix of digits and spaces", prefixPattern('1 2 3 4 5 6 7 8 9 ')],
  // Detection reads an input's first lines with it.
  ["docker compose's own output (companions)", COMPOSE_COMPANIONS],
  ...BLOCK_RULES.flatMap((r, i): Array<[string, RegExp]> => {
    const name = `${r.kind} (block rule ${i})`;
    return [[`${name} continues`, r.continues], ...(r.ends ? [[`${name} ends`, r.ends] as [string, RegExp]] : [])];
  }),
];

for (const [where, regex] of regexes) {
  test(`${where}: ReDoS-safe`, async () => {
    const d = await redosVerdict(regex.source, regex.flags);
    assert.is(d.status, 'safe', `${where} /${regex.source}/ → ${describeVerdict(d)}`);
  });
}

test.run();
