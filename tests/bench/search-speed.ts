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

/** Each query is timed this many times, each on a fresh page with an empty cache, and the median kept. */
const REPEATS = 3;

/**
 * Time from typing a query into the search page's field to the first result on screen, and the bytes fetched for
 * it, in Chromium against the built site. Every measurement starts on a freshly loaded search page in a new browser
 * context (empty cache, search engine loaded, no query run yet), so a query's index chunks are fetched as a reader's
 * first search would fetch them. Repeating each query and keeping its median keeps one slow moment on a 2-core
 * machine from deciding the figure.
 */
export async function measureSearch(dist: string, port: number) {
  const server = await serveStatic(dist, port);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--disable-background-networking'] });
  const timings: SearchTiming[] = [];
  try {
    for (const query of QUERIES) {
      const runs: SearchTiming[] = [];
      for (let i = 0; i < REPEATS; i++) {
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.goto(`${server.url}/sok/`);
        await page.locator('form[data-klar]').waitFor();
        let bytes = 0;
        page.on('response', (response) => {
          response.request().sizes().then((s) => (bytes += s.responseBodySize + s.responseHeadersSize)).catch(() => undefined);
        });
        const start = performance.now();
        await page.locator('#sok-side-felt').fill(query);
        await page.locator('#sok-treff li').first().waitFor();
        const ms = performance.now() - start;
        await page.waitForLoadState('networkidle');
        runs.push({ query, ms, bytes });
        await context.close();
      }
      const mid = [...runs].sort((a, b) => a.ms - b.ms)[Math.floor(REPEATS / 2)] ?? runs[0];
      if (mid) timings.push(mid);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { timings, medianMs: median(timings.map((t) => t.ms)), medianBytes: median(timings.map((t) => t.bytes)), slowestMs: Math.max(...timings.map((t) => t.ms)) };
}
