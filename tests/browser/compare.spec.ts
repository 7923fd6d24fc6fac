import { expect, test } from '@playwright/test';
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

test.describe('sammenligning', () => {
  test('viser to eksempler side om side, seksjon for seksjon, med trinnene til hvert', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(COMPARE_URL);

    await expect(page.getByRole('status')).toContainText('Sammenligner 2 eksempler');
    await expect(page.getByRole('status')).toContainText(drammen.title);
    await expect(page.getByRole('status')).toContainText(bodo.title);
    await expect(page.getByLabel('Første eksempel')).toHaveValue(DRAMMEN);
    await expect(page.getByLabel('Andre eksempel')).toHaveValue(BODO);

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
    const selectA = page.locator('select[name="a"]');
    const selectB = page.locator('select[name="b"]');
    const ids = await selectA
      .locator('option')
      .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
    expect(ids.length).toBeGreaterThanOrEqual(3);

    for (
      let presses = 0;
      presses < 60 && !(await selectA.evaluate((select) => select === document.activeElement));
      presses++
    ) {
      await page.keyboard.press('Tab');
    }
    await expect(selectA).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await expect(selectB).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await expect(page.locator('select[name="c"]')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Sammenlign' })).toBeFocused();
    await page.keyboard.press('Enter');

    await expect(page).toHaveURL(new RegExp(`[?&]a=${ids[1]}&b=${ids[2]}(&|$)`));
    await expect(page.getByRole('status')).toContainText('Sammenligner 2 eksempler');
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

test.describe('sammenligning uten JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('skjemaet virker, og siden sier at sammenligningen trenger JavaScript', async ({ page, request }) => {
    // Chromium does not render <noscript> when Playwright turns scripts off, so read it from the served HTML.
    const html = await (await request.get('/sammenlign/')).text();
    expect(html).toMatch(
      /<noscript>[\s\S]*Sammenligningen trenger JavaScript[\s\S]*href="\/eksempler\/"[\s\S]*<\/noscript>/,
    );

    await page.goto('/sammenlign/');
    const a = await page.getByLabel('Første eksempel').inputValue();
    const b = await page.getByLabel('Andre eksempel').inputValue();
    expect(a).not.toBe('');
    expect(b).not.toBe(a);
    await expect(page.getByLabel('Tredje eksempel (valgfritt)')).toHaveValue('');
    await page.getByRole('button', { name: 'Sammenlign' }).click();
    await expect(page).toHaveURL(new RegExp(`/sammenlign/\\?a=${a}&b=${b}&c=$`));
  });
});
