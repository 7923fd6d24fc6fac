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
  const link = page.getByRole('link', { name: /Drammen/ }).first();
  await link.click();
  await expect(page).toHaveURL(/\/eksempler\/drammen-fra-leie-til-eie\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Drammen');
  const facts = page.getByRole('region', { name: 'Fakta om eksempelet' });
  await expect(facts).toContainText('Buskerud');
  await expect(facts).toContainText('stor');
  await expect(page.getByRole('region', { name: 'Kilder' })).toContainText(/s\. \d/);
  await expect(page.getByRole('region', { name: 'Suksessfaktorer', exact: true }).getByRole('link').first()).toHaveAttribute('href', /^\/suksessfaktorer\//);
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
