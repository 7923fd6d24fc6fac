/**
 * Every performance budget, in one place. The bench (npm run bench) measures each against the same run's floor;
 * the size budgets are also asserted over dist/ in npm test (tests/built-site/size-budgets.test.ts). Timings are
 * only ever measured in the bench, never asserted in a test.
 */
export const BUDGETS = {
  /** A case page's total transfer (gzip) on a first visit, fonts included. */
  casePageFirstVisitKB: 25,
  /** Lighthouse mobile performance score, on every page type. */
  lighthouseMobilePerformance: 98,
  /** Lighthouse desktop cumulative layout shift, on every page type. */
  desktopCls: 0.02,
  /** From the header search form to the first result, under slow-4G emulation. */
  headerSearchSlow4gMs: 1200,
  /** From the last keystroke to the first result for the whole query, when typing on /sok/. */
  typingLastKeyMs: 150,
  /** The catalogue page (/eksempler/) at 5,000 cases: HTML, gzip. */
  catalogue5000HtmlKB: 60,
  /** The catalogue page at 5,000 cases: DOM elements. */
  catalogue5000DomElements: 1500,
  /** A filter click on the catalogue at 5,000 cases, with a 4× slower CPU. */
  catalogue5000FilterClickMs: 100,
  /** A full build at 1,000 cases against a bare Astro + MDX build of the same cases. */
  build1000VsFloor: 1.25,
  /**
   * Time and memory linear to 5,000 cases: what each extra case costs between the two largest sizes, against what it
   * costs between the two smallest. A build whose work grew with the square of the cases would give about 5× here.
   */
  linearGrowth: 1.25,
} as const;
