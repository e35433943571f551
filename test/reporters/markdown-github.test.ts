import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { marked, type Token, type Tokens } from 'marked';
import { giteaLineWith, rulePack, runInProcess, tree, userRule } from '../cli/fixtures.js';
import { MARKDOWN_LIMIT } from '../../src/reporters/markdown.js';
import { cpSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { ROOT, tempDir } from '../helpers.js';

// Everything a log line could use to break out of a code span or ping someone.
const HOSTILE = 'x ``` y ```` <img src=x onerror=alert(1)> </details> <script>alert(2)</script> @octocat #123 GH-45 [x](javascript:alert(3)) &lt;b&gt; &#64;team';
const runName = 'nightly @octocat #77';
const root = tree({ [`${runName}/gitea.log`]: `${giteaLineWith(HOSTILE)}\n` });
// A user rule that puts the captured hostile text into the root cause (prose, not code).
const pack = rulePack(userRule({
  id: 'echo-the-line', scope: 'recipe', classification: 'harness-defect', severity: 'warning',
  events: { m: { literals: ['onerror='], message: 'x (?<said>.*) Unable' } }, condition: { exists: 'm' }, rootCause: 'the log said {{said}}',
}));

/** The tags GitHub-flavoured markdown makes from our own markup; anything else came from the log. */
const OWN_TAGS = new Set(['h2', 'h3', 'p', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'code', 'strong', 'em', 'ul', 'li', 'details', 'summary', 'blockquote', 'br', 'hr', 'pre']);

/** What marked's HTML shows that our markup did not make. */
function renderProblems(md: string): string[] {
  const html = marked.parse(md, { gfm: true, async: false });
  const problems = [...html.matchAll(/<\/?([a-zA-Z][\w-]*)/g)].filter(([, tag]) => !OWN_TAGS.has(tag.toLowerCase())).map(([raw]) => `raw ${raw} reached the HTML`);
  if (/href="\s*javascript:/i.test(html)) problems.push('a javascript: link');
  if ((html.match(/<details>/g) ?? []).length !== (html.match(/<\/details>/g) ?? []).length) problems.push('an evidence fold closed early');
  return problems;
}

/** Text GitHub would link: every inline token outside code spans and fences. */
function liveText(tokens: Token[]): string[] {
  const out: string[] = [];
  for (const token of tokens) {
    if (token.type === 'code' || token.type === 'codespan') continue;
    const nested = (token as { tokens?: Token[] }).tokens ?? [];
    const table = token.type === 'table' ? (token as Tokens.Table) : undefined;
    const rows = table ? [...table.header, ...table.rows.flat()] : [];
    const items = token.type === 'list' ? (token as Tokens.List).items : [];
    if (nested.length + rows.length + items.length === 0) out.push(token.raw);
    out.push(
      ...liveText(nested),
      ...rows.flatMap((c) => liveText(c.tokens)),
      ...items.flatMap((i) => liveText(i.tokens)),
    );
  }
  return out;
}

/** Mentions and references GitHub would link, in the Markdown source outside code. */
function liveProblems(md: string): string[] {
  // Entities decoded as GitHub does before it links: `&#64;x` would be a mention, `@&#8203;x` is not.
  const decode = (text: string) => text.replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n))).replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(Number.parseInt(n, 16))).replace(/&amp;/g, '&');
  return liveText(marked.lexer(md, { gfm: true })).map(decode).filter((text) => /@[A-Za-z0-9_-]|#\d|\bGH-\d/i.test(text)).map((text) => `live outside code: ${text}`);
}

test('marked (GFM) on a hostile log: no raw tag, no javascript: link, folds stay whole; no live @name or #N outside code', async () => {
  const { stdout: md } = await runInProcess(['-f', 'markdown', '--rules', pack, runName], { cwd: root });
  assert.match(md, 'echo-the-line', 'the user rule fired');
  assert.match(md, 'gitea-appini-readonly-jwt');
  assert.equal(renderProblems(md), []);
  assert.equal(liveProblems(md), []);
  // The text is still there for a reader: in code, whole.
  assert.match(md, '<img src=x onerror=alert(1)>');
  assert.ok(md.length < MARKDOWN_LIMIT);
});

test('across-runs lines: run names holding mentions, references and tags stay dead', async () => {
  const dir = tempDir();
  const source = path.join(ROOT, 'corpus/mumble-handshake-flake-across-runs/input');
  for (const name of readdirSync(source)) cpSync(path.join(source, name), path.join(dir, 'runs', `${name} @octocat #9 <b>x</b>`), { recursive: true });
  const { stdout: md } = await runInProcess(['-f', 'markdown', '--runs', 'runs'], { cwd: dir });
  assert.match(md, '**Across runs:**');
  assert.equal(renderProblems(md), []);
  assert.equal(liveProblems(md), []);
});

test('the checks are not vacuous: a 3-backtick fence and a live mention are caught', () => {
  assert.equal(renderProblems('- ```a ``` <img src=x onerror=alert(1)> ```'), ['raw <img reached the HTML']);
  assert.ok(renderProblems('[x](javascript:alert(1))').includes('a javascript: link'));
  assert.equal(liveProblems('mail &#64;octocat').length, 1);
  assert.equal(liveProblems('run `x` by @octocat').length, 1);
  assert.equal(liveProblems('| a |\n|---|\n| see #12 |').length, 1);
  assert.equal(liveProblems('- item GH-3').length, 1);
  assert.equal(liveProblems('run `@octocat #12` fine'), []);
});

test('60 runs stay under GitHub\'s comment limit: the least severe left out, counted and said', async () => {
  const files: Record<string, string> = {};
  for (let i = 0; i < 60; i++) files[`run-${String(i).padStart(2, '0')}/gitea.log`] = `${giteaLineWith(`${HOSTILE} ${'padding '.repeat(60)}`)}\n`;
  const dir = tree(files);
  const runs = Object.keys(files).map((f) => f.split('/')[0]);
  const { stdout: md } = await runInProcess(['-f', 'markdown', '--rules', pack, ...runs], { cwd: dir });
  assert.ok(md.length < MARKDOWN_LIMIT, `${md.length} characters`);
  const note = md.split('\n').find((l) => l.startsWith('> **Truncated:**'));
  assert.ok(note, 'no truncation note');
  const shown = (md.match(/^### /gm) ?? []).length;
  const [, left] = note.match(/(\d+) findings? left out/) ?? [];
  assert.is(shown + Number(left), 120, 'every finding is shown or counted');
  // Errors (the recipe defects) before warnings (the user rule).
  assert.ok((md.match(/^### recipe-defect/gm) ?? []).length > (md.match(/^### harness-defect/gm) ?? []).length);
  assert.match(md, '--format json');
  assert.equal(renderProblems(md), []);
  assert.equal(liveProblems(md), []);
});

test.run();
