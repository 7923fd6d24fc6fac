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

  test('stemming: «handlingsplanene», som ikke står på siden, finner Bodøs handlingsplan', async ({ page, request }) => {
    const html = await (await request.get('/eksempler/bodo-boligpolitisk-handlingsplan/')).text();
    expect(html.toLowerCase(), 'the inflected form must not be on the page, or the test proves nothing').not.toContain('handlingsplanene');
    await page.goto('/sok/?q=handlingsplanene');
    await expect(page.locator('#sok-treff a[href="/eksempler/bodo-boligpolitisk-handlingsplan/"]')).toBeVisible();
  });

  test('et søk uten treff sier det', async ({ page }) => {
    await page.goto('/sok/?q=xylofonkvartett');
    await expect(page.getByRole('status')).toHaveText(/Ingen treff for «xylofonkvartett»/);
    await expect(page.locator('#sok-treff li')).toHaveCount(0);
  });
});
