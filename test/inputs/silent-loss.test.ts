/**
 * Nothing vanishes without a word: --runs with no run, files beside the runs, a file named
 * twice, a file that changes while it is scanned.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { appendFileSync, linkSync, truncateSync } from 'node:fs';
import path from 'node:path';
import { analyze } from '../../src/analyze.js';
import { loadRules } from '../../src/rule-packs/load.js';
import { GITEA_INFO_LINE, GITEA_LINE, HARMLESS_LOG, runInProcess, tree } from '../cli/fixtures.js';
import { reportOf } from '../helpers.js';

const root = tree({
  'flat/a.log': HARMLESS_LOG,
  'flat/b.log': `${GITEA_LINE}\n`,
  'mixed/run-1/gitea.log': `${GITEA_LINE}\n`,
  'mixed/stray.log': `${GITEA_LINE}\n`,
  'mixed/notes.txt': 'notes\n',
  'empty/.keep-dir-only/x.log': HARMLESS_LOG,
  'gitea.log': `${GITEA_LINE}\n`,
  'twice/gitea.log': `${GITEA_LINE}\n`,
});
linkSync(path.join(root, 'gitea.log'), path.join(root, 'hard-link.log'));

test('--runs on a directory holding only files: exit 2, and the error says what to do', async () => {
  const run = await runInProcess(['-f', 'json', '--runs', 'flat'], { cwd: root });
  assert.is(run.status, 2);
  const result = reportOf(run);
  assert.equal(result.inputs.map((i) => [i.path, i.format]), [['flat', 'unreadable']]);
  assert.is(result.inputs[0].errors[0].message, '--runs: no run directory in it, only 2 files (a.log, b.log): name the directory itself (without --runs) to scan it as one run');
  const table = await runInProcess(['--runs', 'flat'], { cwd: root });
  assert.is(table.status, 2);
  assert.match(table.stdout, 'no run directory in it');
});

test('--runs: files beside the run directories are not read, and a notice says which', async () => {
  const run = await runInProcess(['-f', 'json', '--runs', 'mixed'], { cwd: root });
  const result = reportOf(run);
  assert.is(run.status, 1);
  assert.equal(result.inputs.map((i) => i.path), ['mixed/run-1/gitea.log']);
  assert.equal(result.notices, ['--runs mixed: 2 files beside the run directories not read (notes.txt, stray.log): name them to scan them']);
  // And a person reading the table sees it too.
  assert.match((await runInProcess(['--runs', 'mixed'], { cwd: root })).stdout, '2 files beside the run directories not read');
});

test('the same file named twice (and through a hard link, and as a file inside a named directory) is read once, with a notice', async () => {
  const run = await runInProcess(['-f', 'json', 'gitea.log', './gitea.log', 'hard-link.log', 'twice', 'twice/gitea.log'], { cwd: root });
  const result = reportOf(run);
  assert.equal(result.inputs.map((i) => i.path).sort(), ['gitea.log', 'twice/gitea.log']);
  assert.equal(result.notices, [
    './gitea.log: the same file as gitea.log: read once',
    'hard-link.log: the same file as gitea.log: read once',
    'twice/gitea.log: the same file as twice/gitea.log: read once',
  ]);
  const evidence = result.findings.flatMap((f) => f.evidence).filter((e) => e.path === 'gitea.log');
  assert.equal(evidence.map((e) => e.count ?? 1), [1], 'evidence counted once');
});

test('stdin named twice: read once, with a notice', async () => {
  const result = reportOf(await runInProcess(['-f', 'json', '-', '-'], { input: `${GITEA_LINE}\n` }));
  assert.is(result.inputs.length, 1);
  assert.equal(result.notices, ['-: stdin named twice (as - before): read once']);
});

test('a file that grows or shrinks while it is scanned: what was read is reported, and the input says it changed', async () => {
  const dir = tree({ 'grows.log': `${GITEA_INFO_LINE}\n`.repeat(100), 'shrinks.log': `${GITEA_INFO_LINE}\n`.repeat(100), 'steady.log': HARMLESS_LOG });
  const rules = await loadRules();
  const file = (name: string) => path.join(dir, name);
  const result = await analyze({
    paths: [file('grows.log'), file('shrinks.log'), file('steady.log')],
    rules,
    // Called just before each input is scanned: the moment another process would write to it.
    onProgress: (_done, _total, at) => {
      if (at === file('grows.log')) appendFileSync(at, `${GITEA_LINE}\n`);
      if (at === file('shrinks.log')) truncateSync(at, GITEA_INFO_LINE.length + 1);
    },
  });
  const by = new Map(result.inputs.map((i) => [path.basename(i.path), i]));
  assert.is(by.get('grows.log')!.events, 101);
  const size = 100 * (GITEA_INFO_LINE.length + 1);
  assert.equal(by.get('grows.log')!.errors.map((e) => e.message), [`changed during the scan: it grew from ${size} to ${size + GITEA_LINE.length + 1} bytes; what was read (101 events) is reported, which may not match the file as it is now`]);
  assert.is(by.get('shrinks.log')!.events, 1);
  assert.equal(by.get('shrinks.log')!.errors.map((e) => e.message), [`changed during the scan: it shrank from ${size} to ${GITEA_INFO_LINE.length + 1} bytes; what was read (1 event) is reported, which may not match the file as it is now`]);
  assert.equal(by.get('steady.log')!.errors, []);
});

test.run();
