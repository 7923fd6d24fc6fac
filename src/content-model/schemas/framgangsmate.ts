import { z } from 'astro/zod';
import { grunnfelter } from './common.ts';
import { kilderSchema } from './kilde.ts';
import type { ReferenceFactory } from './reference.ts';
import { framgangsmateTrinnSchema } from './trinn.ts';

/** The front matter of a procedure (`content/framgangsmater/<id>.mdx`). */
export const framgangsmateSchema = (reference: ReferenceFactory) =>
  z.object({
    ...grunnfelter,
    /** The steps in order, with roles and typical duration. @label Trinn @hint Trinnene i rekkefølge, med roller og vanlig varighet. Minst to. */
    trinn: z.array(framgangsmateTrinnSchema).min(2, { error: 'En framgangsmåte må ha minst to trinn.' }),
    /** The cases the procedure is drawn from. @label Eksempler @hint Eksemplene framgangsmåten bygger på. */
    eksempler: z.array(reference('eksempler')).min(1, { error: 'Oppgi minst ett eksempel framgangsmåten bygger på.' }),
    /** The methods the procedure puts to work. Default: []. @label Metoder @hint Metodene framgangsmåten tar i bruk. */
    metoder: z.array(reference('metoder')).default([]),
    /** The documents the text is built on. @label Kilder @hint Dokumentene teksten bygger på, med sidetall. Minst én. */
    kilder: kilderSchema,
  });
