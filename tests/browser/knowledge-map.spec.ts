import { expect, test, type Page } from '@playwright/test';

const MAP = '/kunnskapskart/';
const CELL_HREF = '/eksempler/metode/leie-til-eie/malgruppe/okonomisk-vanskeligstilte/';

/** The distinct same-site links in a page's main content whose path matches `pattern`. */
async function linksIn(page: Page, pattern: RegExp): Promise<string[]> {
  const hrefs = await page
    .locator('main a[href]')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return [...new Set(hrefs.filter((href) => pattern.test(href)))];
}

test.describe('kunnskapskart', () => {
  test('ruten Fra leie til eie × Økonomisk vanskeligstilte lenker til filtrert katalog og teller eksemplene riktig', async ({
    page,
  }) => {
    // In the fixture content, Balsfjord and Drammen have both the method and the target group.
    await page.goto(MAP);
    await expect(page.getByRole('heading', { level: 1, name: 'Kunnskapskart' })).toBeVisible();
    const matrix = page.getByRole('table', { name: 'Antall eksempler per metode og målgruppe' });
    const cell = matrix.locator(`a[href="${CELL_HREF}"]`);
    await expect(cell).toHaveCount(1);
    await expect(cell).toHaveText('2');
    await expect(cell).toHaveAccessibleName('2 eksempler: Fra leie til eie for økonomisk vanskeligstilte');
    // The link sits where its row and column headers say it does.
    const headers = await cell.evaluate((link) => {
      const td = link.closest('td') as HTMLTableCellElement;
      const row = td.parentElement as HTMLTableRowElement;
      const table = td.closest('table') as HTMLTableElement;
      return {
        row: row.querySelector('th[scope="row"] a')?.getAttribute('href'),
        column: table.tHead?.rows[0]?.cells[td.cellIndex]?.querySelector('a')?.getAttribute('href'),
      };
    });
    expect(headers).toEqual({
      row: '/metoder/leie-til-eie/',
      column: '/eksempler/malgruppe/okonomisk-vanskeligstilte/',
    });
  });

  test('hull i kartet viser 0 og leses opp som «ingen eksempler»', async ({ page }) => {
    await page.goto(MAP);
    const gaps = page
      .getByRole('table', { name: 'Antall eksempler per metode og målgruppe' })
      .getByRole('cell', { name: 'ingen eksempler', exact: true });
    expect(await gaps.count()).toBeGreaterThan(0);
    const gap = gaps.first();
    await expect(gap.locator('[aria-hidden="true"]')).toHaveText('0');
    await expect(gap.locator('[aria-hidden="true"]')).toBeVisible();
    await expect(gap.getByRole('link')).toHaveCount(0);
  });

  test('suksessfaktortabellen har hver faktor fra /suksessfaktorer/, flest eksempler først', async ({ page }) => {
    await page.goto('/suksessfaktorer/');
    const factorPages = await linksIn(page, /^\/suksessfaktorer\/[a-z0-9-]+\/$/);
    expect(factorPages.length).toBeGreaterThan(0);

    await page.goto(MAP);
    const table = page.getByRole('table', { name: 'Antall eksempler som nevner hver suksessfaktor' });
    const rows = table.locator('tbody tr');
    await expect(rows).toHaveCount(factorPages.length);
    for (const href of factorPages) {
      await expect(table.locator(`tbody th[scope="row"] a[href="${href}"]`)).toHaveCount(1);
    }
    // How many fixture cases name each factor, most first (ties in any order).
    const counts = (await table.locator('tbody tr td:last-child').allTextContents()).map((text) => Number(text.trim()));
    expect(counts).toEqual([10, 6, 6, 5, 5, 4, 3, 3, 2, 2, 2, 1]);
    await expect(rows.first()).toHaveText(/^Organisering og samordning\s*Hovedfaktor\s*10$/);
    await expect(table.locator('tbody tr', { hasText: 'Dedikert koordinator' })).toHaveText(
      /Under «Organisering og samordning»\s*6$/,
    );
    await expect(table.getByRole('cell', { name: 'Hovedfaktor', exact: true })).toHaveCount(6);
  });

  test('den brede tabellen ruller i en fokuserbar region ved 200 % zoom', async ({ page }) => {
    // 1280 CSS pixels at 200 % zoom leaves 640 for the page.
    await page.setViewportSize({ width: 640, height: 800 });
    await page.goto(MAP);
    const region = page.getByRole('region', { name: 'Antall eksempler per metode og målgruppe' });
    await expect(region).toHaveAttribute('tabindex', '0');
    await region.focus();
    await expect(region).toBeFocused();
    const overflow = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    }));
    expect(overflow.page, 'the page itself must not scroll sideways').toBeLessThanOrEqual(0);
    const before = await region.evaluate((el) => el.scrollLeft);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(before);
  });
});

test.describe('uten JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('en rute fører til en statisk side med akkurat eksemplene bak tallet', async ({ page }) => {
    await page.goto(MAP);
    const cell = page
      .getByRole('table', { name: 'Antall eksempler per metode og målgruppe' })
      .locator(`a[href="${CELL_HREF}"]`);
    await expect(cell).toHaveText('2');
    await cell.click();
    await expect(page).toHaveURL(new RegExp(`${CELL_HREF}$`));
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Fra leie til eie');
    await expect(page.locator('.bp-case-list > li')).toHaveCount(2);
    await expect(page.locator('.bp-case-list a[href="/eksempler/drammen-fra-leie-til-eie/"]')).toBeVisible();
    await expect(page.locator('.bp-case-list a[href="/eksempler/balsfjord-fokuskommune/"]')).toBeVisible();
  });
});

for (const viewport of [
  { width: 390, height: 844 },
  { width: 320, height: 640 },
]) {
  test.describe(`${viewport.width} px`, () => {
    test.use({ viewport });

    test('kartet er en liste per metode, med de samme tallene og lenkene som tabellen', async ({ page }) => {
      await page.goto(MAP);
      const list = page.locator('[data-map="list"]');
      await expect(list).toBeVisible();
      await expect(page.getByRole('table', { name: 'Antall eksempler per metode og målgruppe' })).toBeHidden();
      const link = list.locator(`a[href="${CELL_HREF}"]`);
      await expect(link).toBeVisible();
      await expect(page.locator(`table a[href="${CELL_HREF}"]`)).toHaveText('2');
      await expect(link).toHaveText(/: 2 eksempler$/);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await link.click();
      await expect(page).toHaveURL(new RegExp(`${CELL_HREF}$`));
    });
  });
}
