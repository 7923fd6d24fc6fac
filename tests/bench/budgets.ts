// tests/bench/budgets.ts
export const BUDGETS = {
  casePageFirstVisitKB: 25,        // total transfer (gzip) on a first visit, font included
  lighthouseMobilePerformance: 98, // every page type
  desktopCls: 0.02,
  headerSearchSlow4gMs: 1200,      // first result from the header form, slow 4G
  typingLastKeyMs: 150,            // first result for the full query after the last keystroke
  catalogue5000HtmlKB: 60,         // gzip
  catalogue5000DomElements: 1500,
  catalogue5000FilterClickMs: 100, // 4× slower CPU
  build1000VsFloor: 1.25,
} as const;
