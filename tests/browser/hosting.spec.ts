import { expect, test } from '@playwright/test';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { CSP_DIRECTIVES } from '../../src/hosting/csp.ts';
import { startNginx, type NginxServer } from '../support/nginx.ts';
import { PORTS } from '../support/ports.ts';
import { PROJECT } from '../support/project-copy.ts';
import { PAGE_TYPES, urlOf } from './page-types.ts';

// The production web server configuration (src/hosting/nginx/), served by nginx on loopback as it will be deployed.
// The other browser tests run against the same configuration (playwright.config.ts); this file checks the headers.

/** A CSP as a map from directive to its sources, leaving out hashes (they differ per page). */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name = '', ...sources]) => [name, sources.filter((s) => !s.startsWith("'sha"))]),
  );
}

test.describe('webtjeneren', () => {
  test.describe.configure({ mode: 'serial' });
  let nginx: NginxServer;
  test.beforeAll(async () => {
    nginx = await startNginx(join(PROJECT, 'dist'), PORTS.hosting);
  });
  test.afterAll(async () => nginx.close());

  for (const type of PAGE_TYPES) {
    test(`sender sikkerhetshodene og samme CSP som siden selv: ${type.name}`, async ({ request }) => {
      const response = await request.get(`${nginx.url}${await urlOf(type, request, nginx.url)}`);
      const headers = response.headers();
      expect(headers['strict-transport-security']).toMatch(/max-age=\d{8}/);
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['referrer-policy']).toBe('no-referrer');
      expect(headers['permissions-policy']).toContain('camera=()');
      expect(headers['cache-control']).toBe('no-cache');

      const header = directives(headers['content-security-policy'] ?? '');
      expect(header.get('frame-ancestors')).toEqual(["'none'"]);
      expect(header.get('base-uri')).toEqual(["'none'"]);
      const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(await response.text())?.[1];
      expect(meta, 'siden har CSP i en meta-tag').toBeTruthy();
      for (const [directive, sources] of directives(meta ?? ''))
        expect(header.get(directive), directive).toEqual(sources);
    });
  }

  test('CSP-hodet er det samme som i src/hosting/csp.ts', async ({ request }) => {
    const header = directives((await request.get(`${nginx.url}/`)).headers()['content-security-policy'] ?? '');
    for (const [directive, sources] of directives(CSP_DIRECTIVES.join(';')))
      expect(header.get(directive), directive).toEqual(sources);
  });

  test('filer med hash i navnet mellomlagres for godt, så et nytt besøk henter bare HTML-en', async ({ page }) => {
    await page.goto(`${nginx.url}/eksempler/`);
    const assets = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname),
    );
    expect(assets.some((a) => a.startsWith('/_astro/'))).toBe(true);
    for (const asset of assets.filter((a) => a.startsWith('/_astro/'))) {
      const response = await page.request.get(`${nginx.url}${asset}`);
      expect(response.headers()['cache-control'], asset).toBe('public, max-age=31536000, immutable');
    }
    expect((await page.request.get(`${nginx.url}/favicon.svg`)).headers()['cache-control']).toBe(
      'public, max-age=86400',
    );
    const before = nginx.requests().length;
    await page.goto(`${nginx.url}/metoder/`);
    await page.waitForLoadState('networkidle');
    // Nothing else: not even a revalidation (304) of the stylesheet, the scripts or the icon. The browser asks for the
    // icon after the first page's load event, so its first fetch may land in this window.
    const second = nginx
      .requests()
      .slice(before)
      .filter((line) => line !== 'GET /favicon.svg 200');
    expect(second).toEqual(['GET /metoder/index.html 200']);
  });

  test('søkeindeksens gzip-filer sendes som Content-Encoding: gzip, så nettleseren pakker dem ut, ikke sidens skript', async ({
    request,
  }) => {
    const entry = (await (await request.get(`${nginx.url}/pagefind/pagefind-entry.json`)).json()) as {
      languages: Record<string, { hash: string; wasm: string }>;
    };
    const language = Object.values(entry.languages)[0];
    const files = [`/pagefind/wasm.${language?.wasm}.pagefind`, `/pagefind/pagefind.${language?.hash}.pf_meta`];
    for (const file of files) {
      const response = await request.get(`${nginx.url}${file}`);
      expect(response.status(), file).toBe(200);
      expect(response.headers()['content-encoding'], file).toBe('gzip');
      // What the browser hands Pagefind after inflating: its signature for «already decompressed» (Pagefind/pagefind#28).
      expect((await response.body()).subarray(0, 12).toString(), file).toBe('pagefind_dcd');
    }
    const page = await request.get(`${nginx.url}/`);
    expect(page.headers()['content-encoding']).toBe('gzip');
    const script = await request.get(`${nginx.url}/pagefind/pagefind.js`);
    expect(script.headers()['content-encoding'], 'pagefind.js is compressed by nginx as other text is').toBe('gzip');
  });

  test('ukjente adresser gir 404 med nettstedets egen 404-side og de samme hodene', async ({ request }) => {
    const response = await request.get(`${nginx.url}/finnes-ikke/`);
    expect(response.status()).toBe(404);
    expect(await response.text()).toContain('Fant ikke siden');
    expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  });

  test('en adresse uten skråstrek til slutt sendes videre til adressen med', async ({ request }) => {
    const response = await request.get(`${nginx.url}/eksempler`, { maxRedirects: 0 });
    expect(response.status()).toBe(301);
    expect(response.headers().location).toBe('/eksempler/');
  });

  test('en fasettside snevret inn etter fylke, som ikke bygges lenger, åpner eksempellisten med de samme to filtrene', async ({
    page,
    request,
  }) => {
    const old = `${nginx.url}/eksempler/malgruppe/bostedslose/fylke/nordland/`;
    const response = await request.get(old, { maxRedirects: 0 });
    expect(response.status()).toBe(301);
    expect(response.headers().location).toBe('/eksempler/?malgruppe=bostedslose&fylke=nordland');
    await page.goto(old);
    await expect(
      page.getByRole('group', { name: 'Målgruppe' }).getByRole('checkbox', { name: /Bostedsløse/ }),
    ).toBeChecked();
    await expect(page.getByRole('group', { name: 'Fylke' }).getByRole('checkbox', { name: /Nordland/ })).toBeChecked();
    // The same cases as a reader gets by choosing the two values in the catalogue by hand.
    const shown = () =>
      page.locator('.bp-case-list > li:visible h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    const redirected = await shown();
    expect(redirected.length).toBeGreaterThan(0);
    await page.goto(`${nginx.url}/eksempler/`);
    await page
      .getByRole('group', { name: 'Målgruppe' })
      .getByRole('checkbox', { name: /Bostedsløse/ })
      .check();
    await page
      .getByRole('group', { name: 'Fylke' })
      .getByRole('checkbox', { name: /Nordland/ })
      .check();
    await expect(page).toHaveURL(/fylke=nordland/);
    expect((await shown()).sort()).toEqual(redirected.sort());
  });

  test('et annet nettsted kan ikke vise sidene i en ramme', async ({ page }) => {
    const other = createServer((_req, res) => {
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(`<!doctype html><title>Annet nettsted</title><iframe src="${nginx.url}/" title="Bopraksis"></iframe>`);
    });
    await new Promise<void>((resolve) => other.listen(PORTS.otherOrigin, '127.0.0.1', resolve));
    try {
      const framed = page.waitForResponse(`${nginx.url}/`);
      await page.goto(`http://127.0.0.1:${PORTS.otherOrigin}/`);
      expect((await framed).status()).toBe(200);
      // The browser got the page but refused to show it: the frame holds its own error page, not the site.
      const frame = page.frames().find((f) => f !== page.mainFrame());
      await expect
        .poll(async () => frame?.evaluate(() => document.querySelector('a[href="#innhold"]') !== null))
        .toBe(false);
      await expect.poll(async () => frame?.evaluate(() => document.body.innerText)).not.toContain('Bopraksis');
    } finally {
      await new Promise<void>((resolve) => other.close(() => resolve()));
    }
  });
});
