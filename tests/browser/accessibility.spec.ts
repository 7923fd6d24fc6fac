import { expect, test } from '@playwright/test';
import { axeViolations } from '../support/axe.ts';
import { PAGE_TYPES as PAGES, publishedCases, urlOf } from './page-types.ts';

for (const type of PAGES) {
  test(`axe finner ingen brudd på WCAG 2.2 AA: ${type.name}`, async ({ page }) => {
    // axe on a long page takes well over the default 30 s when the machine is busy.
    test.slow();
    await page.goto(await urlOf(type, page.request));
    if (type.ready) await type.ready(page);
    expect(await axeViolations(page)).toEqual([]);
  });
}

// A case page: the first case the site publishes, whichever it is.
const FIRST_CASE = 'eksempel';

// The phone layout has its own states: the open menu, the case page's contents above the text, the map as a list.
for (const url of ['/', FIRST_CASE, '/kunnskapskart/', '/ordliste/']) {
  test(`axe finner ingen brudd på WCAG 2.2 AA på 320 px med menyen åpen: ${url}`, async ({ page }) => {
    test.slow();
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(url === FIRST_CASE ? `/eksempler/${(await publishedCases(page.request))[0]}/` : url);
    await page.locator('summary', { hasText: 'Meny' }).click();
    await expect(page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link').first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}

// WCAG 1.4.10 (reflow) is measured at 320 CSS pixels: 1280 px at 400 % zoom, stricter than 200 % text zoom.
for (const url of ['/', '/eksempler/', FIRST_CASE, '/kunnskapskart/', '/sok/?q=startlån']) {
  test(`320 px bred skjerm: ingen vannrett rulling på ${url}`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(url === FIRST_CASE ? `/eksempler/${(await publishedCases(page.request))[0]}/` : url);
    await page.waitForLoadState('networkidle');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
}
