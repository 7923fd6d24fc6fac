import { z } from 'astro/zod';
import { dato, tekst } from './common.ts';
import { kildeSchema } from './kilde.ts';
import type { ReferenceFactory } from './reference.ts';

/** Whether a paragraph is in force as Bopraksis cites it. */
export const PARAGRAFSTATUSER = ['gjeldende', 'endret', 'opphevet'] as const;

/** Where a changed or repealed paragraph's duty went. */
const videreførtISchema = (reference: ReferenceFactory) =>
  z.object(
    {
      /** The law that carries the duty now, from content/data/lovverk.yaml. @label Lov nå @hint Loven som har plikten i dag. */
      lov: reference('lovverk'),
      /** Its paragraph, as in that law's list ("§ 5"). @label Paragraf nå @hint Paragrafen i den loven, for eksempel «§ 5». */
      paragraf: tekst('videreførtI.paragraf'),
    },
    { error: 'videreførtI må ha lov og paragraf, for eksempel { lov: boligsosial-lov, paragraf: "§ 5" }.' },
  );

/** One paragraph a case or method cites. */
const paragrafSchema = (reference: ReferenceFactory) =>
  z
    .object({
      /** The paragraph as written in the law ("§ 15"). @label Nummer @hint Paragrafen slik den står i loven, med mellomrom etter §, for eksempel «§ 15» eller «§ 17-3». */
      nr: z.string().regex(/^§ \d+[a-z]?(-\d+[a-z]?)?$/, {
        error: 'nr må skrives som i loven, med mellomrom etter §, for eksempel "§ 15" eller "§ 17-3".',
      }),
      /** The paragraph's heading. @label Overskrift @hint Paragrafens overskrift. */
      tittel: tekst('tittel'),
      /** What the paragraph obliges or allows (or, if changed or repealed, did), in our own plain words. @label Innhold @hint Hva paragrafen pålegger eller lar kommunen gjøre, med enkle ord. */
      innhold: tekst('innhold'),
      /** What a changed paragraph said before `endretDato`, in our own plain words. Default: none. @label Tidligere innhold @hint Hva paragrafen sa før den ble endret. */
      tidligereInnhold: tekst('tidligereInnhold').optional(),
      /** The paragraph's page on Lovdata, only an address seen in a search result. Default: none. @label Nettadresse @hint Paragrafens side på Lovdata, bare en adresse du har sett selv. */
      url: kildeSchema.shape.url,
      /** Whether the paragraph is in force in the form described. @label Status @hint Om paragrafen gjelder, er endret eller er opphevet. */
      status: z.enum(PARAGRAFSTATUSER, { error: `status må være én av: ${PARAGRAFSTATUSER.join(', ')}.` }),
      /** The date a changed or repealed paragraph changed; required unless status is gjeldende. Default: none. @label Endret dato @hint Datoen paragrafen ble endret eller opphevet. */
      endretDato: dato('endretDato').optional(),
      /** Where the duty went, for a changed or repealed paragraph. Default: none. @label Videreført i @hint Hvor plikten står nå, for en endret eller opphevet paragraf. */
      videreførtI: videreførtISchema(reference).optional(),
    })
    .refine((p) => p.status === 'gjeldende' || p.endretDato !== undefined, {
      error:
        'En endret eller opphevet paragraf må ha endretDato: datoen endringen trådte i kraft, for eksempel 2023-07-01.',
      path: ['endretDato'],
    });

/** A law and the paragraphs Bopraksis cites (`content/data/lovverk.yaml`). */
export const lovSchema = (reference: ReferenceFactory) =>
  z.object({
    /** The law's full name. @label Tittel @hint Lovens fulle navn. */
    tittel: tekst('tittel'),
    /** The short name used in running text ("sosialtjenesteloven"). @label Korttittel @hint Kortnavnet som brukes i løpende tekst, for eksempel «sosialtjenesteloven». */
    korttittel: tekst('korttittel'),
    /** The date the law came into force, where Bopraksis's sources give it. Default: not stated. @label Ikrafttredelse @hint Datoen loven trådte i kraft, hvis kildene oppgir den. */
    ikrafttredelse: dato('ikrafttredelse').optional(),
    /** What the law is about, in one or two sentences. @label Beskrivelse @hint Hva loven handler om, i én eller to setninger. */
    beskrivelse: tekst('beskrivelse'),
    /** The law's page on Lovdata, only an address seen in a search result. Default: none. @label Nettadresse @hint Lovens side på Lovdata, bare en adresse du har sett selv. */
    url: kildeSchema.shape.url,
    /** The documents the summaries are built on (law text, preparatory works). Default: []. @label Kilder @hint Dokumentene sammendragene bygger på, som lovteksten eller forarbeidene. */
    kilder: z.array(kildeSchema).default([]),
    /** The paragraphs cases cite. Default: [], for a law cited as a whole. @label Paragrafer @hint Paragrafene eksemplene viser til. */
    paragrafer: z.array(paragrafSchema(reference)).default([]),
  });
