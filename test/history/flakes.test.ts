import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, runCli } from '../helpers.js';
import type { FlakesAnswer, RunsAnswer } from './answers.js';
import { backends } from './backends.js';
import { jsonOutput, parseJson, parseJsonLines } from '../json.js';

/**
 * `history flakes` over the redfix investigation recorded one run at a time (the canon sweep
 * first, then each isolation re-run), checked against test/fixtures/history/flakes in every
 * format: the journal's verdicts (mumble and discourse's install a load flake; mattermost-lts,
 * discourse's upgrade, gitea's and bluesky-pds's promote genuine).
 */
const FIXTURE = path.join(ROOT, 'test', 'fixtures', 'history', 'flakes');
const CORPUS = path.join(ROOT, 'corpus', 'redfix-canon-sweep');
const ORDER = [
  'canon-sweep-2026-06-16',
  'ci-warm-mumble',
  'redfix-bluesky-pds',
  'redfix-discourse',
  'redfix-gitea',
  'redfix-gitea2',
  'redfix-mattermost-lts',
  'redfix-mumble',
  'redfix-mumble2',
];

function expected(name: string): string {
  return readFileSync(path.join(FIXTURE, name), 'utf8');
}

for (const backend of backends('history flakes')) {
  test(`${backend.name}: history flakes in every format equals the expected output`, async () => {
    const history = await backend.fresh();
    for (const run of ORDER) {
      const scan = runCli(['--history', history, `input/${run}`, '-f', 'json'], { cwd: CORPUS });
      assert.ok(scan.status === 0 || scan.status === 1, `${run}: exit ${scan.status}: ${scan.stderr}`);
    }
    const display = jsonOutput<RunsAnswer>(
      runCli(['history', 'runs', '--history', history, '-f', 'json'], { cwd: CORPUS }),
    ).history;
    const query = (format: string) => {
      const out = runCli(['history', 'flakes', '--history', history, '-f', format], { cwd: CORPUS });
      assert.is(out.status, 0, out.stderr);
      return out.stdout
        .split(display)
        .join('<history>')
        .split(display.replace(/[_\\`*[\]|<>&~]/g, (c) => `\\${c}`))
        .join('<history>');
    };
    const json = parseJson<FlakesAnswer>(query('json'), 'history flakes -f json');
    assert.equal(json, parseJson<unknown>(expected('expected.json'), 'expected.json'));
    const verdicts = Object.fromEntries(json.flakes.map((f) => [`${f.recipe}/${String(f.tier)}`, f.verdict]));
    assert.is(verdicts['mumble/custom'], 'load-flake');
    assert.is(verdicts['discourse/install'], 'load-flake');
    assert.is(verdicts['mattermost-lts/restore'], 'genuine');
    const records = parseJsonLines<object>(query('ndjson'), 'history flakes -f ndjson');
    assert.equal(records[0], {
      type: 'header',
      kind: 'history flakes',
      history: '<history>',
      reference: json.reference,
      since: null,
      recipe: null,
    });
    assert.equal(
      records.slice(1),
      json.flakes.map((f) => ({ type: 'flake', ...f })),
    );
    assert.fixture(query('markdown'), expected('expected.md'));
    assert.fixture(query('table'), expected('expected.txt'));
  });
}

test.run();
