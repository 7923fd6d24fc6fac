import { expect, type APIRequestContext, type Page } from '@playwright/test';

// One page of every layout on the real site, and the dynamic states a user reaches (filters applied, search results
// shown). A case page is whichever cases the site publishes (`url` gets their ids), so no case is named here: an
// editor's change to a case cannot break the generic checks (tests/unit/browser-projects.test.ts holds them to it).
export interface PageType {
  name: string;
  url: string | ((cases: string[]) => string);
  ready?: (page: Page) => Promise<void>;
  /** The page runs a script of its own (the catalogue's filters, search, comparison); every other page loads only the search form's warm-up. */
  script?: true;
}

export const PAGE_TYPES: PageType[] = [
  { name: 'forside', url: '/' },
  { name: 'eksempelliste', url: '/eksempler/', script: true },
  {
    name: 'eksempelliste med filtre',
    url: '/eksempler/?malgruppe=bostedslose&kommunestorrelse=stor',
    ready: async (page) => expect(page.getByRole('status')).toContainText('passer filtrene'),
    script: true,
  },
  {
    name: 'eksempelliste uten treff, med nærmeste treff',
    url: '/eksempler/?evidensniva=forskningsbasert',
    ready: async (page) => expect(page.getByRole('region', { name: 'Nærmeste treff' })).toBeVisible(),
    script: true,
  },
  { name: 'fasettside', url: '/eksempler/malgruppe/bostedslose/' },
  { name: 'fasettside uten eksempler', url: '/eksempler/evidensniva/forskningsbasert/' },
  { name: 'kommuner som min', url: '/kommuner-som-min/' },
  { name: 'kommuner som min: en kommune', url: '/kommuner-som-min/bodo/' },
  {
    name: 'fasettside for metode × målgruppe',
    url: '/eksempler/metode/leie-til-eie/malgruppe/okonomisk-vanskeligstilte/',
  },
  { name: 'eksempel', url: ([first]) => `/eksempler/${first}/` },
  { name: 'metodeliste', url: '/metoder/' },
  { name: 'metode', url: '/metoder/leie-til-eie/' },
  { name: 'suksessfaktorliste', url: '/suksessfaktorer/' },
  { name: 'suksessfaktor', url: '/suksessfaktorer/forankring-og-eierskap/' },
  { name: 'framgangsmåteliste', url: '/framgangsmater/' },
  { name: 'framgangsmåte', url: '/framgangsmater/fra-leie-til-eie/' },
  { name: 'lovliste', url: '/lovverk/' },
  { name: 'lov', url: '/lovverk/sosialtjenesteloven/' },
  { name: 'kommuneliste', url: '/kommuner/' },
  { name: 'kommune', url: '/kommuner/bodo/' },
  { name: 'ordliste', url: '/ordliste/' },
  {
    name: 'søk med treff og filtre',
    url: '/sok/?q=startlån',
    ready: async (page) => expect(page.locator('#sok-treff li').first()).toBeVisible(),
    script: true,
  },
  {
    name: 'sammenligning',
    url: ([first, second]) => `/sammenlign/?a=${first}&b=${second}`,
    ready: async (page) => expect(page.getByRole('status')).toContainText('Sammenligner'),
    script: true,
  },
  { name: 'kunnskapskart', url: '/kunnskapskart/' },
  { name: 'tilgjengelighetserklæring', url: '/tilgjengelighet/' },
  { name: 'om innholdet', url: '/om-innholdet/' },
  { name: 'om Bopraksis', url: '/om/' },
  { name: 'bidra', url: '/bidra/' },
  { name: 'åpne data', url: '/apne-data/' },
  { name: '404', url: '/finnes-ikke/' },
];

/** The ids of the cases the site publishes, in the order of its open data (`base` for a server of a test's own). */
export async function publishedCases(request: APIRequestContext, base = ''): Promise<string[]> {
  const records = (await (await request.get(`${base}/data/eksempler.json`)).json()) as { id: string }[];
  expect(records.length, 'the site must publish at least two cases').toBeGreaterThanOrEqual(2);
  return records.map((r) => r.id);
}

/** The address of a page type on the site at `base`. */
export async function urlOf(type: PageType, request: APIRequestContext, base = ''): Promise<string> {
  return typeof type.url === 'string' ? type.url : type.url(await publishedCases(request, base));
}
