import type { z } from 'astro/zod';

/** The collections that entries may point at. */
export type CollectionName =
  | 'eksempler'
  | 'metoder'
  | 'suksessfaktorer'
  | 'framgangsmater'
  | 'lovverk'
  | 'kommuner'
  | 'tema'
  | 'malgrupper'
  | 'virkemidler'
  | 'ordliste';

/** What a resolved reference looks like, the same shape as Astro's `reference()` output. */
export interface EntryRef<C extends CollectionName = CollectionName> {
  collection: C;
  id: string;
}

/**
 * Builds the schema of a reference to another collection. Astro passes its own `reference()`;
 * `npm run sjekk` passes one that also checks that the entry exists, so the schemas are written once.
 */
export type ReferenceFactory = <C extends CollectionName>(collection: C) => z.ZodType<EntryRef<C>, unknown>;
