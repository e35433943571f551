/**
 * Random mixes of issue 14's hostile shapes in one directory scan: CR-only and mixed line ends,
 * gzip with several members or trailing garbage, UTF-16 with and without a BOM, zstd and xz
 * files, binary files, junit with bodies past the cut, empty files, hard links to another input
 * and symbolic links out of the tree. For every input the scan must account for everything: its
 * event count is the number of lines read (test cases for junit), or it carries an input error;
 * a duplicate or an escaping link is a notice, never a silent gap or a double count.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { linkSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { analyze } from '../../src/analyze.js';
import { loadRules } from '../../src/rule-packs/load.js';
import type { LoadedRule } from '../../src/rules/types.js';
import { tempDir } from '../helpers.js';
import { GITEA_INFO_LINE, GITEA_LINE, caddyAskRefusedLog } from '../cli/fixtures.js';
import { referenceLineCount, runs } from './hostile.js';

const test = suite('fuzz: hostile directories');

type Expect = { kind: 'lines'; lines: number } | { kind: 'cases'; cases: number } | { kind: 'error' } | { kind: 'duplicate'; of: string } | { kind: 'outside' };
interface Shape { name: string; write(file: string, earlier: string[]): Expect }

const LINES = [GITEA_LINE, GITEA_INFO_LINE, caddyAskRefusedLog(['10.0.0.1']).trimEnd(), 'plain text, nothing to see', '', 'ERROR something failed é € 😀'];
const lineEnd = fc.constantFrom('\n', '\r\n', '\r');
/** Text lines, each with its own line end: the mixed endings of a log edited on three systems. */
const text = fc.array(fc.tuple(fc.constantFrom(...LINES), lineEnd), { minLength: 1, maxLength: 30 }).map((lines) => lines.map(([l, e]) => l + e).join(''));

function junit(cases: number, bodyBytes: number): string {
  const body = 'E   assert &lt;x&gt;\n'.repeat(Math.ceil(bodyBytes / 22));
  const one = (i: number) => `<testcase classname="tests.mumble.custom.test_x" name="t${i}">${i === 0 ? `<failure message="m">${body}</failure>` : ''}</testcase>\n`;
  return `<?xml version="1.0"?>\n<testsuites><testsuite name="pytest" tests="${cases}">\n${Array.from({ length: cases }, (_, i) => one(i)).join('')}</testsuite></testsuites>\n`;
}

const outside = tempDir('redfix-outside-');
writeFileSync(path.join(outside, 'host.log'), 'host file\n');

const SHAPES: Array<fc.Arbitrary<Shape>> = [
  text.map((t) => ({ name: 'text.log', write: (f) => { writeFileSync(f, t); return { kind: 'lines', lines: referenceLineCount(Buffer.from(t)) }; } })),
  fc.tuple(text, text, fc.constantFrom('', 'trailing garbage', '\0\0\0\0')).map(([a, b, tail]) => ({
    name: 'members.log.gz',
    write: (f) => { writeFileSync(f, Buffer.concat([gzipSync(a), gzipSync(b), Buffer.from(tail)])); return { kind: 'lines', lines: referenceLineCount(Buffer.from(a + b)) }; },
  })),
  fc.tuple(text, fc.constantFrom('utf16le', 'utf16be'), fc.boolean()).map(([t, encoding, bom]) => ({
    name: `${encoding}${bom ? '-bom' : ''}.log`,
    write: (f) => {
      // Long ASCII-led lines, so that the NUL pattern is unmistakable without a BOM too.
      const body = `${GITEA_INFO_LINE}\n${t}`;
      let bytes = Buffer.from((bom ? '\ufeff' : '') + body, 'utf16le');
      if (encoding === 'utf16be') bytes = Buffer.from(bytes).swap16();
      writeFileSync(f, bytes);
      return { kind: 'lines', lines: referenceLineCount(Buffer.from(body)) };
    },
  })),
  fc.constantFrom(
    [0x28, 0xb5, 0x2f, 0xfd],
    [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00],
    [0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0],
  ).map((magic) => ({
    name: 'compressed-or-binary.bin',
    write: (f) => { writeFileSync(f, Buffer.concat([Buffer.from(magic), Buffer.alloc(2000, 0)])); return { kind: 'error' }; },
  })),
  fc.tuple(fc.integer({ min: 1, max: 5 }), fc.constantFrom(10, 200_000)).map(([cases, body]) => ({
    name: 'custom__cc-ci__test_x.xml',
    write: (f) => { writeFileSync(f, junit(cases, body)); return { kind: 'cases', cases }; },
  })),
  fc.constant({
    name: 'empty.log',
    write: (f: string) => {
      writeFileSync(f, '');
      return { kind: 'lines', lines: 0 };
    },
  }),
  fc.constant({
    name: 'hard-link.log',
    write: (f: string, earlier: string[]) => {
      const target = earlier.find((e) => !e.endsWith('.bin') && !e.endsWith('escape.log'));
      if (!target) {
        writeFileSync(f, 'alone\n');
        return { kind: 'lines', lines: 1 };
      }
      linkSync(target, f);
      return { kind: 'duplicate', of: target };
    },
  }),
  fc.constant({
    name: 'escape.log',
    write: (f: string) => {
      symlinkSync(path.join(outside, 'host.log'), f);
      return { kind: 'outside' };
    },
  }),
];

let rules: LoadedRule[];

test('property: every input of a hostile directory is counted line for line, or carries an error; nothing else is read', async () => {
  rules = await loadRules();
  const root = tempDir('redfix-hostile-dir-');
  let round = 0;
  const shapeList = fc.array(fc.oneof(...SHAPES), { minLength: 1, maxLength: 8 });
  await fc.assert(fc.asyncProperty(shapeList, fc.boolean(), async (shapes, pooled) => {
    const dir = path.join(root, `run-${round++}`);
    mkdirSync(dir);
    const expected = new Map<string, Expect>();
    const written: string[] = [];
    shapes.forEach((shape, i) => {
      const file = path.join(dir, `${String(i).padStart(2, '0')}-${shape.name}`);
      expected.set(file, shape.write(file, written));
      written.push(file);
    });
    const workers = pooled ? { workers: 1, rangeBytes: 4096 } : { workers: 0 };
    const result = await analyze({ paths: [dir], rules, ...workers });
    const byPath = new Map(result.inputs.map((i) => [i.path, i]));
    for (const [file, expect] of expected) {
      const input = byPath.get(file);
      const where = `${path.basename(file)} (${JSON.stringify(expect)}): ${JSON.stringify(input)}`;
      if (expect.kind === 'lines') assert.equal([input?.events, input?.errors.filter((e) => !e.message.includes('after the gzip data'))], [expect.lines, []], where);
      else if (expect.kind === 'cases') assert.is(input?.events, expect.cases, where);
      else if (expect.kind === 'error') assert.ok(input && input.events === 0 && input.errors.length > 0, where);
      else if (expect.kind === 'duplicate') {
        assert.is(input, undefined, where);
        assert.ok(result.notices.includes(`${file}: the same file as ${expect.of}: read once`), `${where} ${JSON.stringify(result.notices)}`);
      } else {
        assert.is(input, undefined, where);
        assert.ok(result.notices.some((n) => n.startsWith(`${file}: a symbolic link leading outside`)), where);
      }
    }
    // Nothing but the files written was read (no host file through a link, no input twice).
    assert.equal(result.inputs.map((i) => i.path).filter((p) => !expected.has(p)), []);
    rmSync(dir, { recursive: true, force: true });
  }), runs(40));
});

test.run();
