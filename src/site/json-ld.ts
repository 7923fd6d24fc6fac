import type { Catalogue, Eksempel } from './catalogue-build.ts';
import { resolve } from './catalogue-build.ts';
import { PUBLISHER } from './citation.ts';
import { stripCitations } from '../content-model/citations.ts';
import { isoDate } from './format.ts';
import { changesOf } from './history.ts';

/** schema.org description of a case, for search engines. */
export function caseJsonLd(cat: Catalogue, eksempel: Eksempel, url: string): Record<string, unknown> {
  const { data } = eksempel;
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: data.tittel,
    description: stripCitations(data.sammendrag),
    url,
    inLanguage: 'nb',
    datePublished: isoDate(data.publisert),
    dateModified: changesOf(eksempel.id)[0]?.date ?? isoDate(data.sistKontrollert),
    publisher: { '@type': 'Organization', name: PUBLISHER },
    about: [...data.tema, ...data.malgrupper].map((ref) => resolve(cat, ref).data.navn),
    spatialCoverage: data.kommuner.map((ref) => ({ '@type': 'AdministrativeArea', name: resolve(cat, ref).data.navn })),
    citation: data.kilder.map((k) => ({
      '@type': 'CreativeWork',
      name: k.tittel,
      publisher: k.utgiver,
      ...(k.ar === undefined ? {} : { datePublished: String(k.ar) }),
      ...(k.url ? { url: k.url } : {}),
    })),
  };
}

/** JSON for a <script type="application/ld+json"> block; `<` is escaped so no text can close the element. */
export function jsonLdText(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
