import { expect, test, type Page } from '@playwright/test';

// The header on a phone: a «Meny» disclosure that opens with and without JavaScript, and a header short enough
// to leave the page its first screen (issue 12: it took 270 of 844 px).
const PHONES = [
  { name: '390×844', width: 390, height: 844 },
  { name: '320×640', width: 320, height: 640 },
];

async function headerHeight(page: Page): Promise<number> {
  return page.locator('.bp-header').evaluate((header) => header.getBoundingClientRect().height);
}

for (const { name, width, height } of PHONES) {
  for (const javaScriptEnabled of [true, false]) {
    test.describe(`${name}, ${javaScriptEnabled ? 'med' : 'uten'} JavaScript`, () => {
      test.use({ viewport: { width, height }, javaScriptEnabled });

      test('toppen er lav, og menyknappen åpner og lukker hovedmenyen', async ({ page }) => {
        await page.goto('/metoder/');
        expect(await headerHeight(page)).toBeLessThanOrEqual(100);
        const menu = page.getByRole('navigation', { name: 'Hovedmeny' });
        const button = page.getByRole('button', { name: 'Meny' }).or(page.locator('summary', { hasText: 'Meny' }));
        await expect(menu.getByRole('link', { name: 'Lovverk' })).toBeHidden();
        await button.click();
        await expect(menu.getByRole('link', { name: 'Lovverk' })).toBeVisible();
        await expect(page.getByRole('searchbox', { name: 'Søk i eksempler, metoder og lovverk' })).toBeVisible();
        await menu.getByRole('link', { name: 'Lovverk' }).click();
        await expect(page).toHaveURL(/\/lovverk\/$/);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      });

      test('menyen virker med tastaturet', async ({ page }) => {
        await page.goto('/metoder/');
        await page.locator('summary', { hasText: 'Meny' }).focus();
        await page.keyboard.press('Enter');
        const link = page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Eksempler' });
        await expect(link).toBeVisible();
        await page.keyboard.press('Enter');
        await expect(link).toBeHidden();
      });
    });
  }
}

test.describe('320×640', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('forsidens søkefelt står på første skjermbilde', async ({ page }) => {
    await page.goto('/');
    const box = await page.getByRole('searchbox', { name: 'Søk i eksempler, metoder og lovverk' }).boundingBox();
    const button = await page.locator('#forside-sok-felt ~ button').boundingBox();
    expect(box).not.toBeNull();
    expect(button).not.toBeNull();
    expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(640);
    expect((button?.y ?? 0) + (button?.height ?? 0)).toBeLessThanOrEqual(640);
  });
});

test.describe('bred skjerm', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('hovedmenyen vises uten knapp', async ({ page }) => {
    await page.goto('/metoder/');
    await expect(page.locator('summary', { hasText: 'Meny' })).toBeHidden();
    await expect(
      page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Lovverk' }),
    ).toBeVisible();
    await expect(page.getByRole('searchbox', { name: 'Søk i eksempler, metoder og lovverk' })).toBeVisible();
  });
});
