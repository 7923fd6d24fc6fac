/** A case not checked against its sources for this long may be out of date. */
export const STALE_AFTER_MONTHS = 24;

/**
 * The date the site is built for. SOURCE_DATE_EPOCH (seconds, the reproducible-builds convention) pins it, so two
 * builds of the same content are identical; otherwise it is today.
 */
export function buildDate(): Date {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  return epoch ? new Date(Number(epoch) * 1000) : new Date();
}

export function isStale(sistKontrollert: Date, today = buildDate()): boolean {
  const limit = new Date(today);
  limit.setUTCMonth(limit.getUTCMonth() - STALE_AFTER_MONTHS);
  return sistKontrollert < limit;
}
