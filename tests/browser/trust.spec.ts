import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { PROJECT, copyProject, runScript } from '../support/project-copy.ts';
import { PORTS } from '../support/ports.ts';
import { serveStatic } from '../support/static-server.ts';

// Fixture content, so an editor's change to a real case cannot break this: a case citing a repealed paragraph
// (helse- og omsorgstjenesteloven § 3-7 → boligsosialloven § 6), with figures cited to a page of its source.
const FIXTURE = join(PROJECT, 'tests/fixtures/sjekk/gyldig');
const CASE = '/eksempler/gyldig-eksempel/';

test.describe.configure({ mode: 'serial' });

let server: Awaited<ReturnType<typeof serveStatic>>;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  const root = copyProject({ content: [FIXTURE] });
  const build = runScript(root, 'build');
  expect(build.status, build.output.slice(-3000)).toBe(0);
  server = await serveStatic(join(root, 'dist'), PORTS.trust);
});

test.afterAll(async () => {
  await server?.close();
});

test('et eksempel som viser til en opphevet paragraf, sier «gjaldt da» og lenker til paragrafen som gjelder nå', async ({ page }) => {
  await page.goto(`${server.url}${CASE}`);
  const item = page.getByRole('listitem').filter({ hasText: 'helse- og omsorgstjenesteloven § 3-7' });
  await expect(item).toContainText('gjaldt da');
  await expect(item).toContainText('opphevet 1. juli 2023');
  await item.getByRole('link', { name: 'boligsosialloven § 6' }).click();
  await expect(page).toHaveURL(`${server.url}/lovverk/boligsosial-lov/#paragraf-6`);
  await expect(page.getByRole('heading', { level: 2, name: '§ 6 Individuelt tilpasset bistand' })).toBeVisible();
});

test('en sidehenvisning i teksten leder til kilden i den nummererte kildelisten', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(`${server.url}${CASE}`);
  const reference = page.locator('.bp-prose').getByRole('link', { name: 'Kilde 1, s. 4' });
  await expect(reference).toHaveText('s. 4');
  await reference.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#kilde-1$/);
  const source = page.locator('#kilde-1');
  await expect(source).toBeInViewport();
  await expect(source).toContainText('Testutgiver (2013). Testkilde, s. 3–5, 9. Rapport');
});

test('faktaboksen dater status og periode, merker eldre kilder og lenker til forklaringen av evidensnivåene', async ({ page }) => {
  await page.goto(`${server.url}${CASE}`);
  const facts = page.getByRole('region', { name: 'Fakta om eksempelet' });
  await expect(facts).toContainText('Avsluttet (ifølge kilde fra 2013)');
  await expect(facts).toContainText('Senest fra 2012 til 2015');
  await expect(facts).toContainText('Eldre kilder');
  await facts.getByRole('link', { name: 'Hva evidensnivåene betyr' }).click();
  await expect(page).toHaveURL(`${server.url}/om-innholdet/#evidensniva`);
  await expect(page.getByText('Det betyr ikke:').first()).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations).toEqual([]);
});

test('filteret «Eldre kilder» finnes i katalogen', async ({ page }) => {
  await page.goto(`${server.url}/eksempler/kilder/eldre-kilder/`);
  await expect(page.locator(`.bp-case-list a[href="${CASE}"]`)).toHaveCount(1);
});
