import type { Reporter } from './types.js';
import { acrossRunsLines } from './across-runs.js';
import { escapeForDisplay } from '../text/escape.js';

/** An attribute value or a short name: one line, controls shown escaped (XML 1.0 cannot carry most C0 at all). */
function xml(text: string): string {
  return escapeForDisplay(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Element text: like xml(), but the report's own line breaks stay line breaks for the CI page to show. */
function body(text: string): string {
  return text.split('\n').map(xml).join('\n');
}

/**
 * junit for CI dashboards: a test case per recipe × finding and per unexplained failure, so
 * both show; benign findings pass, everything else fails.
 */
export const junitReporter: Reporter = (result) => {
  const cases: string[] = [];
  let failures = 0;
  for (const f of result.findings) {
    const name = `${f.rule}${f.tier ? ` [${f.tier}]` : ''}${f.test ? ` ${f.test}` : ''}`;
    const across = acrossRunsLines(f);
    const evidence = f.evidence.map((e) => `${e.path}:${e.line}${e.count ? ` (x${e.count})` : ''}: ${e.text}`).join('\n') + (across.length > 0 ? `\n\nAcross runs:\n${across.join('\n')}` : '');
    if (f.classification === 'benign') {
      cases.push(`    <testcase classname="${xml(`${f.run}.${f.recipe ?? 'unknown'}`)}" name="${xml(name)}"><system-out>${body(`${f.rootCause}\n${evidence}`)}</system-out></testcase>`);
    } else {
      failures += 1;
      cases.push(`    <testcase classname="${xml(`${f.run}.${f.recipe ?? 'unknown'}`)}" name="${xml(name)}"><failure message="${xml(`${f.classification}: ${f.rootCause}`)}" type="${xml(f.classification)}">${body(`${f.rootCause}\nFix: ${f.fix}\n\n${evidence}`)}</failure></testcase>`);
    }
  }
  for (const u of result.unexplained) {
    failures += 1;
    const lines = u.lines.slice(0, 10).map((l) => `${l.path}:${l.line} (score ${l.score}): ${l.text}`).join('\n');
    cases.push(`    <testcase classname="${xml(`${u.run}.${u.recipe ?? 'unknown'}`)}" name="${xml(`unexplained [${u.tier}]${u.test ? ` ${u.test}` : ''}`)}"><failure message="unexplained: no rule explains this failure" type="unexplained">${body(lines || 'no candidate line found')}</failure></testcase>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="${xml(result.tool.name)}" tests="${cases.length}" failures="${failures}">\n  <testsuite name="${xml(`${result.tool.name} triage`)}" tests="${cases.length}" failures="${failures}" errors="0" skipped="0">\n${cases.join('\n')}${cases.length ? '\n' : ''}  </testsuite>\n</testsuites>\n`;
};
