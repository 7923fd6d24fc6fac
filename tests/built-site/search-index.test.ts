import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import { builtPages, DIST } from './built-site.ts';

// Pagefind reads only the pages SEARCH_INDEX_GLOB names (src/content-model/routes.ts). A new kind of page marked for
// the index but outside the glob would be missing from search without a word; Pagefind's own count tells.
it('has every page marked for search (data-pagefind-body) in the search index, and no other', () => {
  const marked = builtPages().filter((page) => page.root.querySelector('[data-pagefind-body]'));
  const entry = JSON.parse(readFileSync(join(DIST, 'pagefind/pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  const indexed = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
  assert.ok(marked.length > 0);
  assert.equal(indexed, marked.length, `indeksen har ${indexed} sider, ${marked.length} er merket for søk`);
});

it('has the search page preload the index metadata Pagefind wrote (tooling/build/search-preload.ts)', () => {
  const entry = JSON.parse(readFileSync(join(DIST, 'pagefind/pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { hash: string }>;
  };
  const html = readFileSync(join(DIST, 'sok/index.html'), 'utf8');
  for (const { hash } of Object.values(entry.languages))
    assert.ok(html.includes(`<link rel="preload" href="/pagefind/pagefind.${hash}.pf_meta"`), hash);
});
