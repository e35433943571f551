import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { REPORTERS } from '../../src/reporters/index.js';
import type { AnalysisResult } from '../../src/result.js';

// The nullable fields of the contract all at once, and the optional ones the parser layer may
// add (`unit`, a null tier on an unexplained failure, `errorsSeen`): every reporter copes.
const result = {
  version: 1,
  tool: { name: 'redfix-forensics', version: '0.0.0', rules: 'test' },
  runs: [{ id: 'files', paths: ['a.log'], recipes: [] }],
  inputs: [
    { path: 'a.log', run: 'files', format: 'text', events: 1, errors: [] },
    { path: 'gone.log', run: null, format: 'unreadable', events: 0, errors: [{ message: 'cannot read: no such file or directory' }] },
  ],
  findings: [{
    id: 'f1', rule: 'some-rule', title: 'a title', classification: 'harness-defect', severity: 'warning', confidence: 0.5,
    run: 'files', recipe: null, tier: null, test: null, rootCause: 'cause', fix: 'fix', location: { path: 'a.log', line: 1 },
    evidence: [{ path: 'a.log', line: 1, text: 'the line' }], why: [], unit: { kind: 'service', name: 'caddy' },
  }],
  unexplained: [{ run: 'files', recipe: null, tier: null, lines: [], unit: { kind: 'input', name: 'a.log' } }],
  recipes: [],
  notices: [],
  errorsSeen: [{ unit: { kind: 'input', name: 'a.log' }, template: 'boom <n>', count: 2, first: { path: 'a.log', line: 1, text: 'boom 1' } }],
} as unknown as AnalysisResult;

for (const [format, load] of Object.entries(REPORTERS)) {
  test(`${format}: null recipe, tier and test, a run-less input and unknown optional fields are reported, not crashed on`, async () => {
    const out = (await load())(result, { color: false, width: 80, cwd: '/tmp' });
    assert.ok(out.length > 0);
    // ("undefined service" is rule text, not a missing value.)
    assert.not.match(out, /(?<!-)\bundefined\b(?![ -]service)|\bnull \//);
    if (format === 'junit') assert.match(out, 'service caddy any tier: some-rule');
    if (format === 'table' || format === 'markdown') assert.match(out, 'no tier');
  });
}

test.run();
