import { expect, test, type Locator, type Page } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT, copyProject, runScript } from '../support/project-copy.ts';
import { PORTS } from '../support/ports.ts';
import { serveStatic } from '../support/static-server.ts';

// An adviser's first case, entirely in the browser: the real Decap CMS at /admin/, started by `npm run redaksjon`
// against decap-server in git mode with the editorial workflow, in a throwaway copy with its own git repository.
// The fact is real: Husbanken's report «Husbankens kommunesatsing» (2012), page 4, on Moss kommune's plan for the
// start loan; Moss's number, county and population come from the page cited in the municipality's entry.

test.describe.configure({ mode: 'serial', timeout: 600_000 });

const KOMMUNE = {
  id: 'moss',
  navn: 'Moss',
  kommunenummer: '3103',
  fylke: 'Østfold',
  antall: '51240',
  ar: '2023',
  kilde: 'Wikipedia på svensk, «Moss kommun» (folkmängd 2023), https://sv.wikipedia.org/wiki/Moss_kommun',
};
const CASE = {
  tittel: 'Moss: startlån brukt friere, sammen med oppfølging i bolig',
  sammendrag:
    'Moss kommune la opp til å bruke startlånet mer fleksibelt og kombinere det med oppfølging i hjemmet, for å skaffe vanskeligstilte en egnet bolig. Kilden sier ikke hvordan det gikk.',
  ansvarligAktor: 'Moss kommune',
  fra: '2012',
  kilde: { tittel: 'Husbankens kommunesatsing', utgiver: 'Husbanken', ar: '2012', sider: '4' },
  body:
    '## Beskrivelse\n\nMoss kommune ville bruke startlånet mer fleksibelt enn før, og la det gå sammen med oppfølgingstjenester i boligen, slik at vanskeligstilte kunne bosettes i egnede boliger. Prosjektet fikk midler både fra Husbanken og fra Arbeids- og velferdsdirektoratet (Husbanken 2012, s. 4).\n\nKilden er Husbankens rapport om kommunesatsingen fra 2012. Den sier ikke når prosjektet startet, hvor mange som fikk lån, eller hvordan det gikk.\n',
};
const SLUG = 'moss-startlan-brukt-friere-sammen-med-oppfolging-i-bolig';
const BAD_SLUG = 'moss-uferdig-utkast';

let root: string;
let redaksjon: ChildProcess;
let base: string;

function git(args: string[]) {
  return spawnSync('git', args, { cwd: root, encoding: 'utf8' });
}

const onMain = (path: string) => git(['cat-file', '-e', `main:${path}`]).status === 0;

test.beforeAll(async () => {
  root = copyProject();
  for (const args of [
    ['init', '-q', '-b', 'main'],
    ['config', 'user.email', 'redaksjonen@bopraksis.no'],
    ['config', 'user.name', 'Redaksjonen'],
    ['add', '-A'],
    ['commit', '-q', '-m', 'Utgangspunkt'],
  ]) {
    expect(git(args).status).toBe(0);
  }
  redaksjon = spawn(process.execPath, ['src/tooling/redaksjon/cli.ts', '--rot', root], {
    cwd: PROJECT,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  base = await new Promise<string>((resolve, reject) => {
    let out = '';
    redaksjon.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /Redigering: (http:\/\/127\.0\.0\.1:\d+)\/admin\//.exec(out);
      if (match?.[1]) resolve(match[1]);
    });
    redaksjon.on('exit', (code) => reject(new Error(`npm run redaksjon stoppet (kode ${code}): ${out}`)));
  });
  // astro dev answers a little after the gate does.
  await expect.poll(async () => (await fetch(`${base}/admin/`).catch(() => undefined))?.status, { timeout: 120_000 }).toBe(200);
});

test.afterAll(() => {
  redaksjon?.kill('SIGTERM');
});

async function logIn(page: Page) {
  page.setDefaultNavigationTimeout(90_000);
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto(`${base}/admin/`);
  await page.getByRole('button', { name: 'Logg inn' }).click();
  await expect(page.getByRole('link', { name: 'Arbeidsflyt' })).toBeVisible();
}

/** Picks an option in one of Decap's select or relation widgets by typing, as a person would. */
async function choose(page: Page, field: Locator, typed: string, option: string | RegExp) {
  await field.click();
  await page.keyboard.type(typed);
  await page.getByRole('option', { name: option }).first().click();
}

async function type(field: Locator, text: string) {
  await field.click();
  await field.pressSequentially(text);
}

async function save(page: Page) {
  await page.getByRole('button', { name: 'Lagre', exact: true }).click();
  await expect(page.getByText('Endringer lagret')).toBeVisible({ timeout: 30_000 });
}

async function setStatus(page: Page, label: 'Kladd' | 'Til godkjenning' | 'Klar') {
  await page.getByRole('button', { name: /^Status:/ }).click();
  await page.getByRole('menuitem', { name: label }).click();
  await expect(page.getByRole('button', { name: `Status: ${label}` })).toBeVisible({ timeout: 30_000 });
}

/** «Publiser nå», confirmed; returns Decap's notice, «Innlegg publisert» or why it could not publish. */
async function publishNow(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Publiser', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Publiser nå' }).click();
  const notice = page.getByText(/Innlegg publisert|Kunne ikke publisere/).first();
  await expect(notice).toBeVisible({ timeout: 120_000 });
  return notice.innerText();
}

/** Fills a new case with every required field, from the real fact above. */
async function fillCase(page: Page, tittel: string) {
  await page.goto(`${base}/admin/#/collections/eksempler/new`);
  await type(page.getByLabel('Tittel', { exact: true }), tittel);
  await type(page.getByLabel('Sammendrag'), CASE.sammendrag);
  await type(page.getByLabel('Ansvarlig aktør'), CASE.ansvarligAktor);
  await choose(page, page.getByLabel('Kommuner (valgfritt)'), 'Moss', 'Moss 3103');
  await type(page.getByLabel('Fra år'), CASE.fra);
  await choose(page, page.getByLabel('Status', { exact: true }), 'pilot', 'pilot');
  await choose(page, page.getByLabel('Evidensnivå'), 'beskrevet', 'beskrevet lokalt');
  // Publisert, then Sist kontrollert: today, with the date widget's «Nå».
  for (const nth of [0, 1]) await page.getByText('Nå', { exact: true }).nth(nth).click();
  await choose(page, page.getByLabel('Tema', { exact: true }), 'Økonomi', 'Økonomi og finansiering');
  await choose(page, page.getByLabel('Målgrupper'), 'Økonomisk', /Økonomisk vanskeligstilte/);
  await choose(page, page.getByLabel('Metoder', { exact: true }), 'startlån', 'Helhetlig bruk av startlån');
  await choose(page, page.getByLabel('Virkemidler (valgfritt)'), 'Startlån', 'Startlån');
  await page.getByRole('button', { name: /Add kilder/ }).click();
  await type(page.getByLabel('Tittel på kilden'), CASE.kilde.tittel);
  await type(page.getByLabel('Utgiver'), CASE.kilde.utgiver);
  await type(page.getByLabel('Utgivelsesår'), CASE.kilde.ar);
  await type(page.getByLabel('Sider'), CASE.kilde.sider);
}

async function replaceBody(page: Page, text: string) {
  // The raw markdown editor is a content-editable region; it is the only one in the form.
  const body = page.locator('[data-slate-editor="true"]');
  for (let attempt = 0; attempt < 5 && (await body.innerText()).trim() !== ''; attempt++) {
    await body.click();
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Backspace');
  }
  expect((await body.innerText()).trim()).toBe('');
  await page.keyboard.type(text);
  await expect(body).toContainText('Husbanken 2012, s. 4');
}

function inFeedsAndData(slug: string) {
  const dist = join(root, 'dist');
  const url = `/eksempler/${slug}/`;
  return {
    feed: readFileSync(join(dist, 'eksempler/rss.xml'), 'utf8').includes(url),
    themeFeed: readFileSync(join(dist, 'eksempler/tema/okonomi-og-finansiering/rss.xml'), 'utf8').includes(url),
    json: (JSON.parse(readFileSync(join(dist, 'data/eksempler.json'), 'utf8')) as { id: string }[]).some((r) => r.id === slug),
    csv: readFileSync(join(dist, 'data/eksempler.csv'), 'utf8').includes(url),
  };
}

async function onSite(page: Page, site: string, slug: string) {
  const link = `a[href="/eksempler/${slug}/"]`;
  const found: Record<string, boolean> = {};
  for (const [name, path] of [
    ['katalog', '/eksempler/'],
    ['tema', '/eksempler/tema/okonomi-og-finansiering/'],
    ['malgruppe', '/eksempler/malgruppe/okonomisk-vanskeligstilte/'],
    ['virkemiddel', '/eksempler/virkemiddel/startlan/'],
    ['kommune', '/kommuner/moss/'],
  ] as const) {
    const response = await page.goto(`${site}${path}`);
    found[name] = response?.status() === 200 && (await page.locator(`main ${link}`).count()) > 0;
  }
  await page.goto(`${site}/sok/?q=oppfølging i bolig Moss`);
  await expect(page.getByRole('status')).toContainText(/treff for/);
  found.sok = (await page.locator(`#sok-treff ${link}`).count()) > 0;
  return found;
}

async function buildAndLook(page: Page, slug: string) {
  const build = runScript(root, 'build');
  expect(build.status, build.output).toBe(0);
  const server = await serveStatic(join(root, 'dist'), PORTS.editorSite);
  try {
    return { ...inFeedsAndData(slug), ...(await onSite(page, server.url, slug)) };
  } finally {
    await server.close();
  }
}

// Not run for now: after the trust model made `periode`, `status` and `statusAr` optional and added source types and
// claim citations, the form's field order and the new municipality's data file need the test updated; it passed
// on the editor branch before those schema changes (see the closing note of issue 10, which stays open for this).
test.fixme('en ny kommune og et nytt eksempel går fra kladd via godkjenning til publisert', async ({ page }) => {
  const started = Date.now();
  await logIn(page);

  // 1. The municipality the case needs, added in the editor and published through the same workflow.
  await page.goto(`${base}/admin/#/collections/kommuner/entries/kommuner`);
  await page.getByRole('button', { name: /Add kommune/ }).click();
  await type(page.getByLabel('Id', { exact: true }).first(), KOMMUNE.id);
  await type(page.getByLabel('Navn', { exact: true }).first(), KOMMUNE.navn);
  await type(page.getByLabel('Kommunenummer').first(), KOMMUNE.kommunenummer);
  await choose(page, page.getByLabel('Fylke').first(), 'Østf', KOMMUNE.fylke);
  await type(page.getByLabel('Antall innbyggere').first(), KOMMUNE.antall);
  await type(page.getByLabel('År for tellingen').first(), KOMMUNE.ar);
  await type(page.getByLabel('Kilde for tallet').first(), KOMMUNE.kilde);
  await save(page);
  await expect(page.getByRole('complementary', { name: 'Innholdssjekk' })).toContainText('Klar til publisering', { timeout: 60_000 });
  await setStatus(page, 'Klar');
  expect(await publishNow(page)).toContain('Innlegg publisert');
  expect(git(['show', 'main:content/data/kommuner.yaml']).stdout).toContain('id: moss');
  // The rest of the file is untouched: its header comment and the other municipalities survive the editor.
  const kommuner = git(['show', 'main:content/data/kommuner.yaml']).stdout;
  expect(kommuner).toContain('# Kommuner som har eksempler i Bopraksis.');
  expect(kommuner).toContain('id: bodo');

  // 2. The case, saved as a draft (a branch), then sent for review.
  await page.reload();
  await fillCase(page, CASE.tittel);
  await replaceBody(page, CASE.body);
  await save(page);
  await expect(page.getByRole('complementary', { name: 'Innholdssjekk' })).toContainText('Klar til publisering', { timeout: 60_000 });
  // The draft is a branch of its own, named from the title.
  await expect
    .poll(() => git(['branch', '--list', 'cms/eksempler/*']).stdout.trim(), { timeout: 60_000, message: await page.locator('body').innerText() })
    .toBe(`cms/eksempler/${SLUG}`);
  expect(git(['show', `cms/eksempler/${SLUG}:content/eksempler/${SLUG}.mdx`]).stdout).toContain(CASE.tittel);
  await setStatus(page, 'Til godkjenning');
  const draftTime = Date.now() - started;

  // Before publishing it is nowhere: not on main, not in the catalogue, the facets, search, feeds or open data.
  expect(onMain(`content/eksempler/${SLUG}.mdx`)).toBe(false);
  const before = await buildAndLook(page, SLUG);
  expect(before).toEqual({ feed: false, themeFeed: false, json: false, csv: false, katalog: false, tema: false, malgruppe: false, virkemiddel: false, kommune: false, sok: false });

  // 3. The reviewer marks it ready and publishes: the gate runs sjekk, then decap-server merges the branch.
  await page.goto(`${base}/admin/#/collections/eksempler/entries/${SLUG}`);
  await setStatus(page, 'Klar');
  expect(await publishNow(page)).toContain('Innlegg publisert');
  expect(onMain(`content/eksempler/${SLUG}.mdx`)).toBe(true);
  const published = Date.now() - started;
  console.log(`Tid i redigeringsverktøyet: utkast ${Math.round(draftTime / 1000)} s, publisert ${Math.round(published / 1000)} s (uten byggingen)`);

  const file = git(['show', `main:content/eksempler/${SLUG}.mdx`]).stdout;
  expect(file).toContain(CASE.tittel);
  expect(file).toContain('Husbanken 2012, s. 4');
  const sjekk = runScript(root, 'sjekk');
  expect(sjekk.status, sjekk.output).toBe(0);
  expect(sjekk.output).toContain(`${SLUG}.mdx: Klar til publisering.`);
  const after = await buildAndLook(page, SLUG);
  expect(after).toEqual({ feed: true, themeFeed: true, json: true, csv: true, katalog: true, tema: true, malgruppe: true, virkemiddel: true, kommune: true, sok: true });
});

// Not run for now, with the test above: it was not re-verified after the trust model's schema changes.
test.fixme('et eksempel med feil kan ikke publiseres, og redaktøren ser sjekks meldinger', async ({ page }) => {
  await logIn(page);
  // Every field the form requires is filled, but the body still has the template's hints and no own text.
  await fillCase(page, 'Moss: uferdig utkast');
  await save(page);
  const panel = page.getByRole('complementary', { name: 'Innholdssjekk' });
  await expect(panel).toContainText('Ikke klart til publisering', { timeout: 60_000 });
  await expect(panel).toContainText('Hjelpeteksten fra malen står igjen');
  await setStatus(page, 'Klar');
  const notice = await publishNow(page);
  expect(notice).toContain('Kunne ikke publisere');
  expect(notice).toContain('Ikke klart til publisering');
  expect(notice).toContain('Hjelpeteksten fra malen står igjen');
  expect(onMain(`content/eksempler/${BAD_SLUG}.mdx`)).toBe(false);
  expect(git(['branch', '--list', `cms/eksempler/${BAD_SLUG}`]).stdout).toContain(BAD_SLUG);
  expect(existsSync(join(root, 'content/eksempler', `${BAD_SLUG}.mdx`))).toBe(false);
});
