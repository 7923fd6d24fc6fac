import { expect, test, type Page } from '@playwright/test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

// The fixture site's published cases (tests/fixtures/nettsted/content/eksempler/), and those of three of its themes.
const published = [
  'arendal-tildelingsforskrift',
  'balsfjord-fokuskommune',
  'bergen-der-ungdom-er',
  'bodo-bolig-nu',
  'bodo-boliger-for-unge-med-funksjonsnedsettelser',
  'bodo-boligpolitisk-handlingsplan',
  'drammen-fra-leie-til-eie',
  'lorenskog-boliger-til-bostedslose',
  'malvik-helhetlig-bruk-av-startlan',
  'notteroy-selvbygde-boliger',
  'oslo-fleksibelt-startlan-groruddalen',
  'ringsaker-bolig-forst',
  'sandefjord-restanseprosjekt',
  'sandnes-flyktninger-i-privat-leiemarked',
  'sandnes-utpekingsrett',
  'testby-testdata-gammel-lov',
  'trondheim-samur-wrap-around',
];
const THEMES: Record<string, string[]> = {
  'fra-leie-til-eie': ['balsfjord-fokuskommune', 'drammen-fra-leie-til-eie', 'malvik-helhetlig-bruk-av-startlan'],
  'forebygging-av-utkastelser': ['sandefjord-restanseprosjekt'],
  'planlegging-og-styring': [
    'balsfjord-fokuskommune',
    'bodo-boligpolitisk-handlingsplan',
    'sandnes-utpekingsrett',
    'testby-testdata-gammel-lov',
  ],
};
const caseUrl = (id: string) => `https://bopraksis.no/eksempler/${id}/`;

/** Parses XML with the browser's own parser and returns every text of the given element, or the parse error. */
async function xmlTexts(page: Page, xml: string, selector: string): Promise<string[]> {
  return page.evaluate(
    ([source, sel]) => {
      const doc = new DOMParser().parseFromString(source, 'application/xml');
      const error = doc.querySelector('parsererror');
      if (error) throw new Error(`Ugyldig XML: ${error.textContent}`);
      return [...doc.querySelectorAll(sel)].map((el) => el.textContent ?? '');
    },
    [xml, selector] as const,
  );
}

test('eksempler.json følger JSON-skjemaet som er laget fra zod-skjemaet, og har nøyaktig de publiserte eksemplene', async ({
  request,
}) => {
  const schema = await (await request.get('/data/eksempel.schema.json')).json();
  const data = (await (await request.get('/data/eksempler.json')).json()) as { id: string }[];
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats.default(ajv);
  const validate = ajv.compile(schema);
  expect(validate(data), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  expect(data.map((r) => r.id).sort()).toEqual(published);
});

test('skjemaet avviser en post med feil', async ({ request }) => {
  const schema = await (await request.get('/data/eksempel.schema.json')).json();
  const [first] = (await (await request.get('/data/eksempler.json')).json()) as Record<string, unknown>[];
  const ajv = new Ajv2020({ strict: false });
  addFormats.default(ajv);
  const validate = ajv.compile(schema);
  expect(validate([{ ...first, status: 'kanskje' }])).toBe(false);
  expect(validate([{ ...first, publisert: '21.11.2026' }])).toBe(false);
});

test('CSV-filen åpnes i norske regneark: BOM, semikolon og én rad per publisert eksempel', async ({ request }) => {
  const response = await request.get('/data/eksempler.csv');
  expect(response.headers()['content-type']).toBe('text/csv; charset=utf-8');
  const bytes = await response.body();
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const csv = bytes.toString('utf8').slice(1);
  expect(csv.split('\r\n')[0]).toMatch(/^id;url;tittel;/);
  const ids = [...csv.matchAll(/^([a-z0-9-]+);https:\/\/bopraksis\.no\/eksempler\//gm)].map((m) => m[1]).sort();
  expect(ids).toEqual(published);
});

test('hovedstrømmen og temastrømmene er gyldig XML og lister nøyaktig de publiserte eksemplene', async ({
  page,
  request,
}) => {
  await page.goto('/');
  const main = await xmlTexts(page, await (await request.get('/eksempler/rss.xml')).text(), 'item > link');
  expect([...main].sort()).toEqual(published.map(caseUrl));

  for (const [tema, ids] of Object.entries(THEMES)) {
    const links = await xmlTexts(
      page,
      await (await request.get(`/eksempler/tema/${tema}/rss.xml`)).text(),
      'item > link',
    );
    expect([...links].sort(), tema).toEqual(ids.map(caseUrl));
  }
});

test('nettstedskartet er gyldig XML og har hver publiserte eksempelside, men ikke 404-siden', async ({
  page,
  request,
}) => {
  await page.goto('/');
  const index = await xmlTexts(page, await (await request.get('/sitemap-index.xml')).text(), 'sitemap > loc');
  const urls: string[] = [];
  for (const sitemap of index)
    urls.push(...(await xmlTexts(page, await (await request.get(new URL(sitemap).pathname)).text(), 'url > loc')));
  const caseUrls = urls.filter(
    (u) =>
      /\/eksempler\/[a-z0-9-]+\/$/.test(u) &&
      !/\/eksempler\/(tema|malgruppe|metode|virkemiddel|fylke|kommunestorrelse|status|evidensniva|periode)\//.test(u),
  );
  expect(caseUrls.sort()).toEqual(published.map(caseUrl));
  expect(urls.some((u) => u.includes('404'))).toBe(false);
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain('Sitemap: https://bopraksis.no/sitemap-index.xml');
});

test('eksempelsiden har kanonisk adresse, Open Graph og schema.org JSON-LD', async ({ page }) => {
  await page.goto('/eksempler/drammen-fra-leie-til-eie/');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', caseUrl('drammen-fra-leie-til-eie'));
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
  const title = 'Drammen: fra leie til eie for kommunale leietakere';
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', title);
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
  expect(ld['@type']).toBe('Article');
  expect(ld.headline).toBe(title);
  expect(ld.url).toBe(caseUrl('drammen-fra-leie-til-eie'));
  await expect(page.locator('meta[name="citation_title"]')).toHaveAttribute('content', title);
});
