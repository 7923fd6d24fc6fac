import { getCollection, type CollectionEntry } from 'astro:content';
import { COLLECTION_NAMES } from '../content-model/collections.ts';
import type { CollectionName } from '../content-model/schemas/reference.ts';
import { buildCatalogue, type Catalogue, type Collections } from './catalogue-build.ts';

// The catalogue's shape and indexes live in catalogue-build.ts; this module loads the collections into it once.
export * from './catalogue-build.ts';

async function byId<C extends CollectionName>(collection: C): Promise<Map<string, CollectionEntry<C>>> {
  const entries = (await getCollection(collection)) as CollectionEntry<C>[];
  return new Map(entries.map((entry) => [entry.id, entry]));
}

/**
 * Every collection by id. The names are the keys of COLLECTION_SOURCES, so a new collection is named in one place;
 * that table `satisfies Record<CollectionName, …>` as a literal, so its keys are every collection name, each once.
 */
async function load(): Promise<Catalogue> {
  const loaded = await Promise.all(COLLECTION_NAMES.map(async (name) => [name, await byId(name)] as const));
  return buildCatalogue(Object.fromEntries(loaded) as Collections);
}

let cached: Promise<Catalogue> | undefined;

/** The whole catalogue. Every page shares one load, so a build reads each collection once. */
export function catalogue(): Promise<Catalogue> {
  cached ??= load();
  return cached;
}

export { urlOf } from '../content-model/routes.ts';

/** `getStaticPaths` for a page per entry of a collection: `/…/<id>/` with the entry as the `entry` prop. */
export async function entryPaths<C extends CollectionName>(collection: C) {
  const cat = await catalogue();
  return [...cat.byId[collection].values()].map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
