import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ENVELOPES, PAYLOADS } from '../../src/parsers/registry.js';

// Every grammar ships sample lines that must parse (STYLE: "sample lines that must match").
for (const grammar of [...Object.values(ENVELOPES), ...PAYLOADS]) {
  test(`${grammar.name}: every sample line is sniffed and parses`, () => {
    assert.ok(grammar.samples.length > 0, 'a grammar without samples');
    for (const sample of grammar.samples) {
      assert.ok(grammar.sniff.test(sample), `sniff misses: ${sample}`);
      assert.ok(grammar.parse(sample, { tz: 'UTC' }) !== undefined, `does not parse: ${sample}`);
    }
  });
}

test('payload grammars do not claim plain prose', () => {
  for (const line of ['hello world', 'Restoring Snapshot b0495d36 at /', 'the build | passed']) {
    for (const grammar of PAYLOADS) {
      if (grammar.sniff.test(line)) assert.is(grammar.parse(line, { tz: 'UTC' }), undefined, `${grammar.name} claimed: ${line}`);
    }
  }
});

test.run();
