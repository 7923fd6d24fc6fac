import type { CollectionEntry } from 'astro:content';
import { casesFor, resolve, sortedByName, type Catalogue } from './catalogue-build.ts';

export type Metode = CollectionEntry<'metoder'>;
export type Malgruppe = CollectionEntry<'malgrupper'>;
export type Suksessfaktor = CollectionEntry<'suksessfaktorer'>;

/** How many cases combine each method with each target group, as rows of methods and columns of target groups. */
export interface MethodMatrix {
  metoder: Metode[];
  malgrupper: Malgruppe[];
  /** counts.get(metodeId)?.get(malgruppeId) is the number of cases with both; missing means 0. */
  counts: Map<string, Map<string, number>>;
  /** The largest count in any cell, for scaling the colour levels. */
  max: number;
}

export function methodMatrix(cat: Catalogue): MethodMatrix {
  const metoder = sortedByName(cat.byId.metoder.values());
  const malgrupper = sortedByName(cat.byId.malgrupper.values());
  const counts = new Map<string, Map<string, number>>();
  let max = 0;
  // One pass over each method's cases from the catalogue index, instead of a scan of all cases per cell.
  for (const metode of metoder) {
    const row = new Map<string, number>();
    for (const eksempel of casesFor(cat, { collection: 'metoder', id: metode.id })) {
      for (const id of new Set(eksempel.data.malgrupper.map((ref) => ref.id))) {
        const count = (row.get(id) ?? 0) + 1;
        row.set(id, count);
        max = Math.max(max, count);
      }
    }
    counts.set(metode.id, row);
  }
  return { metoder, malgrupper, counts, max };
}

export interface FactorCount {
  faktor: Suksessfaktor;
  /** The main factor this one belongs under; undefined for the six main factors. */
  hovedfaktor: Suksessfaktor | undefined;
  /** How many cases name the factor. */
  count: number;
}

/** Every success factor with the number of cases that name it, most named first. */
export function factorCounts(cat: Catalogue): FactorCount[] {
  return sortedByName(cat.byId.suksessfaktorer.values())
    .map((faktor) => ({
      faktor,
      hovedfaktor: faktor.data.hovedfaktor ? resolve(cat, faktor.data.hovedfaktor) : undefined,
      count: casesFor(cat, { collection: 'suksessfaktorer', id: faktor.id }).length,
    }))
    .sort((a, b) => b.count - a.count);
}
