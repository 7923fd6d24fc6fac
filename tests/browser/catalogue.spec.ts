import { expect, test, type Page } from '@playwright/test';
import { CATALOGUE_PAGE_SIZE } from '../../src/site/pagination.ts';

/** Case URLs listed on a page, in order. */
async function caseLinks(page: Page, scope = '.bp-case-list'): Promise<string[]> {
  return page
    .locator(`${scope} > li:visible h2 a, ${scope} > li:visible h3 a`)
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}

// Expected values from the fixture site's content (tests/fixtures/nettsted/content/): 17 published cases, of which
// six have the target group Bostedsløse; five of those are in a large municipality (Testby, test data, is mid-sized).
const ALL_CASES = 17;
const BOSTEDSLOSE_STOR = [
  'bodo-bolig-nu',
  'bodo-boligpolitisk-handlingsplan',
  'lorenskog-boliger-til-bostedslose',
  'notteroy-selvbygde-boliger',
  'sandefjord-restanseprosjekt',
].map((id) => `/eksempler/${id}/`);

test.describe('eksempellisten', () => {
  test('filtrering på målgruppe bostedsløse og kommunestørrelse stor viser nøyaktig de riktige eksemplene, også etter omlasting', async ({
    page,
  }) => {
    const expected = BOSTEDSLOSE_STOR;

    await page.goto('/eksempler/');
    await page
      .getByRole('group', { name: 'Målgruppe' })
      .getByRole('checkbox', { name: /Bostedsløse/ })
      .check();
    await page.getByRole('group', { name: 'Kommunestørrelse' }).getByRole('checkbox', { name: /Stor/ }).check();
    await expect(page).toHaveURL(/malgruppe=bostedslose/);
    await expect(page).toHaveURL(/kommunestorrelse=stor/);
    expect((await caseLinks(page)).sort()).toEqual(expected);
    await expect(page.getByRole('status')).toHaveText(`${expected.length} eksempler passer filtrene.`);

    await page.reload();
    await expect(
      page.getByRole('group', { name: 'Målgruppe' }).getByRole('checkbox', { name: /Bostedsløse/ }),
    ).toBeChecked();
    expect((await caseLinks(page)).sort()).toEqual(expected);

    await page.goBack();
    await expect(
      page.getByRole('group', { name: 'Kommunestørrelse' }).getByRole('checkbox', { name: /Stor/ }),
    ).not.toBeChecked();
  });

  test('filtrene virker med tastaturet alene', async ({ page }) => {
    await page.goto('/eksempler/');
    const box = page.getByRole('group', { name: 'Målgruppe' }).getByRole('checkbox', { name: /Bostedsløse/ });
    await box.focus();
    await page.keyboard.press('Space');
    await expect(box).toBeChecked();
    await expect(page).toHaveURL(/malgruppe=bostedslose/);
    await expect(page.getByRole('status')).toContainText('passer filteret');
  });

  test('sortering etter tittel', async ({ page }) => {
    const byTitle = (titles: string[]) => [...titles].sort((a, b) => a.localeCompare(b, 'nb'));
    await page.goto('/eksempler/');
    const newestFirst = await page.locator('.bp-case-list > li h2').allTextContents();
    // Otherwise the test below would pass without sorting anything.
    expect(newestFirst).not.toEqual(byTitle(newestFirst));
    await page.goto('/eksempler/?sorter=tittel');
    // The list is sorted in the same step that sets the menu, once the catalogue index has loaded.
    await expect(page.getByLabel('Sorter')).toHaveValue('tittel');
    const titles = await page.locator('.bp-case-list > li h2').allTextContents();
    expect(titles).toEqual(byTitle(titles));
    expect(titles).not.toEqual(newestFirst);
  });
});

test.describe('eksempellisten, slik en person bruker den', () => {
  test('«Fjern alle filtre» tømmer utvalget: listen, antallet og adressen', async ({ page }) => {
    await page.goto('/eksempler/');
    const shown = (await caseLinks(page)).length;
    expect(shown).toBe(ALL_CASES);
    const all = ALL_CASES;
    await page
      .getByRole('group', { name: 'Målgruppe' })
      .getByRole('checkbox', { name: /Bostedsløse/ })
      .click();
    await expect(page).toHaveURL(/malgruppe=bostedslose/);
    await expect(page.getByRole('status')).toContainText('passer filteret');
    expect((await caseLinks(page)).length).toBe(6);
    await page.getByRole('button', { name: 'Fjern alle filtre' }).click();
    await expect(page).toHaveURL(/\/eksempler\/$/);
    await expect(page.getByRole('status')).toHaveText(`${all} eksempler.`);
    expect((await caseLinks(page)).length).toBe(shown);
    await expect(
      page.getByRole('group', { name: 'Målgruppe' }).getByRole('checkbox', { name: /Bostedsløse/ }),
    ).not.toBeChecked();
  });

  test('et filter uten treff viser de nærmeste eksemplene, merket som det', async ({ page }) => {
    await page.goto('/eksempler/');
    // No fixture case is in a small municipality.
    const empty = page.getByRole('group', { name: 'Kommunestørrelse' }).getByRole('checkbox', { name: /^Liten/ });
    await expect(empty).toHaveAccessibleName(/\(0\)/);
    const facet = 'Kommunestørrelse';
    await empty.click();
    await expect(page.getByRole('status')).toContainText('Ingen eksempler passer alle filtrene');
    const nearest = page.getByRole('region', { name: 'Nærmeste treff' });
    await expect(nearest).toBeVisible();
    await expect(nearest.getByRole('listitem')).toHaveCount(5);
    await expect(nearest.getByRole('listitem').first()).toContainText(`Passer ikke: ${facet}.`);
  });

  test('«Nyeste først» følger publiseringsdatoen, og like datoer ordnes fast etter sist kontrollert, siste år og tittel', async ({
    page,
  }) => {
    await page.goto('/eksempler/');
    // Every copied case was published on 21 November 2026 and checked on 1 December 2026, so they fall back to the
    // last year of their period (til, else fra; none sorts last) and then the title; the test case is older.
    expect(await caseLinks(page)).toEqual(
      [
        // 2013
        'bergen-der-ungdom-er',
        'bodo-bolig-nu',
        'bodo-boliger-for-unge-med-funksjonsnedsettelser',
        'sandnes-flyktninger-i-privat-leiemarked',
        'trondheim-samur-wrap-around',
        // 2012
        'lorenskog-boliger-til-bostedslose',
        'oslo-fleksibelt-startlan-groruddalen',
        'ringsaker-bolig-forst',
        'sandefjord-restanseprosjekt',
        // 2011
        'arendal-tildelingsforskrift',
        'bodo-boligpolitisk-handlingsplan',
        'drammen-fra-leie-til-eie',
        'malvik-helhetlig-bruk-av-startlan',
        'notteroy-selvbygde-boliger',
        'sandnes-utpekingsrett',
        // no period
        'balsfjord-fokuskommune',
        // published 15 January 2024
        'testby-testdata-gammel-lov',
      ].map((id) => `/eksempler/${id}/`),
    );
    await expect(page.locator('.bp-case-list > li').first().locator('time')).toHaveText('Publisert 21. november 2026');
  });
});

for (const viewport of [
  { width: 390, height: 844 },
  { width: 320, height: 640 },
]) {
  test.describe(`eksempellisten på mobil (${viewport.width} px)`, () => {
    test.use({ viewport });

    test('filtrene ligger i et sammenleggbart panel; etter et trykk ses antallet, og «Vis N eksempler» viser dem', async ({
      page,
    }) => {
      await page.goto('/eksempler/');
      await expect(page.getByRole('checkbox').first()).toBeHidden();
      await page.getByText('Vis filtre').click();
      // A box far down the panel: the 2010–2014 period.
      const box = page.getByRole('group', { name: 'Periode' }).getByRole('checkbox', { name: /^2010–2014/ });
      await box.scrollIntoViewIfNeeded();
      await box.click();
      await expect(page).toHaveURL(/periode=2010-2014/);
      const count = page.locator('#katalog-antall');
      // Every fixture case with a period overlaps 2010–2014 (Balsfjord's has none).
      await expect(count).toHaveText('16 eksempler passer');
      await expect(count).toBeInViewport();
      await expect(box).toBeInViewport();
      const n = Number(/\d+/.exec((await count.textContent()) ?? '')?.[0]);
      const show = page.getByRole('button', { name: `Vis ${n} eksempler` });
      await expect(show).toBeInViewport();
      await show.click();
      await expect(page.getByRole('checkbox').first()).toBeHidden();
      await expect(page.getByRole('status')).toBeInViewport();
      await expect(page.getByRole('status')).toHaveText(`${n} eksempler passer filteret.`);
      // The list shows its first page of results, with «Vis flere» for the rest.
      expect(await caseLinks(page)).toHaveLength(Math.min(n, CATALOGUE_PAGE_SIZE));
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(viewport.width);
    });
  });
}

test.describe('eksempellisten uten JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('de statiske fasettsidene gir samme utvalg: bostedsløse, snevret inn til stor kommune', async ({ page }) => {
    const expected = BOSTEDSLOSE_STOR;
    await page.goto('/eksempler/');
    await page
      .getByRole('navigation', { name: 'Filtrer eksemplene' })
      .getByRole('link', { name: /^Bostedsløse/ })
      .click();
    await expect(page).toHaveURL(/\/eksempler\/malgruppe\/bostedslose\/$/);
    await page.getByRole('navigation', { name: 'Snevre inn' }).getByRole('link', { name: /^Stor/ }).click();
    await expect(page).toHaveURL(/\/eksempler\/malgruppe\/bostedslose\/kommunestorrelse\/stor\/$/);
    expect((await caseLinks(page)).sort()).toEqual(expected);
  });

  test('en fasettside uten eksempler (en verdi med «(0)») viser de nærmeste i stedet, merket som det', async ({
    page,
  }) => {
    // No fixture case is in a small municipality.
    await page.goto('/eksempler/kommunestorrelse/liten/');
    const nearest = page.getByRole('region', { name: 'Nærmeste treff' });
    await expect(nearest).toContainText('Ingen eksempler i Bopraksis har ennå');
    await expect(nearest.getByRole('listitem')).toHaveCount(5);
    await expect(nearest.getByRole('listitem').first()).toContainText('Passer ikke:');
  });
});
