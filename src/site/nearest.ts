/**
 * The nearest matches for a filter that matches nothing: the cases that satisfy the most of the chosen facets. On an
 * ordered facet (size, period, evidence) a neighbouring value counts part of the way: a «mellomstor» case is near a
 * search for «liten». Pure data in and out, so the build's static facet pages and the catalogue's script rank alike.
 */

/** A facet as ranking sees it: its values in order, and whether that order means distance. */
export interface RankedFacet {
  key: string;
  label: string;
  values: string[];
  ordered: boolean;
}

/** What a case has, by facet key. */
export type CaseFacets = Record<string, readonly string[]>;

export interface NearMatch<T> {
  item: T;
  score: number;
  /** Labels of the chosen facets this case does not satisfy. */
  unmet: string[];
}

/** How close a case's values come to the chosen ones on one facet: 1 for a match, down to 0. */
function closeness(facet: RankedFacet, chosen: ReadonlySet<string>, has: readonly string[]): number {
  if (has.some((value) => chosen.has(value))) return 1;
  if (!facet.ordered || has.length === 0) return 0;
  const position = (value: string) => facet.values.indexOf(value);
  const distance = Math.min(...has.flatMap((value) => [...chosen].map((c) => Math.abs(position(value) - position(c)))));
  return Math.max(0, 1 - distance / Math.max(1, facet.values.length - 1)) * 0.75;
}

/** The `limit` nearest items, best first; ties keep the order the items came in (newest first in the catalogue). */
export function nearestMatches<T>(
  items: readonly T[],
  facetsOf: (item: T) => CaseFacets,
  facets: readonly RankedFacet[],
  selection: ReadonlyMap<string, ReadonlySet<string>>,
  limit = 5,
): NearMatch<T>[] {
  const chosen = facets.filter((facet) => (selection.get(facet.key)?.size ?? 0) > 0);
  const ranked = items.map((item, index) => {
    const has = facetsOf(item);
    let score = 0;
    const unmet: string[] = [];
    for (const facet of chosen) {
      const c = closeness(facet, selection.get(facet.key) ?? new Set(), has[facet.key] ?? []);
      score += c;
      if (c < 1) unmet.push(facet.label);
    }
    return { item, score, unmet, index };
  });
  ranked.sort((a, b) => b.score - a.score || a.index - b.index);
  return ranked.slice(0, limit).map(({ item, score, unmet }) => ({ item, score, unmet }));
}
