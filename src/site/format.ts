const DATE = new Intl.DateTimeFormat('nb-NO', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** «13. februar 2014». */
export function formatDate(date: Date): string {
  return DATE.format(date);
}

/** «1 eksempel», «3 eksempler». */
export function antallEksempler(count: number): string {
  return count === 1 ? '1 eksempel' : `${count} eksempler`;
}

/** ÅÅÅÅ-MM-DD, for <time datetime>. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * The years as the sources show them: «startet 2011» only where a source says the work started then, otherwise
 * «senest fra 2013» (the first year a source shows it); «2012–2015» or «senest fra 2012 til 2015» with an end year.
 */
export function formatPeriode(
  periode: { fra: number; fraErStart?: boolean; til?: number | undefined } | undefined,
): string {
  if (!periode) return 'ikke oppgitt i kildene';
  const { fra, til, fraErStart = false } = periode;
  if (til === undefined) return fraErStart ? `startet ${fra}` : `senest fra ${fra}`;
  if (fraErStart) return til === fra ? String(fra) : `${fra}–${til}`;
  return `senest fra ${fra} til ${til}`;
}

/** A status as of its source: «i drift (ifølge kilde fra 2013)». */
export function formatStatus(status: string | undefined, statusAr: number | undefined): string {
  if (!status) return 'ikke oppgitt i kildene';
  return statusAr === undefined ? status : `${status} (ifølge kilde fra ${statusAr})`;
}

/** The first letter in upper case, for a value that starts a line. */
export function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase('nb-NO') + text.slice(1);
}

/** Joins names as Norwegian does: «a, b og c». */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} og ${names.at(-1)}`;
}

/** «s. 5» or «s. 3–5, 9». */
export function formatSider(sider: string): string {
  return `s. ${sider.replace(/\s*-\s*/g, '–')}`;
}

/** What kind of document a source is, as a reader says it. */
export const KILDETYPE_NAVN: Record<string, string> = {
  rapport: 'Rapport',
  veiviserside: 'Veiviserside',
  lov: 'Lovtekst',
  forarbeid: 'Forarbeid',
  nettside: 'Nettside',
};
