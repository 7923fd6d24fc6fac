import { z } from 'astro/zod';
import { tekst } from './common.ts';

/** A claim-level citation as TRUST-MODEL.md writes it: `[1, s. 3]`, `[2, s. 8–9]`, `[1, s. 4, 16]`. */
export const SITAT = /^\[(\d+), s\. \d+(\s*[-–]\s*\d+)?(\s*,\s*\d+(\s*[-–]\s*\d+)?)*\]$/;

/**
 * Whom to contact about a case, only where a source names one: a unit, never a private person. Shown as
 * «Kontakt ifølge kilden (2015)», since an address is a fact as of its source's date.
 */
export const kontaktSchema = z
  .object(
    {
      /** The unit and its organisation as the source names them, e.g. "Boligkontoret, Bodø kommune". @label Enhet @hint Enheten og organisasjonen slik kilden skriver dem, for eksempel «Boligkontoret, Bodø kommune». */
      enhet: tekst('kontakt.enhet'),
      /** The unit's e-mail address from the source. Default: none. @label E-post @hint Enhetens e-postadresse, bare hvis kilden oppgir den. */
      epost: z
        .email({ error: 'kontakt.epost må være en e-postadresse, for eksempel boligkontoret@kommune.no.' })
        .optional(),
      /** The unit's telephone number from the source. Default: none. @label Telefon @hint Enhetens telefonnummer, bare hvis kilden oppgir det. */
      telefon: z
        .string({ error: 'Skriv kontakt.telefon som tekst, for eksempel "75 55 50 00".' })
        .regex(/^\+?[\d ]{8,16}$/, {
          error: 'kontakt.telefon må være et telefonnummer med sifre og mellomrom, for eksempel "75 55 50 00".',
        })
        .optional(),
      /** Where the source names the contact, as a citation: "[1, s. 3]". @label Kilde for kontakten @hint Henvisning til kilden og siden der kontakten står, for eksempel «[1, s. 3]». */
      kilde: z
        .string({ error: 'kontakt.kilde må oppgis som en henvisning, for eksempel "[1, s. 3]".' })
        .regex(SITAT, { error: 'kontakt.kilde må være en henvisning til kilden og siden, for eksempel "[1, s. 3]".' }),
    },
    {
      error: 'kontakt må ha enhet og kilde, for eksempel { enhet: "Boligkontoret, Bodø kommune", kilde: "[1, s. 3]" }.',
    },
  )
  .strict();

export type Kontakt = z.infer<typeof kontaktSchema>;

/** The source number a contact's citation points at (1-based, as in the case's `kilder`). */
export function kontaktKildeNummer(kontakt: Pick<Kontakt, 'kilde'>): number {
  return Number(SITAT.exec(kontakt.kilde)?.[1] ?? Number.NaN);
}
