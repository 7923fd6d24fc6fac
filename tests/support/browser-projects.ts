// Which browser spec runs against which site (playwright.config.ts). The guard in tests/unit/browser-projects.test.ts
// holds the real-site specs to it: they may not name a real case, so an editor's change cannot break them.

/** Generic checks over every page type of the real site (dist/): accessibility, hosting, layout, print. */
export const REAL_SITE_SPECS = [
  'about.spec.ts',
  'accessibility.spec.ts',
  'case-page.spec.ts',
  'hosting.spec.ts',
  'pages.spec.ts',
  'phone-header.spec.ts',
  'print.spec.ts',
  'quality-gates.spec.ts',
];

/** Everything that asserts specific content, against the fixture site (tests/fixtures/nettsted/). */
export const FIXTURE_SITE_SPECS = [
  'catalogue.spec.ts',
  'compare.spec.ts',
  'glossary.spec.ts',
  'knowledge-map.spec.ts',
  'like-mine.spec.ts',
  'open-data.spec.ts',
  'search-words.spec.ts',
  'search.spec.ts',
  'trust.spec.ts',
];

/** Specs that build and serve a copy of their own (a pager's worth of cases, ny-sak, the editor). */
export const OWN_COPY_SPECS = ['catalogue-pages.spec.ts', 'editor.spec.ts', 'publishing.spec.ts'];
