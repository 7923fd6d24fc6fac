import { getCollection, type CollectionEntry } from 'astro:content';
import { COLLECTION_SOURCES } from '../content-model/collections.ts';
import type { CollectionName, EntryRef } from '../content-model/schemas/reference.ts';

export type Eksempel = CollectionEntry<'eksempler'>;

/** Entries of every collection by id, loaded once per build. */
export interface Catalogue {
  /** All cases, newest first. */
  eksempler: Eksempel[];
  byId: { [C in CollectionName]: Map<string, CollectionEntry<C>> };
  /** The cases that point at an entry, keyed `collection/id`; built once, so no page scans all cases. */
  casesFor: Map<string, Eksempel[]>;
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

async function byId<C extends CollectionName>(collection: C): Promise<Map<string, CollectionEntry<C>>> {
  const entries = (await getCollection(collection)) as CollectionEntry<C>[];
  return new Map(entries.map((entry) => [entry.id, entry]));
}

async function load(): Promise<Catalogue> {
  const [eksempler, metoder, suksessfaktorer, framgangsmater, lovverk, kommuner, tema, malgrupper, virkemidler, ordliste] =
    await Promise.all([
      byId('eksempler'),
      byId('metoder'),
      byId('suksessfaktorer'),
      byId('framgangsmater'),
      byId('lovverk'),
      byId('kommuner'),
      byId('tema'),
      byId('malgrupper'),
      byId('virkemidler'),
      byId('ordliste'),
    ]);
  const sorted = [...eksempler.values()].sort(newestFirst);
  return {
    eksempler: sorted,
    byId: { eksempler, metoder, suksessfaktorer, framgangsmater, lovverk, kommuner, tema, malgrupper, virkemidler, ordliste },
    casesFor: indexCases(sorted),
  };
}

let cached: Promise<Catalogue> | undefined;

/** The whole catalogue. Every page shares one load, so a build reads each collection once. */
export function catalogue(): Promise<Catalogue> {
  cached ??= load();
  return cached;
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

/** One collator for every case page's sort: `localeCompare(…, 'nb')` per comparison was a measurable part of a build. */
const byTitle = new Intl.Collator('nb');

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
  visit(eksempel.data.suksessfaktorer.map((s) => s.faktor), 'sharedFactors');
  const score = (r: RelatedCase) => 2 * r.sharedMethods.length + r.sharedFactors.length;
  return [...found.values()]
    .sort((a, b) => score(b) - score(a) || byTitle.compare(a.eksempel.data.tittel, b.eksempel.data.tittel))
    .slice(0, limit);
}

/** Entries of a collection sorted by their display name. */
export function sortedByName<T extends { data: { tittel?: string; navn?: string; term?: string } }>(entries: Iterable<T>): T[] {
  const name = (e: T) => e.data.tittel ?? e.data.navn ?? e.data.term ?? '';
  return [...entries].sort((a, b) => name(a).localeCompare(name(b), 'nb'));
}

export function urlOf(ref: EntryRef): string {
  return COLLECTION_SOURCES[ref.collection].url(ref.id);
}

/** `getStaticPaths` for a page per entry of a collection: `/…/<id>/` with the entry as the `entry` prop. */
export async function entryPaths<C extends CollectionName>(collection: C) {
  const cat = await catalogue();
  return [...cat.byId[collection].values()].map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
