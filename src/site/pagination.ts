/** How many cases a catalogue page holds, static or filtered. */
export const CATALOGUE_PAGE_SIZE = 20;

/** How many cases an entry's own page lists (a method's, a success factor's) before it links to the full list. */
export const RELATED_CASES_SHOWN = 20;

export function pageCount(total: number): number {
  return Math.max(1, Math.ceil(total / CATALOGUE_PAGE_SIZE));
}

export { catalogueUrl } from '../content-model/routes.ts';

/** The page numbers a pager links to: the first, the last, and two either side of the current one; 0 is a gap. */
export function pagerNumbers(current: number, total: number): number[] {
  const wanted = new Set(
    [1, total, current - 2, current - 1, current, current + 1, current + 2].filter((n) => n >= 1 && n <= total),
  );
  const sorted = [...wanted].sort((a, b) => a - b);
  return sorted.flatMap((n, i) => (i > 0 && n - (sorted[i - 1] ?? n) > 1 ? [0, n] : [n]));
}
