import { z } from 'astro/zod';
import { stripCitations } from '../citations.ts';
import { findHiddenCharacter, hiddenCharacterMessage, isCurlyQuoted, normaliseText } from '../text.ts';

/**
 * A string as every text field takes it: Word's non-breaking spaces and soft hyphens normalised (sjekk says so),
 * hidden and control characters refused, and a value wrapped in curly quotes flagged.
 */
const renTekst = (felt: string) =>
  z
    .string({ error: `Skriv ${felt} som tekst.` })
    .overwrite(normaliseText)
    .superRefine((value, ctx) => {
      const hidden = findHiddenCharacter(value);
      if (hidden) ctx.addIssue({ code: 'custom', message: hiddenCharacterMessage(hidden.name) });
      else if (isCurlyQuoted(value)) {
        ctx.addIssue({
          code: 'custom',
          message: `${felt} står i krøllete anførselstegn (“…”), som blir en del av teksten. Bruk vanlige anførselstegn "…" rundt verdien, eller fjern dem.`,
        });
      }
    });

/** A non-empty line of text; `felt` names the field in the message an editor reads. */
export const tekst = (felt: string) =>
  renTekst(felt)
    .trim()
    .min(1, { error: `${felt} kan ikke være tom. Skriv inn ${felt}, eller fjern feltet hvis det er valgfritt.` });

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether ÅÅÅÅ-MM-DD names a day that exists (2024-02-30 does not). */
function dayExists(text: string): boolean {
  const [, y, m, d] = ISO_DATE.exec(text) ?? [];
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return date.getUTCFullYear() === Number(y) && date.getUTCMonth() === Number(m) - 1 && date.getUTCDate() === Number(d);
}

/** A calendar date written as ÅÅÅÅ-MM-DD, that exists. */
export const dato = (felt: string) => {
  const format = `${felt} må være en dato på formen ÅÅÅÅ-MM-DD, for eksempel 2024-05-31.`;
  return z
    .union([z.string({ error: format }).trim().regex(ISO_DATE, { error: format }), z.date({ error: format })], {
      error: format,
    })
    .superRefine((value, ctx) => {
      if (typeof value === 'string' && !dayExists(value)) {
        ctx.addIssue({
          code: 'custom',
          message: `${felt} (${value}) er en dato som ikke finnes. Sjekk dag og måned.`,
          continue: false,
        });
      }
    })
    .pipe(z.coerce.date({ error: format }));
};

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
    z
      .string()
      .max(120, { error: 'tittel kan ha høyst 120 tegn. Korte ned tittelen; detaljene hører hjemme i sammendraget.' }),
  ),
  /** A plain summary of at most 300 characters (citations not counted), shown in lists and search results. @label Sammendrag @hint Et kort, enkelt sammendrag på høyst 300 tegn (kildehenvisninger telles ikke): hva ble gjort, av hvem, og hva kom ut av det. */
  sammendrag: tekst('sammendrag').refine((s) => stripCitations(s).length <= 300, {
    error:
      'sammendrag kan ha høyst 300 tegn (kildehenvisninger telles ikke). Korte ned teksten; resten hører hjemme i brødteksten.',
  }),
};
