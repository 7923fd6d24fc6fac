import { isoDate } from './format.ts';

/** What a citation of a Bopraksis page needs. */
export interface Citable {
  id: string;
  title: string;
  /** The page's absolute URL. */
  url: string;
  /** The date the page was published. */
  published: Date;
  /** The date its facts were last checked against the sources. */
  checked: Date;
}

export const PUBLISHER = 'Bopraksis';

const MONTHS = [
  'januar',
  'februar',
  'mars',
  'april',
  'mai',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'desember',
];
const BIBTEX_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** APA 7, Norwegian form: «Bopraksis. (2026, 21. november). Tittel. URL» (title in italics when rendered). */
export function apa(item: Citable): { before: string; title: string; after: string } {
  const d = item.published;
  return {
    before: `${PUBLISHER}. (${d.getUTCFullYear()}, ${d.getUTCDate()}. ${MONTHS[d.getUTCMonth()]}). `,
    title: item.title,
    after: `. ${item.url}`,
  };
}

/** BibTeX needs braces, backslashes and its special characters escaped inside a field. */
function bibtexText(text: string): string {
  return text.replace(/[\\{}]/g, '').replace(/([&%$#_])/g, '\\$1');
}

export function bibtex(item: Citable): string {
  const d = item.published;
  return [
    `@misc{bopraksis-${item.id},`,
    `  author = {{${PUBLISHER}}},`,
    `  title = {{${bibtexText(item.title)}}},`,
    `  year = {${d.getUTCFullYear()}},`,
    `  month = ${BIBTEX_MONTHS[d.getUTCMonth()]},`,
    `  howpublished = {\\url{${item.url}}},`,
    `  note = {Sist kontrollert ${isoDate(item.checked)}},`,
    `  language = {norsk},`,
    '}',
  ].join('\n');
}

/** Highwire Press and Dublin Core tags, which Zotero, Mendeley and Google Scholar read. */
export function citationMeta(item: Citable): { name: string; content: string }[] {
  const slashDate = isoDate(item.published).replace(/-/g, '/');
  return [
    { name: 'citation_title', content: item.title },
    { name: 'citation_author', content: PUBLISHER },
    { name: 'citation_publisher', content: PUBLISHER },
    { name: 'citation_publication_date', content: slashDate },
    { name: 'citation_online_date', content: slashDate },
    { name: 'citation_language', content: 'nb' },
    { name: 'citation_public_url', content: item.url },
    { name: 'DC.title', content: item.title },
    { name: 'DC.creator', content: PUBLISHER },
    { name: 'DC.publisher', content: PUBLISHER },
    { name: 'DC.date', content: isoDate(item.published) },
    { name: 'DC.language', content: 'nb' },
    { name: 'DC.identifier', content: item.url },
  ];
}
