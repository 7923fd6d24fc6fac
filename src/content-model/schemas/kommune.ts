import { z } from 'astro/zod';
import { FYLKER, FYLKESNAVN } from '../fylker.ts';
import { kommunestorrelse } from '../kommunestorrelse.ts';
import { arstall, tekst } from './common.ts';

/** A municipality (`content/data/kommuner.yaml`), with its size derived from its population. */
export const kommuneSchema = z
  .object({
    /** The municipality's name. */
    navn: tekst('navn'),
    /** The 2024 municipality number, four digits. */
    kommunenummer: z
      .string({ error: 'kommunenummer må skrives i anførselstegn, for eksempel "1804".' })
      .regex(/^\d{4}$/, { error: 'kommunenummer må ha fire sifre, for eksempel "1804".' }),
    /** The 2024 county. */
    fylke: z.enum(FYLKESNAVN, { error: `fylke må være et fylke fra 2024: ${FYLKESNAVN.join(', ')}.` }),
    /** Former municipalities now part of this one, as older sources name them ("Nøtterøy"). Default: []. */
    tidligereKommuner: z.array(tekst('tidligereKommuner')).default([]),
    /** Population, with the date it was counted and where the figure comes from. */
    innbyggertall: z.object({
      /** Number of inhabitants. */
      antall: z.number({ error: 'innbyggertall.antall må være et tall uten mellomrom.' }).int().positive(),
      /** The year of the count (1 January). */
      ar: arstall('innbyggertall.ar'),
      /** Where the figure comes from (table and publisher). */
      kilde: tekst('innbyggertall.kilde'),
    }),
  })
  .refine((k) => k.kommunenummer.startsWith(FYLKER[k.fylke]), {
    error: 'kommunenummer og fylke passer ikke sammen: de to første sifrene skal være fylkesnummeret.',
    path: ['kommunenummer'],
  })
  .transform((k) => ({ ...k, kommunestorrelse: kommunestorrelse(k.innbyggertall.antall) }));
