import rss from '@astrojs/rss';
import { stripCitations } from '../content-model/citations.ts';
import { caseUrl } from '../content-model/routes.ts';
import type { Eksempel } from './catalogue.ts';

// Characters XML 1.0 cannot hold at all, not even escaped (C0 controls other than tab and line breaks, lone
// surrogates, U+FFFE/U+FFFF). The content check already refuses them; this keeps a feed valid whatever comes in.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the class names the control characters XML allows.
const NOT_XML = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text as a feed can carry it. */
export function xmlText(value: string): string {
  return value.replace(NOT_XML, '');
}

/** New and updated cases first: a case counts as new on publishing and as updated when it was last checked. */
function lastChanged(eksempel: Eksempel): Date {
  const { publisert, sistKontrollert } = eksempel.data;
  return new Date(Math.max(sistKontrollert.getTime(), publisert.getTime()));
}

export function caseFeed(options: { title: string; description: string; site: URL; eksempler: Eksempel[] }) {
  const items = [...options.eksempler]
    .sort((a, b) => lastChanged(b).getTime() - lastChanged(a).getTime() || a.id.localeCompare(b.id))
    .map((eksempel) => ({
      title: xmlText(eksempel.data.tittel),
      description: xmlText(stripCitations(eksempel.data.sammendrag)),
      link: caseUrl(eksempel.id),
      pubDate: lastChanged(eksempel),
    }));
  return rss({
    title: xmlText(options.title),
    description: xmlText(options.description),
    site: options.site,
    items,
    customData: '<language>nb</language>',
  });
}
