import { expect, test } from '@playwright/test';

// The glossary (issue 12): an A–Å index, terms linked to their method pages, and lines of at most ~75 characters.

test('A–Å-registeret har alle bokstavene, og en bokstav fører til ordene som begynner på den', async ({ page }) => {
  await page.goto('/ordliste/');
  const index = page.getByRole('navigation', { name: 'Ordliste etter forbokstav' });
  await expect(index.getByRole('listitem')).toHaveCount(29);
  await expect(index.getByRole('listitem').first()).toHaveText('A');
  await expect(index.getByRole('listitem').last()).toHaveText('Å');
  const link = index.getByRole('link').nth(1);
  const letter = ((await link.textContent()) ?? '').trim();
  await link.click();
  const heading = page.getByRole('heading', { level: 2, name: letter, exact: true });
  await expect(heading).toBeInViewport();
  const terms = await page
    .getByRole('region', { name: letter, exact: true })
    .getByRole('heading', { level: 3 })
    .allTextContents();
  expect(terms.length).toBeGreaterThan(0);
  for (const term of terms) expect(term.trim().charAt(0).toLocaleUpperCase('nb')).toBe(letter);
});

test('et begrep som er navnet på en metode, lenker til metodesiden', async ({ page }) => {
  await page.goto('/metoder/');
  // Every method page's own name, from the methods list; the glossary must link each term that is one of them.
  const methodLinks = await page.locator('main a[href^="/metoder/"]').evaluateAll((links) =>
    links.map((a) => ({
      href: a.getAttribute('href') ?? '',
      name: (a.textContent ?? '').trim().toLocaleLowerCase('nb'),
    })),
  );
  await page.goto('/ordliste/');
  const entries = await page.locator('.bp-glossary > div').evaluateAll((divs) =>
    divs.map((div) => ({
      term: (div.querySelector('h3')?.textContent ?? '').trim().toLocaleLowerCase('nb'),
      methods: [...div.querySelectorAll('p a[href^="/metoder/"]')].map((a) => a.getAttribute('href')),
    })),
  );
  const named = entries.filter((entry) => methodLinks.some((m) => m.name === entry.term));
  for (const entry of named) {
    const method = methodLinks.find((m) => m.name === entry.term);
    expect(entry.methods, entry.term).toContain(method?.href);
  }
  expect(entries.filter((entry) => entry.methods.length > 0).length).toBeGreaterThan(0);
  const link = page.locator('.bp-glossary > div p a[href^="/metoder/"]').first();
  const href = await link.getAttribute('href');
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
});

test('linjene i ordlisten er høyst 75 tegn lange på en bred skjerm', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/ordliste/');
  const longest = await page.locator('.bp-glossary > div p').evaluateAll((dds) => {
    let max = 0;
    for (const dd of dds) {
      // Group the characters of each text node into visual lines by their top edge.
      const lines = new Map<number, number>();
      const walker = document.createTreeWalker(dd, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (let i = 0; i < text.length; i += 1) {
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = range.getClientRects()[0];
          if (!rect) continue;
          const top = Math.round(rect.top);
          lines.set(top, (lines.get(top) ?? 0) + 1);
        }
      }
      max = Math.max(max, ...lines.values());
    }
    return max;
  });
  expect(longest).toBeGreaterThan(20);
  expect(longest).toBeLessThanOrEqual(75);
});
