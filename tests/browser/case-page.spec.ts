import { expect, test, type Page } from '@playwright/test';

// The case page (issue 12): each topic once, a table of contents «På denne siden» (beside the text on wide
// screens, above it on narrow ones), a «Til toppen» link, one heading style per level and Designsystemet's links.
// It runs over every case, so editing one case's content cannot break it.

async function caseUrls(page: Page): Promise<string[]> {
  await page.goto('/eksempler/');
  const hrefs = await page
    .locator('main a[href^="/eksempler/"]')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return [...new Set(hrefs.filter((href) => /^\/eksempler\/[a-z0-9-]+\/$/.test(href)))];
}

test('hvert eksempel har trinnene og suksessfaktorene i én seksjon hver, og innholdslisten peker på hver seksjon', async ({
  page,
}) => {
  test.setTimeout(90_000);
  for (const url of await caseUrls(page)) {
    await page.goto(url);
    const h2s = (await page.locator('main h2').allTextContents()).map((text) => text.trim());
    expect(h2s.filter((t) => t === 'Hvem gjorde hva').length, url).toBeLessThanOrEqual(1);
    expect(h2s.filter((t) => /^Suksessfaktor/.test(t)).length, url).toBeLessThanOrEqual(1);
    expect(
      h2s.some((t) => /trinn for trinn|i korte trekk/i.test(t)),
      url,
    ).toBe(false);
    // The contents list every h2 section of the text (except its own heading), each link leading to one.
    const toc = page.getByRole('navigation', { name: 'På denne siden' });
    const targets = await toc
      .getByRole('link')
      .evaluateAll((links) => links.map((a) => decodeURIComponent((a as HTMLAnchorElement).hash.slice(1))));
    const sections = await page
      .locator('main h2[id]')
      .evaluateAll((hs) => hs.map((h) => h.id).filter((id) => id !== 'innhold-tittel'));
    expect(targets, url).toEqual(sections);
    // One style per heading level: every h2 in the text has the same font size, except the fact box's title.
    const sizes = await page
      .locator('main h2:not(#innhold-tittel):not(#fakta-tittel)')
      .evaluateAll((hs) => [...new Set(hs.map((h) => getComputedStyle(h).fontSize))]);
    expect(sizes, url).toHaveLength(1);
  }
});

test('lenker i brødteksten har Designsystemets lenkestil', async ({ page }) => {
  test.setTimeout(90_000);
  for (const url of await caseUrls(page)) {
    await page.goto(url);
    const plain = await page.locator('.bp-prose a[href]:not(.ds-link)').count();
    expect(plain, url).toBe(0);
  }
});

const NARROW = [
  { width: 390, height: 844 },
  { width: 320, height: 640 },
];

for (const viewport of NARROW) {
  test.describe(`${viewport.width} px`, () => {
    test.use({ viewport });

    test('innholdslisten står over teksten, og en lenke i den fører til seksjonen; «Til toppen» fører tilbake', async ({
      page,
    }) => {
      const [url] = await caseUrls(page);
      await page.goto(url ?? '/');
      const toc = page.getByRole('navigation', { name: 'På denne siden' });
      await expect(toc).toBeVisible();
      const tocBox = await toc.boundingBox();
      const textBox = await page.locator('.bp-factbox').boundingBox();
      expect(tocBox && textBox && tocBox.y + tocBox.height <= textBox.y).toBe(true);
      await toc.getByRole('link', { name: 'Kilder' }).click();
      await expect(page).toHaveURL(/#kilder-tittel$/);
      await expect(page.getByRole('heading', { name: 'Kilder', level: 2 })).toBeInViewport();
      await page.getByRole('link', { name: 'Til toppen' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    });
  });
}

test.describe('bred skjerm', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('innholdslisten står i høyre kolonne og blir stående når man blar', async ({ page }) => {
    const [url] = await caseUrls(page);
    await page.goto(url ?? '/');
    const toc = page.getByRole('navigation', { name: 'På denne siden' });
    const text = page.locator('.bp-factbox');
    const [tocBox, textBox] = [await toc.boundingBox(), await text.boundingBox()];
    expect(tocBox && textBox && tocBox.x >= textBox.x + textBox.width).toBe(true);
    await page.getByRole('heading', { name: 'Kilder', level: 2 }).scrollIntoViewIfNeeded();
    await expect(toc).toBeInViewport();
  });
});
