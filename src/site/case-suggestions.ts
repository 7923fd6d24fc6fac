import type { CatalogueIndex } from './catalogue-index.ts';

/** A case the compare form can suggest: what the reader sees, and the lower-cased text the words are matched in. */
export interface CaseChoice {
  id: string;
  title: string;
  /** Municipalities, period and status, as the catalogue shows them under a title. */
  meta: string;
  text: string;
}

const lower = (text: string) => text.toLocaleLowerCase('nb');

/** Every case in the catalogue index, in title order. */
export function caseChoices(index: CatalogueIndex): CaseChoice[] {
  return index.order.tittel.flatMap((position) => {
    const row = index.cases[position];
    if (!row) return [];
    const [id, title, meta] = row;
    return [{ id, title, meta, text: lower(`${title} ${meta}`) }];
  });
}

/**
 * The cases whose title or municipality holds every word of the query (in any order, any part of a word), at most
 * `limit` of them, in title order; `total` counts all that match. An empty query matches every case.
 */
export function suggestedCases(
  choices: readonly CaseChoice[],
  query: string,
  limit: number,
): { shown: CaseChoice[]; total: number } {
  const words = lower(query).split(/\s+/).filter(Boolean);
  const shown: CaseChoice[] = [];
  let total = 0;
  for (const choice of choices) {
    if (!words.every((word) => choice.text.includes(word))) continue;
    total++;
    if (shown.length < limit) shown.push(choice);
  }
  return { shown, total };
}

/** The case with exactly this title (ignoring case and surrounding spaces), if one has it. */
export function caseTitled(choices: readonly CaseChoice[], title: string): CaseChoice | undefined {
  const wanted = lower(title.trim());
  return wanted ? choices.find((choice) => lower(choice.title) === wanted) : undefined;
}
