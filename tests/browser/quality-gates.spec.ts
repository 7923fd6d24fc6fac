import { expect, test } from '@playwright/test';
import { PAGE_TYPES, urlOf } from './page-types.ts';

// Every page type stays on its own origin (fonts, scripts, search index) and runs under its Content-Security-Policy.
for (const type of PAGE_TYPES) {
  const { name, ready } = type;
  test(`ingen forespørsler til andre nettsteder og ingen CSP-brudd: ${name}`, async ({ page, baseURL }) => {
    const origin = new URL(baseURL ?? '').origin;
    const foreign: string[] = [];
    const violations: string[] = [];
    page.on('request', (request) => {
      const requestUrl = new URL(request.url());
      if (requestUrl.protocol !== 'data:' && requestUrl.origin !== origin) foreign.push(request.url());
    });
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy|Refused to/i.test(message.text()))
        violations.push(message.text());
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) =>
        console.error(`Refused to load (CSP): ${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    await page.goto(await urlOf(type, page.request));
    if (ready) await ready(page);
    await page.waitForLoadState('networkidle');
    await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveCount(1);
    expect(foreign).toEqual([]);
    expect(violations).toEqual([]);
  });
}
