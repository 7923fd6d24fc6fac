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
      /** The first year the sources show the work under way (its start, where they give it). @label Fra år @hint Det første året kildene viser at arbeidet var i gang. */
      fra: arstall('periode.fra'),
      /** The last year of the work, where it has ended. Default: still running, or the sources do not say. @label Til år @hint Det siste året, hvis arbeidet er avsluttet. La stå tom hvis det pågår eller kildene ikke sier det. */
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
  /** A draft: left out of the published site, search, feeds and open data. Default: false. @label Utkast @hint Et utkast vises ikke på nettstedet. */
  utkast: z.boolean({ error: 'utkast må være true eller false.' }).default(false),
  /** The organisation responsible for the work, as the source names it. @label Ansvarlig aktør @hint Organisasjonen som hadde ansvaret, slik kilden skriver navnet, for eksempel «Bodø kommune». */
  ansvarligAktor: tekst('ansvarligAktor'),
  /** The unit within it that did the work. Default: not stated. @label Ansvarlig enhet @hint Enheten som gjorde arbeidet, hvis kilden nevner den. */
  ansvarligEnhet: tekst('ansvarligEnhet').optional(),
  /** Whom to contact, only where a source names a unit. Default: none. @label Kontakt @hint Hvem man kan kontakte, bare der kilden nevner en enhet. */
  kontakt: kontaktSchema.optional(),
  /** The municipalities involved; empty for national or cross-municipal examples. Default: []. @label Kommuner @hint Kommunene som var med. La stå tom for nasjonale eksempler. Mangler kommunen, legg den til under Kommuner først. */
  kommuner: z.array(reference('kommuner'), liste('kommuner')).default([]),
  /** The years the work ran. @label Periode @hint Årene arbeidet pågikk, slik kildene viser dem. */
  periode: periodeSchema,
  /** How far the work has come. @label Status @hint Hvor langt arbeidet var kommet på kildens dato. */
  status: z.enum(STATUSER, { error: `status må være én av: ${STATUSER.join(', ')}.` }),
  /** How well the results are documented. @label Evidensnivå @hint Hvor godt resultatene er dokumentert. Velg «beskrevet lokalt» hvis ingen har evaluert arbeidet. */
  evidensniva: z.enum(EVIDENSNIVAER, { error: `evidensniva må være én av: ${EVIDENSNIVAER.join(', ')}.` }),
  /** The date the case was first published in Bopraksis. @label Publisert @hint Datoen eksempelet først ble publisert i Bopraksis. */
  publisert: dato('publisert'),
  /** The date an editor last checked the case against its sources. @label Sist kontrollert @hint Datoen du sist sjekket hvert faktum mot kildene. */
  sistKontrollert: dato('sistKontrollert'),
  /** Themes the case belongs to (at least one). @label Tema @hint Minst ett tema eksempelet handler om. */
  tema: z.array(reference('tema'), liste('tema')).min(1, { error: 'Velg minst ett tema fra content/data/tema.yaml.' }),
  /** Target groups the work is for (at least one). @label Målgrupper @hint Minst én målgruppe arbeidet var for. */
  malgrupper: z
    .array(reference('malgrupper'), liste('malgrupper'))
    .min(1, { error: 'Velg minst én målgruppe fra content/data/malgrupper.yaml.' }),
  /** Methods the case uses (at least one). @label Metoder @hint Minst én metode eksempelet bruker. Mangler metoden, legg den til under Metoder først. */
  metoder: z
    .array(reference('metoder'), liste('metoder'))
    .min(1, { error: 'Velg minst én metode fra content/metoder/.' }),
  /** Husbanken instruments used. Default: []. @label Virkemidler @hint Husbankens virkemidler som ble brukt, hvis kildene nevner dem. */
  virkemidler: z.array(reference('virkemidler'), liste('virkemidler')).default([]),
  /** Paragraphs of law the work rests on. Default: []. @label Lovhjemler @hint Lovene og paragrafene arbeidet bygde på, hvis kildene nevner dem. */
  lovhjemler: z
    .array(
      z.object({
        /** The law, from content/data/lovverk.yaml. @label Lov @hint Loven, fra listen under Lovverk. */
        lov: reference('lovverk'),
        /** The paragraph, written as in the law's list ("§ 15"). Default: the law as a whole. @label Paragraf @hint Paragrafen slik den står i loven, for eksempel «§ 15». La stå tom for loven som helhet. */
        paragraf: tekst('paragraf').optional(),
      }),
      liste('lovhjemler'),
    )
    .default([]),
  /** Success factors, each with the case's own one-sentence wording (at least three). @label Suksessfaktorer @hint Suksessfaktorene kildene nevner, hver med eksempelets egen formulering. */
  suksessfaktorer: z
    .array(
      z.object({
        /** The factor, from content/suksessfaktorer/. @label Suksessfaktor @hint Faktoren, fra listen under Suksessfaktorer. */
        faktor: reference('suksessfaktorer'),
        /** How this case put the factor into words, in one sentence. @label Formulering @hint Hvordan dette eksempelet satte ord på faktoren, i én setning med egne ord. */
        formulering: tekst('formulering').pipe(
          z.string().max(300, { error: 'formulering skal være én setning på høyst 300 tegn.' }),
        ),
      }),
      liste('suksessfaktorer'),
    )
    .min(3, { error: 'Oppgi minst tre suksessfaktorer, hver med faktor og egen formulering.' }),
  /** The steps of the work in order. Default: []. @label Trinn @hint Trinnene i arbeidet, i rekkefølge. */
  trinn: z.array(eksempelTrinnSchema, liste('trinn')).default([]),
  /** Short statements of what came out of it, with figures where the source has them. Default: []. @label Resultater @hint Korte utsagn om hva arbeidet førte til, med tall bare der kilden oppgir dem. */
  resultater: z.array(tekst('resultat'), liste('resultater')).default([]),
  /** The documents the text is built on, with page numbers. @label Kilder @hint Dokumentene teksten bygger på, med sidetall. Minst én. */
  kilder: kilderSchema,
});

/** The front matter of a case (`content/eksempler/<id>.mdx`). */
export const eksempelSchema = (reference: ReferenceFactory) =>
  z.object(eksempelFelter(reference)).refine((e) => e.sistKontrollert >= e.publisert, {
    error: 'sistKontrollert kan ikke være før publisert. Sett sistKontrollert til datoen du sist sjekket kildene.',
    path: ['sistKontrollert'],
  });
