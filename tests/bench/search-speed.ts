import { chromium } from '@playwright/test';
import { serveStatic } from '../support/static-server.ts';

export const QUERIES = ['startlån', 'bostedsløse', 'leie til eie', 'utpekingsrett', 'boligsosial handlingsplan', 'flyktninger', 'husleierestanser', 'unge', 'kartlegging', 'Housing First'];

export interface SearchTiming {
  query: string;
  ms: number;
  bytes: number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

/**
 * Time from typing a query into the search page's field to the first result on screen, and the bytes fetched for
 * it, in Chromium against the built site. Each query starts on a freshly loaded search page (the search engine
 * loaded, no query run yet), so a query's index chunks are fetched as a reader's first search would fetch them.
 */
export async function measureSearch(dist: string, port: number) {
  const server = await serveStatic(dist, port);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--disable-background-networking'] });
  const page = await browser.newPage();
  const timings: SearchTiming[] = [];
  try {
    for (const query of QUERIES) {
      await page.goto(`${server.url}/sok/`);
      await page.locator('form[data-klar]').waitFor();
      let bytes = 0;
      const count = (response: import('@playwright/test').Response) =>
        response.request().sizes().then((s) => (bytes += s.responseBodySize + s.responseHeadersSize)).catch(() => undefined);
      page.on('response', count);
      const start = performance.now();
      await page.locator('#sok-side-felt').fill(query);
      await page.locator('#sok-treff li').first().waitFor();
      const ms = performance.now() - start;
      await page.waitForLoadState('networkidle');
      page.off('response', count);
      timings.push({ query, ms, bytes });
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { timings, medianMs: median(timings.map((t) => t.ms)), medianBytes: median(timings.map((t) => t.bytes)), coldMs: timings[0]?.ms ?? 0 };
}
