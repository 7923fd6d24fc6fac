import type { z } from 'astro/zod';
import { eksempelSchema } from './schemas/eksempel.ts';
import { framgangsmateSchema } from './schemas/framgangsmate.ts';
import { kommuneSchema } from './schemas/kommune.ts';
import { lovSchema } from './schemas/lov.ts';
import { metodeSchema } from './schemas/metode.ts';
import type { CollectionName, ReferenceFactory } from './schemas/reference.ts';
import { suksessfaktorSchema } from './schemas/suksessfaktor.ts';
import { ordSchema, taksonomiSchema } from './schemas/taksonomi.ts';

/**
 * Where each collection lives and which schema it follows. Both Astro (`src/content.config.ts`)
 * and `npm run sjekk` read this table, so the two can never disagree on the content model.
 */
export interface CollectionSource {
  /** MDX pages: one file per entry in `dir`, the file name is the id. Data: one YAML list in `file`. */
  kind: 'mdx' | 'data';
  /** Path from the project root. */
  path: string;
  /** The entry schema, given the reference factory of whoever validates. The entry's URL is `entryUrl` in routes.ts. */
  schema: (reference: ReferenceFactory) => z.ZodType;
}

export const COLLECTION_SOURCES = {
  eksempler: { kind: 'mdx', path: 'content/eksempler', schema: eksempelSchema },
  metoder: { kind: 'mdx', path: 'content/metoder', schema: metodeSchema },
  suksessfaktorer: {
    kind: 'mdx',
    path: 'content/suksessfaktorer',
    schema: suksessfaktorSchema,
  },
  framgangsmater: {
    kind: 'mdx',
    path: 'content/framgangsmater',
    schema: framgangsmateSchema,
  },
  lovverk: { kind: 'data', path: 'content/data/lovverk.yaml', schema: lovSchema },
  kommuner: {
    kind: 'data',
    path: 'content/data/kommuner.yaml',
    schema: () => kommuneSchema,
  },
  tema: { kind: 'data', path: 'content/data/tema.yaml', schema: () => taksonomiSchema },
  malgrupper: {
    kind: 'data',
    path: 'content/data/malgrupper.yaml',
    schema: () => taksonomiSchema,
  },
  virkemidler: {
    kind: 'data',
    path: 'content/data/virkemidler.yaml',
    schema: () => taksonomiSchema,
  },
  ordliste: { kind: 'data', path: 'content/data/ordliste.yaml', schema: ordSchema },
} satisfies Record<CollectionName, CollectionSource>;

export const COLLECTION_NAMES = Object.keys(COLLECTION_SOURCES) as CollectionName[];
