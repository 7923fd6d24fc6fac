/**
 * The parts of a case page the compare page lays side by side. The case page's components and the body's merged
 * sections mark each part with `data-sammenlign`, and the compare script finds them by `compareSelector`, so the
 * two sides share these names and nothing else: no ids, classes or headings.
 *
 * A marked section is compared without its own heading; any other marked element is compared whole.
 */
export const COMPARE_PARTS = ['oppsummert', 'fakta', 'resultater', 'tekst', 'trinn', 'suksessfaktorer'] as const;
export type ComparePart = (typeof COMPARE_PARTS)[number];

/** The attribute for Astro markup: `<section {...comparePart('trinn')}>`. */
export const comparePart = (part: ComparePart) => ({ 'data-sammenlign': part });

/** The same attribute as a hast property, for rehype plugins. */
export const comparePartProperty = (part: ComparePart) => ({ dataSammenlign: part });

/** The CSS selector of a marked part. */
export const compareSelector = (part: ComparePart) => `[data-sammenlign="${part}"]`;
