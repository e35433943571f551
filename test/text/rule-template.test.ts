import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parseTemplate, renderTemplate, templateProblem, templateValueNames, TemplateError, type TemplateContext } from '../../src/text/rule-template.js';

/** A finding's evidence in miniature: events per pattern, and values per pattern and capture. */
function context(events: Record<string, number>, values: Record<string, Record<string, string[]>>): TemplateContext {
  return {
    values: (name, pattern) => {
      const patterns = pattern !== undefined ? [pattern] : Object.keys(values);
      return [...new Set(patterns.flatMap((p) => values[p]?.[name] ?? []))];
    },
    events: (pattern) => events[pattern] ?? 0,
    isPattern: (name) => name in events,
    list: (list) => (list.length ? list.join(', ') : '?'),
  };
}

const ROOT_CAUSE = 'cannot save {{secret}}{{#saveFailed.level=fatal}}, and exits{{/saveFailed.level=fatal}}{{#saveFailed.task>=2}}; tasks {{saveFailed.task}} crash-loop{{/saveFailed.task>=2}}.{{#dockerConfig}} It is a docker config ({{config}}).{{/dockerConfig}}{{^dockerConfig}} How it is mounted is not in the evidence.{{/dockerConfig}}';

test('a section renders only when its pattern has evidence; an inverted one only when it has none', () => {
  const without = renderTemplate(ROOT_CAUSE, context({ saveFailed: 1, dockerConfig: 0 }, { saveFailed: { secret: ['JWT_SECRET'] } }));
  assert.is(without, 'cannot save JWT_SECRET. How it is mounted is not in the evidence.');
  const withConfig = renderTemplate(ROOT_CAUSE, context({ saveFailed: 1, dockerConfig: 1 }, { saveFailed: { secret: ['JWT_SECRET'] }, dockerConfig: { config: ['gitea_app_ini'] } }));
  assert.is(withConfig, 'cannot save JWT_SECRET. It is a docker config (gitea_app_ini).');
});

test('key=value needs that value; key>=N needs N distinct values', () => {
  const one = context({ saveFailed: 3, dockerConfig: 0 }, { saveFailed: { secret: ['INTERNAL_TOKEN'], level: ['fatal'], task: ['a1'] } });
  assert.is(renderTemplate(ROOT_CAUSE, one), 'cannot save INTERNAL_TOKEN, and exits. How it is mounted is not in the evidence.');
  const two = context({ saveFailed: 3, dockerConfig: 0 }, { saveFailed: { secret: ['INTERNAL_TOKEN'], level: ['error'], task: ['a1', 'b2'] } });
  assert.is(renderTemplate(ROOT_CAUSE, two), 'cannot save INTERNAL_TOKEN; tasks a1, b2 crash-loop. How it is mounted is not in the evidence.');
});

test('a pattern section with >=N counts events', () => {
  const source = '{{#refused>=3}}refused at least three times{{/refused>=3}}{{^refused>=3}}refused less{{/refused>=3}}';
  assert.is(renderTemplate(source, context({ refused: 3 }, {})), 'refused at least three times');
  assert.is(renderTemplate(source, context({ refused: 2 }, {})), 'refused less');
});

test('sections nest, and a placeholder without values is written as the context lists none', () => {
  const source = '{{#a}}A{{#b}} and B{{/b}}{{/a}} {{missing}}';
  assert.is(renderTemplate(source, context({ a: 1, b: 1 }, {})), 'A and B ?');
  assert.is(renderTemplate(source, context({ a: 1, b: 0 }, {})), 'A ?');
  assert.is(renderTemplate(source, context({ a: 0, b: 1 }, {})), '?');
});

test('tidying touches the template text, never a value taken from the log', () => {
  const source = 'refused at {{dialHost}}{{#missing}} (never){{/missing}} .';
  const out = renderTemplate(source, context({ hit: 1 }, { hit: { dialHost: ['::1', 'a  b ;c'] } }));
  assert.is(out, 'refused at ::1, a  b ;c.');
});

test('malformed templates are refused with the place and the reason', () => {
  const cases: Array<[string, RegExp]> = [
    ['{{#a}}never closed', /character 1: \{\{#a\}\} is never closed/],
    ['{{#a}}x{{/b}}', /\{\{\/b\}\} closes \{\{#a\}\}/],
    ['x{{/a}}', /closes no section/],
    ['{{#a>=0}}x{{/a>=0}}', /N must be at least 1/],
    ['{{not a key}}', /is not a placeholder/],
    ['{{#a b}}x{{/a b}}', /is not a section key/],
    ['{{#a}}x {{y{z}} {{/a}}', /a stray \{\{ or \}\}/],
  ];
  for (const [source, reason] of cases) {
    const error = (() => { try { parseTemplate(source); return undefined; } catch (e) { return e; } })();
    assert.instance(error, TemplateError, source);
    assert.match((error as Error).message, reason, source);
  }
});

test('templateProblem: an unknown pattern, and =value on a pattern section, are problems', () => {
  const patterns = new Set(['saveFailed', 'dockerConfig']);
  assert.is(templateProblem(ROOT_CAUSE, patterns), undefined);
  assert.match(templateProblem('{{nope.secret}}', patterns)!, '"nope" is not a pattern in events');
  assert.match(templateProblem('{{#nope.task>=2}}x{{/nope.task>=2}}', patterns)!, '"nope" is not a pattern');
  assert.match(templateProblem('{{#dockerConfig=x}}y{{/dockerConfig=x}}', patterns)!, 'a pattern section counts events');
  assert.match(templateProblem('{{#dockerConfig}}', patterns)!, 'never closed');
});

test('templateValueNames: placeholders and capture sections, not pattern sections', () => {
  const names = templateValueNames(ROOT_CAUSE, (n) => n === 'saveFailed' || n === 'dockerConfig');
  assert.equal(names.sort(), ['config', 'level', 'secret', 'task']);
});

test.run();
