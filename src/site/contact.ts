import { kontaktKildeNummer, type Kontakt } from '../content-model/schemas/kontakt.ts';

/** What the case page shows of a contact: the dated lead-in, the source it comes from, and the ways to reach it. */
export interface ContactView {
  /** «Kontakt ifølge kilden (2015)», or «Kontakt ifølge kilden (udatert)» for an undated source. */
  lead: string;
  /** The 1-based source number, for the link to `#kilde-<n>`. */
  source: number;
  /** The page reference as printed: «s. 3». */
  pages: string;
  enhet: string;
  epost?: string;
  telefon?: string;
}

/** The contact as the case page shows it; the year is that of the source that names the contact. */
export function contactView(kontakt: Kontakt, kilder: readonly { ar?: number }[]): ContactView {
  const source = kontaktKildeNummer(kontakt);
  const ar = kilder[source - 1]?.ar;
  return {
    lead: `Kontakt ifølge kilden (${ar ?? 'udatert'})`,
    source,
    pages: kontakt.kilde.replace(/^\[\d+,\s*/, '').replace(/\]$/, ''),
    enhet: kontakt.enhet,
    ...(kontakt.epost ? { epost: kontakt.epost } : {}),
    ...(kontakt.telefon ? { telefon: kontakt.telefon } : {}),
  };
}
