import rss from '@astrojs/rss';
import { stripCitations } from '../content-model/citations.ts';
import type { Eksempel } from './catalogue.ts';

/** New and updated cases first: a case counts as new on publishing and as updated when it was last checked. */
function lastChanged(eksempel: Eksempel): Date {
  const { publisert, sistKontrollert } = eksempel.data;
  return sistKontrollert > publisert ? sistKontrollert : publisert;
}

export function caseFeed(options: { title: string; description: string; site: URL; eksempler: Eksempel[] }) {
  const items = [...options.eksempler]
    .sort((a, b) => lastChanged(b).getTime() - lastChanged(a).getTime() || a.id.localeCompare(b.id))
    .map((eksempel) => ({
      title: eksempel.data.tittel,
      description: stripCitations(eksempel.data.sammendrag),
      link: `/eksempler/${eksempel.id}/`,
      pubDate: lastChanged(eksempel),
    }));
  return rss({
    title: options.title,
    description: options.description,
    site: options.site,
    items,
    customData: '<language>nb</language>',
  });
}
