const DATE = new Intl.DateTimeFormat('nb-NO', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** «13. februar 2014». */
export function formatDate(date: Date): string {
  return DATE.format(date);
}

/** ÅÅÅÅ-MM-DD, for <time datetime>. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** «2012–2015», or «fra 2019» while it runs. */
export function formatPeriode(periode: { fra: number; til?: number | undefined }): string {
  if (periode.til === undefined) return `fra ${periode.fra}`;
  return periode.til === periode.fra ? String(periode.fra) : `${periode.fra}–${periode.til}`;
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
