import { expect, type Page } from '@playwright/test';

// One page of every layout, and the dynamic states a user reaches (filters applied, search results shown).
export const PAGE_TYPES: { name: string; url: string; ready?: (page: Page) => Promise<void> }[] = [
  { name: 'forside', url: '/' },
  { name: 'eksempelliste', url: '/eksempler/' },
  {
    name: 'eksempelliste med filtre',
    url: '/eksempler/?malgruppe=bostedslose&kommunestorrelse=stor',
    ready: async (page) => expect(page.getByRole('status')).toContainText('passer filtrene'),
  },
  { name: 'fasettside', url: '/eksempler/malgruppe/bostedslose/' },
  { name: 'fasettside for metode × målgruppe', url: '/eksempler/metode/leie-til-eie/malgruppe/okonomisk-vanskeligstilte/' },
  { name: 'eksempel', url: '/eksempler/bodo-boligpolitisk-handlingsplan/' },
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
  },
  {
    name: 'sammenligning',
    url: '/sammenlign/?a=drammen-fra-leie-til-eie&b=bodo-boligpolitisk-handlingsplan',
    ready: async (page) => expect(page.getByRole('status')).toContainText('Sammenligner'),
  },
  { name: 'kunnskapskart', url: '/kunnskapskart/' },
  { name: 'tilgjengelighetserklæring', url: '/tilgjengelighet/' },
  { name: 'om Bopraksis', url: '/om/' },
  { name: 'bidra', url: '/bidra/' },
  { name: 'åpne data', url: '/apne-data/' },
  { name: '404', url: '/finnes-ikke/' },
];

