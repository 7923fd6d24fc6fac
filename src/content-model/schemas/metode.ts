import { z } from 'astro/zod';
import { grunnfelter, tekst } from './common.ts';
import { kilderSchema } from './kilde.ts';
import type { ReferenceFactory } from './reference.ts';

/** The front matter of a method page (`content/metoder/<id>.mdx`). */
export const metodeSchema = (reference: ReferenceFactory) =>
  z.object({
    ...grunnfelter,
    /** Other names the method goes by, so search finds it under each. Default: []. @label Andre navn @hint Andre navn metoden går under, så søket finner den. */
    andreNavn: z.array(tekst('andreNavn')).default([]),
    /** Everyday words people search with for this method, indexed on the cases that use it. Default: []. @label Søkeord @hint Vanlige ord folk søker med for metoden, også uten æøå (for eksempel «bolig forst»). */
    sokeord: z.array(tekst('sokeord')).default([]),
    /** Paragraphs of law the method rests on. Default: []. @label Lovhjemler @hint Lovene og paragrafene metoden bygger på. */
    lovhjemler: z
      .array(
        z.object({
          /** The law, from content/data/lovverk.yaml. @label Lov @hint Loven, fra listen under Lovverk. */
          lov: reference('lovverk'),
          /** The paragraph, as in the law's list ("§ 17-3"). Default: the law as a whole. @label Paragraf @hint Paragrafen slik den står i loven, for eksempel «§ 17-3». La stå tom for loven som helhet. */
          paragraf: tekst('paragraf').optional(),
        }),
      )
      .default([]),
    /** The documents the text is built on. @label Kilder @hint Dokumentene teksten bygger på, med sidetall. Minst én. */
    kilder: kilderSchema,
  });
