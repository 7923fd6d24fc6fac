import { expect, test } from '@playwright/test';
import { SITE } from '../../src/site/site-config.ts';

// Who stands behind the site (issue 12): an «Om Bopraksis» page, one contact address shown in the footer, on /om/
// and in the accessibility statement, and a dated statement that links to the national statement service.
const mailto = `mailto:${SITE.contactEmail}`;

test('«Om Bopraksis» nås fra menyen og sier hvem som står bak, hvordan eksemplene kontrolleres, og lisensen', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Om Bopraksis' }).click();
  await expect(page).toHaveURL(/\/om\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Om Bopraksis');
  for (const heading of [
    'Hvem står bak',
    'Slik skriver vi',
    'Slik velges og kontrolleres eksemplene',
    'Hvor ofte innholdet oppdateres',
    'Lisens',
  ]) {
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  }
  await expect(page.getByRole('main')).toContainText('CC BY 4.0');
  await expect(page.getByRole('main').getByRole('link', { name: 'åpne data' })).toHaveAttribute('href', '/apne-data/');
  await expect(page.getByRole('main').locator(`a[href="${mailto}"]`).first()).toBeVisible();
});

test('kontaktadressen står i bunnteksten på alle sider', async ({ page }) => {
  for (const url of ['/', '/eksempler/', '/metoder/', '/finnes-ikke/']) {
    await page.goto(url);
    await expect(page.getByRole('contentinfo').locator(`a[href="${mailto}"]`)).toHaveText(SITE.contactEmail);
    await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Om Bopraksis' })).toHaveAttribute(
      'href',
      '/om/',
    );
  }
});

test('tilgjengelighetserklæringen er datert, gir adressen for tilbakemelding og lenker til uustatus.no', async ({
  page,
}) => {
  await page.goto('/tilgjengelighet/');
  const main = page.getByRole('main');
  await expect(main.locator('time[datetime]')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
  await expect(main).toContainText(/sist oppdatert \d{1,2}\. \p{L}+ \d{4}/u);
  await expect(main.locator(`a[href="${mailto}"]`)).toBeVisible();
  await expect(main.getByRole('link', { name: 'uustatus.no' })).toHaveAttribute('href', 'https://www.uustatus.no/');
});

test('overskriftene på tekstsidene har luft over seg', async ({ page }) => {
  for (const url of ['/tilgjengelighet/', '/apne-data/', '/om/']) {
    await page.goto(url);
    const gaps = await page.locator('main article > h2').evaluateAll((headings) =>
      headings.map((h) => {
        const previous = h.previousElementSibling?.getBoundingClientRect();
        return previous ? h.getBoundingClientRect().top - previous.bottom : Infinity;
      }),
    );
    expect(gaps.length, url).toBeGreaterThan(0);
    for (const gap of gaps) expect(gap, url).toBeGreaterThanOrEqual(24);
  }
});
