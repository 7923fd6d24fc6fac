import { expect, test, type APIRequestContext } from '@playwright/test';

/** A case page's fact box, read from the case page itself rather than from the ranking's own data. */
async function factsOf(request: APIRequestContext, url: string): Promise<Record<string, string>> {
  const html = await (await request.get(url)).text();
  return Object.fromEntries(
    [...html.matchAll(/<dt>([^<]+)<\/dt>\s*<dd>([^<]*)<\/dd>/g)].map((m) => [m[1] ?? '', m[2] ?? '']),
  );
}

test.describe('kommuner som min, uten JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('fra eksempellisten til Bodø: eksempler fra andre kommuner, de med samme størrelse er store kommuner', async ({
    page,
    request,
  }) => {
    await page.goto('/eksempler/');
    await page.getByRole('link', { name: 'Kommuner som min' }).click();
    await page.getByRole('region', { name: 'Velg kommunen din' }).getByRole('link', { name: 'Bodø' }).click();
    await expect(page).toHaveURL(/\/kommuner-som-min\/bodo\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kommuner som Bodø');
    const like = page.getByRole('region', { name: /Eksempler fra kommuner som ligner/ }).getByRole('listitem');
    expect(await like.count()).toBeGreaterThan(3);
    for (const item of await like.all()) {
      const url = (await item.getByRole('link').getAttribute('href')) ?? '';
      const facts = await factsOf(request, url);
      expect(facts.Kommune ?? facts.Kommuner, url).not.toContain('Bodø');
      if ((await item.textContent())?.includes('samme størrelse'))
        expect(facts.Kommunestørrelse, url).toContain('stor');
      if ((await item.textContent())?.includes('samme fylke')) expect(facts.Fylke, url).toContain('Nordland');
    }
    await expect(
      page
        .getByRole('region', { name: /Eksempler fra Bodø/ })
        .getByRole('listitem')
        .first(),
    ).toBeVisible();
  });

  test('en liten kommune i Troms: eksempler fra Troms er blant de nærmeste, og sier hvorfor', async ({
    page,
    request,
  }) => {
    await page.goto('/kommuner-som-min/');
    await page.getByRole('link', { name: 'Liten kommune i Troms' }).click();
    const first = page
      .getByRole('region', { name: /Eksempler fra kommuner som ligner/ })
      .getByRole('listitem')
      .filter({ hasText: 'samme fylke (Troms)' })
      .first();
    await expect(first).toBeVisible();
    const facts = await factsOf(request, (await first.getByRole('link').first().getAttribute('href')) ?? '');
    expect(facts.Fylke).toBe('Troms');
  });
});
