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
function closeness(
  facet: RankedFacet,
  positions: ReadonlyMap<string, number>,
  chosen: ReadonlySet<string>,
  has: readonly string[],
): number {
  // Plain loops: this runs for every case on every empty result, 5,000 times over in a large catalogue.
  for (const value of has) if (chosen.has(value)) return 1;
  if (!facet.ordered || has.length === 0) return 0;
  let distance = Infinity;
  for (const value of has)
    for (const c of chosen)
      distance = Math.min(distance, Math.abs((positions.get(value) ?? 0) - (positions.get(c) ?? 0)));
  return Math.max(0, 1 - distance / Math.max(1, facet.values.length - 1)) * 0.75;
}

/**
 * The `limit` nearest items, best first; ties keep the order the items came in (newest first in the catalogue).
 * One pass that keeps only the best few, so 5,000 cases cost no sort.
 */
export function nearestMatches<T>(
  items: readonly T[],
  facetsOf: (item: T) => CaseFacets,
  facets: readonly RankedFacet[],
  selection: ReadonlyMap<string, ReadonlySet<string>>,
  limit = 5,
): NearMatch<T>[] {
  const chosen = facets
    .filter((facet) => (selection.get(facet.key)?.size ?? 0) > 0)
    .map((facet) => ({
      facet,
      values: selection.get(facet.key) ?? new Set<string>(),
      positions: new Map(facet.values.map((v, i) => [v, i])),
    }));
  const best: NearMatch<T>[] = [];
  for (const item of items) {
    const has = facetsOf(item);
    let score = 0;
    for (const { facet, values, positions } of chosen)
      score += closeness(facet, positions, values, has[facet.key] ?? []);
    if (best.length === limit && score <= (best.at(-1)?.score ?? -1)) continue;
    const unmet = chosen
      .filter(({ facet, values }) => !(has[facet.key] ?? []).some((v) => values.has(v)))
      .map(({ facet }) => facet.label);
    // Insert after every item with the same or a higher score: earlier items win ties.
    let at = best.length;
    while (at > 0 && (best[at - 1]?.score ?? 0) < score) at--;
    best.splice(at, 0, { item, score, unmet });
    if (best.length > limit) best.pop();
  }
  return best;
}
