import { expect, test, type Page } from '@playwright/test';

// Printing a case (issue 12): a compact document on at most four A4 pages, no navigation, no relative paths,
// sources with their full addresses. Every case is printed, so the test holds for whichever is longest.
const MAX_PAGES = 4;

async function caseUrls(page: Page): Promise<string[]> {
  await page.goto('/eksempler/');
  const hrefs = await page
    .locator('main a[href^="/eksempler/"]')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return [...new Set(hrefs.filter((href) => /^\/eksempler\/[a-z0-9-]+\/$/.test(href)))];
}

/** Pages in a PDF: each page object is one `/Type /Page` (not `/Pages`) in Chromium's uncompressed page tree. */
function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;
}

test('hvert eksempel skrives ut på høyst fire A4-sider', async ({ page }) => {
  test.setTimeout(120_000);
  const urls = await caseUrls(page);
  expect(urls.length).toBeGreaterThan(0);
  const counts: Record<string, number> = {};
  for (const url of urls) {
    await page.goto(url);
    counts[url] = pdfPageCount(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
  }
  expect(Object.values(counts).every((n) => n > 0)).toBe(true);
  const tooLong = Object.entries(counts).filter(([, n]) => n > MAX_PAGES);
  expect(tooLong, `sider per utskrift: ${JSON.stringify(counts)}`).toEqual([]);
});

test('utskriften viser ingen navigasjon, ingen relative adresser, og kildene med full adresse', async ({ page }) => {
  const [url] = await caseUrls(page);
  expect(url).toBeDefined();
  await page.goto(url ?? '/');
  await page.emulateMedia({ media: 'print' });
  for (const hidden of ['.bp-header', '.bp-footer', '.bp-toc']) {
    await expect(page.locator(hidden)).toBeHidden();
  }
  await expect(page.getByRole('link', { name: 'Til toppen' })).toBeHidden();
  await expect(page.getByRole('link', { name: /Sammenlign med/ })).toBeHidden();
  await expect(page.locator('summary', { hasText: 'BibTeX' })).toBeHidden();
  // Everything printed after a link: its ::after content. No relative path may appear there or in the text.
  const printed = await page
    .locator('a[href]')
    .evaluateAll((links) =>
      links
        .filter((a) => a.checkVisibility())
        .map((a) => ({ href: a.getAttribute('href') ?? '', after: getComputedStyle(a, '::after').content })),
    );
  const relative = printed.filter((link) => /\(\/|\(#|\("?\//.test(link.after) || link.after.includes('"/'));
  expect(relative).toEqual([]);
  const text = await page.locator('body').innerText();
  expect(text).not.toMatch(/\(\/[a-z]/);
  // A source with an address prints the full address after its title.
  const external = printed.filter((link) => /^https?:\/\//.test(link.href));
  for (const link of external) expect(link.after).toContain(link.href);
});
