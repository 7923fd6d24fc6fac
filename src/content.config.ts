import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { COLLECTION_SOURCES } from './content-model/collections.ts';
import { draftAwareLoader } from './content-model/loaders.ts';
import type { CollectionName, ReferenceFactory } from './content-model/schemas/reference.ts';

/** Reads a collection from where `COLLECTION_SOURCES` says it lives, as `npm run sjekk` does. */
function bopraksisLoader(name: CollectionName) {
  const source = COLLECTION_SOURCES[name];
  return source.kind === 'mdx' ? draftAwareLoader(glob({ pattern: '*.mdx', base: source.path })) : file(source.path);
}

// Astro's reference() only logs an unknown id; the content gate integration fails the build instead.
const ref = reference as unknown as ReferenceFactory;

export const collections = {
  eksempler: defineCollection({ loader: bopraksisLoader('eksempler'), schema: COLLECTION_SOURCES.eksempler.schema(ref) }),
  metoder: defineCollection({ loader: bopraksisLoader('metoder'), schema: COLLECTION_SOURCES.metoder.schema(ref) }),
  suksessfaktorer: defineCollection({
    loader: bopraksisLoader('suksessfaktorer'),
    schema: COLLECTION_SOURCES.suksessfaktorer.schema(ref),
  }),
  framgangsmater: defineCollection({
    loader: bopraksisLoader('framgangsmater'),
    schema: COLLECTION_SOURCES.framgangsmater.schema(ref),
  }),
  lovverk: defineCollection({ loader: bopraksisLoader('lovverk'), schema: COLLECTION_SOURCES.lovverk.schema(ref) }),
  kommuner: defineCollection({ loader: bopraksisLoader('kommuner'), schema: COLLECTION_SOURCES.kommuner.schema() }),
  tema: defineCollection({ loader: bopraksisLoader('tema'), schema: COLLECTION_SOURCES.tema.schema() }),
  malgrupper: defineCollection({ loader: bopraksisLoader('malgrupper'), schema: COLLECTION_SOURCES.malgrupper.schema() }),
  virkemidler: defineCollection({ loader: bopraksisLoader('virkemidler'), schema: COLLECTION_SOURCES.virkemidler.schema() }),
  ordliste: defineCollection({ loader: bopraksisLoader('ordliste'), schema: COLLECTION_SOURCES.ordliste.schema(ref) }),
};
