import { test } from 'uvu';
import { ROOT } from '../helpers.js';
import * as assert from 'uvu/assert';
import {
  CADDY_IPS,
  FAILING_JUNIT,
  FAILING_JUNIT_NAME,
  GITEA_LINE,
  caddyAskRefusedLog,
  giteaLineWith,
  rulePack,
  runInProcess,
  tree,
  userRule,
} from '../cli/fixtures.js';
import { jsonOutput } from '../json.js';

const root = tree({
  'runA/services/gitea.log': `${GITEA_LINE}\n`,
  'runA/services/caddy.log': caddyAskRefusedLog(CADDY_IPS),
  [`runB/junit/${FAILING_JUNIT_NAME}`]: FAILING_JUNIT,
  'runC/gitea.log': `${giteaLineWith('see <img src=x onerror=alert(1)> and [click](http://evil) *now* | col')}\n`,
});

const markdown = async (args: string[]) => (await runInProcess(['--format', 'markdown', ...args], { cwd: root })).stdout;

test('markdown: a PR comment with the triage table, then each finding', async () => {
  const md = await markdown(['runA', 'runB']);
  const lines = md.split('\n');
  assert.is(lines[0], '## redfix-forensics triage');
  const header = lines.findIndex((l) => l.startsWith('| run | recipe |'));
  assert.ok(header > 0, 'no table header');
  assert.match(lines[header], /\| verdict \|$/);
  assert.match(lines[header + 1], /^\|(---\|)+$/);
  const columns = (l: string) => l.replace(/\\\|/g, '').split('|').length;
  const rows = lines.slice(header + 2).filter((l) => l.startsWith('|'));
  assert.is(rows.length, 3, 'a row per run × recipe');
  for (const row of rows) assert.is(columns(row), columns(lines[header]), `ragged row: ${row}`);
  assert.ok(rows.some((r) => r.includes('| gitea |') && r.includes('**recipe-defect**')));
  // The table's marks: a red tier no finding explains is ?, as in the table, the HTML and JSON's `marks`.
  assert.ok(rows.some((r) => r.includes('| mumble |') && r.includes('| ? |') && r.includes('**unexplained**')));
  const legend = '_✓ pass, ✗ fail, ? fail no finding explains, - skip, · n/a, blank: not run_';
  assert.ok(lines.includes(legend), 'the legend');

  assert.match(md, '### recipe-defect: `gitea-appini-readonly-jwt` — gitea');
  assert.match(md, '### recipe-defect: `caddy-ondemand-ask-rotating-refused` — bluesky-pds');
  assert.match(md, '<details><summary>Evidence</summary>');
  assert.match(md, `- \`services/gitea.log:1\`: \`${GITEA_LINE}\``);
  assert.match(md, `(×${CADDY_IPS.length})`);
  assert.match(md, '### Unexplained failures');
  assert.match(md, '**mumble / custom**');
  assert.match(md, /_2 findings, 1 unexplained · redfix-forensics /);
});

test('root cause and fix are printed whole, not cut like a table cell', async () => {
  const md = await markdown(['runA']);
  assert.match(md, 'gitea cannot save its generated JWT Secret to /etc/gitea/app.ini: the file is on a read-only file system, and gitea exits at start-up.');
  assert.match(md, 'or supply JWT Secret in the configuration so gitea never rewrites app.ini.');
  // One fatal line shows neither a docker config nor a crash loop: the finding does not claim them.
  assert.not.match(md, 'docker config');
  assert.not.match(md, 'crash-loops');
});

test('one finding is "1 finding"', async () => {
  assert.match(await markdown(['runC']), /_1 finding, 0 unexplained · /);
});

test('log text cannot inject markup: HTML, links and emphasis are escaped outside code spans', async () => {
  const pack = rulePack(userRule({ id: 'echo-the-line', scope: 'recipe', classification: 'harness-defect', severity: 'warning', events: { m: { literals: ['onerror='], message: 'see (?<said>.*) \\| col' } }, condition: { exists: 'm' }, rootCause: 'the log said {{said}}' }));
  const md = await markdown(['--rules', pack, 'runC']);
  const cause = md.split('\n').find((l) => l.startsWith('the log said'));
  assert.ok(cause, md);
  assert.not.match(cause, /(?<!\\)<img/, 'a raw tag');
  assert.match(cause, '\\<img src=x onerror=alert(1)\\>');
  assert.match(cause, '\\[click\\](http://evil) \\*now\\*');
});

test('candidate lines beyond the three shown are counted, not dropped silently', async () => {
  const { stdout } = await runInProcess(['-f', 'markdown', 'corpus/near-miss-discourse-legacy-image-pull-failure/input'], { cwd: ROOT });
  const json = jsonOutput(await runInProcess(['-f', 'json', 'corpus/near-miss-discourse-legacy-image-pull-failure/input'], { cwd: ROOT }));
  const over = json.unexplained.filter((u) => u.lines.length > 3);
  assert.ok(over.length > 0);
  for (const u of over) assert.match(stdout, `… ${u.lines.length - 3} more candidate lines in \`--format json\``);
});

test('input problems are listed in the comment too', async () => {
  const md = await markdown(['runA', 'missing.log']);
  assert.match(md, '> **Input problems:**');
  assert.match(md, '> - missing.log: cannot read: no such file or directory');
});

test('a user rule replacing a built-in is noted', async () => {
  const pack = rulePack(userRule({ id: 'gitea-appini-readonly-jwt', scope: 'recipe', events: { m: { literals: ['read-only file system'] } }, condition: { exists: 'm' } }));
  assert.match(await markdown(['--rules', pack, 'runA']), /> \*\*Note:\*\* rule gitea-appini-readonly-jwt from .*pack\.json replaces the built-in rule/);
});

test.run();
