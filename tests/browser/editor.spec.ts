import { expect as baseExpect, test, type Locator, type Page } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT, copyProject, runScript } from '../support/project-copy.ts';
import { PORTS } from '../support/ports.ts';
import { inFeedsAndData } from '../support/published-case.ts';
import { serveStatic } from '../support/static-server.ts';

// An adviser's first case, entirely in the browser: the real Decap CMS at /admin/, started by `npm run redaksjon`
// against decap-server in git mode with the editorial workflow, in a throwaway copy with its own git repository.
// The fact is real: Husbanken's report «Husbankens kommunesatsing» (2012), page 4, on Moss kommune's plan for the
// start loan; Moss's number, county and population come from the page cited in the municipality's entry.
// The source does not say how far the work had come, so the case leaves `status` out, as the trust model asks.

// One after the other in one worker (both use the same ports); the second runs even if the first fails.
// The limit is generous: with a dozen builds beside it on two cores, one step in Decap's form can take half a minute.
test.describe.configure({ mode: 'default', timeout: 1_200_000 });

// Decap re-renders the whole form on each change; on a loaded machine a step can take tens of seconds.
const expect = baseExpect.configure({ timeout: 90_000 });

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
    'Moss kommune la opp til å bruke startlånet mer fleksibelt og kombinere det med oppfølging i hjemmet, for å skaffe vanskeligstilte en egnet bolig [1, s. 4]. Kilden sier ikke hvordan det gikk.',
  ansvarligAktor: 'Moss kommune',
  fra: '2012',
  kilde: {
    tittel: 'Husbankens kommunesatsing',
    utgiver: 'Husbanken',
    ar: '2012',
    type: 'rapport',
    // The address the published Oslo case already cites for the same report.
    url: 'https://docplayer.me/amp/14799852-Husbankens-kommunesatsing.html',
    sider: '4',
  },
  body: '## Beskrivelse\n\nMoss kommune ville bruke startlånet mer fleksibelt enn før, og la det gå sammen med oppfølgingstjenester i boligen, slik at vanskeligstilte kunne bosettes i egnede boliger [1, s. 4]. Prosjektet fikk midler både fra Husbanken og fra Arbeids- og velferdsdirektoratet [1, s. 4].\n\nKilden er Husbankens rapport om kommunesatsingen fra 2012 [1]. Den sier ikke når prosjektet startet, hvor mange som fikk lån, eller hvordan det gikk.',
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
  // A hook keeps Playwright's 30 s default whatever describe.configure says; astro dev alone can take longer to start.
  test.setTimeout(300_000);
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
  await expect
    .poll(async () => (await fetch(`${base}/admin/`).catch(() => undefined))?.status, { timeout: 120_000 })
    .toBe(200);
});

test.afterAll(async () => {
  // Waits for it to stop, so a next worker can take the same ports.
  if (!redaksjon || redaksjon.exitCode !== null) return;
  const stopped = new Promise((resolve) => redaksjon.once('exit', resolve));
  redaksjon.kill('SIGTERM');
  await stopped;
});

/** What an adviser does in the editor, counted as they happen: clicks, and fields typed into. */
const actions = { clicks: 0, typed: 0 };

async function click(target: Locator) {
  await target.click();
  actions.clicks++;
}

async function logIn(page: Page) {
  page.setDefaultNavigationTimeout(90_000);
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto(`${base}/admin/`);
  await click(page.getByRole('button', { name: 'Logg inn' }));
  await expect(page.getByRole('link', { name: 'Arbeidsflyt' })).toBeVisible();
}

/** Picks an option in one of Decap's select or relation widgets by typing, as a person would. */
async function choose(page: Page, field: Locator, typed: string, option: string | RegExp) {
  await click(field);
  await page.keyboard.type(typed);
  actions.typed++;
  await click(page.getByRole('option', { name: option }).first());
}

/** Writes a field's text in one go, as when it is pasted from the source (typing it key by key takes minutes here). */
async function write(field: Locator, text: string) {
  await field.fill(text);
  await expect(field).toHaveValue(text);
  actions.typed++;
}

async function save(page: Page) {
  await click(page.getByRole('button', { name: 'Lagre', exact: true }));
  await expect(page.getByText('Endringer lagret')).toBeVisible();
}

async function setStatus(page: Page, label: 'Kladd' | 'Til godkjenning' | 'Klar') {
  await click(page.getByRole('button', { name: /^Status:/ }));
  await click(page.getByRole('menuitem', { name: label }));
  await expect(page.getByRole('button', { name: `Status: ${label}` })).toBeVisible();
}

/** «Publiser nå», confirmed; returns Decap's notice, «Innlegg publisert» or why it could not publish. */
async function publishNow(page: Page): Promise<string> {
  await click(page.getByRole('button', { name: 'Publiser', exact: true }));
  await click(page.getByRole('menuitem', { name: 'Publiser nå' }));
  const notice = page.getByText(/Innlegg publisert|Kunne ikke publisere/).first();
  await expect(notice).toBeVisible({ timeout: 180_000 });
  return notice.innerText();
}

/**
 * Opens a new case's form. Once, in CI on 2026-12-03 (two workers on two cores), the form had not appeared 20 minutes
 * after a reload, with nothing in any log. If it has not come within two minutes, what the page was still waiting for
 * is printed, so that the cause can be found, and the page is loaded once more, as an editor would; a second
 * failure fails the test.
 */
async function openNewCase(page: Page, reload: boolean) {
  const pending = new Set<string>();
  const started = (request: { url: () => string }) => pending.add(request.url());
  const ended = (request: { url: () => string }) => pending.delete(request.url());
  page.on('request', started);
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  const title = page.getByLabel('Tittel', { exact: true });
  try {
    await page.goto(`${base}/admin/#/collections/eksempler/new`);
    if (reload) await page.reload();
    const shown = await title
      .waitFor({ timeout: 120_000 })
      .then(() => true)
      .catch(() => false);
    if (!shown) {
      console.log(
        `Redigering: skjemaet kom ikke fram på 2 min; ventet fortsatt på ${[...pending].join(', ') || 'ingenting'}`,
      );
      await page.reload();
    }
  } finally {
    page.off('request', started);
    page.off('requestfinished', ended);
    page.off('requestfailed', ended);
  }
  return title;
}

/** Fills a new case with every field the source supports, from the real fact above, in the form's order. */
async function fillCase(page: Page, tittel: string, options = { kommune: true, reload: false }) {
  await write(await openNewCase(page, options.reload), tittel);
  await write(page.getByLabel('Sammendrag'), CASE.sammendrag);
  await write(page.getByLabel('Ansvarlig aktør'), CASE.ansvarligAktor);
  // Moss exists once the first test has published it; the second test does without.
  if (options.kommune) await choose(page, page.getByLabel('Kommuner (valgfritt)'), 'Moss', 'Moss 3103');
  // Periode is optional but open: the first year the source shows the work under way. Status stays empty.
  await write(page.getByLabel('Fra år'), CASE.fra);
  await choose(page, page.getByLabel('Evidensnivå'), 'beskrevet', 'beskrevet lokalt');
  // Publisert, then Sist kontrollert: today, with the date widget's «Nå».
  for (const nth of [0, 1]) await click(page.getByText('Nå', { exact: true }).nth(nth));
  await choose(page, page.getByLabel('Tema', { exact: true }), 'Økonomi', 'Økonomi og finansiering');
  await choose(page, page.getByLabel('Målgrupper (valgfritt)'), 'Økonomisk', /Økonomisk vanskeligstilte/);
  await choose(page, page.getByLabel('Metoder (valgfritt)'), 'startlån', 'Helhetlig bruk av startlån');
  await choose(page, page.getByLabel('Virkemidler (valgfritt)'), 'Startlån', 'Startlån');
  await click(page.getByRole('button', { name: /Add kilder/ }));
  await write(page.getByLabel('Tittel på kilden'), CASE.kilde.tittel);
  await write(page.getByLabel('Utgiver'), CASE.kilde.utgiver);
  await write(page.getByLabel('Utgivelsesår'), CASE.kilde.ar);
  await choose(page, page.getByLabel('Type', { exact: true }), 'rapport', 'rapport');
  await write(page.getByLabel('Nettadresse'), CASE.kilde.url);
  await write(page.getByLabel('Sider'), CASE.kilde.sider);
}

async function replaceBody(page: Page, text: string) {
  // The raw markdown editor is a content-editable region; it is the only one in the form.
  const body = page.locator('[data-slate-editor="true"]');
  for (let attempt = 0; attempt < 5 && (await body.innerText()).trim() !== ''; attempt++) {
    await click(body);
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Backspace');
  }
  expect((await body.innerText()).trim()).toBe('');
  // Line by line, as a paste arrives: Enter starts each new line of the markdown.
  const lines = text.split('\n');
  for (const [index, line] of lines.entries()) {
    if (line) await page.keyboard.insertText(line);
    if (index < lines.length - 1) await page.keyboard.press('Enter');
  }
  actions.typed++;
  await expect(body).toContainText('Arbeids- og velferdsdirektoratet [1, s. 4]');
}

/**
 * A checkout of main beside the editor's working tree, where the site is checked and built. decap-server checks out
 * review branches in its working tree whenever the editor reads a draft, so a build there could see one; and a
 * build there would make `astro dev` reload under the editor.
 */
function checkoutMain(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bopraksis-main-'));
  expect(git(['worktree', 'add', '--detach', '--force', dir, 'main']).status).toBe(0);
  if (!existsSync(join(dir, 'node_modules'))) symlinkSync(join(PROJECT, 'node_modules'), join(dir, 'node_modules'));
  return dir;
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

async function buildAndLook(page: Page, dir: string, slug: string) {
  const build = runScript(dir, 'build');
  expect(build.status, build.output).toBe(0);
  const server = await serveStatic(join(dir, 'dist'), PORTS.editorSite);
  try {
    return {
      ...inFeedsAndData(join(dir, 'dist'), slug, 'okonomi-og-finansiering'),
      ...(await onSite(page, server.url, slug)),
    };
  } finally {
    await server.close();
  }
}

/** Seconds since `from`, for the closing note's log lines (never asserted: timings belong to `npm run bench`). */
const since = (from: number) => Math.round((Date.now() - from) / 1000);

test('en ny kommune og et nytt eksempel går fra kladd via godkjenning til publisert', async ({ page }) => {
  const opened = Date.now();
  await logIn(page);
  console.log(`Redigering: innlogget etter ${since(opened)} s`);

  // 1. The municipality the case needs, added in the editor and published through the same workflow.
  const kommuneStarted = Date.now();
  await page.goto(`${base}/admin/#/collections/kommuner/entries/kommuner`);
  await click(page.getByRole('button', { name: /Add kommune/ }));
  await write(page.getByLabel('Id', { exact: true }).first(), KOMMUNE.id);
  await write(page.getByLabel('Navn', { exact: true }).first(), KOMMUNE.navn);
  await write(page.getByLabel('Kommunenummer').first(), KOMMUNE.kommunenummer);
  await choose(page, page.getByLabel('Fylke').first(), 'Østf', KOMMUNE.fylke);
  await write(page.getByLabel('Antall innbyggere').first(), KOMMUNE.antall);
  await write(page.getByLabel('År for tellingen').first(), KOMMUNE.ar);
  await write(page.getByLabel('Kilde for tallet').first(), KOMMUNE.kilde);
  await save(page);
  await expect(page.getByRole('complementary', { name: 'Innholdssjekk' })).toContainText('Klar til publisering');
  await setStatus(page, 'Klar');
  expect(await publishNow(page)).toContain('Innlegg publisert');
  const kommuner = git(['show', 'main:content/data/kommuner.yaml']).stdout;
  expect(kommuner).toContain('- id: moss\n  navn: Moss\n  kommunenummer: "3103"\n  fylke: Østfold\n');
  // The rest of the file is untouched: its header comment and the other municipalities survive the editor.
  expect(kommuner).toContain('# Kommuner som har eksempler i Bopraksis.');
  expect(kommuner).toContain('id: bodo');
  console.log(
    `Redigering: kommunen publisert ${since(kommuneStarted)} s etter at den ble påbegynt (${actions.clicks} klikk, ${actions.typed} felt)`,
  );

  // 2. The case, saved as a draft (a branch), then sent for review. The page is loaded afresh, so the form's list
  // of municipalities is read from main, where Moss now is.
  const counted = { ...actions };
  const caseStarted = Date.now();
  await fillCase(page, CASE.tittel, { kommune: true, reload: true });
  await replaceBody(page, CASE.body);
  await save(page);
  await expect(page.getByRole('complementary', { name: 'Innholdssjekk' })).toContainText('Klar til publisering');
  // The draft is a branch of its own, named from the title.
  await expect
    .poll(() => git(['branch', '--list', 'cms/eksempler/*']).stdout.trim(), { message: 'the draft branch' })
    .toBe(`cms/eksempler/${SLUG}`);
  expect(git(['show', `cms/eksempler/${SLUG}:content/eksempler/${SLUG}.mdx`]).stdout).toContain(CASE.tittel);
  const draft = since(caseStarted);
  await setStatus(page, 'Til godkjenning');
  const review = since(caseStarted);

  // Before publishing it is nowhere: not on main, not in the catalogue, the facets, search, feeds or open data.
  expect(onMain(`content/eksempler/${SLUG}.mdx`)).toBe(false);
  const before = await buildAndLook(page, checkoutMain(), SLUG);
  expect(before).toEqual({
    feed: false,
    themeFeed: false,
    json: false,
    csv: false,
    katalog: false,
    tema: false,
    malgruppe: false,
    virkemiddel: false,
    kommune: false,
    sok: false,
  });

  // 3. The reviewer marks it ready and publishes: the gate runs sjekk, then decap-server merges the branch.
  const publishStarted = Date.now();
  await page.goto(`${base}/admin/#/collections/eksempler/entries/${SLUG}`);
  await setStatus(page, 'Klar');
  expect(await publishNow(page)).toContain('Innlegg publisert');
  expect(onMain(`content/eksempler/${SLUG}.mdx`)).toBe(true);
  const published = since(publishStarted);

  const file = git(['show', `main:content/eksempler/${SLUG}.mdx`]).stdout;
  expect(file).toContain(CASE.tittel);
  expect(file).toMatch(/\nperiode:\n( {2}\w+: .*\n)* {2}fra: 2012\n/);
  expect(file).not.toContain('status:');
  expect(file).toContain('type: rapport');
  expect(file).toContain('Arbeids- og velferdsdirektoratet [1, s. 4].');
  const main = checkoutMain();
  const sjekk = runScript(main, 'sjekk');
  expect(sjekk.status, sjekk.output).toBe(0);
  expect(sjekk.output).toContain(`${SLUG}.mdx: Klar til publisering.`);
  const buildStarted = Date.now();
  const after = await buildAndLook(page, main, SLUG);
  const built = since(buildStarted);
  expect(after).toEqual({
    feed: true,
    themeFeed: true,
    json: true,
    csv: true,
    katalog: true,
    tema: true,
    malgruppe: true,
    virkemiddel: true,
    kommune: true,
    sok: true,
  });
  console.log(
    `Redigering: eksempelet (${actions.clicks - counted.clicks} klikk, ${actions.typed - counted.typed} felt): kladd etter ${draft} s, ` +
      `til godkjenning etter ${review} s, publisert ${published} s etter at godkjenneren åpnet det, nettstedet bygd på ${built} s`,
  );
});

test('et eksempel med feil kan ikke publiseres, og redaktøren ser sjekks meldinger', async ({ page }) => {
  await logIn(page);
  // Every field the form requires is filled, but the body still has the template's hints and no own text.
  await fillCase(page, 'Moss: uferdig utkast', { kommune: false, reload: false });
  await save(page);
  const panel = page.getByRole('complementary', { name: 'Innholdssjekk' });
  await expect(panel).toContainText('Ikke klart til publisering');
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
