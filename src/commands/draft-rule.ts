import { promises as fs } from 'node:fs';
import path from 'node:path';
import { analyze } from '../analyze.js';
import { loadRules } from '../rule-packs/load.js';
import type { LoadedFormat } from '../parsers/user/definition.js';
import type { LoadedRule } from '../rules/types.js';
import type { UnexplainedFailure } from '../result.js';
import { escapeRegExp } from '../text/regex-escape.js';
import { RULE_ID, type Rule } from '../rules/types.js';
import { RulePackError } from '../rules/errors.js';
import { safeJsonStringify } from '../text/escape.js';
import { MASK_TOKENS, MASK_TOKEN_SPLIT, templateOf } from '../text/template.js';
import { displayText } from '../reporters/text.js';
import { redactSecrets, redactTemplate } from '../text/redact.js';
import { MIN_LITERAL_LENGTH } from '../rules/types.js';
import type { StandardInput } from '../inputs/stdin.js';

// Looser than the masks of text/template.ts on purpose: a drafted rule is a user rule and runs on
// the linear-time engine, which has no lookaround.
const MASK_PATTERNS = new Map<string, string>(Object.entries({
  [MASK_TOKENS.uuid]: '[0-9a-fA-F-]{36}',
  [MASK_TOKENS.ip]: '\\d{1,3}(?:\\.\\d{1,3}){3}(?::\\d{1,5})?',
  [MASK_TOKENS.hex]: '[0-9a-f]{7,64}',
  [MASK_TOKENS.id]: '[a-z0-9]{12,25}',
  [MASK_TOKENS.path]: '/[^\\s"\':]+',
  [MASK_TOKENS.num]: '\\d+(?:[.:,]\\d+)*',
}));

/**
 * What redaction leaves of a secret in the template: the drafted rule matches any value there,
 * so no secret is written into a rule file (which gets reviewed, shared and committed).
 */
const REDACTED = '[REDACTED]';
const ANY_SECRET = '.+?';

/** The template as a regex: literal text escaped, each masked value a named capture, each redacted secret any text. */
function templateToRegex(template: string): string {
  const counts = new Map<string, number>();
  return template.split(REDACTED).map((piece) => maskedToRegex(piece, counts)).join(ANY_SECRET);
}

function maskedToRegex(template: string, counts: Map<string, number>): string {
  return template.split(MASK_TOKEN_SPLIT).map((part) => {
    const mask = MASK_PATTERNS.get(part);
    if (!mask) return escapeRegExp(part);
    const base = part.slice(1, -1);
    const n = (counts.get(base) ?? 0) + 1;
    counts.set(base, n);
    return `(?<${base}${n}>${mask})`;
  }).join('');
}

/** The longest stretch of the template without masked values: what the scanner looks for. */
function longestLiteral(template: string): string | undefined {
  const parts = template
    .split(REDACTED)
    .flatMap((piece) => piece.split(MASK_TOKEN_SPLIT))
    .filter((p) => !MASK_PATTERNS.has(p))
    .map((p) => p.trim())
    .filter((p) => p.length >= MIN_LITERAL_LENGTH);
  return parts.sort((a, b) => b.length - a.length)[0];
}

function slug(text: string): string {
  return text.toLowerCase().replace(/<[a-z]+>/g, ' ').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').split('-').slice(0, 5).join('-') || 'signature';
}

/** How the failure's evidence is read: as the scan reads it, so the draft is of the line the scan ranks. */
export interface DraftReading {
  /** The rules to explain failures with (default: the built-in ones). */
  rules?: LoadedRule[];
  formats?: LoadedFormat[];
  tz?: string;
  inputFormat?: string;
  runsDirs?: string[];
  followSymlinks?: boolean;
  maxDecompressed?: number;
}

/** A path the evidence was read from (as the scan names it) and its copy's, relative to the case. */
interface Copied {
  from: string;
  to: string;
}

/** The case's copy of `source` at `target`. */
async function copyInto(source: string, caseDir: string, target: string): Promise<Copied> {
  await fs.cp(source, path.join(caseDir, target), { recursive: true });
  return { from: path.normalize(source).replace(/\/$/, ''), to: target };
}

/** The inputs named on the command line, copied under the case's input/ (stdin is not: its text is gone). */
async function copyInputs(paths: string[], caseDir: string): Promise<Copied[]> {
  const copied: Copied[] = [];
  for (const p of paths) {
    if (p !== '-') copied.push(await copyInto(p, caseDir, path.join('input', path.basename(path.resolve(p)))));
  }
  return copied;
}

/**
 * The case's own copy of how its evidence was read: run directories copied beside the inputs, the
 * user formats written into the case (a case never reads the user's default directory), the time
 * zone and a forced input format. Returns the case's arguments for them, and the copies made.
 */
async function copyReading(reading: DraftReading, caseDir: string): Promise<{ args: string[]; copied: Copied[] }> {
  const args: string[] = [];
  const copied: Copied[] = [];
  for (const [i, dir] of (reading.runsDirs ?? []).entries()) {
    copied.push(await copyInto(dir, caseDir, `runs-${i + 1}`));
    args.push('--runs', `runs-${i + 1}`);
  }
  if ((reading.formats ?? []).length > 0) {
    const formats = { formats: reading.formats!.map((f) => f.definition) };
    await fs.writeFile(path.join(caseDir, 'formats.json'), safeJsonStringify(formats, 2) + '\n');
    args.push('--formats', 'formats.json');
  }
  if (reading.tz !== undefined && reading.tz !== 'UTC') args.push('--tz', reading.tz);
  if (reading.inputFormat !== undefined) args.push('--input-format', reading.inputFormat);
  return { args, copied };
}

/** The evidence as the command line named it: its paths, and its run directories. */
function evidenceNamed(paths: readonly string[], reading: DraftReading): string {
  return [...paths, ...(reading.runsDirs ?? []).map((dir) => `--runs ${dir}`)].join(' ');
}

/** Where the case holds a file the scan named: under the copy of the input or run directory it came from. */
function inCase(file: string, copies: readonly Copied[]): string {
  for (const { from, to } of copies) {
    if (file === from) return to;
    if (file.startsWith(`${from}/`)) return to + file.slice(from.length);
  }
  return file;
}

interface DraftOptions {
  test?: string;
  id?: string;
  out: string;
  baselines: string[];
  stdin: StandardInput;
  reading?: DraftReading;
}

/** The scan's unexplained failures in the evidence, read as `reading` says. */
async function unexplainedIn(paths: string[], options: DraftOptions): Promise<UnexplainedFailure[]> {
  const reading = options.reading ?? {};
  const rules = reading.rules ?? await loadRules();
  const { formats, tz, inputFormat, runsDirs, followSymlinks, maxDecompressed } = reading;
  const result = await analyze({
    paths, rules, baselines: options.baselines, stdin: options.stdin,
    formats, tz, inputFormat, runsDirs, followSymlinks, maxDecompressed,
  });
  return result.unexplained;
}

/** The corpus case beside a drafted rule: its inputs and how they were read copied in, expected.json naming it. */
async function writeDraftCase(
  caseDir: string, paths: string[], reading: DraftReading, rule: Rule, failure: UnexplainedFailure, where: string,
): Promise<void> {
  const top = failure.lines[0];
  if (paths.length > 0) await fs.mkdir(path.join(caseDir, 'input'), { recursive: true });
  const inputs = await copyInputs(paths, caseDir);
  const { args: readingArgs, copied: runs } = await copyReading(reading, caseDir);
  // Evidence piped on stdin is not copied: the case names input/, where its text is to be put.
  const named = inputs.length > 0 ? inputs.map((c) => c.to) : paths.length > 0 ? ['input'] : [];
  // A finding is a recipe's; a failure of a service or a loose input has none (the unit names it).
  const recipe = failure.unit === undefined || failure.unit.kind === 'recipe' ? failure.recipe : null;
  const expected = {
    description: `Draft case for ${rule.id}: ${where} (from ${evidenceNamed(paths, reading)}).`,
    args: [...named, ...readingArgs],
    findings: [{
      rule: rule.id, classification: rule.classification, recipe, tier: failure.tier,
      evidence: [`${inCase(top.path, [...inputs, ...runs])}:${top.line}`],
    }],
    nearMissFor: [],
  };
  await fs.writeFile(path.join(caseDir, 'expected.json'), safeJsonStringify(expected, 2) + '\n');
}

/**
 * Turns the top-ranked line of an unexplained failure into a draft rule (data, in the rule
 * format, with literal and captures filled in) and a corpus case skeleton ready for review
 * and `test-rules`.
 */
export async function draftRule(paths: string[], options: DraftOptions): Promise<string> {
  // The id names the directory written under --out: `../../x` would write outside it.
  if (options.id !== undefined && !RULE_ID.test(options.id)) throw new RulePackError(`--id ${JSON.stringify(options.id)}: a rule id must be kebab-case (lowercase letters and digits joined by single hyphens)`);
  const unexplained = await unexplainedIn(paths, options);
  const candidates = unexplained.filter((u) => !options.test || u.test === options.test || (u.test ?? '').includes(options.test));
  const failure = candidates.find((u) => u.lines.length > 0);
  if (!failure) {
    const tests = unexplained.map((u) => `${u.recipe ?? '?'}/${u.tier}${u.test ? ` ${u.test}` : ''}`);
    return `No unexplained failure with candidate lines${options.test ? ` for --test ${options.test}` : ''} in ${evidenceNamed(paths, options.reading ?? {})}.${tests.length ? `\nUnexplained failures: ${tests.join('; ')}` : ' Every red tier is explained by a finding.'}\n`;
  }
  const top = failure.lines[0];
  const message = redactTemplate(top.template ?? templateOf(top.text).template, top.text);
  const literal = longestLiteral(message);
  if (!literal) return `The top line has no literal stretch of ${MIN_LITERAL_LENGTH}+ characters to search for: ${displayText(redactSecrets(top.text))}\n`;
  // Named from the redacted text: a secret in the line must not become a file name.
  const id = options.id ?? `draft-${slug(redactSecrets(literal))}`;
  const where = `${failure.recipe ?? 'unknown recipe'}, ${failure.tier ?? 'no tier'}${failure.test ? `, ${failure.test}` : ''}`;
  const rule: Rule = {
    id,
    title: `DRAFT: ${literal}`,
    classification: 'recipe-defect',
    severity: 'error',
    confidence: 0.5,
    scope: 'recipe',
    description: `DRAFT from ${top.path}:${top.line} (${where}). Review the classification, the literal and the regex; add a near-miss case before shipping.`,
    events: { signature: { literals: [literal], message: templateToRegex(message) } },
    condition: { exists: 'signature' },
    // A log literal holding `{{` or `}}` would read as a template tag: halve those braces.
    rootCause: `TODO (review): ${literal.replace(/\{\{|\}\}/g, (pair) => pair[0])} in {{recipe}} / {{tier}}.`,
    fix: 'TODO (review): what the recipe or harness must change.',
  };
  const outDir = path.resolve(options.out, id);
  const caseDir = path.join(outDir, 'case');
  await fs.mkdir(outDir, { recursive: true });
  await fs.writeFile(path.join(outDir, `${id}.json`), safeJsonStringify(rule, 2) + '\n');
  await writeDraftCase(caseDir, paths, options.reading ?? {}, rule, failure, where);
  return [
    `Drafted ${id} from ${displayText(top.path)}:${top.line} (score ${top.score}):`,
    `  ${displayText(redactSecrets(top.text), 160)}`,
    `  rule: ${path.relative(process.cwd(), path.join(outDir, `${id}.json`))}`,
    `  case: ${path.relative(process.cwd(), caseDir)} (inputs copied; expected.json names the draft)`,
    `Review it, then: redfix-forensics test-rules ${path.relative(process.cwd(), outDir)} --rules ${path.relative(process.cwd(), path.join(outDir, `${id}.json`))}`,
    '',
  ].join('\n');
}
