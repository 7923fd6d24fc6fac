import { expect, test } from '@playwright/test';
import { axeViolations } from '../support/axe.ts';
import { CHANGED_CASE } from '../support/fixture-site.ts';

// The fixture site's test case (tests/fixtures/nettsted/, marked as test data): it cites a repealed paragraph
// (helse- og omsorgstjenesteloven § 3-7 → boligsosialloven § 6), has figures cited to a page of its source, and
// has two versions in the fixture site's git history (tests/support/fixture-site.ts).
const CASE = `/eksempler/${CHANGED_CASE}/`;

test('et eksempel som viser til en opphevet paragraf, sier «gjaldt da» og lenker til paragrafen som gjelder nå', async ({
  page,
}) => {
  await page.goto(`${CASE}`);
  const item = page.getByRole('listitem').filter({ hasText: 'helse- og omsorgstjenesteloven § 3-7' });
  await expect(item).toContainText('gjaldt da');
  await expect(item).toContainText('opphevet 1. juli 2023');
  await item.getByRole('link', { name: 'boligsosialloven § 6' }).click();
  await expect(page).toHaveURL(/\/lovverk\/boligsosial-lov\/#paragraf-6$/);
  await expect(page.getByRole('heading', { level: 2, name: '§ 6 Individuelt tilpasset bistand' })).toBeVisible();
});

test('en sidehenvisning i teksten leder til kilden i den nummererte kildelisten', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(`${CASE}`);
  const reference = page.locator('.bp-prose').getByRole('link', { name: 'Kilde 1, s. 4' });
  await expect(reference).toHaveText('s. 4');
  await reference.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#kilde-1$/);
  const source = page.locator('#kilde-1');
  await expect(source).toBeInViewport();
  await expect(source).toContainText('Testutgiver (2013). Testkilde, s. 3–5, 9. Rapport');
});

test('faktaboksen dater status og periode, merker eldre kilder og lenker til forklaringen av evidensnivåene', async ({
  page,
}) => {
  test.slow();
  await page.goto(`${CASE}`);
  const facts = page.getByRole('region', { name: 'Fakta om eksempelet' });
  await expect(facts).toContainText('Avsluttet (ifølge kilde fra 2013)');
  await expect(facts).toContainText('Senest fra 2012 til 2015');
  await expect(facts).toContainText('Eldre kilder');
  await facts.getByRole('link', { name: 'Hva evidensnivåene betyr' }).click();
  await expect(page).toHaveURL(/\/om-innholdet\/#evidensniva$/);
  await expect(page.getByText('Det betyr ikke:').first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('filteret «Eldre kilder» finnes i katalogen', async ({ page }) => {
  await page.goto(`/eksempler/kilder/eldre-kilder/`);
  await expect(page.locator(`.bp-case-list a[href="${CASE}"]`)).toHaveCount(1);
});

test('eksempelsiden viser først publisert, sist endret og hver endring fra git', async ({ page }) => {
  await page.goto(`${CASE}`);
  const facts = page.getByRole('region', { name: 'Fakta om eksempelet' });
  await expect(facts).toContainText('Først publisert i Bopraksis15. januar 2024');
  await expect(facts).toContainText('Sist endret1. desember 2026');
  await facts.getByRole('link', { name: 'Alle endringer' }).click();
  const history = page.getByRole('region', { name: 'Endringer' });
  await expect(history.getByRole('listitem')).toHaveText([
    // The Norwegian «Endring:» trailer is shown, not the commit subject; a commit without one gets a plain line.
    '1. desember 2026: Teksten er rettet etter kontroll mot kildene.',
    '21. november 2026: Innholdet ble endret.',
  ]);
});
