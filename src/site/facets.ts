import type { CollectionName } from '../content-model/schemas/reference.ts';
import { EVIDENSNIVAER, STATUSER } from '../content-model/schemas/eksempel.ts';
import { KOMMUNESTORRELSER } from '../content-model/kommunestorrelse.ts';
import type { FacetKey } from '../content-model/routes.ts';
import { slugify } from '../content-model/slug.ts';
import { hasOldSources } from '../content-model/source-age.ts';
import type { Catalogue, Eksempel } from './catalogue-build.ts';
import { resolve } from './catalogue-build.ts';
import type { CaseFacets, RankedFacet } from './nearest.ts';

/** One value of a facet, with the id used in URLs and its display name. */
export interface FacetValue {
  id: string;
  label: string;
}

/** A way to narrow the catalogue. OR within a facet, AND across facets. */
export interface Facet {
  /** The URL key: `/eksempler/?<key>=<value>` and `/eksempler/<key>/<value>/`. */
  key: FacetKey;
  /** The heading shown above the values. */
  label: string;
  /** All values, in display order. */
  values: (cat: Catalogue) => FacetValue[];
  /** The value ids a case has. */
  of: (eksempel: Eksempel, cat: Catalogue) => string[];
  /** The collection the values are entries of, where they are. Default: none. */
  collection?: CollectionName;
  /** Whether the values' order is a scale, so neighbours are near matches (size, period, evidence). Default: false. */
  ordered?: boolean;
}

const fixed = (labels: readonly string[]): FacetValue[] => labels.map((label) => ({ id: slugify(label), label }));
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function entryFacet(
  key: FacetKey,
  label: string,
  collection: 'tema' | 'malgrupper' | 'virkemidler' | 'metoder',
): Facet {
  const field = collection;
  return {
    key,
    label,
    collection,
    values: (cat) =>
      [...cat.byId[collection].values()]
        .map((entry) => ({ id: entry.id, label: 'navn' in entry.data ? entry.data.navn : entry.data.tittel }))
        .sort((a, b) => a.label.localeCompare(b.label, 'nb')),
    of: (eksempel) => eksempel.data[field].map((ref) => ref.id),
  };
}

/**
 * Five-year periods; a case belongs to every period its documented years overlap. Without an end year we only know
 * the start, so the case counts there and no later: the catalogue claims no more than the sources say.
 */
const PERIOD_START = 2005;
const PERIOD_LENGTH = 5;

function periodsOf(fra: number, til: number): string[] {
  const ids: string[] = [];
  for (let start = PERIOD_START; start <= til; start += PERIOD_LENGTH) {
    const end = start + PERIOD_LENGTH - 1;
    if (end >= fra) ids.push(`${start}-${end}`);
  }
  return ids;
}

export const FACETS: Facet[] = [
  {
    key: 'fylke',
    label: 'Fylke',
    values: (cat) =>
      fixed(
        [...new Set([...cat.byId.kommuner.values()].map((k) => k.data.fylke))].sort((a, b) => a.localeCompare(b, 'nb')),
      ),
    of: (e, cat) => [...new Set(e.data.kommuner.map((ref) => slugify(resolve(cat, ref).data.fylke)))],
  },
  {
    key: 'kommunestorrelse',
    label: 'Kommunestørrelse',
    ordered: true,
    values: () => KOMMUNESTORRELSER.map((id) => ({ id, label: capitalise(id) })),
    of: (e, cat) => [...new Set(e.data.kommuner.map((ref) => resolve(cat, ref).data.kommunestorrelse))],
  },
  entryFacet('tema', 'Tema', 'tema'),
  entryFacet('malgruppe', 'Målgruppe', 'malgrupper'),
  entryFacet('metode', 'Metode', 'metoder'),
  entryFacet('virkemiddel', 'Virkemiddel', 'virkemidler'),
  {
    key: 'status',
    label: 'Status',
    values: () => fixed(STATUSER).map((v) => ({ ...v, label: capitalise(v.label) })),
    of: (e) => (e.data.status ? [slugify(e.data.status)] : []),
  },
  {
    key: 'evidensniva',
    label: 'Evidensnivå',
    ordered: true,
    values: () => fixed(EVIDENSNIVAER).map((v) => ({ ...v, label: capitalise(v.label) })),
    of: (e) => [slugify(e.data.evidensniva)],
  },
  {
    key: 'periode',
    label: 'Periode',
    ordered: true,
    values: (cat) => {
      const last = Math.max(...cat.eksempler.map((e) => e.data.periode?.til ?? e.data.periode?.fra ?? PERIOD_START));
      return periodsOf(PERIOD_START, last).map((id) => ({ id, label: id.replace('-', '–') }));
    },
    of: (e) => (e.data.periode ? periodsOf(e.data.periode.fra, e.data.periode.til ?? e.data.periode.fra) : []),
  },
  {
    key: 'kilder',
    label: 'Kildenes alder',
    values: () => [{ id: 'eldre-kilder', label: 'Eldre kilder' }],
    of: (e) => (hasOldSources(e.data.kilder) ? ['eldre-kilder'] : []),
  },
];

const valuesCache = new WeakMap<Catalogue, Map<string, FacetValue[]>>();

/**
 * A facet's values, computed once per build: some (periode) look at every case, and case pages ask for them, so
 * computing them per page would make each page cost more as the catalogue grows.
 */
export function facetValues(cat: Catalogue, facet: Facet): FacetValue[] {
  let byFacet = valuesCache.get(cat);
  if (!byFacet) {
    byFacet = new Map();
    valuesCache.set(cat, byFacet);
  }
  let values = byFacet.get(facet.key);
  if (!values) {
    values = facet.values(cat);
    byFacet.set(facet.key, values);
  }
  return values;
}

/** The facets as the nearest-match ranking sees them (see nearest.ts). */
export function rankedFacets(cat: Catalogue): RankedFacet[] {
  return FACETS.map((facet) => ({
    key: facet.key,
    label: facet.label,
    ordered: facet.ordered ?? false,
    values: facetValues(cat, facet).map((v) => v.id),
  }));
}

const ofCache = new WeakMap<Catalogue, Map<string, CaseFacets>>();

/** A case's value ids per facet key, computed once per case per build. */
export function facetsOfCase(cat: Catalogue, eksempel: Eksempel): CaseFacets {
  let byCase = ofCache.get(cat);
  if (!byCase) {
    byCase = new Map();
    ofCache.set(cat, byCase);
  }
  let facets = byCase.get(eksempel.id);
  if (!facets) {
    facets = Object.fromEntries(FACETS.map((f) => [f.key, f.of(eksempel, cat)]));
    byCase.set(eksempel.id, facets);
  }
  return facets;
}

const indexCache = new WeakMap<Catalogue, Map<string, Map<string, Eksempel[]>>>();

/** Every facet value of every case, computed once per build: `facetKey -> valueId -> cases`. */
export function facetIndex(cat: Catalogue): Map<string, Map<string, Eksempel[]>> {
  const cached = indexCache.get(cat);
  if (cached) return cached;
  const index = new Map<string, Map<string, Eksempel[]>>();
  indexCache.set(cat, index);
  for (const facet of FACETS) {
    const byValue = new Map<string, Eksempel[]>(facetValues(cat, facet).map((v) => [v.id, []]));
    for (const eksempel of cat.eksempler) {
      for (const value of facet.of(eksempel, cat)) byValue.get(value)?.push(eksempel);
    }
    index.set(facet.key, byValue);
  }
  return index;
}

/** A facet with its values and how many cases have each, as the catalogue's filter panel shows them. */
export interface CountedFacet {
  key: FacetKey;
  label: string;
  values: (FacetValue & { count: number })[];
}

const countedCache = new WeakMap<Catalogue, CountedFacet[]>();

/** Every facet with its values' case counts, computed once per build from the facet index. */
export function countedFacets(cat: Catalogue): CountedFacet[] {
  const cached = countedCache.get(cat);
  if (cached) return cached;
  const index = facetIndex(cat);
  const counted = FACETS.map((facet) => ({
    key: facet.key,
    label: facet.label,
    values: facetValues(cat, facet).map((value) => ({
      ...value,
      count: index.get(facet.key)?.get(value.id)?.length ?? 0,
    })),
  }));
  countedCache.set(cat, counted);
  return counted;
}
