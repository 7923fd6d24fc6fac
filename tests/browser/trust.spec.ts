import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT, copyProject, runScript } from '../support/project-copy.ts';
import { axeViolations } from '../support/axe.ts';
import { PORTS } from '../support/ports.ts';
import { serveStatic } from '../support/static-server.ts';

// Fixture content, so an editor's change to a real case cannot break this: a case citing a repealed paragraph
// (helse- og omsorgstjenesteloven § 3-7 → boligsosialloven § 6), with figures cited to a page of its source.
const FIXTURE = join(PROJECT, 'tests/fixtures/sjekk/gyldig');
const CASE = '/eksempler/gyldig-eksempel/';

test.describe.configure({ mode: 'serial' });

let server: Awaited<ReturnType<typeof serveStatic>>;

/** Commits everything in `root` with a fixed date, as an editor's change would be. */
function commit(root: string, message: string, date: string) {
  const env = { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Redaktør', '-c', 'user.email=redaksjon@example.invalid', ...args], { cwd: root, env });
  git('add', '-A');
  git('commit', '-q', '-m', message);
}

test.beforeAll(async () => {
  test.setTimeout(240_000);
  const root = copyProject({ content: [FIXTURE] });
  // The change history is read from git: the copy gets a history of its own with two changes to the case.
  execFileSync('git', ['init', '-q'], { cwd: root });
  commit(root, 'Første versjon av eksemplene', '2026-11-21T10:00:00Z');
  appendFileSync(join(root, 'content/eksempler/gyldig-eksempel.mdx'), '\nKommunen fortsatte arbeidet.\n');
  commit(root, 'Testby: fix the text after checking it\n\nEndring: Teksten er rettet etter kontroll mot kildene.', '2026-12-01T10:00:00Z');
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
  expect(await axeViolations(page)).toEqual([]);
});

test('filteret «Eldre kilder» finnes i katalogen', async ({ page }) => {
  await page.goto(`${server.url}/eksempler/kilder/eldre-kilder/`);
  await expect(page.locator(`.bp-case-list a[href="${CASE}"]`)).toHaveCount(1);
});

test('eksempelsiden viser først publisert, sist endret og hver endring fra git', async ({ page }) => {
  await page.goto(`${server.url}${CASE}`);
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
