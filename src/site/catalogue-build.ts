import type { CollectionEntry } from 'astro:content';
import type { CollectionName, EntryRef } from '../content-model/schemas/reference.ts';

/**
 * The catalogue and every index pages select from, built once per build from the loaded collections (catalogue.ts
 * loads them). Pure, so unit tests can build one from a few fixture entries.
 */
export type Eksempel = CollectionEntry<'eksempler'>;
type Entry<C extends CollectionName> = CollectionEntry<C>;
export type Collections = { [C in CollectionName]: Map<string, Entry<C>> };

/** A case's own wording of a success factor it names. */
export interface FactorWording {
  eksempel: Eksempel;
  formulering: string;
}

/** Entries of every collection by id, and the indexes over them. */
export interface Catalogue {
  /** All cases, newest first. */
  eksempler: Eksempel[];
  byId: Collections;
  /** The cases that point at an entry, keyed `collection/id`; built once, so no page scans all cases. */
  casesFor: Map<string, Eksempel[]>;
  /** The procedures that use a method, by method id, by title. */
  proceduresFor: Map<string, Entry<'framgangsmater'>[]>;
  /** The more concrete factors under a main factor, by the main factor's id, by title. */
  subFactors: Map<string, Entry<'suksessfaktorer'>[]>;
  /** Each case's wording of a factor, by factor id, newest case first. */
  wordings: Map<string, FactorWording[]>;
  /** The cases that cite a paragraph, keyed `lovId paragraf` (`sosialtjenesteloven § 15`), newest first. */
  casesForParagraph: Map<string, Eksempel[]>;
  /** Each case's place in title order (same titles newest first), by id: lists sort by it without a collator. */
  titleRank: Map<string, number>;
}

/** Every entry a case points at, as `collection/id` keys, each once. */
export function referencesOf(eksempel: Eksempel): string[] {
  const { data } = eksempel;
  const refs: EntryRef[] = [
    ...data.kommuner,
    ...data.tema,
    ...data.malgrupper,
    ...data.metoder,
    ...data.virkemidler,
    ...data.lovhjemler.map((h) => h.lov),
    ...data.suksessfaktorer.map((s) => s.faktor),
  ];
  return [...new Set(refs.map((ref) => `${ref.collection}/${ref.id}`))];
}

function indexCases(eksempler: readonly Eksempel[]): Map<string, Eksempel[]> {
  const index = new Map<string, Eksempel[]>();
  for (const eksempel of eksempler) {
    for (const key of referencesOf(eksempel)) {
      if (!index.has(key)) index.set(key, []);
      index.get(key)?.push(eksempel);
    }
  }
  return index;
}

/**
 * «Nyeste først»: by publication date in Bopraksis. Cases published the same day (a whole batch often is) come
 * by how recently their sources were last checked, then by how recent the work they describe is (its last
 * documented year), then by title, so the order is the same in every build.
 */
export function newestFirst(a: Eksempel, b: Eksempel): number {
  const lastYear = (e: Eksempel) => e.data.periode?.til ?? e.data.periode?.fra ?? 0;
  return (
    b.data.publisert.getTime() - a.data.publisert.getTime() ||
    b.data.sistKontrollert.getTime() - a.data.sistKontrollert.getTime() ||
    lastYear(b) - lastYear(a) ||
    a.data.tittel.localeCompare(b.data.tittel, 'nb') ||
    a.id.localeCompare(b.id)
  );
}

/** Appends to the list under `key`, making it on first use. */
function push<T>(index: Map<string, T[]>, key: string, value: T) {
  const list = index.get(key);
  if (list) list.push(value);
  else index.set(key, [value]);
}

const paragraphKey = (lovId: string, paragraf: string) => `${lovId} ${paragraf}`;

const byTitle = new Intl.Collator('nb');

/** The catalogue with all its indexes, from the collections as loaded. */
export function buildCatalogue(byId: Collections): Catalogue {
  const eksempler = [...byId.eksempler.values()].sort(newestFirst);
  const proceduresFor = new Map<string, Entry<'framgangsmater'>[]>();
  for (const framgangsmate of sortedByName(byId.framgangsmater.values())) {
    for (const id of new Set(framgangsmate.data.metoder.map((ref) => ref.id))) push(proceduresFor, id, framgangsmate);
  }
  const subFactors = new Map<string, Entry<'suksessfaktorer'>[]>();
  for (const faktor of sortedByName(byId.suksessfaktorer.values())) {
    if (faktor.data.hovedfaktor) push(subFactors, faktor.data.hovedfaktor.id, faktor);
  }
  const wordings = new Map<string, FactorWording[]>();
  const casesForParagraph = new Map<string, Eksempel[]>();
  for (const eksempel of eksempler) {
    for (const s of eksempel.data.suksessfaktorer)
      push(wordings, s.faktor.id, { eksempel, formulering: s.formulering });
    const cited = eksempel.data.lovhjemler.flatMap((h) => (h.paragraf ? [paragraphKey(h.lov.id, h.paragraf)] : []));
    for (const key of new Set(cited)) push(casesForParagraph, key, eksempel);
  }
  const titleRank = new Map(
    eksempler
      .map((_, i) => i)
      .sort((a, b) => byTitle.compare(eksempler[a]!.data.tittel, eksempler[b]!.data.tittel) || a - b)
      .map((position, rank) => [eksempler[position]!.id, rank]),
  );
  return {
    eksempler,
    byId,
    casesFor: indexCases(eksempler),
    proceduresFor,
    subFactors,
    wordings,
    casesForParagraph,
    titleRank,
  };
}

/**
 * A cache of values derived from one catalogue, by key: `memo(cat, key, make)` runs `make` the first time only.
 * Held per catalogue object, so a test's fixture catalogue never sees another's values.
 */
export function perCatalogue<V>(): (cat: Catalogue, key: string, make: () => V) => V {
  const caches = new WeakMap<Catalogue, Map<string, V>>();
  return (cat, key, make) => {
    const cache = caches.get(cat) ?? new Map<string, V>();
    caches.set(cat, cache);
    if (cache.has(key)) return cache.get(key) as V;
    const value = make();
    cache.set(key, value);
    return value;
  };
}

/**
 * The entry a reference points at. `npm run sjekk` and the content gate have already refused unknown ids, so a
 * miss here is a bug, and the build stops rather than render a page with a hole in it.
 */
export function resolve<C extends CollectionName>(cat: Catalogue, ref: EntryRef<C>): CollectionEntry<C> {
  const entry = cat.byId[ref.collection].get(ref.id) as CollectionEntry<C> | undefined;
  if (!entry) throw new Error(`Ukjent referanse ${ref.collection}/${ref.id}`);
  return entry;
}

/** The cases that point at an entry, newest first. */
export function casesFor(cat: Catalogue, ref: EntryRef): Eksempel[] {
  return cat.casesFor.get(`${ref.collection}/${ref.id}`) ?? [];
}

/** A case related to another, with what they share. */
export interface RelatedCase {
  eksempel: Eksempel;
  sharedMethods: string[];
  sharedFactors: string[];
}

/**
 * How many cases per shared method or factor are weighed: the newest ones. Without a cap, related cases cost
 * cases × cases-per-factor, which grows with the square of the catalogue; with it, every case page costs the same.
 */
const CANDIDATES_PER_REFERENCE = 60;

/**
 * Cases that share methods and success factors with this one, best first: a shared method counts twice, a shared
 * factor once. Walks only the reverse index of this case's own references, never the whole collection.
 */
export function relatedCases(cat: Catalogue, eksempel: Eksempel, limit = 5): RelatedCase[] {
  // A case page asks twice (its contents list and the list itself); each answer is computed once per catalogue.
  return relatedMemo(cat, `${eksempel.id}\0${limit}`, () => computeRelated(cat, eksempel, limit));
}

const relatedMemo = perCatalogue<RelatedCase[]>();

function computeRelated(cat: Catalogue, eksempel: Eksempel, limit: number): RelatedCase[] {
  const found = new Map<string, RelatedCase>();
  const visit = (refs: EntryRef[], key: 'sharedMethods' | 'sharedFactors') => {
    for (const ref of refs) {
      for (const other of casesFor(cat, ref).slice(0, CANDIDATES_PER_REFERENCE)) {
        if (other.id === eksempel.id) continue;
        const entry = found.get(other.id) ?? { eksempel: other, sharedMethods: [], sharedFactors: [] };
        entry[key].push(ref.id);
        found.set(other.id, entry);
      }
    }
  };
  visit(eksempel.data.metoder, 'sharedMethods');
  visit(
    eksempel.data.suksessfaktorer.map((s) => s.faktor),
    'sharedFactors',
  );
  // Sorted on numbers only: at 1,000 cases a page weighs some 400 candidates, and comparing their titles with a
  // collator took 0.4 s of the build.
  const ranked = [...found.values()].map((r) => ({
    r,
    score: 2 * r.sharedMethods.length + r.sharedFactors.length,
    title: cat.titleRank.get(r.eksempel.id) ?? 0,
  }));
  return ranked
    .sort((a, b) => b.score - a.score || a.title - b.title)
    .slice(0, limit)
    .map(({ r }) => r);
}

/** The first `count` cases in title order (same titles newest first), from the rank the catalogue holds. */
export function firstByTitle(cat: Catalogue, count: number): Eksempel[] {
  const rank = (eksempel: Eksempel) => cat.titleRank.get(eksempel.id) ?? 0;
  return cat.eksempler.filter((eksempel) => rank(eksempel) < count).sort((a, b) => rank(a) - rank(b));
}

/** Entries of a collection sorted by their display name. */
export function sortedByName<T extends { data: { tittel?: string; navn?: string; term?: string } }>(
  entries: Iterable<T>,
): T[] {
  const name = (e: T) => e.data.tittel ?? e.data.navn ?? e.data.term ?? '';
  return [...entries].sort((a, b) => name(a).localeCompare(name(b), 'nb'));
}

/** How many cases point at an entry. */
export const caseCount = (cat: Catalogue, ref: EntryRef): number => casesFor(cat, ref).length;

/** The procedures that use a method, by title. */
export const proceduresFor = (cat: Catalogue, metodeId: string) => cat.proceduresFor.get(metodeId) ?? [];

/** The more concrete factors under a main factor, by title; none under a factor that is not a main one. */
export const subFactorsOf = (cat: Catalogue, faktorId: string) => cat.subFactors.get(faktorId) ?? [];

/** Each case's own wording of a success factor, newest case first. */
export const factorWordings = (cat: Catalogue, faktorId: string): FactorWording[] => cat.wordings.get(faktorId) ?? [];

/** The cases that cite one paragraph of a law, newest first. */
export const casesCitingParagraph = (cat: Catalogue, lovId: string, paragraf: string): Eksempel[] =>
  cat.casesForParagraph.get(paragraphKey(lovId, paragraf)) ?? [];
