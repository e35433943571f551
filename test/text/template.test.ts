import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { messageTemplate, templateOf } from '../../src/text/template.js';

test('each kind of variable part is masked, its values kept in line order', () => {
  const text = 'task 3f2b1c9a-0d4e-4f5a-9b8c-7d6e5f4a3b2c on 10.0.0.7:5432 commit deadbeef12 '
    + 'container abcdefghij123 read /var/lib/app/data took 1.5s, 42 tries';
  assert.equal(templateOf(text), {
    template: 'task <uuid> on <ip> commit <hex> container <id> read <path> took <n>s, <n> tries',
    values: ['3f2b1c9a-0d4e-4f5a-9b8c-7d6e5f4a3b2c', '10.0.0.7:5432', 'deadbeef12', 'abcdefghij123', '/var/lib/app/data', '1.5', '42'],
  });
  assert.equal(templateOf('no variable part'), { template: 'no variable part', values: [] });
  assert.equal(templateOf('v2.1 and x.3 stay, 7 goes'), { template: 'v2.1 and x.3 stay, <n> goes', values: ['7'] });
});

test("an event's template is its message's, else its line's; the same text always gives the same template", () => {
  const texts = ['relation "a" does not exist at character 33', 'relation "b" does not exist at character 7', 'ping 10.0.0.1'];
  for (let round = 0; round < 3; round++) {
    for (const text of texts) {
      assert.equal(messageTemplate({ message: text, text: `prefix | ${text}` }), templateOf(text));
      assert.equal(messageTemplate({ message: '', text }), templateOf(text));
    }
  }
  // Many distinct texts (past any bound on what is remembered) each keep their own template.
  for (let i = 0; i < 10_000; i++) {
    const text = `worker w${i.toString(36).replace(/\d/g, 'q')} stopped after ${i} jobs`;
    assert.equal(messageTemplate({ message: text, text }).values, [String(i)]);
  }
  assert.equal(messageTemplate({ message: texts[0], text: '' }), templateOf(texts[0]));
});

test.run();
