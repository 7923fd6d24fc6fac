import { closest, distance } from 'fastest-levenshtein';

/** The known value nearest to a misspelt one, if it is near enough to be what the author meant. */
export function suggest(value: string, known: Iterable<string>): string | undefined {
  const candidates = [...known];
  if (candidates.length === 0) return undefined;
  const best = closest(value, candidates);
  // Short words tolerate two typos; long paths a few more, but never so many that an unrelated page matches.
  const limit = Math.min(4, Math.max(2, Math.floor(best.length / 4)));
  return distance(value, best) <= limit ? best : undefined;
}

/** `Mente du «x»?` when a near match exists, otherwise a pointer to where the valid values are. */
export function didYouMean(value: string, known: Iterable<string>, whereToLook: string): string {
  const match = suggest(value, known);
  return match ? `Mente du «${match}»?` : `Se gyldige verdier i ${whereToLook}.`;
}
