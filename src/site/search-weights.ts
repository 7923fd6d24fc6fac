import type { EntryKind } from '../content-model/routes.ts';

/**
 * How much a page's title and summary count in search, by page type. A method's name should find the method
 * page first and then the cases that use it, so methods weigh most; Pagefind weights run from 0 to 10.
 */
const WEIGHTS: Partial<Record<EntryKind, { title: number; summary: number }>> = {
  metode: { title: 10, summary: 6 },
  lov: { title: 8, summary: 4 },
};
const DEFAULT_WEIGHT = { title: 6, summary: 3 };

export function searchWeight(kind: EntryKind | undefined): { title: number; summary: number } {
  return (kind && WEIGHTS[kind]) ?? DEFAULT_WEIGHT;
}

/**
 * Pagefind ranking for the search page. Only method pages carry the `navn` meta field (their name and other
 * names), so a query that matches a method's name lifts that page above pages that merely mention it often. Case
 * pages carry `sokeord`, the everyday words of what they are tagged with: a match lifts the case, but less than
 * a method's own name, so «Housing First» gives the method first and its cases next.
 */
export const SEARCH_RANKING = { metaWeights: { navn: 20, sokeord: 6 } } as const;
