import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// One page of every layout, and the dynamic states a user reaches (filters applied, search results shown).
const PAGES: { name: string; url: string; ready?: (page: Page) => Promise<void> }[] = [
  { name: 'forside', url: '/' },
  { name: 'eksempelliste', url: '/eksempler/' },
  {
    name: 'eksempelliste med filtre',
    url: '/eksempler/?malgruppe=bostedslose&kommunestorrelse=stor',
    ready: async (page) => expect(page.getByRole('status')).toContainText('passer filtrene'),
  },
  { name: 'fasettside', url: '/eksempler/malgruppe/bostedslose/' },
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
  { name: 'bidra', url: '/bidra/' },
  { name: 'åpne data', url: '/apne-data/' },
  { name: '404', url: '/finnes-ikke/' },
];

for (const { name, url, ready } of PAGES) {
  test(`axe finner ingen brudd på WCAG 2.1 AA: ${name}`, async ({ page }) => {
    await page.goto(url);
    if (ready) await ready(page);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(summary).toEqual([]);
  });
}

// WCAG 1.4.10 (reflow) is measured at 320 CSS pixels: 1280 px at 400 % zoom, stricter than 200 % text zoom.
for (const url of ['/', '/eksempler/', '/eksempler/bodo-boligpolitisk-handlingsplan/', '/kunnskapskart/', '/sok/?q=startlån']) {
  test(`320 px bred skjerm: ingen vannrett rulling på ${url}`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

test('utskrift av et eksempel viser ikke navigasjon, og lenker får adressen etter seg', async ({ page }) => {
  await page.goto('/eksempler/drammen-fra-leie-til-eie/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.bp-header')).toBeHidden();
  await expect(page.locator('.bp-footer')).toBeHidden();
  const after = await page.locator('.bp-article a[href^="/metoder/"]').first().evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain('/metoder/');
});
