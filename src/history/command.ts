import type { SqlDriver } from './driver.js';
import { HistoryError } from './errors.js';
import { historyTarget, HISTORY_ENV, openHistory } from './open.js';
import { listFlakes, listRuns, pruneRuns, showRecipe, shownTime, type Window } from './queries.js';
import { renderQuery, type QueryFormat, type QueryOutput } from './render.js';
import { parseDuration, parseNow, referenceTime, windowStart } from './window.js';

interface QueryOptions {
  history?: string;
  format: string;
  now?: string;
  since?: string;
  keep?: string;
  recipe?: string;
}

const FORMATS: readonly QueryFormat[] = ['table', 'json', 'ndjson', 'markdown'];

/** A recipe's tier results in a cell: `install:pass restore:fail`. */
function tierMarks(value: unknown): string {
  return Object.entries(value as Record<string, string>)
    .map(([tier, result]) => `${tier}:${result}`)
    .join(' ');
}

/** The run of a `{ run, at }` cell. */
function runOf(value: unknown): string {
  return (value as { run: string }).run;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The header every answer carries: the history, and the window's reference and start. */
function header(driver: SqlDriver, reference: string | undefined, since: string | undefined): Record<string, unknown> {
  return {
    history: driver.display,
    reference: reference === undefined ? null : shownTime(reference),
    since: since === undefined ? null : shownTime(since),
  };
}

/** The window: back from --now (runs after it left out too) or from the newest run, never from the wall clock. */
async function sinceOf(driver: SqlDriver, options: QueryOptions): Promise<Window & { reference?: string }> {
  const until = options.now === undefined ? undefined : parseNow(options.now);
  const duration = options.since === undefined ? undefined : parseDuration(options.since, '--since');
  const reference = await referenceTime(driver, until);
  if (duration === undefined || reference === undefined) return { reference, until };
  return { reference, until, since: windowStart(reference, duration) };
}

async function runsQuery(driver: SqlDriver, options: QueryOptions): Promise<QueryOutput> {
  const window = await sinceOf(driver, options);
  const { reference, since } = window;
  const rows = await listRuns(driver, window);
  return {
    kind: 'history runs',
    header: header(driver, reference, since),
    summary: `${plural(rows.length, 'run')}`,
    sections: [
      {
        name: 'runs',
        type: 'run',
        title: 'Recorded runs, newest first',
        rows: rows as unknown as Array<Record<string, unknown>>,
        columns: [
          ['run', 'run'],
          ['at', 'at'],
          ['recipes', 'recipes'],
          ['red', 'red'],
          ['findings', 'findings'],
          ['unexplained', 'unexplained'],
          ['rules', 'rules'],
          ['id', 'id'],
        ],
      },
    ],
  };
}

async function flakesQuery(driver: SqlDriver, options: QueryOptions): Promise<QueryOutput> {
  const window = await sinceOf(driver, options);
  const { reference, since } = window;
  const rows = await listFlakes(driver, window, options.recipe);
  const flakes = rows.filter((r) => r.verdict === 'load-flake').length;
  return {
    kind: 'history flakes',
    header: { ...header(driver, reference, since), recipe: options.recipe ?? null },
    summary: `${plural(rows.length, 'test')} red at least once · ${flakes} load-flake`,
    sections: [
      {
        name: 'flakes',
        type: 'flake',
        title: 'Red at least once, per recipe and test (runs under load and alone; --format json says why)',
        rows: rows as unknown as Array<Record<string, unknown>>,
        columns: [
          ['recipe', 'recipe'],
          ['tier', 'tier'],
          ['test', 'test'],
          ['red', 'red'],
          ['redUnderLoad', 'load'],
          ['redAlone', 'alone'],
          ['green', 'green'],
          ['greenUnderLoad', 'load'],
          ['greenAlone', 'alone'],
          ['firstRed', 'first red', runOf],
          ['lastRed', 'last red', runOf],
          ['verdict', 'verdict'],
        ],
      },
    ],
  };
}

async function showQuery(driver: SqlDriver, recipe: string, options: QueryOptions): Promise<QueryOutput> {
  const window = await sinceOf(driver, options);
  const { reference, since } = window;
  const shown = await showRecipe(driver, recipe, window);
  return {
    kind: 'history show',
    header: { ...header(driver, reference, since), recipe },
    summary: `${plural(shown.runs.length, 'run')} of ${recipe} · ${plural(shown.findings.length, 'distinct finding')}`,
    sections: [
      {
        name: 'runs',
        type: 'run',
        title: `${recipe} over time, oldest first`,
        rows: shown.runs as unknown as Array<Record<string, unknown>>,
        columns: [
          ['run', 'run'],
          ['at', 'at'],
          ['version', 'version'],
          ['concurrency', 'at once'],
          ['tiers', 'tiers', tierMarks],
          ['verdict', 'verdict'],
        ],
      },
      {
        name: 'findings',
        type: 'finding',
        title: 'Findings: first and last appearance',
        rows: shown.findings as unknown as Array<Record<string, unknown>>,
        columns: [
          ['rule', 'rule'],
          ['classification', 'classification'],
          ['tier', 'tier'],
          ['test', 'test'],
          ['first', 'first'],
          ['last', 'last'],
          ['runs', 'runs'],
        ],
      },
    ],
  };
}

async function pruneQuery(driver: SqlDriver, options: QueryOptions): Promise<QueryOutput> {
  const reference = await referenceTime(driver, options.now === undefined ? undefined : parseNow(options.now));
  const keep = parseDuration(options.keep ?? '', '--keep');
  const cutoff = reference === undefined ? undefined : windowStart(reference, keep);
  const { pruned, kept } = cutoff === undefined ? { pruned: [], kept: 0 } : await pruneRuns(driver, cutoff);
  return {
    kind: 'history prune',
    header: {
      history: driver.display,
      reference: reference === undefined ? null : shownTime(reference),
      before: cutoff === undefined ? null : shownTime(cutoff),
    },
    summary: `${plural(pruned.length, 'run')} pruned, ${plural(kept, 'run')} kept`,
    sections: [
      {
        name: 'pruned',
        type: 'pruned',
        title: 'Pruned runs',
        rows: pruned.map((run) => ({ run })),
        columns: [['run', 'run']],
      },
    ],
  };
}

/** Runs one `history` query; the exit code (2: the history cannot be used or an option is wrong). */
/** What a history query writes to and how it sets the exit code. */
export interface HistoryCommandIo {
  env: NodeJS.ProcessEnv;
  write(text: string): Promise<void>;
  setExit(code: number): void;
}

export async function runHistoryQuery(query: string, args: unknown[], io: HistoryCommandIo): Promise<number> {
  const recipe = query === 'show' ? String(args[0]) : undefined;
  const options = (query === 'show' ? args[1] : args[0]) as QueryOptions;
  if (!FORMATS.includes(options.format as QueryFormat)) {
    throw new HistoryError(`--format: "${options.format}" is not one of ${FORMATS.join(', ')}`);
  }
  const value = historyTarget(options.history, io.env);
  if (value === undefined)
    throw new HistoryError(`history ${query}: no history named: give --history <target> or set ${HISTORY_ENV}`);
  const driver = await openHistory(value, io.env);
  try {
    const output =
      query === 'runs'
        ? await runsQuery(driver, options)
        : query === 'flakes'
          ? await flakesQuery(driver, options)
          : query === 'show'
            ? await showQuery(driver, recipe!, options)
            : await pruneQuery(driver, options);
    await io.write(renderQuery(output, options.format as QueryFormat));
    return 0;
  } finally {
    await driver.close();
  }
}
