import { expect, test, type APIRequestContext, type Page } from '@playwright/test';

/** Case URLs listed on a page, in order. */
async function caseLinks(page: Page, scope = '.bp-case-list'): Promise<string[]> {
  return page.locator(`${scope} > li:visible h2 a, ${scope} > li:visible h3 a`).evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}

/**
 * The expected answer, read from each case page itself (its fact box and its target-group links), so the test does
 * not trust the catalogue's own facet data.
 */
async function casesWith(request: APIRequestContext, malgruppe: string, storrelse: string): Promise<string[]> {
  const list = await (await request.get('/eksempler/')).text();
  const urls = [...new Set([...list.matchAll(/href="(\/eksempler\/[a-z0-9-]+\/)"/g)].map((m) => m[1] ?? ''))];
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
    await page.goto('/eksempler/?sorter=tittel');
    const titles = await page.locator('.bp-case-list > li h2').allTextContents();
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'nb')));
  });
});

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
});
