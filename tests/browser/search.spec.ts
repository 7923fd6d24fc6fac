import { expect, test } from '@playwright/test';

test.describe('søk', () => {
  test('søk fra forsiden på «boligene» finner Bodøs boligpolitiske handlingsplan (norsk stemming)', async ({ page }) => {
    await page.goto('/');
    const field = page.getByRole('searchbox', { name: 'Søk i eksempler, metoder og lovverk' }).last();
    await field.fill('boligene');
    await field.press('Enter');
    await expect(page).toHaveURL(/\/sok\/\?q=boligene$/);
    const results = page.locator('#sok-treff li');
    await expect(results.first()).toBeVisible();
    await expect(page.locator('#sok-treff a[href="/eksempler/bodo-boligpolitisk-handlingsplan/"]')).toBeVisible();
    await expect(page.getByRole('status')).toContainText(/\d+ treff for «boligene»/);
  });

  test('the word «boligene» itself need not be on the page that is found', async ({ page, request }) => {
    // Proves the hit comes from stemming: the case page must not contain the inflected form verbatim.
    const html = await (await request.get('/eksempler/bodo-boligpolitisk-handlingsplan/')).text();
    test.skip(/\bboligene\b/i.test(html), 'the case text happens to contain «boligene» verbatim');
    await page.goto('/sok/?q=boligene');
    await expect(page.locator('#sok-treff a[href="/eksempler/bodo-boligpolitisk-handlingsplan/"]')).toBeVisible();
  });

  test('et søk uten treff sier det', async ({ page }) => {
    await page.goto('/sok/?q=xylofonkvartett');
    await expect(page.getByRole('status')).toHaveText(/Ingen treff for «xylofonkvartett»/);
    await expect(page.locator('#sok-treff li')).toHaveCount(0);
  });
});
