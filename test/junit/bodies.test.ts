/**
 * A test case's bodies (failure, error, skipped, system-out, system-err) are kept raw by
 * fast-xml-parser (stop nodes) and read by bodyText. Held here to what fast-xml-parser's own
 * parse of the same content gives, with the same settings: the text runs, references decoded,
 * CDATA as it is, nothing of comments, processing instructions or nested elements.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { bodyText, parseFragment, type OrderedNode } from '../../src/parsers/junit/tree.js';
import { parseJunit } from '../../src/parsers/junit/parse.js';
import { runs } from '../fuzz/hostile.js';

const test = suite('junit bodies');

/** The text fast-xml-parser itself gives for `raw` as the content of an element that is no stop node. */
function parsedText(raw: string): string {
  const [wrapper] = parseFragment(`<wrapper>${raw}</wrapper>`);
  const children = (wrapper.wrapper as OrderedNode[] | undefined) ?? [];
  return children.map((child) => (typeof child['#text'] === 'string' ? child['#text'] : '')).join('');
}

const text = fc.stringMatching(/^[^<&\]]{0,12}$/);
const reference = fc.constantFrom('&amp;', '&lt;', '&gt;', '&quot;', '&apos;', '&#10;', '&#x41;', '&#233;', '&amp;lt;', '&#0;');
const attribute = fc.constantFrom('', ' a="1"', ' a="x>y"', " b='<q>'", ' c="&amp;"');
const leaf = fc.oneof(
  text,
  reference,
  fc.stringMatching(/^[^\]]{0,10}$/).map((t) => `<![CDATA[${t}]]>`),
  fc.stringMatching(/^[^-]{0,10}$/).map((t) => `<!--${t}-->`),
  fc.constantFrom('<?pi data?>', '\n', '\t', '  ', '>', ']', '"', "'"),
  attribute.map((a) => `<empty${a}/>`),
);
const content: fc.Memo<string> = fc.memo((depth) => depth <= 1
  ? fc.array(leaf, { maxLength: 6 }).map((parts) => parts.join(''))
  : fc.array(fc.oneof(leaf, fc.tuple(attribute, content(depth - 1)).map(([a, inner]) => `<nested${a}>${inner}</nested>`)), { maxLength: 6 })
    .map((parts) => parts.join('')));

test('bodyText gives what fast-xml-parser gives for the same content', () => {
  fc.assert(fc.property(content(3), (raw) => {
    assert.is(bodyText(raw), parsedText(raw), JSON.stringify(raw));
  }), runs(2000));
});

test('a failure body with CDATA, references, a comment and a nested element, read whole in a document', () => {
  const doc = parseJunit('<testsuite name="s"><testcase name="t"><failure message="m">a &amp; b<![CDATA[ <raw> & ]]><!-- note --><extra x="1>2">hidden</extra>&#10;end</failure>'
    + '<system-out>out &lt;1&gt;</system-out><system-err><![CDATA[err]]></system-err></testcase></testsuite>');
  assert.equal(doc.errors, []);
  const [c] = doc.cases;
  assert.is(c.results[0].body, 'a & b <raw> & \nend');
  assert.is(c.systemOut, 'out <1>');
  assert.is(c.systemErr, 'err');
  assert.is(c.outcome, 'failed');
});

test.run();
