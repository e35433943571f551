import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { LEVELS, isErrorOrWorse, levelRank, type Level } from '../../src/events.js';

test('error or worse: exactly the levels ranked at or above error, and no level unknown', () => {
  for (const level of LEVELS) assert.is(isErrorOrWorse(level), levelRank(level) >= levelRank('error'), level);
  assert.is(isErrorOrWorse(undefined), false);
  assert.is(isErrorOrWorse('ERROR' as Level), false, 'levels are normalized before they are ranked');
});

test.run();
