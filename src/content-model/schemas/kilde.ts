import { z } from 'astro/zod';
import { findHiddenCharacter, hiddenCharacterMessage } from '../text.ts';
import { arstall, tekst } from './common.ts';

/** Page references such as `5`, `3–5` or `3–5, 9` (hyphen or en dash). */
const SIDER = /^\d+(\s*[-–]\s*\d+)?(\s*,\s*\d+(\s*[-–]\s*\d+)?)*$/;

/** One source document a text is built on, with the pages the facts come from. */
export const kildeSchema = z.object({
  /** The document's title as printed on it. */
  tittel: tekst('tittel på kilden'),
  /** Who published the document (municipality, agency, consultancy). */
  utgiver: tekst('utgiver'),
  /** The year the document was published. */
  ar: arstall('ar (utgivelsesår)'),
  /** Where the document can be read online, if anywhere. Default: none. */
  url: z
    .url({
      protocol: /^https?$/,
      hostname: z.regexes.domain,
      error: 'url må være en fullstendig nettadresse som begynner med https:// (eller http://), for eksempel https://www.husbanken.no/.',
    })
    // new URL() quietly drops some invisible characters from host names; the address must be what it looks like.
    .superRefine((url, ctx) => {
      const hidden = findHiddenCharacter(url);
      if (hidden) ctx.addIssue({ code: 'custom', message: hiddenCharacterMessage(hidden.name) });
    })
    .optional(),
  /** The pages the facts come from, such as "3–5, 9". */
  sider: z
    .string({ error: 'sider må oppgis som tekst, for eksempel "3–5, 9".' })
    .regex(SIDER, { error: 'sider må være sidetall, for eksempel "5", "3–5" eller "3–5, 9".' }),
});

/** At least one source: nothing in Bopraksis stands without one. */
export const kilderSchema = z
  .array(kildeSchema, { error: 'kilder må være en liste over kilder.' })
  .min(1, { error: 'Oppgi minst én kilde med sidetall under kilder.' });
