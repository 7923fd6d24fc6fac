import { formatDate, formatPeriode, formatStatus, joinNames } from './format.ts';

/**
 * What a case shows in a list: the same line whether the build renders it (CaseList) or the catalogue's script
 * does (from the catalogue index), so a filtered list looks like the unfiltered one.
 */
export interface CaseCard {
  id: string;
  title: string;
  /** «Bodø · 2014–2017 · avsluttet». */
  meta: string;
  /** ÅÅÅÅ-MM-DD. */
  published: string;
  /** Left out in long lists. */
  summary?: string;
}

export function caseMeta(
  kommuner: readonly string[],
  periode: Parameters<typeof formatPeriode>[0],
  status: string | undefined,
  statusAr: number | undefined,
): string {
  const parts = [kommuner.length ? joinNames(kommuner) : 'Nasjonalt', formatPeriode(periode)];
  // A status is a fact as of its source: it is shown with that source's year, or not at all.
  if (status) parts.push(formatStatus(status, statusAr));
  return parts.join(' · ');
}

const published = new Map<string, string>();

/** «Publisert 21. november 2026». Kept per day: a build shows the same few hundred dates on thousands of cards. */
export function publishedText(iso: string): string {
  let text = published.get(iso);
  if (text === undefined) {
    text = `Publisert ${formatDate(new Date(`${iso}T00:00:00Z`))}`;
    published.set(iso, text);
  }
  return text;
}

export { caseUrl } from '../content-model/routes.ts';
