import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { CATALOGUE_PAGE_SIZE } from '../../src/site/pagination.ts';

/** Case URLs listed on a page, in order. */
async function caseLinks(page: Page, scope = '.bp-case-list'): Promise<string[]> {
  return page.locator(`${scope} > li:visible h2 a, ${scope} > li:visible h3 a`).evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}

/**
 * The expected answer, read from each case page itself (its fact box and its target-group links), so the test does
 * not trust the catalogue's own facet data.
 */
async function casesWith(request: APIRequestContext, malgruppe: string, storrelse: string): Promise<string[]> {
  // Every published case (the catalogue page itself shows only its first page of them).
  const records = (await (await request.get('/data/eksempler.json')).json()) as { url: string }[];
  const urls = records.map((r) => new URL(r.url).pathname);
  const matching: string[] = [];
  for (const url of urls) {
    const html = await (await request.get(url)).text();
    const size = /<dt>Kommunestørrelse<\/dt>\s*<dd>([^<]*)<\/dd>/.exec(html)?.[1] ?? '';
    if (html.includes(`href="/eksempler/malgruppe/${malgruppe}/"`) && size.split(/, | og /).includes(storrelse)) matching.push(url);
  }
  return matching.sort();
}

test.describe('eksempellisten', () => {
  test('filtrering på målgruppe bostedsløse og kommunestørrelse stor viser nøyaktig de riktige eksemplene, også etter omlasting', async ({ page, request }) => {
    const expected = await casesWith(request, 'bostedslose', 'stor');
    expect(expected.length).toBeGreaterThan(0);

    await page.goto('/eksempler/');
    await page.getByRole('group', { name: 'Målgruppe' }).getByRole('checkbox', { name: /Bostedsløse/ }).check();
    await page.getByRole('group', { name: 'Kommunestørrelse' }).getByRole('checkbox', { name: /Stor/ }).check();
    await expect(page).toHaveURL(/malgruppe=bostedslose/);
    await expect(page).toHaveURL(/kommunestorrelse=stor/);
    expect((await caseLinks(page)).sort()).toEqual(expected);
    await expect(page.getByRole('status')).toHaveText(`${expected.length} eksempler passer filtrene.`);

    await page.reload();
    await expect(page.getByRole('group', { name: 'Målgruppe' }).getByRole('checkbox', { name: /Bostedsløse/ })).toBeChecked();
    expect((await caseLinks(page)).sort()).toEqual(expected);

    await page.goBack();
    await expect(page.getByRole('group', { name: 'Kommunestørrelse' }).getByRole('checkbox', { name: /Stor/ })).not.toBeChecked();
  });

  test('filtrene virker med tastaturet alene', async ({ page }) => {
    await page.goto('/eksempler/');
    const box = page.getByRole('group', { name: 'Målgruppe' }).getByRole('checkbox', { name: /Bostedsløse/ });
    await box.focus();
    await page.keyboard.press('Space');
    await expect(box).toBeChecked();
    await expect(page).toHaveURL(/malgruppe=bostedslose/);
    await expect(page.getByRole('status')).toContainText('passer filteret');
  });

  test('sortering etter tittel', async ({ page }) => {
    const byTitle = (titles: string[]) => [...titles].sort((a, b) => a.localeCompare(b, 'nb'));
    await page.goto('/eksempler/');
    const newestFirst = await page.locator('.bp-case-list > li h2').allTextContents();
    // Otherwise the test below would pass without sorting anything.
    expect(newestFirst).not.toEqual(byTitle(newestFirst));
    await page.goto('/eksempler/?sorter=tittel');
    // The list is sorted in the same step that sets the menu, once the catalogue index has loaded.
    await expect(page.getByLabel('Sorter')).toHaveValue('tittel');
    const titles = await page.locator('.bp-case-list > li h2').allTextContents();
    expect(titles).toEqual(byTitle(titles));
    expect(titles).not.toEqual(newestFirst);
  });
});

test.describe('eksempellisten, slik en person bruker den', () => {
  test('«Fjern alle filtre» tømmer utvalget: listen, antallet og adressen', async ({ page, request }) => {
    await page.goto('/eksempler/');
    const shown = (await caseLinks(page)).length;
    const all = ((await (await request.get('/data/eksempler.json')).json()) as unknown[]).length;
    await page.getByRole('group', { name: 'Målgruppe' }).getByRole('checkbox', { name: /Bostedsløse/ }).click();
    await expect(page).toHaveURL(/malgruppe=bostedslose/);
    await expect(page.getByRole('status')).toContainText('passer filteret');
    expect((await caseLinks(page)).length).toBeLessThan(shown);
    await page.getByRole('button', { name: 'Fjern alle filtre' }).click();
    await expect(page).toHaveURL(/\/eksempler\/$/);
    await expect(page.getByRole('status')).toHaveText(`${all} eksempler.`);
    expect((await caseLinks(page)).length).toBe(shown);
    await expect(page.getByRole('group', { name: 'Målgruppe' }).getByRole('checkbox', { name: /Bostedsløse/ })).not.toBeChecked();
  });

  test('et filter uten treff viser de nærmeste eksemplene, merket som det', async ({ page }) => {
    await page.goto('/eksempler/');
    // Any value no case has yet, whichever it is today, so an editor's new case cannot break the test.
    const empty = page.getByRole('checkbox', { name: /\(0\)/ }).first();
    await expect(empty, 'the test needs a facet value no case has').toBeVisible();
    const facet = await empty.evaluate((box) => box.closest('fieldset')?.querySelector('legend')?.textContent?.trim() ?? '');
    await empty.click();
    await expect(page.getByRole('status')).toContainText('Ingen eksempler passer alle filtrene');
    const nearest = page.getByRole('region', { name: 'Nærmeste treff' });
    await expect(nearest).toBeVisible();
    await expect(nearest.getByRole('listitem')).toHaveCount(5);
    await expect(nearest.getByRole('listitem').first()).toContainText(`Passer ikke: ${facet}.`);
  });

  test('«Nyeste først» følger publiseringsdatoen, og like datoer ordnes fast etter sist kontrollert, siste år og tittel', async ({ page, request }) => {
    await page.goto('/eksempler/');
    const urls = await caseLinks(page);
    const keys = [];
    for (const url of urls) {
      const html = await (await request.get(url)).text();
      const published = /name="citation_publication_date" content="([^"]+)"/.exec(html)?.[1] ?? '';
      const checked = /<dt>Sist kontrollert[^<]*<\/dt>\s*<dd><time datetime="([^"]+)"/.exec(html)?.[1] ?? '';
      const period = /<dt>Periode<\/dt>\s*<dd>([^<]*)<\/dd>/.exec(html)?.[1] ?? '';
      // A case whose sources give no years has no period; it sorts as year 0.
      const lastYear = Math.max(...(period.match(/\d{4}/g) ?? ['0']).map(Number));
      const title = /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1] ?? '';
      expect(published && checked && title, url).toBeTruthy();
      keys.push({ url, published, checked, lastYear, title });
    }
    const expected = [...keys].sort(
      (a, b) =>
        b.published.localeCompare(a.published) ||
        b.checked.localeCompare(a.checked) ||
        b.lastYear - a.lastYear ||
        a.title.localeCompare(b.title, 'nb'),
    );
    expect(urls).toEqual(expected.map((k) => k.url));
    await expect(page.locator('.bp-case-list > li').first().locator('time')).toHaveText(/^Publisert \d{1,2}\. \p{L}+ \d{4}$/u);
  });
});

for (const viewport of [
  { width: 390, height: 844 },
  { width: 320, height: 640 },
]) {
  test.describe(`eksempellisten på mobil (${viewport.width} px)`, () => {
    test.use({ viewport });

    test('filtrene ligger i et sammenleggbart panel; etter et trykk ses antallet, og «Vis N eksempler» viser dem', async ({ page }) => {
      await page.goto('/eksempler/');
      await expect(page.getByRole('checkbox').first()).toBeHidden();
      await page.getByText('Vis filtre').click();
      // A box far down the panel: the 2010–2014 period.
      const box = page.getByRole('group', { name: 'Periode' }).getByRole('checkbox', { name: /^2010–2014/ });
      await box.scrollIntoViewIfNeeded();
      await box.click();
      await expect(page).toHaveURL(/periode=2010-2014/);
      const count = page.locator('#katalog-antall');
      await expect(count).toHaveText(/^\d+ eksempler? passer$/);
      await expect(count).toBeInViewport();
      await expect(box).toBeInViewport();
      const n = Number(/\d+/.exec((await count.textContent()) ?? '')?.[0]);
      const show = page.getByRole('button', { name: `Vis ${n} eksempler` });
      await expect(show).toBeInViewport();
      await show.click();
      await expect(page.getByRole('checkbox').first()).toBeHidden();
      await expect(page.getByRole('status')).toBeInViewport();
      await expect(page.getByRole('status')).toHaveText(`${n} eksempler passer filteret.`);
      // The list shows its first page of results, with «Vis flere» for the rest.
      expect(await caseLinks(page)).toHaveLength(Math.min(n, CATALOGUE_PAGE_SIZE));
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(viewport.width);
    });
  });
}

test.describe('eksempellisten uten JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('de statiske fasettsidene gir samme utvalg: bostedsløse, snevret inn til stor kommune', async ({ page, request }) => {
    const expected = await casesWith(request, 'bostedslose', 'stor');
    await page.goto('/eksempler/');
    await page.getByRole('navigation', { name: 'Filtrer eksemplene' }).getByRole('link', { name: /^Bostedsløse/ }).click();
    await expect(page).toHaveURL(/\/eksempler\/malgruppe\/bostedslose\/$/);
    await page.getByRole('navigation', { name: 'Snevre inn' }).getByRole('link', { name: /^Stor/ }).click();
    await expect(page).toHaveURL(/\/eksempler\/malgruppe\/bostedslose\/kommunestorrelse\/stor\/$/);
    expect((await caseLinks(page)).sort()).toEqual(expected);
  });

  test('en fasettside uten eksempler (en verdi med «(0)») viser de nærmeste i stedet, merket som det', async ({ page }) => {
    // A value no case has yet, read from the catalogue page's own counts, so an editor's new case cannot break it.
    const html = await (await page.request.get('/eksempler/')).text();
    const [, facet, value] = /data-antall-for="([a-z]+)=([a-z0-9-]+)">\(0\)/.exec(html) ?? [];
    expect(facet && value, 'the test needs a facet value no case has').toBeTruthy();
    await page.goto(`/eksempler/${facet}/${value}/`);
    const nearest = page.getByRole('region', { name: 'Nærmeste treff' });
    await expect(nearest).toContainText('Ingen eksempler i Bopraksis har ennå');
    await expect(nearest.getByRole('listitem')).toHaveCount(5);
    await expect(nearest.getByRole('listitem').first()).toContainText('Passer ikke:');
  });
});
