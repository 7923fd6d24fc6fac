import { expect, test, type Locator, type Page } from '@playwright/test';
import { axeViolations } from '../support/axe.ts';
import { watchLayoutShift } from '../support/layout-shift.ts';

const DRAMMEN = 'drammen-fra-leie-til-eie';
const BODO = 'bodo-boligpolitisk-handlingsplan';
const COMPARE_URL = `/sammenlign/?a=${DRAMMEN}&b=${BODO}`;

// From the fixture site's copies of the two cases (tests/fixtures/nettsted/content/eksempler/).
const drammen = { title: 'Drammen: fra leie til eie for kommunale leietakere', firstStep: 'Tiltaket settes i gang' };
const bodo = {
  title: 'Bodø: helhetlig boligpolitisk handlingsplan 2014–2017',
  firstStep: 'Partnerskapsavtale med Husbanken',
};

/** As a reader does it: click the field, select what is in it, and type over it, or delete it. */
async function typeInto(page: Page, field: Locator, text: string) {
  await field.click();
  await page.keyboard.press('ControlOrMeta+A');
  if (text) await page.keyboard.type(text);
  else await page.keyboard.press('Backspace');
}

test.describe('sammenligning', () => {
  test('viser to eksempler side om side, seksjon for seksjon, med trinnene til hvert', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(COMPARE_URL);

    await expect(page.getByRole('status')).toContainText('Sammenligner 2 eksempler');
    await expect(page.getByRole('status')).toContainText(drammen.title);
    await expect(page.getByRole('status')).toContainText(bodo.title);
    await expect(page.getByRole('combobox', { name: 'Første eksempel' })).toHaveValue(drammen.title);
    await expect(page.getByRole('combobox', { name: 'Andre eksempel' })).toHaveValue(bodo.title);
    await expect(page.locator('input[name="a"]')).toHaveValue(DRAMMEN);
    await expect(page.locator('input[name="b"]')).toHaveValue(BODO);

    const steps = page.getByRole('region', { name: 'Trinn for trinn' });
    const columns = steps.locator('[data-compare="column"]');
    await expect(columns).toHaveCount(2);
    await expect(columns.nth(0).getByRole('heading', { level: 3, name: drammen.title })).toBeVisible();
    await expect(columns.nth(1).getByRole('heading', { level: 3, name: bodo.title })).toBeVisible();
    await expect(columns.nth(0).getByRole('link', { name: drammen.title })).toHaveAttribute(
      'href',
      `/eksempler/${DRAMMEN}/`,
    );
    await expect(columns.nth(0)).toContainText(drammen.firstStep);
    await expect(columns.nth(1)).toContainText(bodo.firstStep);

    // Side by side on a wide screen: the columns start on the same line.
    const [first, second] = await Promise.all([columns.nth(0).boundingBox(), columns.nth(1).boundingBox()]);
    expect(first && second && Math.abs(first.y - second.y)).toBe(0);
    expect(first && second && second.x > first.x).toBe(true);

    // Sections follow the case page's order, and copied headings sit below the column headings.
    const sectionHeadings = await page.locator('.bp-compare > section > h2').allTextContents();
    expect(sectionHeadings.slice(0, 3)).toEqual(['Oppsummert', 'Fakta', 'Beskrivelse']);
    expect(sectionHeadings.at(-1)).toBe('Suksessfaktorer i katalogen');
    await expect(columns.nth(0).locator('h3')).toHaveCount(1);
    expect(
      await page.locator('[id]').evaluateAll((nodes) => {
        const ids = nodes.map((node) => node.id);
        return ids.filter((id, index) => ids.indexOf(id) !== index);
      }),
    ).toEqual([]);
  });

  test('ingen layoutforskyvning når eksemplene kommer (CLS ≤ 0,02 på en bred skjerm)', async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    const layoutShift = await watchLayoutShift(page);
    await page.goto(COMPARE_URL);
    await expect(page.getByRole('status')).toContainText('Sammenligner 2 eksempler');
    await page.waitForLoadState('networkidle');
    expect(await layoutShift()).toBeLessThanOrEqual(0.02);
  });

  test('sammenligningen har ingen WCAG 2.2 AA-feil som axe finner', async ({ page }) => {
    // axe over three columns of text takes well over the default 30 s when the machine is busy.
    test.slow();
    await page.goto(`${COMPARE_URL}&c=ringsaker-bolig-forst`);
    await expect(page.getByRole('status')).toContainText('Sammenligner 3 eksempler');
    expect(await axeViolations(page, { include: 'main' })).toEqual([]);
  });

  test('på en smal skjerm (375 px) står eksemplene under hverandre', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(COMPARE_URL);
    const columns = page.getByRole('region', { name: 'Trinn for trinn' }).locator('[data-compare="column"]');
    await expect(columns).toHaveCount(2);
    const first = await columns.nth(0).boundingBox();
    const second = await columns.nth(1).boundingBox();
    expect(first).not.toBeNull();
    expect(second).not.toBeNull();
    if (!first || !second) return;
    expect(second.y).toBeGreaterThanOrEqual(first.y + first.height);
    expect(first.x + first.width).toBeLessThanOrEqual(375);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });

  test('eksempler kan velges og sammenlignes bare med tastaturet', async ({ page }) => {
    await page.goto('/sammenlign/');
    const fieldA = page.locator('#sammenlign-a');
    for (let presses = 0; presses < 60 && !(await fieldA.evaluate((f) => f === document.activeElement)); presses++) {
      await page.keyboard.press('Tab');
    }
    await expect(fieldA).toBeFocused();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('bodø handlingsplan');
    await expect(page.getByRole('listbox', { name: 'Første eksempel' }).getByRole('option')).toHaveCount(1);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(fieldA).toHaveValue(bodo.title);
    await expect(page).toHaveURL(/\/sammenlign\/$/);

    await page.keyboard.press('Tab');
    await expect(page.locator('#sammenlign-b')).toBeFocused();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('leie drammen');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page.locator('#sammenlign-b')).toHaveValue(drammen.title);
    await page.keyboard.press('Tab');
    await expect(page.locator('#sammenlign-c')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Sammenlign' })).toBeFocused();
    await page.keyboard.press('Enter');

    await expect(page).toHaveURL(new RegExp(`[?&]a=${BODO}&b=${DRAMMEN}&c=$`));
    await expect(page.getByRole('status')).toContainText('Sammenligner 2 eksempler');
  });

  test('feltet foreslår eksempler ut fra ord i tittelen eller kommunen, uten axe-feil og uten CSP-brudd', async ({
    page,
  }) => {
    const violations: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy|Refused to/i.test(message.text()))
        violations.push(message.text());
    });
    await page.goto('/sammenlign/');
    const field = page.locator('#sammenlign-c');
    await field.click();
    await field.pressSequentially('Bodø');
    const list = page.getByRole('listbox', { name: 'Tredje eksempel (valgfritt)' });
    await expect(list).toBeVisible();
    await expect(field).toHaveAttribute('role', 'combobox');
    await expect(field).toHaveAttribute('aria-expanded', 'true');
    // The fixture has three cases in Bodø, in title order; each suggestion says where and when under its title.
    const options = list.getByRole('option');
    await expect(options).toHaveCount(3);
    await expect(options.nth(0)).toContainText('Bodø: «Bolig Nu»');
    await expect(options.nth(2)).toContainText(bodo.title);
    await expect(options.nth(2).locator('.bp-meta')).toContainText('Bodø');
    expect(await axeViolations(page, { include: 'form' })).toEqual([]);

    await page.keyboard.press('Escape');
    await expect(list).toBeHidden();
    await expect(field).toHaveAttribute('aria-expanded', 'false');
    await typeInto(page, field, 'finnes ikke');
    await expect(page.locator('#sammenlign-c-hjelp')).toHaveText(
      'Ingen eksempler passer til «finnes ikke». Prøv færre eller andre ord.',
    );
    expect(violations).toEqual([]);
  });

  test('mens forslagene hentes, sier hjelpeteksten det, og så kommer forslagene', async ({ page }) => {
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route('**/eksempler/indeks.json', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/sammenlign/');
    const field = page.locator('#sammenlign-c');
    await field.click();
    await field.pressSequentially('drammen');
    await expect(page.locator('#sammenlign-c-hjelp')).toHaveText('Henter eksemplene …');
    release();
    await expect(page.getByRole('option', { name: drammen.title })).toBeVisible();
    await expect(page.locator('#sammenlign-c-hjelp')).toHaveText(
      'Skriv ord fra tittelen eller en kommune, og velg blant forslagene.',
    );
  });

  test('et klikk på et forslag velger eksempelet', async ({ page }) => {
    await page.goto('/sammenlign/');
    await typeInto(page, page.locator('#sammenlign-b'), 'drammen');
    await page.getByRole('option', { name: drammen.title }).click();
    await expect(page.locator('#sammenlign-b')).toHaveValue(drammen.title);
    await expect(page.locator('input[name="b"]')).toHaveValue(DRAMMEN);
    await expect(page.getByRole('listbox', { name: 'Andre eksempel' })).toBeHidden();
  });

  test('en tittel skrevet helt ut virker uten å velge forslaget', async ({ page }) => {
    await page.goto('/sammenlign/');
    await typeInto(page, page.locator('#sammenlign-b'), drammen.title.toLowerCase());
    // Enter with no suggestion picked sends the form.
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`[?&]b=${DRAMMEN}&`));
    await expect(page.getByRole('status')).toContainText('Sammenligner 2 eksempler');
  });

  test('tekst som ikke er et eksempel, får en feilmelding ved feltet, og skjemaet sendes ikke', async ({ page }) => {
    await page.goto('/sammenlign/');
    const field = page.locator('#sammenlign-b');
    await typeInto(page, field, 'finnes ikke');
    await page.getByRole('button', { name: 'Sammenlign' }).click();
    const error = page.locator('#sammenlign-b-feil');
    await expect(error).toHaveText(
      'Fant ikke noe eksempel med tittelen «finnes ikke». Skriv noen ord fra tittelen, og velg et av forslagene, eller tøm feltet.',
    );
    await expect(field).toBeFocused();
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveAccessibleDescription(/Fant ikke noe eksempel med tittelen «finnes ikke»/);
    await expect(page).toHaveURL(/\/sammenlign\/$/);

    await typeInto(page, field, '');
    await expect(error).toBeHidden();
    await expect(field).not.toHaveAttribute('aria-invalid');
  });

  test('med færre enn to eksempler får brukeren veiledning og ingen sammenligning', async ({ page }) => {
    await page.goto(`/sammenlign/?a=${DRAMMEN}`);
    await expect(page.getByRole('status')).toContainText('Velg minst to ulike eksempler');
    await expect(page.locator('.bp-compare > section')).toHaveCount(0);
  });

  test('et ukjent eksempel nevnes i statusen', async ({ page }) => {
    await page.goto(`/sammenlign/?a=${DRAMMEN}&b=finnes-ikke`);
    await expect(page.getByRole('status')).toContainText('Fant ikke noe eksempel med id «finnes-ikke»');
    await expect(page.getByRole('status')).toContainText('Velg minst to ulike eksempler');
    await expect(page.locator('.bp-compare > section')).toHaveCount(0);
  });
});

test.describe('sammenligning på en telefon', () => {
  test.use({ viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true });

  test('på en telefon (320 px) får forslagene plass uten vannrett rulling', async ({ page }) => {
    await page.goto('/sammenlign/');
    await page.locator('#sammenlign-a').tap();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('bodø');
    const list = page.getByRole('listbox', { name: 'Første eksempel' });
    await expect(list.getByRole('option')).toHaveCount(3);
    const box = await list.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 320).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await list.getByRole('option', { name: bodo.title }).tap();
    await expect(page.locator('input[name="a"]')).toHaveValue(BODO);
  });
});

test.describe('sammenligning uten JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('skjemaet virker, og siden sier at sammenligningen trenger JavaScript', async ({ page, request }) => {
    // Chromium does not render <noscript> when Playwright turns scripts off, so read it from the served HTML.
    const html = await (await request.get('/sammenlign/')).text();
    expect(html).toMatch(
      /<noscript>[\s\S]*Sammenligningen trenger JavaScript[\s\S]*href="\/eksempler\/"[\s\S]*<\/noscript>/,
    );

    await page.goto('/sammenlign/');
    // The two cases the form proposes: their titles in the fields, their ids in what the form sends.
    await expect(page.getByRole('searchbox', { name: 'Første eksempel' })).not.toHaveValue('');
    await expect(page.getByRole('searchbox', { name: 'Tredje eksempel (valgfritt)' })).toHaveValue('');
    const a = await page.locator('input[name="a"]').inputValue();
    const b = await page.locator('input[name="b"]').inputValue();
    expect(a).toMatch(/^[a-z0-9-]+$/);
    expect(b).not.toBe(a);
    await page.getByRole('button', { name: 'Sammenlign' }).click();
    await expect(page).toHaveURL(new RegExp(`/sammenlign/\\?a=${a}&b=${b}&c=$`));
  });
});
