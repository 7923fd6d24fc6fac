import { facetPath, facetUrl, filteredCatalogueUrl, type FacetChoice } from '../content-model/routes.ts';
import type { Catalogue, Eksempel } from './catalogue-build.ts';
import { facetClause } from './facet-text.ts';
import { FACETS, facetIndex, facetValues, facetsOfCase, rankedFacets, type Facet, type FacetValue } from './facets.ts';
import { nearestMatches, type NearMatch } from './nearest.ts';

/**
 * The static facet pages (`/eksempler/<facet>/<value>/`, optionally narrowed by a second facet), each with
 * everything its page shows: the cases, the title and lead, the links one level down, so the page only renders.
 */
export interface FacetFilter {
  facet: Facet;
  value: FacetValue;
}

/** A link from a one-facet page to the page narrowed by one more value. */
export interface NarrowingLink {
  url: string;
  /** The added value: «Stor». */
  label: string;
  /** How many cases the narrowed page lists. */
  count: number;
}

export interface FacetPage {
  /** The path under /eksempler/, for `getStaticPaths`. */
  path: string;
  url: string;
  filters: FacetFilter[];
  eksempler: Eksempel[];
  /** When no case matches: the nearest ones, with the filters each does not meet. */
  nearest: NearMatch<Eksempel>[];
  /** «Eksempler – Tema: Bostøtte, Kommunestørrelse: Stor»; unlike the entry's own page, so search results differ. */
  title: string;
  /** «Eksempler i Bopraksis der temaet er bostøtte og kommunestørrelsen er stor.» */
  description: string;
  /** Above the title: the facets' names, «Tema og Kommunestørrelse». */
  kicker: string;
  /** For one value that is a catalogue entry: that entry's own description. */
  about?: string;
  /** For a narrowed page: the page of its first value alone, and that value as a clause. */
  parent?: { url: string; phrase: string };
  /** For a one-facet page: the narrowed pages, per narrowing facet, under «Snevre inn etter <label>». */
  narrowing: { label: string; links: NarrowingLink[] }[];
  /** The same filters in the filterable catalogue, to combine them with more. */
  filterUrl: string;
  /** The filters in words for the nearest-matches note: «tema bostøtte og kommunestørrelse stor». */
  what: string;
}

/**
 * Facets offered for narrowing a facet page further without JavaScript (`/eksempler/tema/x/kommunestorrelse/stor/`).
 * Not fylke: 15 counties × every value gave 614 of the 1,037 facet pages at 1,000 cases, most listing one or two cases,
 * and a third of the build's page time. The filterable catalogue narrows by county, and nginx sends the old
 * addresses there (src/hosting/nginx/server.conf).
 */
export const NARROWING_FACETS = ['kommunestorrelse'] as const;

/**
 * Facet pairs with a static page for every value pair that has cases, so each cell of the knowledge map links to
 * a page that lists its cases without JavaScript: `/eksempler/metode/<metode>/malgruppe/<malgruppe>/`.
 */
export const PAIRED_FACETS = [['metode', 'malgruppe']] as const;

/** How many nearest matches an empty result shows. */
export const NEAREST_COUNT = 5;

/** One facet value as a clause: «målgruppen er unge», «fylket er Nordland». */
export const facetPhrase = ({ facet, value }: FacetFilter): string => facetClause(facet.key, facet.label, value.label);

/** A facet page's lead text: «Eksempler i Bopraksis der målgruppen er unge og fylket er Nordland.» */
export function facetPageDescription(filters: readonly FacetFilter[]): string {
  return `Eksempler i Bopraksis der ${filters.map(facetPhrase).join(' og ')}.`;
}

const choices = (filters: readonly FacetFilter[]): FacetChoice[] => filters.map((f) => [f.facet.key, f.value.id]);

/** The description of the entry a lone value is, if it is one (a theme, a method …). */
function aboutOf(cat: Catalogue, filters: readonly FacetFilter[]): string | undefined {
  const [only] = filters;
  const collection = only?.facet.collection;
  if (filters.length !== 1 || !only || !collection) return undefined;
  const entry = cat.byId[collection].get(only.value.id);
  if (!entry) return undefined;
  return 'beskrivelse' in entry.data
    ? entry.data.beskrivelse
    : 'sammendrag' in entry.data
      ? entry.data.sammendrag
      : undefined;
}

function page(
  cat: Catalogue,
  filters: FacetFilter[],
  eksempler: Eksempel[],
  nearest: NearMatch<Eksempel>[],
): FacetPage {
  const [first] = filters;
  const about = aboutOf(cat, filters);
  return {
    path: facetPath(choices(filters)),
    url: facetUrl(choices(filters)),
    filters,
    eksempler,
    nearest,
    title: `Eksempler – ${filters.map((f) => `${f.facet.label}: ${f.value.label}`).join(', ')}`,
    description: facetPageDescription(filters),
    kicker: filters.map((f) => f.facet.label).join(' og '),
    ...(about === undefined ? {} : { about }),
    ...(filters.length > 1 && first ? { parent: { url: facetUrl(choices([first])), phrase: facetPhrase(first) } } : {}),
    narrowing: [],
    filterUrl: filteredCatalogueUrl(choices(filters)),
    what: filters.map((f) => `${f.facet.label.toLowerCase()} ${f.value.label.toLowerCase()}`).join(' og '),
  };
}

function nearestFor(cat: Catalogue, filters: FacetFilter[]): NearMatch<Eksempel>[] {
  const selection = new Map(filters.map((f) => [f.facet.key, new Set([f.value.id])]));
  return nearestMatches(cat.eksempler, (e) => facetsOfCase(cat, e), rankedFacets(cat), selection, NEAREST_COUNT);
}

/** The cases in both lists, in the order of the first. */
function both(first: Eksempel[], second: Eksempel[] | undefined): Eksempel[] {
  const inSecond = new Set(second ?? []);
  return first.filter((e) => inSecond.has(e));
}

const cache = new WeakMap<Catalogue, FacetPage[]>();

/**
 * Every static facet page: one per facet value, one per value × narrowing value that has cases, and one per
 * paired-facet value pair that has cases. Built from one index, so the cost grows with values, not cases × values.
 */
export function facetPages(cat: Catalogue): FacetPage[] {
  const cached = cache.get(cat);
  if (cached) return cached;
  const index = facetIndex(cat);
  const facetOf = (key: string) => FACETS.find((f) => f.key === key);
  const pages: FacetPage[] = [];
  for (const facet of FACETS) {
    for (const value of facetValues(cat, facet)) {
      const eksempler = index.get(facet.key)?.get(value.id) ?? [];
      const filters = [{ facet, value }];
      const single = page(cat, filters, eksempler, eksempler.length ? [] : nearestFor(cat, filters));
      pages.push(single);
      for (const narrow of NARROWING_FACETS.map(facetOf)) {
        if (!narrow || narrow.key === facet.key) continue;
        const links: NarrowingLink[] = [];
        for (const narrowValue of facetValues(cat, narrow)) {
          const matching = both(eksempler, index.get(narrow.key)?.get(narrowValue.id));
          if (matching.length === 0) continue;
          const narrowed = page(cat, [...filters, { facet: narrow, value: narrowValue }], matching, []);
          pages.push(narrowed);
          links.push({ url: narrowed.url, label: narrowValue.label, count: matching.length });
        }
        if (links.length > 0) single.narrowing.push({ label: narrow.label.toLowerCase(), links });
      }
    }
  }
  for (const [first, second] of PAIRED_FACETS.map(([a, b]) => [facetOf(a), facetOf(b)] as const)) {
    if (!first || !second) continue;
    for (const firstValue of facetValues(cat, first)) {
      const eksempler = index.get(first.key)?.get(firstValue.id) ?? [];
      for (const secondValue of facetValues(cat, second)) {
        const matching = both(eksempler, index.get(second.key)?.get(secondValue.id));
        if (matching.length > 0)
          pages.push(
            page(
              cat,
              [
                { facet: first, value: firstValue },
                { facet: second, value: secondValue },
              ],
              matching,
              [],
            ),
          );
      }
    }
  }
  cache.set(cat, pages);
  return pages;
}
