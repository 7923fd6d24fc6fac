import { expect, test } from '@playwright/test';
import { PAGE_TYPES, urlOf } from './page-types.ts';

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

// The one check that pages without a script of their own (page-types.ts) load no JavaScript but the search form's
// warm-up (src/scripts/search-warmup.ts; Astro names its file after the component), and that it fetches nothing
// until someone puts the cursor in a search field.
for (const type of PAGE_TYPES.filter((t) => !t.script)) {
  test(`siden laster bare søkefeltets skript, og det henter ingenting før feltet brukes: ${type.name}`, async ({
    page,
  }) => {
    const scripts: string[] = [];
    const search: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
      if (request.url().includes('/pagefind/')) search.push(request.url());
    });
    await page.goto(await urlOf(type, page.request));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(
      scripts.filter((path) => !/^\/_astro\/SearchForm\.astro_astro_type_script_index_0_lang\.[\w-]+\.js$/.test(path)),
    ).toEqual([]);
    expect(scripts.length).toBeLessThanOrEqual(1);
    expect(search).toEqual([]);
  });
}
