import { z } from 'astro/zod';
import { arstall, dato, grunnfelter, tekst } from './common.ts';
import { kilderSchema } from './kilde.ts';
import { kontaktSchema } from './kontakt.ts';
import type { ReferenceFactory } from './reference.ts';
import { eksempelTrinnSchema } from './trinn.ts';

/** How far a case has come. */
export const STATUSER = ['pilot', 'i drift', 'avsluttet'] as const;

/** How well the results of a case are documented, weakest first. */
export const EVIDENSNIVAER = ['beskrevet lokalt', 'internt evaluert', 'eksternt evaluert', 'forskningsbasert'] as const;

const liste = (felt: string) => ({ error: `${felt} må være en liste, for eksempel [${felt}-a, ${felt}-b].` });

/** The years a case ran; `til` is left out while it is still running. */
const periodeSchema = z
  .object(
    {
      /** The first year the sources show the work under way (its start, where they give it). */
      fra: arstall('periode.fra'),
      /** The last year of the work, where it has ended. Default: still running, or the sources do not say. */
      til: arstall('periode.til').optional(),
    },
    { error: 'periode må ha fra (og til hvis arbeidet er avsluttet), for eksempel { fra: 2012, til: 2015 }.' },
  )
  .refine((p) => p.til === undefined || p.til >= p.fra, {
    error: 'periode.til kan ikke være før periode.fra. Sjekk årstallene.',
    path: ['til'],
  });

/** The fields of a case's front matter, shared by the content schema and the open-data schema. */
export const eksempelFelter = (reference: ReferenceFactory) => ({
  ...grunnfelter,
  /** A draft: left out of the published site, search, feeds and open data. Default: false. */
  utkast: z.boolean({ error: 'utkast må være true eller false.' }).default(false),
  /** The organisation responsible for the work, as the source names it. */
  ansvarligAktor: tekst('ansvarligAktor'),
  /** The unit within it that did the work. Default: not stated. */
  ansvarligEnhet: tekst('ansvarligEnhet').optional(),
  /** Whom to contact, only where a source names a unit. Default: none. */
  kontakt: kontaktSchema.optional(),
  /** The municipalities involved; empty for national or cross-municipal examples. Default: []. */
  kommuner: z.array(reference('kommuner'), liste('kommuner')).default([]),
  /** The years the work ran. */
  periode: periodeSchema,
  /** How far the work has come. */
  status: z.enum(STATUSER, { error: `status må være én av: ${STATUSER.join(', ')}.` }),
  /** How well the results are documented. */
  evidensniva: z.enum(EVIDENSNIVAER, { error: `evidensniva må være én av: ${EVIDENSNIVAER.join(', ')}.` }),
  /** The date the case was first published in Bopraksis. */
  publisert: dato('publisert'),
  /** The date an editor last checked the case against its sources. */
  sistKontrollert: dato('sistKontrollert'),
  /** Themes the case belongs to (at least one). */
  tema: z.array(reference('tema'), liste('tema')).min(1, { error: 'Velg minst ett tema fra content/data/tema.yaml.' }),
  /** Target groups the work is for (at least one). */
  malgrupper: z
    .array(reference('malgrupper'), liste('malgrupper'))
    .min(1, { error: 'Velg minst én målgruppe fra content/data/malgrupper.yaml.' }),
  /** Methods the case uses (at least one). */
  metoder: z
    .array(reference('metoder'), liste('metoder'))
    .min(1, { error: 'Velg minst én metode fra content/metoder/.' }),
  /** Husbanken instruments used. Default: []. */
  virkemidler: z.array(reference('virkemidler'), liste('virkemidler')).default([]),
  /** Paragraphs of law the work rests on. Default: []. */
  lovhjemler: z
    .array(
      z.object({
        /** The law, from content/data/lovverk.yaml. */
        lov: reference('lovverk'),
        /** The paragraph, written as in the law's list ("§ 15"). Default: the law as a whole. */
        paragraf: tekst('paragraf').optional(),
      }),
      liste('lovhjemler'),
    )
    .default([]),
  /** Success factors, each with the case's own one-sentence wording (at least three). */
  suksessfaktorer: z
    .array(
      z.object({
        /** The factor, from content/suksessfaktorer/. */
        faktor: reference('suksessfaktorer'),
        /** How this case put the factor into words, in one sentence. */
        formulering: tekst('formulering').pipe(
          z.string().max(300, { error: 'formulering skal være én setning på høyst 300 tegn.' }),
        ),
      }),
      liste('suksessfaktorer'),
    )
    .min(3, { error: 'Oppgi minst tre suksessfaktorer, hver med faktor og egen formulering.' }),
  /** The steps of the work in order. Default: []. */
  trinn: z.array(eksempelTrinnSchema, liste('trinn')).default([]),
  /** Short statements of what came out of it, with figures where the source has them. Default: []. */
  resultater: z.array(tekst('resultat'), liste('resultater')).default([]),
  /** The documents the text is built on, with page numbers. */
  kilder: kilderSchema,
});

/** The front matter of a case (`content/eksempler/<id>.mdx`). */
export const eksempelSchema = (reference: ReferenceFactory) =>
  z.object(eksempelFelter(reference)).refine((e) => e.sistKontrollert >= e.publisert, {
    error: 'sistKontrollert kan ikke være før publisert. Sett sistKontrollert til datoen du sist sjekket kildene.',
    path: ['sistKontrollert'],
  });
