import { test } from 'uvu';
import { RESERVED_RULES } from '../../src/rules/reserved.js';
import * as assert from 'uvu/assert';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, runCli } from '../helpers.js';
import {
  acmeFormatAndPack, GITEA_LINE, HARMLESS_LOG, rulePack, runInProcess, tree, userRule,
} from '../cli/fixtures.js';
import { BUILTIN_RULES } from '../../src/rules/index.js';
import { loadRules, RulePackError } from '../../src/rule-packs/load.js';
import { RuleValidationError, validateRule } from '../../src/rule-packs/validate.js';
import { MAX_CONDITION_DEPTH } from '../../src/engine/conditions.js';
import { spawnSync } from 'node:child_process';
import { BUILTIN_ORIGIN } from '../../src/rules/types.js';
import { jsonOutput, parseJson } from '../json.js';
import type { AnalysisResult } from '../../src/result.js';

/** An entry of `rules list --json`. */
interface ListedRule {
  id: string;
  title: string;
  classification: string;
  severity: string;
  scope: string;
  origin: string;
  replaces?: string;
  reconstruction?: true;
}

const BUILTIN_IDS = BUILTIN_RULES.map((r) => r.id);
/** Listed rules: the built-in ones with a signature and the reserved ones the triage decides across runs. */
const LISTED = [...BUILTIN_RULES, ...RESERVED_RULES];
const root = tree({ 'harmless.log': HARMLESS_LOG, 'gitea.log': `${GITEA_LINE}\n` });

test('rules list: every built-in rule, one per line, and the count', async () => {
  const { stdout, status } = await runInProcess(['rules', 'list']);
  assert.is(status, 0);
  const lines = stdout.trim().split('\n');
  assert.is(lines[lines.length - 1], `${LISTED.length} rules`);
  for (const rule of LISTED) {
    const line = lines.find((l) => l.startsWith(`${rule.id} `));
    assert.ok(line, `${rule.id} not listed`);
    assert.match(line, rule.classification);
    assert.match(line, rule.severity);
  }
});

test('rules list --json: id, title, classification, severity, origin', async () => {
  const list = jsonOutput<ListedRule[]>(await runInProcess(['rules', 'list', '--json']));
  assert.equal(list.map((r) => r.id), LISTED.map((r) => r.id).sort());
  for (const entry of list) {
    const rule = LISTED.find((r) => r.id === entry.id)!;
    assert.is(entry.title, rule.title);
    assert.is(entry.classification, rule.classification);
    assert.is(entry.severity, rule.severity);
    assert.is(entry.origin, BUILTIN_IDS.includes(rule.id) ? BUILTIN_ORIGIN : 'built-in, across runs (no signature)');
  }
});

test('a pack cannot define a reserved rule', async () => {
  const pack = rulePack(userRule({ id: 'load-flake-unexplained' }));
  const run = await runInProcess(['--rules', pack, 'harmless.log'], { cwd: root });
  assert.is(run.status, 2);
  assert.match(run.stderr, 'reserved');
});

test('--rules <file>: one rule, a list, or {"rules": [...]}; the user rule runs', async () => {
  for (const content of [userRule(), [userRule()], { rules: [userRule()] }]) {
    const pack = rulePack(content);
    const result = jsonOutput(await runInProcess(['-f', 'json', '--rules', pack, 'harmless.log'], { cwd: root }));
    assert.equal(result.findings.map((f) => f.rule), ['hello-user-rule']);
    assert.is(result.findings[0].rootCause, 'said hello to world');
    const list = jsonOutput<ListedRule[]>(await runInProcess(['rules', 'list', '--json', '--rules', pack]));
    assert.is(list.find((r) => r.id === 'hello-user-rule')?.origin, pack);
    assert.is(list.length, LISTED.length + 1);
  }
});

test('--rules <dir>: every .json file in it, in name order; repeatable', async () => {
  const dir = tree({
    'a.json': JSON.stringify(userRule({ id: 'user-rule-a' })),
    'b.json': JSON.stringify([userRule({ id: 'user-rule-b' })]),
    'notes.txt': 'not a pack',
  });
  const other = rulePack(userRule({ id: 'user-rule-c' }));
  const result = jsonOutput(await runInProcess(['-f', 'json', '--rules', dir, '--rules', other, 'harmless.log'], { cwd: root }));
  assert.equal(result.findings.map((f) => f.rule).sort(), ['user-rule-a', 'user-rule-b', 'user-rule-c']);
  const loaded = await loadRules([dir]);
  assert.is(loaded.find((r) => r.rule.id === 'user-rule-a')!.origin, path.join(dir, 'a.json'));
});

// Each bad rule: the field the error must name, and a phrase of the reason.
const INVALID: Array<[string, Record<string, unknown>, string, string | RegExp]> = [
  ['a bad id', { id: 'Bad_Id' }, 'id', 'kebab-case'],
  ['an unknown classification', { classification: 'flaky' }, 'classification', '"flaky" is not one of'],
  ['an unknown severity', { severity: 'fatal' }, 'severity', '"fatal" is not one of'],
  ['a confidence above 1', { confidence: 1.5 }, 'confidence', 'from 0 to 1'],
  ['a pattern with neither literals nor kind', { events: { hello: { message: 'hello' } } }, 'events.hello', 'needs literals'],
  ['a bad regex', { events: { hello: { literals: ['hello world'], message: 'hello (unclosed' } } }, 'events.hello.message', 'invalid regex'],
  ['an unknown condition', { condition: { whenever: 'hello' } }, 'condition', /must be one condition: .* all or any \(got keys: whenever\)/],
  ['a condition naming an unknown pattern', { condition: { exists: 'nope' } }, 'condition.exists', '"nope" is not a pattern in events'],
  ['a nested condition naming an unknown pattern', { condition: { all: [{ exists: 'hello' }, { count: 'nope', gte: 2 }] } }, 'condition.all[1].count', '"nope" is not a pattern'],
  ['a literal shorter than 3 characters', { events: { hello: { literals: ['hi'] } } }, 'events.hello.literals[0]', 'at least 3 characters'],
  ['an unknown field', { when: 'always' }, 'when', 'unknown field'],
  ['a join naming an unknown pattern', { join: ['hello', 'nope'] }, 'join[1]', '"nope" is not a pattern'],
  ['a bad window', { condition: { count: 'hello', gte: 2, within: 'soon' } }, 'condition.within', 'duration'],
  ['a list where one classification goes', { classification: ['recipe-defect', 'benign'] }, 'classification', 'a single string'],
  ['a condition with a field its kind does not take', { condition: { exists: 'hello', gte: 3 } }, 'condition.gte', 'unknown field (known: exists)'],
  ['a title holding an escape sequence', { title: 'looks \x1b]0;pwned\x07 fine' }, 'title', 'control or bidi character (U+001B'],
  ['a root cause holding a bidi override', { rootCause: 'said \u202eolleh' }, 'rootCause', 'control or bidi character (U+202E'],
  ['a pattern name that is not an identifier', { events: { 'he llo': { literals: ['hello world'] } }, condition: { exists: 'he llo' } }, 'events.he llo', 'a pattern name must be'],
  ['a root cause with an unclosed section', { rootCause: 'said {{#hello}}hello' }, 'rootCause', 'template at character 6: {{#hello}} is never closed'],
  ['a fix naming an unknown pattern', { fix: 'see {{nope.word}}' }, 'fix', '"nope" is not a pattern in events'],
  ['two kinds in one condition', { condition: { exists: 'hello', absent: 'hello' } }, 'condition.absent', 'unknown field (known: exists)'],
  ['a misspelled condition key', { condition: { exist: 'hello' } }, 'condition', '(got keys: exist)'],
  ['a misspelled level', { events: { hello: { literals: ['hello world'], level: 'eror' } } },
    'events.hello.level', '"eror" is not one of trace, debug'],
  ['a misspelled format in a list', { events: { hello: { literals: ['hello world'], format: ['gitea', 'postgress'] } } },
    'events.hello.format[1]', '"postgress" is not one of abra'],
  ['a misspelled kind in a list', { events: { hello: { kind: ['tier-end', 'tier_start'] } } },
    'events.hello.kind[1]', '"tier_start" is not one of recipe'],
  ['a misspelled classification in yieldsTo', { condition: { all: [{ exists: 'hello' }, { yieldsTo: ['recipe-defekt'] }] } },
    'condition.all[1].yieldsTo[0]', '"recipe-defekt" is not one of'],
  ['yieldsTo as a single string', { condition: { yieldsTo: 'benign' } }, 'condition.yieldsTo', 'must be a list'],
  ['a field value that is null', { events: { hello: { literals: ['hello world'], fields: { outcome: null } } } },
    'events.hello.fields.outcome', 'must be a string, number or boolean'],
  ['a count of 0', { condition: { count: 'hello', gte: 0 } }, 'condition.gte', 'must be a whole number >= 1'],
  ['a sequence of one pattern', { condition: { sequence: ['hello'] } }, 'condition.sequence', 'must be [first, then]'],
  ['a concurrency with a field it does not take', { condition: { concurrency: { gte: 2, lte: 3 } } },
    'condition.concurrency.lte', 'unknown field (known: gte)'],
  ['no events', { events: {} }, 'events', 'must be an object of named event patterns'],
];

for (const [what, overrides, field, reason] of INVALID) {
  test(`validation: ${what} is refused, naming the file, the rule and the field`, async () => {
    const rule = userRule(overrides);
    const pack = rulePack([userRule({ id: 'fine-rule' }), rule], 'my-pack.json');
    const error = await loadRules([pack]).then(() => undefined, (e: unknown) => e);
    assert.instance(error, RuleValidationError);
    const v = error as RuleValidationError;
    assert.is(v.origin, pack);
    assert.is(v.ruleId, String(rule.id));
    assert.is(v.field, field);
    assert.match(v.message, reason);
    assert.ok(v.message.startsWith(`${pack}: rule ${String(rule.id)}: ${field}: `), v.message);
  });
}

test('a misspelled kind and format are refused at load: the rule could never fire', async () => {
  const misspelled = userRule({ events: { hello: { literals: ['hello world'], kind: 'tier_end', format: 'gittea' } } });
  const pack = rulePack(misspelled, 'misspelled.json');
  const error = await loadRules([pack]).then(() => undefined, (e: unknown) => e);
  assert.instance(error, RuleValidationError);
  const v = error as RuleValidationError;
  assert.is(v.ruleId, 'hello-user-rule');
  assert.is(v.field, 'events.hello.kind');
  assert.match(v.message, '"tier_end" is not one of');
  assert.match(v.message, 'tier-end');
  const formatOnly = rulePack(userRule({ events: { hello: { literals: ['hello world'], format: 'gittea' } } }));
  const formatError = await loadRules([formatOnly]).then(() => undefined, (e: unknown) => e) as RuleValidationError;
  assert.instance(formatError, RuleValidationError);
  assert.is(formatError.field, 'events.hello.format');
  assert.match(formatError.message, `${formatOnly}: rule hello-user-rule: events.hello.format: "gittea" is not one of`);
});

const YAML_PACK = `# the same rule as userRule(), in YAML
$schema: ../schema/rule.schema.json
rules:
  - id: hello-user-rule
    title: a hello line
    classification: benign
    severity: info
    confidence: 0.5
    scope: run
    description: "A user rule for the tests: fires on the harmless log."
    events:
      hello:
        literals: [hello world]
        message: hello (?<who>\\w+)
    condition: { exists: hello }
    rootCause: said hello to {{who}}
    fix: nothing to fix
`;

test('a YAML pack and a JSON pack load the same rule, and both may name the schema with $schema', async () => {
  const json = rulePack({ $schema: '../schema/rule.schema.json', rules: [userRule()] }, 'pack.json');
  const yaml = rulePack(YAML_PACK, 'pack.yaml');
  const fromJson = await loadRules([json]);
  const fromYaml = await loadRules([yaml]);
  const rule = (loaded: typeof fromJson) => loaded.find((r) => r.rule.id === 'hello-user-rule')!.rule;
  assert.equal(rule(fromYaml), rule(fromJson));
  assert.equal(rule(fromJson), userRule());
  const single = rulePack({ $schema: '../schema/rule.schema.json', ...userRule() }, 'single.json');
  assert.is(rule(await loadRules([single])).id, 'hello-user-rule');
  const run = await runInProcess(['-f', 'json', '--rules', yaml, 'harmless.log'], { cwd: root });
  const result = jsonOutput(run);
  assert.equal(result.findings.map((f) => f.rootCause), ['said hello to world']);
});

test('--rules <dir>: .yaml and .yml files too; a broken YAML file is named with the reason', async () => {
  const dir = tree({
    'a.yml': YAML_PACK.replace('hello-user-rule', 'user-rule-a'),
    'b.json': JSON.stringify(userRule({ id: 'user-rule-b' })),
  });
  const users = (await loadRules([dir])).filter((r) => r.origin !== BUILTIN_ORIGIN);
  assert.equal(users.map((r) => r.rule.id), ['user-rule-a', 'user-rule-b']);
  const broken = rulePack('rules:\n  - id: [unclosed\n', 'broken.yaml');
  const error = await loadRules([broken]).then(() => undefined, (e: unknown) => e);
  assert.instance(error, RulePackError);
  assert.match((error as Error).message, `${broken}: not valid YAML`);
});

test('a pack object holds $schema and rules only: anything else is refused, not ignored', async () => {
  const pack = rulePack({ rules: [userRule()], disabled: ['x'] });
  const error = await loadRules([pack]).then(() => undefined, (e: unknown) => e);
  assert.instance(error, RulePackError);
  assert.is((error as Error).message, `${pack}: disabled: unknown field of a pack (known: $schema, rules)`);
});

test('a rule may name a user format when it is loaded with the pack, and only then', async () => {
  const rule = userRule({ events: { hello: { literals: ['hello world'], format: 'ledger-log' } } });
  const pack = rulePack(rule);
  const loaded = await loadRules([pack], [], { formats: ['ledger-log'] });
  assert.ok(loaded.some((r) => r.rule.id === 'hello-user-rule'));
  const error = await loadRules([pack]).then(() => undefined, (e: unknown) => e);
  assert.instance(error, RuleValidationError);
  assert.match((error as Error).message, 'events.hello.format: "ledger-log" is not one of');
});

test('scan and explain load the user formats before the rules: a rule on a user format runs', async () => {
  const formats = path.join(ROOT, 'test', 'fixtures', 'formats', 'ledger.json');
  const rule = userRule({
    id: 'ledger-checksum',
    classification: 'harness-defect',
    events: { sev0: { literals: ['<SEV0>'], format: 'ledger-log', level: 'fatal', message: 'segment (?<who>\\d+)' } },
    condition: { exists: 'sev0' },
  });
  const pack = rulePack(rule);
  const dir = tree({ 'ledger.log': '2026-06-18 00:05:12,331 journal/writer-2 <SEV0> journal segment 0042 failed its checksum\n' });
  const scan = await runInProcess(['-f', 'json', '--formats', formats, '--rules', pack, 'ledger.log'], { cwd: dir });
  assert.is(scan.status, 1, scan.stderr);
  assert.equal(jsonOutput(scan).findings.map((f) => f.rule), ['ledger-checksum']);
  const explain = await runInProcess(['explain', 'ledger-checksum', '--formats', formats, '--rules', pack, 'ledger.log'], { cwd: dir });
  assert.is(explain.status, 0, explain.stderr);
  assert.match(explain.stdout, 'FIRES');
  const without = await runInProcess(['--rules', pack, 'ledger.log'], { cwd: dir });
  assert.is(without.status, 2);
  assert.match(without.stderr, 'events.sev0.format: "ledger-log" is not one of');
});

test('rules list loads user formats as scan does (--formats, the default directory): a pack naming one lists', async () => {
  const { dir, formats, pack } = acmeFormatAndPack();
  const listed = jsonOutput<ListedRule[]>(await runInProcess(['rules', 'list', '--json', '--formats', formats, '--rules', pack]));
  assert.ok(listed.some((r) => r.id === 'acme-disk-quota'), 'the rule on acme-log is listed');
  const env = { NO_COLOR: '1', REDFIX_FORMATS_DIR: path.dirname(formats) };
  const fromDefault = await runInProcess(['rules', 'list', '--rules', pack], { env });
  assert.is(fromDefault.status, 0, fromDefault.stderr);
  assert.match(fromDefault.stdout, /^acme-disk-quota +harness-defect/m);
  const without = await runInProcess(['rules', 'list', '--rules', pack]);
  assert.is(without.status, 2);
  assert.match(without.stderr, 'events.panic.format: "acme-log" is not one of');
  const broken = path.join(dir, 'broken.yaml');
  writeFileSync(broken, 'formats:\n  - name: acme-log\n    title: acme\n    regex: "^(?<level>[A-Z]+) acme"\n');
  const refused = await runInProcess(['rules', 'list', '--formats', broken, '--rules', pack]);
  assert.is(refused.status, 2);
  assert.is(refused.stderr.split('\n').filter(Boolean).length, 1, refused.stderr);
  assert.match(refused.stderr, `${broken}: format acme-log: `);
});

test('validation errors reach the command line as one line on stderr, exit 2', () => {
  const pack = rulePack(userRule({ events: { hello: { literals: ['hi'] } } }), 'short-literal.json');
  const { status, stdout, stderr } = runCli(['--rules', pack, 'harmless.log'], { cwd: root });
  assert.is(status, 2);
  assert.is(stdout, '');
  const reason = 'must be at least 3 characters long (got "hi")';
  assert.is(stderr, `redfix-forensics: ${pack}: rule hello-user-rule: events.hello.literals[0]: ${reason}\n`);
});

test('a rule without an id is named by its position', async () => {
  const noId = userRule();
  delete noId.id;
  const pack = rulePack([userRule(), noId]);
  const error = await loadRules([pack]).then(() => undefined, (e: unknown) => e);
  assert.instance(error, RuleValidationError);
  assert.is((error as RuleValidationError).ruleId, '#2');
  assert.is((error as RuleValidationError).field, 'id');
});

test('a pack that is not JSON, or a path that does not exist: named, exit 2', async () => {
  const broken = rulePack('{ "id": ', 'broken.json');
  const notJson = await runInProcess(['--rules', broken, 'harmless.log'], { cwd: root });
  assert.is(notJson.status, 2);
  assert.match(notJson.stderr, `${broken}: not valid JSON`);
  const missing = await runInProcess(['--rules', '/no/such/pack.json', 'harmless.log'], { cwd: root });
  assert.is(missing.status, 2);
  assert.match(missing.stderr, '/no/such/pack.json');
  const empty = await loadRules([tree({ 'x.txt': '' })]).then(() => undefined, (e: unknown) => e);
  assert.instance(empty, RulePackError);
  const dir = tree({ 'a.json': JSON.stringify(userRule()), 'b.json/inner.txt': '' });
  const unreadable = await loadRules([dir]).then(() => undefined, (e: unknown) => e);
  assert.instance(unreadable, RulePackError);
  assert.match((unreadable as Error).message, `${path.join(dir, 'b.json')}: cannot read`);
});

test('two user packs defining one id: refused', async () => {
  const a = rulePack(userRule(), 'a.json');
  const b = rulePack(userRule(), 'b.json');
  const error = await loadRules([a, b]).then(() => undefined, (e: unknown) => e);
  assert.instance(error, RuleValidationError);
  assert.match((error as Error).message, `also defined in ${a}`);
});

test('a user rule with a built-in id replaces it, and the output says so', async () => {
  const replacement = userRule({
    id: 'gitea-appini-readonly-jwt', title: 'my stricter gitea rule', classification: 'harness-defect', severity: 'warning', scope: 'recipe',
    events: { m: { literals: ['read-only file system'] } }, condition: { exists: 'm' }, rootCause: 'replaced', fix: 'replaced',
  });
  const pack = rulePack(replacement);
  const loaded = await loadRules([pack]);
  assert.is(loaded.length, BUILTIN_RULES.length);
  const entry = loaded.find((r) => r.rule.id === 'gitea-appini-readonly-jwt')!;
  assert.is(entry.origin, pack);
  assert.is(entry.replaces, BUILTIN_ORIGIN);

  const result = jsonOutput(await runInProcess(['-f', 'json', '--rules', pack, 'gitea.log'], { cwd: root }));
  assert.equal(result.notices, [`rule gitea-appini-readonly-jwt from ${pack} replaces the built-in rule of the same id`]);
  assert.equal(result.findings.map((f) => [f.title, f.classification]), [['my stricter gitea rule', 'harness-defect']]);
  const table = (await runInProcess(['--rules', pack, 'gitea.log'], { cwd: root })).stdout;
  assert.match(table, /^note: rule gitea-appini-readonly-jwt from /m);
  const list = jsonOutput<ListedRule[]>(await runInProcess(['rules', 'list', '--json', '--rules', pack]));
  assert.equal(list.find((r) => r.id === 'gitea-appini-readonly-jwt'), { id: 'gitea-appini-readonly-jwt', title: 'my stricter gitea rule', classification: 'harness-defect', severity: 'warning', scope: 'recipe', origin: pack, replaces: BUILTIN_ORIGIN });
  const plain = jsonOutput(await runInProcess(['-f', 'json', 'gitea.log'], { cwd: root }));
  assert.equal(plain.notices, []);
});

// User regexes run on RE2JS: what it cannot run in linear time is refused at load, with why.
const NOT_LINEAR: Array<[string, string]> = [
  ['a lookahead', 'hello(?= world)'],
  ['a negative lookahead', 'hello(?!x)'],
  ['a lookbehind', '(?<=hello )world'],
  ['a negative lookbehind', '(?<!x)world'],
  ['a backreference', '(l)\\1o'],
  ['a named backreference', '(?<ch>l)\\k<ch>o'],
];

for (const [what, source] of NOT_LINEAR) {
  test(`a user regex with ${what} is refused at load, with the reason`, () => {
    const rule = userRule({ events: { hello: { literals: ['hello world'], text: source } } });
    try {
      validateRule(rule, 'pack.json', 0);
      assert.unreachable(`${source} was accepted`);
    } catch (error) {
      assert.instance(error, RuleValidationError);
      const v = error as RuleValidationError;
      assert.is(v.field, 'events.hello.text');
      assert.match(v.message, 'not runnable in linear time');
      assert.match(v.message, 'lookaround and backreferences');
    }
  });
}

test('the refusal reaches the command line', () => {
  const pack = rulePack(userRule({ events: { hello: { literals: ['hello world'], match: { test: 'x(?=y)' } } } }));
  const { status, stderr } = runCli(['--rules', pack, 'harmless.log'], { cwd: root });
  assert.is(status, 2);
  assert.match(stderr, `${pack}: rule hello-user-rule: events.hello.match.test: rejected: not runnable in linear time`);
});

test('a catastrophic user pattern ^(a+)+$ runs in linear time on a 100 KB hostile line', async () => {
  // On a backtracking engine this line takes longer than the age of the universe; RE2JS
  // answers at once. The test asserts the answers, never the time.
  const rule = userRule({ id: 'catastrophic-user', classification: 'harness-defect', severity: 'error', events: { a: { literals: ['aaa'], text: '^(a+)+$' } }, condition: { exists: 'a' }, rootCause: 'all a', fix: 'none' });
  const pack = rulePack(rule);
  const dir = tree({});
  writeFileSync(path.join(dir, 'hostile.log'), `${'a'.repeat(100_000)}!\n`);
  writeFileSync(path.join(dir, 'matching.log'), `${'a'.repeat(100_000)}\n`);
  const hostile = await runInProcess(['-f', 'json', '--rules', pack, 'hostile.log'], { cwd: dir });
  assert.is(hostile.status, 0);
  assert.equal(jsonOutput(hostile).findings, []);
  const matching = await runInProcess(['-f', 'json', '--rules', pack, 'matching.log'], { cwd: dir });
  assert.is(matching.status, 1);
  assert.equal(jsonOutput(matching).findings.map((f) => f.rule), ['catastrophic-user']);
});

test('built-in rules pass the same validation', () => {
  BUILTIN_RULES.forEach((rule, i) => validateRule(rule, BUILTIN_ORIGIN, i));
});

test('--rules from a pipe: process substitution and /dev/stdin are read like a file', () => {
  const env = { ...process.env, NODE: process.execPath, BIN: path.join(ROOT, 'bin', 'redfix-forensics.js'), PACK: JSON.stringify(userRule()), NO_COLOR: '1' };
  for (const command of [
    `"$NODE" "$BIN" --rules <(printf '%s' "$PACK") -f json harmless.log`,
    `printf '%s' "$PACK" | "$NODE" "$BIN" --rules /dev/stdin -f json harmless.log`,
  ]) {
    const run = spawnSync('bash', ['-c', command], { cwd: root, encoding: 'utf8', env });
    assert.is(run.status, 0, `${command}: ${run.stderr}`);
    assert.equal(parseJson<AnalysisResult>(run.stdout).findings.map((f) => f.rule), ['hello-user-rule'], command);
  }
});

test('a condition nested 1,000 levels deep: one line naming the rule and the depth, exit 2 (no RangeError)', async () => {
  let condition: unknown = { exists: 'hello' };
  for (let i = 0; i < 1000; i++) condition = { all: [condition] };
  const { status, stderr } = await runInProcess(['--rules', rulePack(userRule({ condition })), 'harmless.log'], { cwd: root });
  assert.is(status, 2);
  assert.match(stderr, /rule hello-user-rule: condition(\.all\[0\]){16}: conditions nest deeper than 16 levels/);
  assert.not.match(stderr, 'RangeError');
  assert.not.match(stderr, 'unexpected error');
  // As deep as the limit is fine.
  let deepest: unknown = { exists: 'hello' };
  for (let i = 0; i < MAX_CONDITION_DEPTH - 1; i++) deepest = { any: [deepest] };
  assert.is((await runInProcess(['--rules', rulePack(userRule({ condition: deepest })), 'harmless.log'], { cwd: root })).status, 0);
});

test.run();
