import { getCollection, type CollectionEntry } from 'astro:content';
import { COLLECTION_SOURCES } from '../content-model/collections.ts';
import type { CollectionName, EntryRef } from '../content-model/schemas/reference.ts';

export type Eksempel = CollectionEntry<'eksempler'>;

/** Entries of every collection by id, loaded once per build. */
export interface Catalogue {
  eksempler: Eksempel[];
  byId: { [C in CollectionName]: Map<string, CollectionEntry<C>> };
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
  return {
    eksempler: [...eksempler.values()].sort((a, b) => b.data.publisert.getTime() - a.data.publisert.getTime() || a.data.tittel.localeCompare(b.data.tittel, 'nb')),
    byId: { eksempler, metoder, suksessfaktorer, framgangsmater, lovverk, kommuner, tema, malgrupper, virkemidler, ordliste },
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

export function urlOf(ref: EntryRef): string {
  return COLLECTION_SOURCES[ref.collection].url(ref.id);
}
