import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { PairIndex } from '../../src/nested-map.js';

test('PairIndex: a value per pair, made once; peek never makes one', () => {
  let made = 0;
  const index = new PairIndex(() => ({ n: ++made }));
  assert.is(index.peek('run', 'gitea'), undefined);
  const gitea = index.get('run', 'gitea');
  assert.equal(gitea, { n: 1 });
  // Asked for again, after another pair too: the same value, nothing made.
  assert.is(index.get('run', 'mumble')?.n, 2);
  assert.is(index.get('run', 'gitea'), gitea);
  assert.is(index.peek('run', 'gitea'), gitea);
  // The pair is the pair of strings, not their concatenation.
  assert.is(index.peek('ru', 'ngitea'), undefined);
  assert.is(made, 2);
});

test('PairIndex: past its limit nothing more is made, what was made stays found', () => {
  const index = new PairIndex(() => [] as string[], 2);
  const a = index.get('r', 'a');
  assert.ok(index.get('r', 'b'));
  assert.is(index.get('r', 'c'), undefined);
  assert.is(index.get('s', 'a'), undefined);
  assert.is(index.get('r', 'a'), a);
});

test.run();
