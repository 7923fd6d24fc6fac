import { defineCollection, reference } from 'astro:content';
import { COLLECTION_SOURCES } from './content-model/collections.ts';
import { bopraksisLoader } from './content-model/loaders.ts';
import type { ReferenceFactory } from './content-model/schemas/reference.ts';

// Astro's reference() only logs an unknown id; the content gate integration fails the build instead.
const ref = reference as unknown as ReferenceFactory;

export const collections = {
  eksempler: defineCollection({
    loader: bopraksisLoader('eksempler'),
    schema: COLLECTION_SOURCES.eksempler.schema(ref),
  }),
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
  malgrupper: defineCollection({
    loader: bopraksisLoader('malgrupper'),
    schema: COLLECTION_SOURCES.malgrupper.schema(),
  }),
  virkemidler: defineCollection({
    loader: bopraksisLoader('virkemidler'),
    schema: COLLECTION_SOURCES.virkemidler.schema(),
  }),
  ordliste: defineCollection({ loader: bopraksisLoader('ordliste'), schema: COLLECTION_SOURCES.ordliste.schema(ref) }),
};
