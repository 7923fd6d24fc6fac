import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { csvField } from './records.ts';

describe('csvField', () => {
  it('makes every cell a spreadsheet could run as a formula inert (OWASP)', () => {
    for (const attack of ['=HYPERLINK("http://x")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) {
      const cell = csvField(attack);
      assert.ok(cell.startsWith("'") || cell.startsWith(`"'`), `${JSON.stringify(attack)} → ${JSON.stringify(cell)}`);
    }
  });

  it('leaves ordinary text alone and quotes separators, quotes and line breaks', () => {
    assert.equal(csvField('Bodø kommune'), 'Bodø kommune');
    assert.equal(csvField('3–5, 9'), '3–5, 9');
    assert.equal(csvField('a;b'), '"a;b"');
    assert.equal(csvField('«sitat» "x"'), '"«sitat» ""x"""');
    assert.equal(csvField('to\nlinjer'), '"to\nlinjer"');
  });
});
