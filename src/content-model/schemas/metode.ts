import { z } from 'astro/zod';
import { grunnfelter, tekst } from './common.ts';
import { kilderSchema } from './kilde.ts';
import type { ReferenceFactory } from './reference.ts';

/** The front matter of a method page (`content/metoder/<id>.mdx`). */
export const metodeSchema = (reference: ReferenceFactory) =>
  z.object({
    ...grunnfelter,
    /** Other names the method goes by, so search finds it under each. Default: []. */
    andreNavn: z.array(tekst('andreNavn')).default([]),
    /** Everyday words people search with for this method, indexed on the cases that use it. Default: []. */
    sokeord: z.array(tekst('sokeord')).default([]),
    /** Paragraphs of law the method rests on. Default: []. */
    lovhjemler: z
      .array(
        z.object({
          /** The law, from content/data/lovverk.yaml. */
          lov: reference('lovverk'),
          /** The paragraph, as in the law's list ("§ 17-3"). Default: the law as a whole. */
          paragraf: tekst('paragraf').optional(),
        }),
      )
      .default([]),
    /** The documents the text is built on. */
    kilder: kilderSchema,
  });
