import { test } from 'uvu';
import * as assert from 'uvu/assert';
import path from 'node:path';
import { ROOT, runCli } from '../helpers.js';
import type { ShowAnswer } from './answers.js';
import { backends } from './backends.js';
import { jsonOutput } from '../json.js';
import type { Finding } from '../../src/engine/findings.js';
import type { AnalysisResult } from '../../src/result.js';

/**
 * The corpus's cross-run cases, run one invocation at a time with a history, reach the findings
 * they reach when every run is named at once: rule, classification, recipe, tier, run, and the
 * runs in acrossRuns. The earlier runs' findings are read back from the history (decided again
 * as later runs were recorded); the last invocation's own from its output.
 */
const CASES = [
  {
    corpus: 'mumble-handshake-flake-across-runs',
    recipe: 'mumble',
    order: ['canon-sweep-2026-06-16', 'redfix-mumble', 'redfix-mumble2', 'ci-warm-mumble'],
  },
  {
    corpus: 'mattermost-lts-red-in-sweep-and-alone',
    recipe: 'mattermost-lts',
    order: ['canon-sweep-2026-06-16', 'redfix-mattermost-lts'],
  },
  {
    corpus: 'gitea-leftover-then-crash-across-runs',
    recipe: 'gitea',
    order: ['ci-warm-gitea', 'redfix-gitea', 'redfix-gitea2'],
  },
];

interface Key {
  run: string;
  rule: string;
  classification: string;
  recipe: string | null;
  tier: string | null;
  across: string;
}

/** A finding as the scan reports it, or as `history show` does (other runs named by id only). */
type ComparedFinding = Pick<Finding, 'rule' | 'classification' | 'recipe' | 'tier'> & {
  acrossRuns?: ReadonlyArray<string | { run: string }>;
};

function keyOf(run: string, f: ComparedFinding): Key {
  return {
    run,
    rule: f.rule,
    classification: f.classification,
    recipe: f.recipe,
    tier: f.tier,
    across: (f.acrossRuns ?? [])
      .map((a) => (typeof a === 'string' ? a : a.run))
      .sort()
      .join(' '),
  };
}

function sorted(keys: Key[]): Key[] {
  return keys.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

function json<T = AnalysisResult>(args: string[], cwd: string): T {
  const out = runCli(args, { cwd });
  assert.ok(out.status === 0 || out.status === 1, `${args.join(' ')} exited ${out.status}: ${out.stderr}`);
  return jsonOutput<T>(out);
}

for (const backend of backends('cross-run cases one at a time')) {
  for (const c of CASES) {
    test(`${backend.name}: ${c.corpus} one run at a time reaches the findings of all runs at once`, async () => {
      const cwd = path.join(ROOT, 'corpus', c.corpus);
      const all = json(['--runs', 'input', '-f', 'json'], cwd);
      const expected = sorted(all.findings.filter((f) => f.recipe === c.recipe).map((f) => keyOf(f.run, f)));
      assert.ok(expected.length > 0, 'the case has findings to compare');
      const history = await backend.fresh();
      let last: AnalysisResult | undefined;
      for (const run of c.order) last = json(['--history', history, `input/${run}`, '-f', 'json'], cwd);
      assert.ok(last?.history, 'the last run was recorded');
      const lastRun = `input/${c.order[c.order.length - 1]}`;
      const shown = json<ShowAnswer>(['history', 'show', c.recipe, '--history', history, '-f', 'json'], cwd);
      const earlier = shown.runs
        .filter((r) => r.run !== lastRun)
        .flatMap((r) =>
          r.findings
            .filter((f) => f.rule !== 'unexplained-failure')
            .map((f) => keyOf(r.run, { ...f, recipe: c.recipe })),
        );
      const own = last.findings.filter((f) => f.recipe === c.recipe).map((f) => keyOf(f.run, f));
      assert.equal(sorted([...earlier, ...own]), expected);
      assert.equal(last.history.runs, [{ run: lastRun, outcome: 'recorded' }]);
      assert.equal(
        last.history.evidence.sort(),
        c.order
          .slice(0, -1)
          .map((r) => `input/${r}`)
          .sort(),
      );
    });
  }

  test(`${backend.name}: the sweep's flake hypothesis is confirmed when the isolated run is recorded`, async () => {
    const cwd = path.join(ROOT, 'corpus', 'mumble-handshake-flake-across-runs');
    const history = await backend.fresh();
    const sweep = json(['--history', history, 'input/canon-sweep-2026-06-16', '-f', 'json'], cwd);
    const hypothesis = sweep.findings.find((f) => f.recipe === 'mumble');
    assert.ok(hypothesis, 'the sweep has a mumble finding');
    assert.is(hypothesis.confidence, 0.5, 'one run only: a hypothesis');
    const alone = json(['--history', history, 'input/redfix-mumble', '-f', 'json'], cwd);
    assert.ok(alone.history, 'the isolated run used the history');
    assert.is(alone.history.revised.length, 1);
    const revised = alone.history.revised[0];
    assert.equal(revised.before, { classification: 'load-flake', confidence: 0.5 });
    assert.is(revised.finding.confidence, 0.9);
    assert.match(String(revised.finding.why.at(-1)?.detail), 'green in input/redfix-mumble (alone) at the same version');
    // The other order: the sweep scanned after the isolated run is confirmed at once, and names the recorded run.
    const other = await backend.fresh();
    json(['--history', other, 'input/redfix-mumble', '-f', 'json'], cwd);
    const later = json(['--history', other, 'input/canon-sweep-2026-06-16', '-f', 'json'], cwd);
    const confirmed = later.findings.find((f) => f.recipe === 'mumble');
    assert.ok(confirmed, 'the later sweep has a mumble finding');
    assert.is(confirmed.confidence, 0.9);
    assert.equal(
      confirmed.acrossRuns?.map((a) => [a.run, a.detail ?? null]),
      [
        ['input/canon-sweep-2026-06-16', null],
        ['input/redfix-mumble', 'recorded'],
      ],
    );
  });
}

test.run();
