/**
 * The real consumers of our outputs, installed as dev dependencies: the official SARIF schema,
 * the SARIF multitool (with GitHub's rule set), an XSD validator and junit2json, marked. Each
 * helper runs one and returns what it said, so a test asserts on the consumer's own verdict.
 */
import { accessSync, constants, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import AjvDraft04 from 'ajv-draft-04';
import type { ValidateFunction } from 'ajv';
import { ROOT, tempDir } from './helpers.js';
import { parseJson } from './json.js';

const require = createRequire(import.meta.url);

let sarifSchema: ValidateFunction | undefined;

/** The official SARIF 2.1.0 schema (draft-04) as @microsoft/jest-sarif ships it, compiled once. */
function sarifSchemaValidator(): ValidateFunction {
  if (sarifSchema) return sarifSchema;
  const file = path.join(ROOT, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
  // unicodeRegExp: false because the schema's language-tag pattern is not valid in unicode mode.
  // ajv-draft-04 is CommonJS: under NodeNext its class is the default export's `default`.
  const ajv = new AjvDraft04.default({ strict: false, allErrors: true, unicodeRegExp: false });
  ajv.addFormat('uri', (s: string) => URL.canParse(s));
  ajv.addFormat('uri-reference', (s: string) => URL.canParse(s, 'file:///base/') && !/\s/.test(s));
  ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
  sarifSchema = ajv.compile(parseJson<object>(readFileSync(file, 'utf8'), file));
  return sarifSchema;
}

/** What the official SARIF 2.1.0 schema says of a log: every violation, where and why (none: valid). */
export function sarifSchemaErrors(log: unknown): string[] {
  const validate = sarifSchemaValidator();
  if (validate(log)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}

export interface SarifIssue { ruleId: string; level: string; file: string; message: string }

/** A result of the multitool's own SARIF log: a rule it checks, and where the log breaks it. */
interface MultitoolResult {
  ruleId: string;
  level?: string;
  message: { id?: string; arguments?: string[] };
  locations?: Array<{ physicalLocation: { artifactLocation: { uri: string } } }>;
}

/**
 * `Sarif.Multitool validate` with GitHub's rules and the SARIF ones, offline: the linux-x64
 * build ships inside @microsoft/sarif-multitool-linux (a self-contained .NET executable).
 * Returns every error and warning it reports (notes are advice, not rejections).
 */
export function sarifMultitoolValidate(files: Record<string, string>): SarifIssue[] {
  const exe = require('@microsoft/sarif-multitool-linux') as string;
  try {
    accessSync(exe, constants.X_OK);
  } catch {
    throw new Error(`${exe} is not executable: its postinstall (chmod u+x) must be allowed (package.json allowScripts)`);
  }
  const dir = tempDir('redfix-sarif-');
  const paths = Object.entries(files).map(([name, text]) => {
    const file = path.join(dir, `${name}.sarif`);
    writeFileSync(file, text);
    return file;
  });
  const out = path.join(dir, 'validation.out');
  // Its console repeats every note (a few per run): past spawnSync's default 1 MiB of output the
  // child is killed (exit 143), which the corpus's 104 cases reached. The verdict is read from `out`.
  const run = spawnSync(exe, ['validate', '--rule-kind', 'Gh;Sarif', '--level', 'Error;Warning;Note', '-o', out, ...paths], {
    encoding: 'utf8', env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1' }, timeout: 120_000, maxBuffer: 256 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`multitool failed (${run.status ?? run.signal}): ${run.stdout.slice(-4000)}${run.stderr}`);
  const log = parseJson<{ runs: Array<{ results: MultitoolResult[] }> }>(readFileSync(out, 'utf8'), out);
  return log.runs[0].results
    .map((r) => ({
      ruleId: r.ruleId,
      level: r.level ?? 'warning',
      file: path.basename(decodeURIComponent(r.locations?.[0]?.physicalLocation.artifactLocation.uri ?? '')),
      message: `${String(r.message.id)}: ${(r.message.arguments ?? []).join(' | ')}`,
    }))
    .filter((r) => r.level === 'error' || r.level === 'warning');
}

/**
 * The junit schema CI dashboards read (test/fixtures/junit.xsd), checked by libxml2's xmllint
 * (compiled to WebAssembly): one document, or several by name in one run of xmllint.
 */
export async function junitSchemaErrors(xml: string | Record<string, string>): Promise<string[]> {
  const { validateXML } = await import('xmllint-wasm');
  const schema = readFileSync(path.join(ROOT, 'test', 'fixtures', 'junit.xsd'), 'utf8');
  const documents = typeof xml === 'string' ? { report: xml } : xml;
  const files = Object.entries(documents).map(([name, contents], i) => ({ fileName: `doc${i}-${name.replace(/[^\w.-]/g, '_')}.xml`, contents }));
  const outcome = await validateXML({ xml: files, schema: [{ fileName: 'junit.xsd', contents: schema }], maxMemoryPages: 16384 });
  return outcome.valid ? [] : outcome.errors.map((e) => e.rawMessage);
}

/** SARIF logs merged into files of at most 20 runs each: GitHub's limit per upload, and one multitool pass per file. */
export function mergeSarifRuns(logs: readonly string[]): Record<string, string> {
  const runs = logs.flatMap((log) => parseJson<{ runs: unknown[] }>(log, 'a SARIF log').runs);
  const files: Record<string, string> = {};
  for (let i = 0; i < runs.length; i += 20) {
    files[`merged-${i / 20}`] = JSON.stringify({ $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: runs.slice(i, i + 20) });
  }
  return files;
}
