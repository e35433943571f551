import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { blamingFinding, explains, tierMarks } from '../../src/triage/verdict.js';
import { finding } from './build.js';

test('a finding explains its tier, a tier its evidence spans, every tier when it names none; a benign one none', () => {
  assert.ok(explains(finding({ tier: 'restore' }), 'restore'));
  assert.not.ok(explains(finding({ tier: 'restore' }), 'custom'));
  assert.ok(explains(finding({ tier: 'restore', tiers: ['restore', 'custom'] }), 'custom'));
  assert.ok(explains(finding({ tier: null }), 'custom'));
  assert.ok(explains(finding({ tier: 'install' }), 'run'), 'the sweep said only that the run failed');
  assert.not.ok(explains(finding({ tier: null, classification: 'benign' }), 'custom'));
});

test('the verdict\'s finding: the most severe, then the most confident; never a benign one', () => {
  const warning = finding({ rule: 'w', severity: 'warning', confidence: 0.95 });
  const error = finding({ rule: 'e', severity: 'error', confidence: 0.6 });
  const surer = finding({ rule: 'e2', severity: 'error', confidence: 0.9 });
  const benign = finding({ rule: 'b', classification: 'benign', severity: 'error', confidence: 1 });
  assert.is(blamingFinding([warning, error, benign, surer])?.rule, 'e2');
  assert.is(blamingFinding([benign]), undefined);
});

test('marks: each tier\'s result, a red one ✗ when a finding explains it and ? when none does', () => {
  const tiers = { install: 'pass', upgrade: 'skip', backup: 'n/a', restore: 'fail', custom: 'fail' } as const;
  const explained = tierMarks(tiers, [finding({ tier: 'restore' })]);
  assert.equal(explained, { install: '✓', upgrade: '-', backup: '·', restore: '✗', custom: '?' });
  assert.equal(tierMarks(tiers, []), { install: '✓', upgrade: '-', backup: '·', restore: '?', custom: '?' });
  assert.equal(tierMarks({}, [finding({})]), {});
});

test.run();
