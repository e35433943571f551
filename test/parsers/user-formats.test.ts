import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { promises as fs, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { parse as parseYaml } from 'yaml';
import { analyze, ingest } from '../../src/analyze.js';
import { loadRules } from '../../src/rule-packs/load.js';
import { loadFormats } from '../../src/parsers/user/load.js';
import { validateFormatFile } from '../../src/parsers/user/validate.js';
import { buildFormatSet } from '../../src/parsers/user/format-set.js';
import { FormatDefinitionError, STATEMENT_KINDS, type FormatFile } from '../../src/parsers/user/definition.js';
import { parseLine } from '../../src/parsers/line.js';
import { BUILTIN_HARNESS_FILE, HARNESS_STATEMENTS } from '../../src/parsers/harness/statements.js';
import fc from 'fast-check';
import { ROOT, runCli, tempDir } from '../helpers.js';
import { assertFields, assertLevel, assertTimestamp, hostileLine, runs } from '../fuzz/hostile.js';

const test = suite('user formats');

const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'formats');
const LEDGER_JSON = path.join(FIXTURES, 'ledger.json');
const schema = JSON.parse(readFileSync(path.join(ROOT, 'schema', 'format.schema.json'), 'utf8')) as object;
// ajv is CommonJS: under NodeNext its class is the default export's `default`.
const validateSchema = new Ajv.default({ allErrors: true }).compile(schema);

/** Every format file the project ships or tests with: the built-in statements, corpus cases, fixtures. */
function shippedFormatFiles(): string[] {
  const files = [path.join(ROOT, 'formats', 'cc-ci-harness.json')];
  for (const name of readdirSync(FIXTURES)) files.push(path.join(FIXTURES, name));
  for (const c of readdirSync(path.join(ROOT, 'corpus'))) {
    const dir = path.join(ROOT, 'corpus', c, 'formats');
    try {
      for (const name of readdirSync(dir)) files.push(path.join(dir, name));
    } catch { /* a case without format files */ }
  }
  return files;
}

function readData(file: string): unknown {
  const text = readFileSync(file, 'utf8');
  return file.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
}

/** A temporary format file holding `formats`, written as JSON. */
function formatFile(formats: unknown[], name = 'formats.json'): string {
  const file = path.join(tempDir(), name);
  writeFileSync(file, JSON.stringify({ formats }));
  return file;
}

const ledger = () => (JSON.parse(readFileSync(LEDGER_JSON, 'utf8')) as { formats: Array<Record<string, unknown>> }).formats[0];

async function loadError(formats: unknown[]): Promise<string> {
  const file = formatFile(formats);
  try {
    await loadFormats([file]);
  } catch (error) {
    assert.instance(error, FormatDefinitionError);
    return (error as Error).message.replace(file, '<file>');
  }
  throw new Error('loaded without error');
}

test('every shipped format file and fixture is valid under the published schema and loads', async () => {
  const files = shippedFormatFiles();
  assert.ok(files.length >= 5, files.join(', '));
  for (const file of files) {
    assert.ok(validateSchema(readData(file)), `${file}: ${JSON.stringify(validateSchema.errors)}`);
    assert.ok((await loadFormats([file])).length > 0, file);
  }
});

test('schema and validator refuse the same mistakes', () => {
  const base = ledger();
  const broken: Array<[string, unknown]> = [
    ['misspelled kind', { formats: [{ ...base, statements: [{ kind: 'tier-begin', pattern: '^(?<tier>x)', sample: 'x' }] }] }],
    ['unknown level', { formats: [{ ...base, levels: { fatl: ['SEV0'] } }] }],
    ['sample level', { formats: [{ ...base, samples: [{ line: 'x', level: 'critical' }] }] }],
    ['short literal', { formats: [{ ...base, literals: ['<S0>'] }] }],
    ['name not kebab-case', { formats: [{ ...base, name: 'Ledger_Log' }] }],
    ['unknown key', { formats: [{ ...base, sample: [] }] }],
    ['regex without literals', { formats: [{ ...base, literals: undefined }] }],
    ['regex without samples', { formats: [{ ...base, samples: undefined }] }],
    ['no regex, not harness', { formats: [{ name: 'acme', title: 'x', statements: [{ kind: 'recipe', pattern: '(?<recipe>x)', sample: 'x' }] }] }],
    ['no formats', { formats: [] }],
    ['top-level key', { formats: [base], format: [] }],
  ];
  for (const [what, doc] of broken) {
    const plain = JSON.parse(JSON.stringify(doc)) as unknown;
    assert.is(validateSchema(plain), false, `schema accepts: ${what}`);
    assert.throws(() => validateFormatFile(plain, 'f.json'), (e: unknown) => e instanceof FormatDefinitionError, `validator accepts: ${what}`);
  }
  // The schema's kinds are the validator's.
  type StatementSchema = { definitions: { statement: { properties: { kind: { enum: string[] } } } } };
  const kinds = (schema as StatementSchema).definitions.statement.properties.kind.enum;
  assert.equal(kinds, [...STATEMENT_KINDS]);
});

test('JSON and YAML files give the same format', async () => {
  const dir = tempDir();
  const yaml = path.join(dir, 'ledger.yaml');
  const { stringify } = await import('yaml');
  writeFileSync(yaml, stringify(JSON.parse(readFileSync(LEDGER_JSON, 'utf8'))));
  const fromJson = await loadFormats([LEDGER_JSON]);
  const fromYaml = await loadFormats([yaml]);
  assert.equal(fromYaml.map((f) => f.definition), fromJson.map((f) => f.definition));
  const line = '2026-06-18 00:05:12,331 journal/writer-2 <SEV0> journal segment 0042 failed its checksum';
  const set = await buildFormatSet(fromYaml);
  assert.equal(parseLine(line, { payloads: set.payloads }, 'UTC'), {
    format: 'ledger-log', envelope: undefined, kind: undefined, ts: Date.UTC(2026, 5, 18, 0, 5, 12, 331), level: 'fatal',
    message: 'journal segment 0042 failed its checksum', fields: { component: 'journal', thread: 'writer-2' },
    service: undefined, stack: undefined, node: undefined, task: undefined,
  });
});

test('a misspelled kind or level is an error naming the file, the format and the field', async () => {
  assert.is(
    await loadError([{ ...ledger(), statements: [{ kind: 'tier-begin', pattern: '^(?<tier>\\w+) start', sample: 'x start' }] }]),
    `<file>: format ledger-log: statements[0].kind: "tier-begin" is not a statement kind (kinds: ${STATEMENT_KINDS.join(', ')})`,
  );
  assert.is(
    await loadError([{ ...ledger(), levels: { fatl: ['SEV0'] } }]),
    '<file>: format ledger-log: levels.fatl: "fatl" is not a level (levels: trace, debug, info, notice, warn, error, fatal)',
  );
  assert.match(await loadError([{ ...ledger(), samples: [{ line: 'x', level: 'critical' }] }]), /^<file>: format ledger-log: samples\[0\]\.level: "critical" is not a level/);
});

test('a sample that does not parse to what it says is a load error naming file, format and sample', async () => {
  const line = '2026-06-18 00:05:09,870 http/main <SEV3> listening on :8080';
  assert.is(await loadError([{ ...ledger(), samples: [{ line, level: 'error' }] }]), `<file>: format ledger-log: samples[0]: "${line}": level is info, the sample says error`);
  assert.is(await loadError([{ ...ledger(), samples: [{ line: 'http/main listening' }] }]), '<file>: format ledger-log: samples[0]: "http/main listening": the regex does not match it');
  assert.is(await loadError([{ ...ledger(), samples: [{ line, fields: { thread: 'worker-1' } }] }]), `<file>: format ledger-log: samples[0]: "${line}": field thread is "main", the sample says "worker-1"`);
  // A fatal sample the prefilter would skip: it parses in `parse`, never in a scan.
  assert.is(
    await loadError([{ ...ledger(), samples: [{ line: '2026-06-18 00:05:12,331 journal/writer-2 <SEV0> disk gone', level: 'fatal' }], literals: ['<SEV1>'] }]),
    '<file>: format ledger-log: samples[0]: "2026-06-18 00:05:12,331 journal/writer-2 <SEV0> disk gone": a fatal line that holds none of the format\'s literals (<SEV1>): a scan would skip it unparsed; add a literal it holds',
  );
  assert.match(
    await loadError([{ ...ledger(), statements: [{ kind: 'tier-end', pattern: '^(?<tier>\\w+) => (?<result>\\w+)$', values: { result: { PASS: ['ok'], FAIL: ['OK'] } }, sample: 'restore => ok' }] }]),
    /statements\[0\]\.values\.result\.FAIL: "OK" is also a spelling of PASS$/,
  );
  assert.match(
    await loadError([{ ...ledger(), statements: [{ kind: 'tier-end', pattern: '^(?<tier>\\w+) => (?<result>\\w+)$', sample: 'restore: FAIL' }] }]),
    /^<file>: format ledger-log: statements\[0\]\.sample: "restore: FAIL": its pattern does not match it$/,
  );
});

test('a regex RE2JS cannot run is refused with the reason; user regexes never reach V8', async () => {
  const message = await loadError([{ ...ledger(), regex: '^(?<timestamp>\\S+ \\S+) (?<component>\\w+)/(?<thread>\\w+) <(?<level>SEV\\d)> (?<message>(?!noise).*)$' }]);
  assert.match(message, /^<file>: format ledger-log: regex: rejected: not runnable in linear time/);
  assert.match(await loadError([{ ...ledger(), regex: '^(?<a>x)\\k<a>' }]), /regex: rejected: not runnable in linear time/);
});

test('a user definition with a built-in name replaces it, and a notice says so', async () => {
  const formats = await loadFormats([path.join(FIXTURES, 'harness-statements.yaml')]);
  const set = await buildFormatSet(formats);
  assert.equal(set.notices, [`format harness from ${path.join(FIXTURES, 'harness-statements.yaml')} replaces the built-in harness statements (its line layout is kept)`]);
  // The built-in layout reads the user's statements, and only those.
  const ended = parseLine('2026-06-17T23:52:10Z [tier] restore: failed', { payloads: set.payloads }, 'UTC');
  assert.equal([ended.format, ended.kind, ended.level, ended.fields], ['harness', 'tier-end', 'error', { component: 'tier', tier: 'restore', result: 'FAIL' }]);
  assert.is(parseLine('2026-06-17T23:52:10Z [tier] restore: FAIL (1 failed)', { payloads: set.payloads }, 'UTC').kind, undefined);
  assert.is(parseLine('2026-06-17T23:52:10Z [tier] restore: FAIL (1 failed)', {}, 'UTC').kind, 'tier-end');

  // A regex format named like a payload grammar replaces that grammar; the scan's notices say so.
  const dir = tempDir();
  const log = path.join(dir, 'app.log');
  writeFileSync(log, '2026/07/14 12:26:24 ...s/setting/setting.go:107:LoadCommonSettings() [F] Unable to load settings\n');
  const gitea = { name: 'gitea', title: 'gitea, read as an in-house format', regex: '^(?<timestamp>\\S+ \\S+) (?<caller>\\S+) \\[(?<level>\\w)\\] (?<message>.*)$', levels: { fatal: ['F'] }, literals: ['] Unable'], samples: [{ line: '2026/07/14 12:26:24 x.go:1:f() [F] Unable to load', level: 'fatal', fields: { caller: 'x.go:1:f()' } }] };
  const file = formatFile([gitea]);
  const result = await analyze({ paths: [log], rules: await loadRules(), formats: await loadFormats([file]) });
  assert.ok(result.notices.includes(`format gitea from ${file} replaces the built-in format of the same name`), result.notices.join('\n'));
});

test('worker threads over small ranges build the same user formats as one thread', async () => {
  const dir = tempDir();
  const log = path.join(dir, 'ledger.log');
  const lines: string[] = [];
  for (let i = 0; i < 20000; i++) {
    const level = i % 500 === 7 ? 'SEV0' : i % 97 === 0 ? 'SEV1' : 'SEV3';
    const clock = [Math.floor(i / 3600), Math.floor(i / 60) % 60, i % 60].map((n) => String(n).padStart(2, '0')).join(':');
    lines.push(`2026-06-18 ${clock},${String(i % 1000).padStart(3, '0')} journal/writer-${i % 4} <${level}> record ${i} of segment ${Math.floor(i / 100)}`);
  }
  writeFileSync(log, `${lines.join('\n')}\n`);
  const rules = await loadRules();
  const formats = await loadFormats([LEDGER_JSON]);
  const events = async (workers: number) => {
    const ingested = await ingest({ paths: [log], rules, formats, workers, rangeBytes: 4096, recordEvents: true });
    return (ingested.events ?? []).map((e) => [e.line, e.format, e.level, e.ts, e.fields]);
  };
  const single = await events(0);
  assert.ok(single.length > 40 && single.every((e) => e[1] === 'ledger-log'), JSON.stringify(single.slice(0, 3)));
  assert.equal(await events(2), single);
  assert.equal(
    await analyze({ paths: [log], rules, formats, workers: 2, rangeBytes: 4096 }),
    await analyze({ paths: [log], rules, formats, workers: 0 }),
  );
});

test('parse --formats shows what a definition yields; --input-format forces a user format', () => {
  const dir = tempDir();
  const log = path.join(dir, 'mixed.log');
  writeFileSync(log, [
    '2026-06-18 00:05:12,331 journal/writer-2 <SEV0> journal segment 0042 failed its checksum',
    '2026/07/14 12:26:24 ...s/setting/setting.go:107:LoadCommonSettings() [F] Unable to load settings',
  ].join('\n') + '\n');
  const run = runCli(['parse', '--formats', LEDGER_JSON, log]);
  assert.is(run.status, 0, run.stderr);
  const events = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
  assert.equal(events.map((e) => [e.format, e.level, e.kind, e.fields]), [
    ['ledger-log', 'fatal', undefined, { component: 'journal', thread: 'writer-2' }],
    ['gitea', 'fatal', undefined, events[1].fields],
  ]);
  const forced = runCli(['parse', '--formats', LEDGER_JSON, '--input-format', 'ledger-log', log]);
  assert.is(forced.status, 0, forced.stderr);
  assert.equal(forced.stdout.trim().split('\n').map((l) => (JSON.parse(l) as Record<string, unknown>).format), ['ledger-log', 'text']);
  const refused = runCli(['parse', '--input-format', 'ledger-log', log]);
  assert.is(refused.status, 2);
  assert.match(refused.stderr, /--input-format: "ledger-log" is not a format \(formats: /);
  const device = runCli(['parse', '--formats', '/dev/null', log]);
  assert.is(device.status, 2);
  assert.match(device.stderr, /--formats \/dev\/null: not a file or a directory/);
  const broken = runCli(['parse', '--formats', path.join(dir, 'missing.yaml'), log]);
  assert.is(broken.status, 2);
  assert.match(broken.stderr, /--formats .*missing\.yaml: no such file or directory/);
});

test('the default directory is read ($REDFIX_FORMATS_DIR, else XDG_CONFIG_HOME); test-rules never reads it', () => {
  const config = tempDir();
  const dir = path.join(config, 'redfix-forensics', 'formats');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'ledger.json'), readFileSync(LEDGER_JSON));
  const log = path.join(config, 'app.log');
  writeFileSync(log, '2026-06-18 00:05:12,331 journal/writer-2 <SEV0> journal segment 0042 failed its checksum\n');
  const format = (env: Record<string, string>) => {
    const run = runCli(['parse', log], { env });
    assert.is(run.status, 0, run.stderr);
    return (JSON.parse(run.stdout) as Record<string, unknown>).format;
  };
  assert.is(format({}), 'text');
  assert.is(format({ XDG_CONFIG_HOME: config }), 'ledger-log');
  assert.is(format({ REDFIX_FORMATS_DIR: dir }), 'ledger-log');
  const missing = runCli(['parse', log], { env: { REDFIX_FORMATS_DIR: path.join(config, 'nope') } });
  assert.is(missing.status, 2);
  assert.match(missing.stderr, /REDFIX_FORMATS_DIR .*nope: not a directory/);
  // With the ledger format in the default directory, the near miss would turn unexplained: it stays green.
  const cases = runCli(['test-rules', '--case', 'inhouse-app-log-without-format-file'], { env: { REDFIX_FORMATS_DIR: dir, XDG_CONFIG_HOME: config } });
  assert.is(cases.status, 0, cases.stdout);
  assert.match(cases.stdout, /1 passed, 0 failed/);
});

test('the built-in harness statements are the shipped file, and it loads as a user file would', async () => {
  const shipped = JSON.parse(await fs.readFile(path.join(ROOT, 'formats', 'cc-ci-harness.json'), 'utf8')) as FormatFile;
  assert.equal(BUILTIN_HARNESS_FILE, shipped);
  assert.equal(HARNESS_STATEMENTS.map((s) => s.kind), shipped.formats[0].statements?.map((s) => s.kind));
  const loaded = await loadFormats([path.join(ROOT, 'formats', 'cc-ci-harness.json')]);
  assert.equal(loaded.map((f) => f.definition.name), ['harness']);
});

test('two files defining one name, or a reserved or envelope name, are refused', async () => {
  const a = formatFile([ledger()], 'a.json');
  const b = formatFile([ledger()], 'b.json');
  await loadFormats([a, b]).then(() => assert.unreachable('loaded'), (e: Error) => assert.is(e.message, `${b}: format ledger-log: name: also defined in ${a}`));
  assert.match(await loadError([{ ...ledger(), name: 'docker-service' }]), /name: "docker-service" is a built-in envelope/);
  assert.match(await loadError([{ ...ledger(), name: 'junit' }]), /name: "junit" is a reserved --input-format name/);
});

test('user grammars on hostile lines: a well-formed result or plain text, never an exception; a megabyte line finishes', async () => {
  const set = await buildFormatSet([
    ...(await loadFormats([LEDGER_JSON])),
    ...(await loadFormats([path.join(ROOT, 'corpus', 'mattermost-lts-restore-alternative-harness-layout', 'formats', 'harness.yaml')])),
  ]);
  const prefixes = fc.constantFrom('', '2026-06-18 00:05:12,331 journal/writer-2 <SEV0> ', '[2026-06-18 00:06:49] ci.tier: TIER ', '[2026-06-18 00:06:49] ci.main: RUN recipe=');
  fc.assert(fc.property(prefixes, hostileLine(), (prefix, rest) => {
    const line = prefix + rest;
    const parsed = parseLine(line, { payloads: set.payloads }, 'UTC');
    const where = JSON.stringify(line.slice(0, 200));
    assert.type(parsed.message, 'string', where);
    assertTimestamp(parsed.ts, where);
    assertFields(parsed.fields, where);
    assertLevel(parsed.level, where);
  }), runs(300));
  // RE2JS is linear in the line: a megabyte of almost-matching text costs a scan of it, no backtracking.
  const started = Date.now();
  const long = `2026-06-18 00:05:12,331 journal/writer-2 <SEV0> ${'a/b <SEV0> '.repeat(100_000)}`;
  assert.is(parseLine(long, { payloads: set.payloads }, 'UTC').format, 'ledger-log');
  assert.ok(Date.now() - started < 5000, `took ${Date.now() - started} ms`);
});

test('the README example of a format file loads and parses its own sample', async () => {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('### Adding a format without code'));
  const block = /```yaml\n([\s\S]*?)```/.exec(section);
  assert.ok(block, 'no YAML example in "Adding a format without code"');
  const file = path.join(tempDir(), 'example.yaml');
  writeFileSync(file, block[1]);
  const loaded = await loadFormats([file]);
  assert.equal(loaded.map((f) => f.definition.name), ['ledger-log']);
  assert.ok(validateSchema(parseYaml(block[1])), JSON.stringify(validateSchema.errors));
});

test.run();
