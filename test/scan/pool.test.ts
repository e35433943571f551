import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { analyze } from '../../src/analyze.js';
import { loadRules } from '../../src/rule-packs/load.js';
import { splitRanges } from '../../src/scan/pool.js';
import { ROOT, tempDir } from '../helpers.js';

test('splitRanges covers the file with ranges that own the lines starting in them', () => {
  assert.equal(splitRanges(10, 32), [{ start: 0, stop: Number.POSITIVE_INFINITY }]);
  assert.equal(splitRanges(100, 32), [
    { start: 0, stop: 32 },
    { start: 32, stop: 64 },
    { start: 64, stop: 96 },
    { start: 96, stop: Number.POSITIVE_INFINITY },
  ]);
});

test('worker threads over small ranges give the same result as one thread, byte for byte', async () => {
  const rules = await loadRules();
  const runs = path.join(ROOT, 'corpus', 'redfix-canon-sweep', 'input');
  const single = await analyze({ paths: [], runsDirs: [runs], rules, workers: 0 });
  // 4 KiB ranges split every service log into many ranges, so boundaries fall mid-line everywhere.
  const pooled = await analyze({ paths: [], runsDirs: [runs], rules, workers: 2, rangeBytes: 4096 });
  assert.equal(pooled, single);
});

test('line numbers stay exact across range boundaries, and once-per-input notices stay once', async () => {
  const dir = tempDir();
  const lines: string[] = [];
  for (let i = 1; i <= 3000; i++) {
    lines.push(i % 997 === 0
      ? `warm-gitea_ci_commoninternet_net_app.1.abcdef12345${i % 10}@cc-ci    | 2026/06/18 01:14:36 modules/setting/setting.go:105:LoadCommonSettings() [F] Unable to load settings from config: error saving JWT Secret for custom config: failed to save "/etc/gitea/app.ini": open /etc/gitea/app.ini: read-only file system`
      : `warm-gitea_ci_commoninternet_net_app.1.abcdef123450@cc-ci    | 2026/06/18 01:14:36 routers/web/web.go:1:f() [I] line ${i} ${i % 500 === 0 ? '\u0000' : ''}${i % 700 === 0 ? '\xff' : ''}`);
  }
  const file = path.join(dir, 'app.log');
  await fs.writeFile(file, Buffer.concat([Buffer.from(lines.join('\n')), Buffer.from([0xc3, 0x28, 0x0a])]));
  const rules = await loadRules();
  const single = await analyze({ paths: [file], rules, workers: 0 });
  const pooled = await analyze({ paths: [file], rules, workers: 2, rangeBytes: 8192 });
  assert.equal(pooled, single);
  const finding = single.findings.find((f) => f.rule === 'gitea-appini-readonly-jwt')!;
  assert.is(finding.evidence[0].line, 997);
  assert.is(finding.evidence[0].count, 3);
  const errors = single.inputs[0].errors.map((e) => e.message);
  assert.is(errors.filter((m) => m.startsWith('NUL bytes')).length, 1);
  assert.is(single.inputs[0].events, 3000);
});

test.run();
