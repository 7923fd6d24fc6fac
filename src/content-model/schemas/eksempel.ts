import { z } from 'astro/zod';
import { arstall, dato, grunnfelter, tekst } from './common.ts';
import { kilderSchema } from './kilde.ts';
import { kontaktSchema } from './kontakt.ts';
import type { ReferenceFactory } from './reference.ts';
import { eksempelTrinnSchema } from './trinn.ts';
import { statusProblems } from '../rules/status.ts';

/** How far a case has come. */
export const STATUSER = ['pilot', 'i drift', 'avsluttet'] as const;

/** How well the results of a case are documented, weakest first. */
export const EVIDENSNIVAER = ['beskrevet lokalt', 'internt evaluert', 'eksternt evaluert', 'forskningsbasert'] as const;

const liste = (felt: string) => ({ error: `${felt} må være en liste, for eksempel [${felt}-a, ${felt}-b].` });

/** The years a case ran, as far as the sources show them. */
const periodeSchema = z
  .object(
    {
      /** The first year the sources show the work under way; shown «senest fra» unless fraErStart. @label Fra år @hint Det første året kildene viser at arbeidet var i gang. */
      fra: arstall('periode.fra'),
      /** Whether a source states that the work started in `fra` (shown «startet»). Default: false. @label Startet dette året @hint Kryss av bare hvis en kilde sier at arbeidet startet nettopp dette året. */
      fraErStart: z.boolean({ error: 'periode.fraErStart må være true eller false.' }).default(false),
      /** The last year of the work, only where a source states it. Default: none (running, or not stated). @label Til år @hint Det siste året, bare hvis en kilde oppgir det. */
      til: arstall('periode.til').optional(),
    },
    { error: 'periode må ha fra, for eksempel { fra: 2012 }. Fjern periode hvis kildene ikke viser noe årstall.' },
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
  /** The years the work ran. Default: none, when the sources give no year. @label Periode @hint Årene arbeidet pågikk, slik kildene viser dem. La stå tom hvis kildene ikke oppgir år. */
  periode: periodeSchema.optional(),
  /** How far the work had come, as of `statusAr`. Default: none, when the sources do not say. @label Status @hint Hvor langt arbeidet var kommet ifølge kilden. La stå tom hvis kildene ikke sier det. */
  status: z
    .enum(STATUSER, { error: `status må være én av: ${STATUSER.join(', ')}. Fjern feltet hvis kildene ikke sier det.` })
    .optional(),
  /** The year of the source the status is read from; required with `status`. Default: none. @label Status per år @hint Året til kilden statusen er hentet fra. Må fylles ut når status er valgt. */
  statusAr: arstall('statusAr').optional(),
  /** How well the results are documented. @label Evidensnivå @hint Hvor godt resultatene er dokumentert. Velg «beskrevet lokalt» hvis ingen har evaluert arbeidet. */
  evidensniva: z.enum(EVIDENSNIVAER, { error: `evidensniva må være én av: ${EVIDENSNIVAER.join(', ')}.` }),
  /** The date the case was first published in Bopraksis. @label Publisert @hint Datoen eksempelet først ble publisert i Bopraksis. */
  publisert: dato('publisert'),
  /** The date an editor last checked the case against its sources (the day it was really checked). @label Sist kontrollert @hint Datoen du sist sjekket hvert faktum mot kildene. */
  sistKontrollert: dato('sistKontrollert'),
  /** Themes the case belongs to (at least one). @label Tema @hint Minst ett tema eksempelet handler om. */
  tema: z.array(reference('tema'), liste('tema')).min(1, { error: 'Velg minst ett tema fra content/data/tema.yaml.' }),
  /** Target groups the work is for, as the sources name them; empty when they name none. Default: []. @label Målgrupper @hint Målgruppene kildene nevner. La stå tom hvis kildene ikke nevner noen. */
  malgrupper: z.array(reference('malgrupper'), liste('malgrupper')).default([]),
  /** Methods the case uses, as the sources describe them; empty when none fits. Default: []. @label Metoder @hint Metodene kildene beskriver. Mangler metoden, legg den til under Metoder først. */
  metoder: z.array(reference('metoder'), liste('metoder')).default([]),
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
  /** Success factors the sources support, each with the case's own one-sentence wording. Default: []. @label Suksessfaktorer @hint Suksessfaktorene kildene støtter, hver med eksempelets egen formulering og kildehenvisning. Kan være tom. */
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
    .default([]),
  /** The steps of the work in order. Default: []. @label Trinn @hint Trinnene i arbeidet, i rekkefølge. */
  trinn: z.array(eksempelTrinnSchema, liste('trinn')).default([]),
  /** Short statements of what came out of it, with figures where the source has them. Default: []. @label Resultater @hint Korte utsagn om hva arbeidet førte til, med tall bare der kilden oppgir dem. */
  resultater: z.array(tekst('resultat'), liste('resultater')).default([]),
  /** The documents the text is built on (at least one); citations `[1, s. 16]` count from 1 in this list. @label Kilder @hint Dokumentene teksten bygger på. Minst én. Henvisningen [1, s. 16] viser til den første i listen. */
  kilder: kilderSchema,
});

/** The front matter of a case (`content/eksempler/<id>.mdx`). */
export const eksempelSchema = (reference: ReferenceFactory) =>
  z
    .object(eksempelFelter(reference))
    .refine((e) => e.sistKontrollert >= e.publisert, {
      error: 'sistKontrollert kan ikke være før publisert. Sett sistKontrollert til datoen du sist sjekket kildene.',
      path: ['sistKontrollert'],
    })
    .superRefine((e, ctx) => {
      for (const problem of statusProblems(e))
        ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
    });
