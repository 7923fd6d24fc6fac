import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { apa, bibtex, citationMeta } from './citation.ts';

const item = {
  id: 'drammen-fra-leie-til-eie',
  title: 'Drammen: fra leie til eie & 100 % eierskap {test}',
  url: 'https://bopraksis.no/eksempler/drammen-fra-leie-til-eie/',
  published: new Date('2026-11-21'),
  checked: new Date('2026-11-22'),
};

describe('citations', () => {
  it('writes APA 7 with a Norwegian date', () => {
    const { before, title, after } = apa(item);
    assert.equal(`${before}${title}${after}`, `Bopraksis. (2026, 21. november). ${item.title}. ${item.url}`);
  });

  it('writes BibTeX that escapes the title and a valid entry key', () => {
    const entry = bibtex(item);
    assert.match(entry, /^@misc\{bopraksis-drammen-fra-leie-til-eie,\n/);
    assert.match(entry, /title = \{\{Drammen: fra leie til eie \\& 100 \\% eierskap test\}\},/);
    assert.match(entry, /month = nov,/);
    assert.match(entry, /note = \{Sist kontrollert 2026-11-22\},/);
    const opens = entry.split('{').length;
    assert.equal(opens, entry.split('}').length, 'balanced braces');
  });

  it('gives reference managers a title, a date and the URL', () => {
    const meta = Object.fromEntries(citationMeta(item).map((m) => [m.name, m.content]));
    assert.equal(meta.citation_title, item.title);
    assert.equal(meta.citation_publication_date, '2026/11/21');
    assert.equal(meta['DC.identifier'], item.url);
  });
});
