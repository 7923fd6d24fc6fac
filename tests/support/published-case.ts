import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { caseUrl } from '../../src/content-model/routes.ts';

/** Where a case shows up in a built site outside its own pages: the feeds and the open data. */
export interface FeedsAndData {
  /** The catalogue's feed, `/eksempler/rss.xml`, links to the case. */
  feed: boolean;
  /** The feed of one of its themes, `/eksempler/tema/<tema>/rss.xml`, links to it. */
  themeFeed: boolean;
  /** `/data/eksempler.json` has a record with its id. */
  json: boolean;
  /** `/data/eksempler.csv` links to it. */
  csv: boolean;
}

/**
 * Whether the site built in `dist` has the case `slug` in its feeds and open data, the theme feed being that of
 * `tema` (a theme the case has). Before publishing every answer should be false, after it every one true.
 */
export function inFeedsAndData(dist: string, slug: string, tema: string): FeedsAndData {
  const url = caseUrl(slug);
  const read = (path: string) => readFileSync(join(dist, path), 'utf8');
  return {
    feed: read('eksempler/rss.xml').includes(url),
    themeFeed: read(`eksempler/tema/${tema}/rss.xml`).includes(url),
    json: (JSON.parse(read('data/eksempler.json')) as { id: string }[]).some((r) => r.id === slug),
    csv: read('data/eksempler.csv').includes(url),
  };
}
