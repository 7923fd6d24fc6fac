import { z } from 'astro/zod';
import { dato, tekst } from './common.ts';

/** A law and the paragraphs Bopraksis cites (`content/data/lovverk.yaml`). */
export const lovSchema = z.object({
  /** The law's full name. */
  tittel: tekst('tittel'),
  /** The short name used in running text ("sosialtjenesteloven"). */
  korttittel: tekst('korttittel'),
  /** The date the law came into force, where Bopraksis's sources give it. Default: not stated. */
  ikrafttredelse: dato('ikrafttredelse').optional(),
  /** What the law is about, in one or two sentences. */
  beskrivelse: tekst('beskrivelse'),
  /** The paragraphs cases cite. Default: [], for a law cited as a whole. */
  paragrafer: z
    .array(
      z.object({
        /** The paragraph as written in the law ("§ 15"). */
        nr: z.string().regex(/^§ \d+[a-z]?(-\d+[a-z]?)?$/, {
          error: 'nr må skrives som i loven, med mellomrom etter §, for eksempel "§ 15" eller "§ 17-3".',
        }),
        /** The paragraph's heading. */
        tittel: tekst('tittel'),
        /** What the paragraph obliges or allows a municipality to do, in plain words. */
        innhold: tekst('innhold'),
      }),
    )
    .default([]),
});
