import { caseMeta, type CaseCard } from './case-card.ts';
import type { Catalogue, Eksempel } from './catalogue-build.ts';
import { perCatalogue, resolve } from './catalogue-build.ts';
import { FACETS, facetValues, facetsOfCase } from './facets.ts';
import { isoDate } from './format.ts';
import { stripCitations } from '../content-model/citations.ts';

/**
 * The catalogue as its filter script needs it, built once into /eksempler/indeks.json: every facet with its values,
 * and one compact row per case, newest first. A case's facet values are numbers into one list of all values, so a
 * row stays short and the script counts every facet in one pass over the cases.
 */
export interface CatalogueIndex {
  facets: { key: string; label: string; ordered: boolean; values: { id: string; label: string }[] }[];
  /** [id, title, meta, published, value numbers, summary?] */
  cases: [string, string, string, string, number[], string?][];
  /** Case positions in the other sort orders. */
  order: { tittel: number[]; kontrollert: number[] };
}

/** Past this many cases, lists leave the summaries out: at 5,000 they would be most of the weight. */
export const SUMMARIES_UP_TO = 100;

const cards = perCatalogue<CaseCard>();

/** A case as lists show it; made once per case (a case is listed on some fifteen facet and entry pages). */
export function caseCard(cat: Catalogue, eksempel: Eksempel, withSummary: boolean): CaseCard {
  return cards(cat, `${eksempel.id}\0${withSummary}`, () => makeCard(cat, eksempel, withSummary));
}

function makeCard(cat: Catalogue, eksempel: Eksempel, withSummary: boolean): CaseCard {
  const { data } = eksempel;
  const kommuner = data.kommuner.map((ref) => resolve(cat, ref).data.navn);
  return {
    id: eksempel.id,
    title: data.tittel,
    meta: caseMeta(kommuner, data.periode, data.status, data.statusAr),
    published: isoDate(data.publisert),
    ...(withSummary ? { summary: stripCitations(data.sammendrag) } : {}),
  };
}

const cache = new WeakMap<Catalogue, CatalogueIndex>();

export function catalogueIndex(cat: Catalogue): CatalogueIndex {
  const cached = cache.get(cat);
  if (cached) return cached;
  const facets = FACETS.map((facet) => ({
    key: facet.key,
    label: facet.label,
    ordered: facet.ordered ?? false,
    values: facetValues(cat, facet).map(({ id, label }) => ({ id, label })),
  }));
  const number = new Map<string, number>();
  for (const facet of facets) for (const value of facet.values) number.set(`${facet.key}=${value.id}`, number.size);
  const withSummary = cat.eksempler.length <= SUMMARIES_UP_TO;
  const cases = cat.eksempler.map((eksempel): CatalogueIndex['cases'][number] => {
    const card = caseCard(cat, eksempel, withSummary);
    const has = facetsOfCase(cat, eksempel);
    const values = Object.entries(has)
      .flatMap(([key, ids]) => ids.map((id) => number.get(`${key}=${id}`) ?? -1))
      .filter((n) => n >= 0);
    return card.summary === undefined
      ? [card.id, card.title, card.meta, card.published, values]
      : [card.id, card.title, card.meta, card.published, values, card.summary];
  });
  const positions = cat.eksempler.map((_, i) => i);
  const rankOf = (position: number) => cat.titleRank.get(cat.eksempler[position]?.id ?? '') ?? 0;
  const index: CatalogueIndex = {
    facets,
    cases,
    order: {
      tittel: [...positions].sort((a, b) => rankOf(a) - rankOf(b)),
      kontrollert: [...positions].sort(
        (a, b) =>
          cat.eksempler[b]!.data.sistKontrollert.getTime() - cat.eksempler[a]!.data.sistKontrollert.getTime() || a - b,
      ),
    },
  };
  cache.set(cat, index);
  return index;
}
