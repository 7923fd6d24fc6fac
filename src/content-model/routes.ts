/**
 * Every URL on the site and every kind of page, in one place: pages, components, feeds, open data, the editor's
 * preview links, the content check and the browser scripts all ask here, so no URL is spelled out anywhere else.
 * Pure and small (type imports only), so the client scripts can import it too.
 */
import type { CollectionName, EntryRef } from './schemas/reference.ts';
import { slugify } from './slug.ts';

/** Pages that exist whatever the content. */
export const PAGES = {
  forside: '/',
  eksempler: '/eksempler/',
  metoder: '/metoder/',
  suksessfaktorer: '/suksessfaktorer/',
  framgangsmater: '/framgangsmater/',
  lovverk: '/lovverk/',
  kommuner: '/kommuner/',
  kommunerSomMin: '/kommuner-som-min/',
  ordliste: '/ordliste/',
  sok: '/sok/',
  kunnskapskart: '/kunnskapskart/',
  sammenlign: '/sammenlign/',
  tilgjengelighet: '/tilgjengelighet/',
  om: '/om/',
  bidra: '/bidra/',
  apneData: '/apne-data/',
  omInnholdet: '/om-innholdet/',
} as const;

/** The open-data files and the feed of new and updated cases. */
export const FILES = {
  eksemplerJson: '/data/eksempler.json',
  eksemplerCsv: '/data/eksempler.csv',
  eksempelSchema: '/data/eksempel.schema.json',
  nyhetsstrom: '/eksempler/rss.xml',
  /** The catalogue's filter index, loaded by the filter script (src/site/catalogue-index.ts). */
  katalogIndeks: '/eksempler/indeks.json',
} as const;

/** The fixed URLs a body may link to (the content check's list); content pages come from `entryUrl`. */
export const STATIC_PAGES: readonly string[] = [
  ...Object.values(PAGES),
  FILES.eksemplerJson,
  FILES.eksemplerCsv,
  FILES.eksempelSchema,
  FILES.nyhetsstrom,
];

/**
 * The kinds of entry page. `label` is what the reader sees above the title, and also the value of the search
 * page's «Type» filter, so the two never disagree. `searchable`: whether search indexes the kind's pages (a
 * municipality's page lists its cases, so search finds the cases themselves).
 */
export const ENTRY_KINDS = {
  eksempel: { collection: 'eksempler', label: 'Eksempel', searchable: true },
  metode: { collection: 'metoder', label: 'Metode', searchable: true },
  suksessfaktor: { collection: 'suksessfaktorer', label: 'Suksessfaktor', searchable: true },
  framgangsmate: { collection: 'framgangsmater', label: 'Framgangsmåte', searchable: true },
  lov: { collection: 'lovverk', label: 'Lov', searchable: true },
  kommune: { collection: 'kommuner', label: 'Kommune', searchable: false },
} as const satisfies Record<string, { collection: CollectionName; label: string; searchable: boolean }>;
export type EntryKind = keyof typeof ENTRY_KINDS;

/**
 * The built pages the search index reads (Pagefind's `--glob`, from dist/): each searchable kind's entry pages and
 * the glossary. Every other page (catalogue, facet, municipality pages) lists what these say; left unread, they no
 * longer cost Pagefind a third of its time at 1,000 cases. tests/built-site/search-index.test.ts fails if a page
 * marked for the index (`data-pagefind-body`) falls outside it.
 */
export const SEARCH_INDEX_GLOB = `{{${Object.values(ENTRY_KINDS)
  .filter((kind) => kind.searchable)
  .map((kind) => kind.collection)
  .join(',')}}/*,${PAGES.ordliste.replaceAll('/', '')}}/index.html`;

/** The URL keys of the catalogue's facets: `/eksempler/<key>/<value>/` and `/eksempler/?<key>=<value>`. */
export type FacetKey =
  | 'fylke'
  | 'kommunestorrelse'
  | 'tema'
  | 'malgruppe'
  | 'metode'
  | 'virkemiddel'
  | 'status'
  | 'evidensniva'
  | 'periode'
  | 'kilder';

/** One facet value in a URL: `['metode', 'bolig-forst']`. */
export type FacetChoice = readonly [key: FacetKey, id: string];

/** The taxonomies whose entries have no page of their own: their page is the catalogue narrowed to them. */
const FACET_OF_COLLECTION = {
  tema: 'tema',
  malgrupper: 'malgruppe',
  virkemidler: 'virkemiddel',
} as const satisfies Partial<Record<CollectionName, FacetKey>>;

/** The path of a static facet page under /eksempler/, without slashes at the ends: `metode/bolig-forst/malgruppe/unge`. */
export const facetPath = (choices: readonly FacetChoice[]): string =>
  choices.map(([key, id]) => `${key}/${id}`).join('/');

/** The static facet page for these values, in order: `/eksempler/metode/bolig-forst/malgruppe/unge/`. */
export const facetUrl = (choices: readonly FacetChoice[]): string => `/eksempler/${facetPath(choices)}/`;

/** The filterable catalogue with these values chosen (and a sort order other than the default): `/eksempler/?tema=x`. */
export function filteredCatalogueUrl(choices: Iterable<readonly [key: string, id: string]>, sort?: string): string {
  const params = new URLSearchParams();
  for (const [key, id] of choices) params.append(key, id);
  if (sort) params.set('sorter', sort);
  const query = params.toString();
  return query ? `/eksempler/?${query}` : PAGES.eksempler;
}

/** Page `page` of the catalogue without JavaScript: `/eksempler/`, `/eksempler/side/2/`. */
export const catalogueUrl = (page: number): string => (page <= 1 ? PAGES.eksempler : `/eksempler/side/${page}/`);

/** The page number of a catalogue URL's path; 1 for `/eksempler/` and anything that is not a later page. */
export function cataloguePageOf(pathname: string): number {
  const match = /^\/eksempler\/side\/(\d+)\/$/.exec(pathname);
  return match ? Number(match[1]) : 1;
}

/** The page of one entry: `/eksempler/<id>/`, `/lovverk/<id>/`, a theme's catalogue page, a glossary term's anchor. */
export function entryUrl(collection: CollectionName, id: string): string {
  if (collection === 'ordliste') return `/ordliste/#${id}`;
  if (collection in FACET_OF_COLLECTION)
    return facetUrl([[FACET_OF_COLLECTION[collection as keyof typeof FACET_OF_COLLECTION], id]]);
  return `/${collection}/${id}/`;
}

/** The page a reference points at. */
export const urlOf = (ref: EntryRef): string => entryUrl(ref.collection, ref.id);

/** A case's page. */
export const caseUrl = (id: string): string => entryUrl('eksempler', id);

/** The anchor of a paragraph on its law's page («§ 3-7» → «paragraf-3-7»). */
export function paragraphAnchor(nr: string): string {
  return `paragraf-${nr.replace(/[^0-9a-z]+/gi, '-').replace(/^-|-$/g, '')}`;
}

/** A law's page, or one paragraph on it: `/lovverk/<id>/#paragraf-3-7`. */
export const lawUrl = (lovId: string, paragraf?: string): string =>
  paragraf ? `${entryUrl('lovverk', lovId)}#${paragraphAnchor(paragraf)}` : entryUrl('lovverk', lovId);

/** The query parameters of the compare page, one per case, in order. */
export const COMPARE_PARAMS = ['a', 'b', 'c'] as const;

/** The compare page with these cases chosen: `/sammenlign/?a=x&b=y`. */
export function compareUrl(ids: readonly string[]): string {
  const params = new URLSearchParams();
  ids.slice(0, COMPARE_PARAMS.length).forEach((id, i) => {
    params.set(COMPARE_PARAMS[i]!, id);
  });
  const query = params.toString();
  return query ? `/sammenlign/?${query}` : PAGES.sammenlign;
}

/** A «Kommuner som min» profile: a municipality, or a size and a county. */
export type LikeMineChoice = { kommune: string } | { storrelse: string; fylke: string };

/** The path of a «Kommuner som min» page under /kommuner-som-min/: `bodo`, `liten/nordland`. */
export const likeMinePath = (choice: LikeMineChoice): string =>
  'kommune' in choice ? choice.kommune : `${choice.storrelse}/${slugify(choice.fylke)}`;

/** A «Kommuner som min» page: `/kommuner-som-min/bodo/`, `/kommuner-som-min/liten/nordland/`. */
export const likeMineUrl = (choice: LikeMineChoice): string => `/kommuner-som-min/${likeMinePath(choice)}/`;
