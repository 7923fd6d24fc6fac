import { z } from 'astro/zod';
import { stripCitations } from '../citations.ts';

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
  /** The title shown as the page's heading and in lists. */
  tittel: tekst('tittel').pipe(
    z.string().max(120, { error: 'tittel kan ha høyst 120 tegn. Korte ned tittelen; detaljene hører hjemme i sammendraget.' }),
  ),
  /** A plain summary of at most 300 characters (citations not counted), shown in lists and search results. */
  sammendrag: tekst('sammendrag').refine((s) => stripCitations(s).length <= 300, {
    error: 'sammendrag kan ha høyst 300 tegn (kildehenvisninger telles ikke). Korte ned teksten; resten hører hjemme i brødteksten.',
  }),
};
