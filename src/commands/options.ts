/** Options several commands share, and how their values are read. */
import { InvalidArgumentError, type Command } from 'commander';
import { INPUT_FORMATS } from '../inputs/detect.js';
import { loadRules } from '../rule-packs/load.js';
import { CLASSIFICATIONS, type LoadedRule } from '../rules/types.js';
import { validateTimeZone } from '../parsers/time.js';
import type { LoadedFormat } from '../parsers/user/definition.js';
import type { CliIo } from './cli-io.js';
import { UsageError } from './command.js';

/** A repeatable option: every value given, in order. */
export function repeat(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** A repeatable comma list: every value of every occurrence, in order. */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, ...value.split(',').map((v) => v.trim()).filter(Boolean)];
}

export function parseFailOn(value: string): Set<string> {
  if (value === 'none') return new Set();
  const allowed = [...CLASSIFICATIONS, 'unexplained'];
  const list = value.split(',').map((v) => v.trim()).filter(Boolean);
  for (const item of list) {
    if (!allowed.includes(item)) {
      throw new UsageError(`--fail-on: "${item}" is not one of ${allowed.join(', ')} or none`);
    }
  }
  return new Set(list);
}

const SIZE_UNITS: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 };

/** `500M`, `20G`, `1.5g`, `4096`: bytes (binary units). */
export function parseSize(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([kmgt]?)(?:i?b)?$/i.exec(value.trim());
  if (!m) {
    throw new InvalidArgumentError(`"${value}" is not a size: use bytes or a number with K, M, G or T (e.g. 20G)`);
  }
  return Math.floor(Number(m[1]) * SIZE_UNITS[m[2].toLowerCase()]);
}

export function checkTz(tz: string): string {
  const problem = validateTimeZone(tz);
  if (problem) throw new UsageError(`--tz: ${problem}`);
  return tz;
}

/**
 * The built-in rules with the packs of --rules, less those of --disable-rule; a pack's rules may
 * name the user formats loaded beside them (`formats`).
 */
export async function rulesFrom(
  options: { rules?: string[]; disableRule?: string[] }, formats: readonly LoadedFormat[] = [],
): Promise<LoadedRule[]> {
  return loadRules(options.rules ?? [], options.disableRule ?? [], { formats: formats.map((f) => f.definition.name) });
}

/**
 * User formats: the default directory ($REDFIX_FORMATS_DIR, else ~/.config/redfix-forensics/formats)
 * when it exists and `useDefault` (test-rules: a corpus run must not depend on the user's
 * configuration), then each --formats; and a check that --input-format names a format, a user's
 * included (so the name cannot be a commander choice fixed before the files are read).
 */
export async function formatsFrom(
  options: { formats?: string[]; inputFormat?: string }, io: CliIo, { useDefault = true } = {},
): Promise<LoadedFormat[]> {
  const { loadFormats } = await import('../parsers/user/load.js');
  const formats = await loadFormats(options.formats ?? [], { env: io.env, useDefault });
  const forced = options.inputFormat;
  if (forced !== undefined && !(forced in INPUT_FORMATS) && !formats.some((f) => f.definition.name === forced)) {
    const names = [...Object.keys(INPUT_FORMATS), ...formats.map((f) => f.definition.name)].sort();
    throw new UsageError(`--input-format: "${forced}" is not a format (formats: ${names.join(', ')})`);
  }
  return formats;
}

/** What --formats loads, for its help text. */
export const FORMATS_HELP = 'load user line formats (JSON or YAML, see schema/format.schema.json); repeatable';

/** What `inputOptions` adds, as commander hands it to the action. */
export interface InputOptionValues {
  inputFormat?: string;
  formats?: string[];
  tz: string;
  runs?: string[];
  followSymlinks?: boolean;
  maxDecompressed?: number;
}

/** The options of every command that reads inputs: formats, time zone, runs, links, decompression. */
export function inputOptions(cmd: Command): Command {
  const formats = Object.keys(INPUT_FORMATS).join(', ');
  return cmd
    .option('--input-format <format>',
      `force the input format instead of detecting it (${formats}, or a --formats name)`)
    .option('--formats <file|dir>', `${FORMATS_HELP}; one with a built-in name replaces it`, repeat)
    .option('--tz <zone>',
      'zone of timestamps that carry none (gitea, Caddy console): UTC, +02:00 or an IANA name', 'UTC')
    .option('--runs <dir>', 'each subdirectory of <dir> is one run (repeatable)', repeat)
    .option('--follow-symlinks', 'follow symbolic links that lead out of a scanned directory '
      + '(default: skipped, with a notice)')
    .option('--max-decompressed <size>', 'read at most <size> (e.g. 20G, 500M) of each decompressed .gz; '
      + 'default: stop past 256M at over 100:1', parseSize);
}
