import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { BUDGETS } from '../bench/budgets.ts';
import { DIST, builtPages } from './built-site.ts';
import { firstVisitBytes } from './transfer.ts';

const pages = builtPages();
const kb = (bytes: number) => bytes / 1024;

describe('size budgets (tests/bench/budgets.ts)', () => {
  it(`every case page is at most ${BUDGETS.casePageFirstVisitKB} KB on a first visit, fonts included`, () => {
    const cases = pages.filter((p) => /^\/eksempler\/[a-z0-9-]+\/$/.test(p.url) && p.root.querySelector('article'));
    assert.ok(cases.length > 0);
    const over = cases
      .map((p) => ({ url: p.url, kb: kb(firstVisitBytes(DIST, readFileSync(p.file, 'utf8'), p.root).bytes) }))
      .filter((p) => p.kb > BUDGETS.casePageFirstVisitKB)
      .map((p) => `${p.url}: ${p.kb.toFixed(1)} KB`);
    assert.deepEqual(over, []);
  });

  it(`the catalogue page is within the 5,000-case budget: ${BUDGETS.catalogue5000HtmlKB} KB and ${BUDGETS.catalogue5000DomElements} elements`, () => {
    const catalogue = pages.find((p) => p.url === '/eksempler/');
    assert.ok(catalogue);
    const size = kb(gzipSync(readFileSync(catalogue.file), { level: 6 }).length);
    assert.ok(size <= BUDGETS.catalogue5000HtmlKB, `${size.toFixed(1)} KB`);
    const elements = catalogue.root.querySelectorAll('*').length;
    assert.ok(elements <= BUDGETS.catalogue5000DomElements, `${elements} elementer`);
  });

  it('the compare page names only the two cases it proposes, so it stays the same size however many cases there are', () => {
    const compare = pages.find((p) => p.url === '/sammenlign/');
    assert.ok(compare);
    const titles = pages
      .filter((p) => /^\/eksempler\/[a-z0-9-]+\/$/.test(p.url) && p.root.querySelector('article'))
      .map((p) => p.root.querySelector('h1')?.text.trim() ?? '');
    assert.ok(titles.length > 2);
    const values = compare.root.querySelectorAll('input').map((input) => input.getAttribute('value') ?? '');
    const named = titles.filter((title) => compare.root.text.includes(title) || values.includes(title));
    assert.equal(named.length, 2, named.join('\n'));
  });
});
