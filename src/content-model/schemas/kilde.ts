import { z } from 'astro/zod';
import { findHiddenCharacter, hiddenCharacterMessage } from '../text.ts';
import { arstall, tekst } from './common.ts';

/** Page references such as `5`, `3–5` or `3–5, 9` (hyphen or en dash). */
const SIDER = /^\d+(\s*[-–]\s*\d+)?(\s*,\s*\d+(\s*[-–]\s*\d+)?)*$/;

/** What kind of document a source is. */
export const KILDETYPER = ['rapport', 'veiviserside', 'lov', 'forarbeid', 'nettside'] as const;

/** One source document a text is built on, with the pages the facts come from. */
export const kildeSchema = z.object({
  /** The document's title as printed on it. @label Tittel på kilden @hint Dokumentets tittel slik den står på det. */
  tittel: tekst('tittel på kilden'),
  /** Who published the document (municipality, agency, consultancy). @label Utgiver @hint Hvem som ga ut dokumentet (kommune, etat, konsulentselskap). */
  utgiver: tekst('utgiver'),
  /** The year the document was published. Default: none, only for an undated document (say so in the text). @label Utgivelsesår @hint Året dokumentet ble gitt ut, fire sifre. La stå tom bare hvis dokumentet er udatert. */
  ar: arstall('ar (utgivelsesår)').optional(),
  /** What kind of document it is. @label Type @hint Hva slags dokument det er: rapport, veiviserside, lov, forarbeid eller nettside. */
  type: z.enum(KILDETYPER, {
    error: `type må være én av: ${KILDETYPER.join(', ')}. Velg den som beskriver dokumentet, for eksempel type: rapport.`,
  }),
  /** Where the document can be read online; only an address seen in a search result, never a guessed one. Default: none. @label Nettadresse @hint Hvor dokumentet kan leses på nett, bare en adresse du har sett selv. Begynner med https:// */
  url: z
    .url({
      protocol: /^https?$/,
      hostname: z.regexes.domain,
      error:
        'url må være en fullstendig nettadresse som begynner med https:// (eller http://), for eksempel https://www.husbanken.no/. Fjern feltet hvis dokumentet ikke finnes på nett.',
    })
    // new URL() quietly drops some invisible characters from host names; the address must be what it looks like.
    .superRefine((url, ctx) => {
      const hidden = findHiddenCharacter(url);
      if (hidden) ctx.addIssue({ code: 'custom', message: hiddenCharacterMessage(hidden.name) });
    })
    .optional(),
  /** The pages the facts come from, such as "3–5, 9". Default: none, when every claim cites its own page. @label Sider @hint Sidene faktaene står på, for eksempel «5», «3–5» eller «3–5, 9». */
  sider: z
    .string({ error: 'sider må oppgis som tekst, for eksempel "3–5, 9".' })
    .regex(SIDER, { error: 'sider må være sidetall, for eksempel "5", "3–5" eller "3–5, 9".' })
    .optional(),
});

/** At least one source: nothing in Bopraksis stands without one. */
export const kilderSchema = z
  .array(kildeSchema, { error: 'kilder må være en liste over kilder.' })
  .min(1, { error: 'Oppgi minst én kilde under kilder, med tittel, utgiver, ar og type.' });
