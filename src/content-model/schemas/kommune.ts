import { z } from 'astro/zod';
import { FYLKER, FYLKESNAVN } from '../fylker.ts';
import { kommunestorrelse } from '../kommunestorrelse.ts';
import { arstall, tekst } from './common.ts';

/** A municipality (`content/data/kommuner.yaml`), with its size derived from its population. */
export const kommuneSchema = z
  .object({
    /** The municipality's name. @label Navn @hint Kommunens navn, for eksempel «Bodø». */
    navn: tekst('navn'),
    /** The 2024 municipality number, four digits. @label Kommunenummer @hint Kommunenummeret fra 2024, fire sifre, for eksempel «1804». De to første er fylkesnummeret. */
    kommunenummer: z
      .string({ error: 'kommunenummer må skrives i anførselstegn, for eksempel "1804".' })
      .regex(/^\d{4}$/, { error: 'kommunenummer må ha fire sifre, for eksempel "1804".' }),
    /** The 2024 county. @label Fylke @hint Fylket fra 2024. */
    fylke: z.enum(FYLKESNAVN, { error: `fylke må være et fylke fra 2024: ${FYLKESNAVN.join(', ')}.` }),
    /** Former municipalities now part of this one, as older sources name them ("Nøtterøy"). Default: []. @label Tidligere kommuner @hint Kommuner som nå er en del av denne, slik eldre kilder skriver dem. */
    tidligereKommuner: z.array(tekst('tidligereKommuner')).default([]),
    /** Population, with the date it was counted and where the figure comes from. @label Innbyggertall @hint Folketallet, med året det ble talt og hvor tallet kommer fra. */
    innbyggertall: z.object({
      /** Number of inhabitants. @label Antall innbyggere @hint Et helt tall uten mellomrom. */
      antall: z.number({ error: 'innbyggertall.antall må være et tall uten mellomrom.' }).int().positive(),
      /** The year of the count (1 January). @label År for tellingen @hint Året for tellingen (1. januar). */
      ar: arstall('innbyggertall.ar'),
      /** Where the figure comes from (table and publisher). @label Kilde for tallet @hint Hvor tallet kommer fra, med tabell og utgiver, for eksempel «SSB, tabell 06913». */
      kilde: tekst('innbyggertall.kilde'),
    }),
  })
  .refine((k) => k.kommunenummer.startsWith(FYLKER[k.fylke]), {
    error: 'kommunenummer og fylke passer ikke sammen: de to første sifrene skal være fylkesnummeret.',
    path: ['kommunenummer'],
  })
  .transform((k) => ({ ...k, kommunestorrelse: kommunestorrelse(k.innbyggertall.antall) }));
