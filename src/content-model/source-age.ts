import { buildDate } from './freshness.ts';

/**
 * A case whose newest source is more than this many years old is marked «Eldre kilder»: what the sources said may no
 * longer hold. The page /om-innholdet/#eldre-kilder explains the threshold to readers.
 */
export const OLD_SOURCES_AFTER_YEARS = 10;

/** The year of the newest dated source, or undefined when no source has a year. */
export function newestSourceYear(kilder: readonly { ar?: number | undefined }[]): number | undefined {
  const years = kilder.map((k) => k.ar).filter((ar): ar is number => ar !== undefined);
  return years.length ? Math.max(...years) : undefined;
}

/** Whether the newest source is more than OLD_SOURCES_AFTER_YEARS older than `today`; undated sources count as old. */
export function hasOldSources(kilder: readonly { ar?: number | undefined }[], today = buildDate()): boolean {
  const newest = newestSourceYear(kilder);
  return newest === undefined || today.getUTCFullYear() - newest > OLD_SOURCES_AFTER_YEARS;
}
