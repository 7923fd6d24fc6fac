import { expect, test } from '@playwright/test';

/**
 * Words and phrases a caseworker types, and a case each must find in the top five: synonyms, English names,
 * spellings without æøå. Most are not in the case's text: they reach it through the search words (`sokeord`) of
 * what the case is tagged with. Typed key by key into /sok/, as a person does.
 */
const EVERYDAY_SEARCHES: [query: string, caseId: string][] = [
  ['leie til eie', 'drammen-fra-leie-til-eie'],
  ['Housing First', 'ringsaker-bolig-forst'],
  ['startlan', 'malvik-helhetlig-bruk-av-startlan'],
  ['rusmisbrukere', 'lorenskog-boliger-til-bostedslose'],
  ['flyktning', 'sandnes-flyktninger-i-privat-leiemarked'],
  ['bostedslos', 'lorenskog-boliger-til-bostedslose'],
  ['hjemløse', 'notteroy-selvbygde-boliger'],
  ['husleiegjeld', 'sandefjord-restanseprosjekt'],
  ['kastet ut', 'sandefjord-restanseprosjekt'],
  ['ungdom', 'bergen-der-ungdom-er'],
  ['funksjonshemmede', 'bodo-boliger-for-unge-med-funksjonsnedsettelser'],
  ['bygge eget hus', 'notteroy-selvbygde-boliger'],
  ['psykiatri', 'ringsaker-bolig-forst'],
  ['private utleiere', 'sandnes-flyktninger-i-privat-leiemarked'],
  ['boligplan', 'bodo-boligpolitisk-handlingsplan'],
  ['wraparound', 'trondheim-samur-wrap-around'],
  ['tildelingskriterier', 'arendal-tildelingsforskrift'],
  ['familier med barn', 'oslo-fleksibelt-startlan-groruddalen'],
  ['kjøpe egen bolig', 'drammen-fra-leie-til-eie'],
];

test.describe('hverdagsord i søket', () => {
  for (const [query, caseId] of EVERYDAY_SEARCHES) {
    test(`«${query}» finner /eksempler/${caseId}/ blant de fem første`, async ({ page }) => {
      await page.goto('/sok/');
      await page.locator('form[data-klar]').waitFor();
      const field = page.getByRole('searchbox', { name: 'Søk i eksempler, metoder og lovverk' });
      await field.pressSequentially(query, { delay: 20 });
      await expect(page.getByRole('status')).toContainText(`treff for «${query}»`);
      const topFive = await page
        .locator('#sok-treff > li h2 a')
        .evaluateAll((links) => links.slice(0, 5).map((a) => a.getAttribute('href')));
      expect(topFive).toContain(`/eksempler/${caseId}/`);
    });
  }
});
