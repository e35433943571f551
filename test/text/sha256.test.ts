/**
 * The fingerprints' SHA-256 gives node:crypto's digest for every string (histories store the
 * fingerprints, so a different digest would make every stored problem look new).
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { sha256Hex } from '../../src/text/sha256.js';
import { fingerprintOf, stableTemplate } from '../../src/reporters/fingerprint.js';

const nodeDigest = (text: string): string => createHash('sha256').update(text).digest('hex');

test('the digests of FIPS 180-4 and of the empty string', () => {
  assert.is(sha256Hex(''), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  assert.is(sha256Hex('abc'), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  assert.is(
    sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'),
    '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
  );
});

test('every length around the block and padding boundaries, as node:crypto', () => {
  for (let length = 0; length <= 260; length++) {
    const text = 'x'.repeat(length);
    assert.is(sha256Hex(text), nodeDigest(text), `length ${length}`);
  }
});

test('any string, lone surrogates and astral characters included, as node:crypto', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => sha256Hex(text) === nodeDigest(text)),
    { numRuns: 2000 },
  );
  fc.assert(
    fc.property(fc.string({ unit: fc.constantFrom('a', '\ud800', '\udc00', '\u00e9', '\u{1f600}', '\0'), maxLength: 200 }),
      (text) => sha256Hex(text) === nodeDigest(text)),
    { numRuns: 1000 },
  );
});

test('a fingerprint is the first half of what node:crypto made of the same identity', () => {
  const text = '2026-06-18T03:04:11Z [tier] upgrade: start';
  const identity = JSON.stringify(['ready-probe-404-after-upgrade', 'gitea', 'upgrade', null, stableTemplate(text)]);
  const fingerprint = fingerprintOf('ready-probe-404-after-upgrade', 'gitea', 'upgrade', null, text);
  assert.is(fingerprint, nodeDigest(identity).slice(0, 32));
  // As the bench's 1 KB log reported it before the hash moved off node:crypto.
  assert.is(fingerprint, 'bfc56c05b7c432da6403dc244bad588f');
});

test.run();
