import type { CollectionEntry } from 'astro:content';
import { urlOf } from '../content-model/routes.ts';
import { caseCount, sortedByName, type Catalogue } from './catalogue-build.ts';

/** One entry in a «way in» on the front page: its page and how many cases point at it. */
export interface WayInItem {
  href: string;
  label: string;
  count: number;
}

/** A «way in» on the front page: one collection's entries by name, under a heading with its own id. */
export interface WayIn {
  /** The heading's id, which the section is labelled by. */
  id: string;
  title: string;
  items: WayInItem[];
}

type WayInCollection = 'malgrupper' | 'tema' | 'metoder';

function wayIn<C extends WayInCollection>(
  cat: Catalogue,
  id: string,
  title: string,
  collection: C,
  label: (entry: CollectionEntry<C>) => string,
): WayIn {
  const items = sortedByName(cat.byId[collection].values()).map((entry) => ({
    href: urlOf({ collection, id: entry.id }),
    label: label(entry),
    count: caseCount(cat, { collection, id: entry.id }),
  }));
  return { id, title, items };
}

/** The front page's ways into the cases: by target group, by theme and by method, each with its case counts. */
export function waysIn(cat: Catalogue): WayIn[] {
  return [
    wayIn(cat, 'inngang-malgruppe', 'Målgrupper', 'malgrupper', (e) => e.data.navn),
    wayIn(cat, 'inngang-tema', 'Tema', 'tema', (e) => e.data.navn),
    wayIn(cat, 'inngang-metode', 'Metoder', 'metoder', (e) => e.data.tittel),
  ];
}
