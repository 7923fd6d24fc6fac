import { z } from 'astro/zod';

/** A non-empty line of text; `felt` names the field in the message an editor reads. */
export const tekst = (felt: string) =>
  z
    .string({ error: `Skriv ${felt} som tekst.` })
    .trim()
    .min(1, { error: `${felt} kan ikke være tom. Skriv inn ${felt}, eller fjern feltet hvis det er valgfritt.` });

/** A calendar date written as ÅÅÅÅ-MM-DD. */
export const dato = (felt: string) =>
  z.coerce.date({ error: `${felt} må være en dato på formen ÅÅÅÅ-MM-DD, for eksempel 2024-05-31.` });

/** A four-digit year between 1950 and 2100. */
export const arstall = (felt: string) =>
  z
    .number({ error: `${felt} må være et årstall med fire sifre, for eksempel 2014.` })
    .int({ error: `${felt} må være et helt årstall.` })
    .min(1950, { error: `${felt} må være et årstall etter 1950.` })
    .max(2100, { error: `${felt} må være et årstall før 2100.` });

/** Fields every page-like entry (case, method, factor, procedure) shares. */
export const grunnfelter = {
  /** The title shown as the page's heading and in lists. @label Tittel @hint Vises som overskrift og i lister. Høyst 120 tegn. */
  tittel: tekst('tittel').pipe(
    z.string().max(120, { error: 'tittel kan ha høyst 120 tegn. Korte ned tittelen; detaljene hører hjemme i sammendraget.' }),
  ),
  /** A plain summary of at most 300 characters, shown in lists and search results. @label Sammendrag @hint Et kort, enkelt sammendrag på høyst 300 tegn: hva ble gjort, av hvem, og hva kom ut av det. Vises i lister og søk. */
  sammendrag: tekst('sammendrag').pipe(
    z.string().max(300, { error: 'sammendrag kan ha høyst 300 tegn. Korte ned teksten; resten hører hjemme i brødteksten.' }),
  ),
};
