import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { analyze } from '../../src/analyze.js';
import { loadRules } from '../../src/rule-packs/load.js';
import { STATE_LIMITS } from '../../src/engine/state.js';
import { tempDir } from '../helpers.js';

test('evidence past the fold limit is counted in the finding and said in a notice, never dropped silently', async () => {
  // Each line its own template (a word that differs, not a number the masks fold): more distinct templates than a pattern keeps.
  const words = (i: number) => i.toString(26).replace(/[0-9]/g, (d) => 'qrstuvwxyz'[Number(d)]);
  const lines = Array.from({ length: STATE_LIMITS.foldsPerPattern + 40 }, (_, i) =>
    `warm-gitea_ci_commoninternet_net_app.1.abcdef123456@cc-ci    | 2026/06/18 01:14:36 modules/setting/setting.go:105:LoadCommonSettings() [F] Unable to load settings from config: error saving JWT Secret for custom config ${words(i)}: failed to save "/etc/gitea/app.ini": open /etc/gitea/app.ini: read-only file system`);
  const file = path.join(tempDir(), 'app.log');
  await fs.writeFile(file, lines.join('\n') + '\n');
  const result = await analyze({ paths: [file], rules: await loadRules(), workers: 0 });
  const finding = result.findings.find((f) => f.rule === 'gitea-appini-readonly-jwt')!;
  assert.is(finding.evidence.length, STATE_LIMITS.foldsPerPattern);
  assert.is(finding.unlistedEvidence, 40);
  assert.ok(result.notices.some((n) => n.includes('40 more matching lines')), result.notices.join('\n'));
});

test.run();
