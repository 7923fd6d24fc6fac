import { z } from 'astro/zod';
import type { CollectionName, EntryRef, ReferenceFactory } from '../schemas/reference.ts';
import { COLLECTION_SOURCES } from '../collections.ts';
import { didYouMean } from '../suggest.ts';

/** Where an editor finds the valid ids of a collection. */
export function whereIdsLive(collection: CollectionName): string {
  const source = COLLECTION_SOURCES[collection];
  return source.kind === 'mdx' ? `${source.path}/ (filnavnene)` : source.path;
}

/** A `reference()` that also fails on ids that do not exist, suggesting the nearest one. */
export function checkingReference(ids: ReadonlyMap<CollectionName, ReadonlySet<string>>): ReferenceFactory {
  const factory = (collection: CollectionName) =>
    z
      .string({
        error: `Skriv id-en til en oppføring i ${collection} som tekst, for eksempel «${[...(ids.get(collection) ?? [])][0] ?? 'id'}».`,
      })
      .superRefine((id, ctx) => {
        const known = ids.get(collection) ?? new Set<string>();
        if (!known.has(id)) {
          ctx.addIssue({
            code: 'custom',
            message: `Ukjent ${collection}-id «${id}». ${didYouMean(id, known, whereIdsLive(collection))}`,
          });
        }
      })
      .transform((id): EntryRef => ({ collection, id }));
  return factory as unknown as ReferenceFactory;
}
