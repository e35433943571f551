/**
 * A history query's table and Markdown show record text to a person: run labels (directory
 * names) and versions (read from logs) are untrusted, in an object cell (`{ run, at, version }`)
 * as much as in a plain one.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { renderQuery, type QueryOutput } from '../../src/history/render.js';

const HOSTILE_RUN = 'run-\u001b[2J\u001b]8;;https://evil.example\u0007x';
const SECRET_VERSION = '1.2.3 password=hunter2';

function output(): QueryOutput {
  return {
    kind: 'history flakes',
    header: { history: 'h.sqlite' },
    sections: [
      {
        name: 'flakes',
        type: 'flake',
        title: 'flakes',
        columns: [
          ['recipe', 'recipe'],
          ['lastRed', 'last red'],
        ],
        rows: [{ recipe: 'gitea', lastRed: { run: HOSTILE_RUN, at: '2026-06-17T00:00:00Z', version: SECRET_VERSION } }],
      },
    ],
    summary: '1 flake',
  };
}

for (const format of ['table', 'markdown'] as const) {
  test(`${format}: an object cell is escaped and redacted like any other`, () => {
    const text = renderQuery(output(), format);
    // eslint-disable-next-line no-control-regex -- control characters are what must not reach the terminal
    assert.not.match(text, /[\u0000-\u0008\u000b-\u001f\u007f]/, 'a control character reached the terminal');
    assert.not.ok(text.includes('hunter2'), 'a secret was shown');
    assert.ok(text.includes('2026-06-17T00:00:00Z'));
  });
}

test.run();
