import { expect, test } from '@playwright/test';

test('forsiden har søkefelt først, hopplenke og lang="nb"', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Hopp til hovedinnholdet' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#innhold')).toBeFocused();
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
});

test('eksempellisten lenker til hvert eksempel, og eksempelsiden viser fakta, trinn og kilder', async ({ page }) => {
  await page.goto('/eksempler/');
  const link = page.locator('.bp-case-list > li h2 a, .bp-case-list > li h3 a').first();
  const title = ((await link.textContent()) ?? '').trim();
  const href = (await link.getAttribute('href')) ?? '';
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByRole('region', { name: 'Fakta om eksempelet' })).toContainText('Evidensnivå');
  await expect(page.getByRole('region', { name: 'Kilder' }).getByRole('listitem').first()).toBeVisible();
});

test('innholdssider laster ikke JavaScript', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await page.goto('/eksempler/bodo-boligpolitisk-handlingsplan/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(scripts).toEqual([]);
});
