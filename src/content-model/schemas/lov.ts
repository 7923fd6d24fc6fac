import { z } from 'astro/zod';
import { dato, tekst } from './common.ts';

/** A law and the paragraphs Bopraksis cites (`content/data/lovverk.yaml`). */
export const lovSchema = z.object({
  /** The law's full name. @label Tittel @hint Lovens fulle navn. */
  tittel: tekst('tittel'),
  /** The short name used in running text ("sosialtjenesteloven"). @label Korttittel @hint Kortnavnet som brukes i løpende tekst, for eksempel «sosialtjenesteloven». */
  korttittel: tekst('korttittel'),
  /** The date the law came into force, where Bopraksis's sources give it. Default: not stated. @label Ikrafttredelse @hint Datoen loven trådte i kraft, hvis kildene oppgir den. */
  ikrafttredelse: dato('ikrafttredelse').optional(),
  /** What the law is about, in one or two sentences. @label Beskrivelse @hint Hva loven handler om, i én eller to setninger. */
  beskrivelse: tekst('beskrivelse'),
  /** The paragraphs cases cite. Default: [], for a law cited as a whole. @label Paragrafer @hint Paragrafene eksemplene viser til. */
  paragrafer: z
    .array(
      z.object({
        /** The paragraph as written in the law ("§ 15"). @label Nummer @hint Paragrafen slik den står i loven, med mellomrom etter §, for eksempel «§ 15» eller «§ 17-3». */
        nr: z.string().regex(/^§ \d+[a-z]?(-\d+[a-z]?)?$/, {
          error: 'nr må skrives som i loven, med mellomrom etter §, for eksempel "§ 15" eller "§ 17-3".',
        }),
        /** The paragraph's heading. @label Overskrift @hint Paragrafens overskrift. */
        tittel: tekst('tittel'),
        /** What the paragraph obliges or allows a municipality to do, in plain words. @label Innhold @hint Hva paragrafen pålegger eller lar kommunen gjøre, med enkle ord. */
        innhold: tekst('innhold'),
      }),
    )
    .default([]),
});
