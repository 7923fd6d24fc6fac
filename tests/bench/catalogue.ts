import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { emulate, launch } from './browser.ts';
import { spread, type Spread } from './stats.ts';

/** CPU slowdown for the filter click, as the budget states it. */
export const CPU_SLOWDOWN = 4;
const RUNS = 3;

export interface CatalogueFigures {
  /** Bytes of /eksempler/ as nginx sends it (gzip, its default level), body only. */
  htmlServedBytes: number;
  /** The same HTML at gzip level 6, as a size check over dist/ would count it. */
  htmlGzip6Bytes: number;
  htmlRawBytes: number;
  domElements: number;
  /** Click on a filter box to the result count's new text on screen, 4× slower CPU; every click of every run. */
  filterClickMs?: Spread;
  /** Why the click could not be timed, where it could not. */
  filterClickError?: string;
}

function servedSize(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    request(url, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => (bytes += chunk.length));
      res.on('end', () => resolve(bytes));
    })
      .on('error', reject)
      .end();
  });
}

// In the page: the time of the click on a box, and the frame in which the result count's text next changed.
const CLICK_TIMER = () => {
  const now = () => performance.timeOrigin + performance.now();
  const w = window as unknown as { benchClick?: number; benchChange?: number };
  addEventListener(
    'click',
    () => {
      w.benchClick = now();
      w.benchChange = undefined;
    },
    true,
  );
  addEventListener('DOMContentLoaded', () => {
    const status = document.querySelector('main [role="status"], main output');
    if (!status) return;
    new MutationObserver(() => {
      if (w.benchClick !== undefined && w.benchChange === undefined)
        requestAnimationFrame(() => (w.benchChange ??= now()));
    }).observe(status, { childList: true, characterData: true, subtree: true });
  });
};

/**
 * The catalogue page at the site's size: its HTML weight, its DOM size, and a filter click on a 4× slower CPU.
 * Elements are found by role, so a reworked catalogue is measured the same way as long as it has a status line and
 * labelled checkboxes: a collapsed filter panel (a <details>, or a button with aria-expanded) is opened first.
 */
export async function measureCatalogue(dist: string, origin: string): Promise<CatalogueFigures> {
  const html = readFileSync(join(dist, 'eksempler/index.html'));
  const figures: CatalogueFigures = {
    htmlServedBytes: await servedSize(`${origin}/eksempler/`),
    htmlGzip6Bytes: gzipSync(html, { level: 6 }).length,
    htmlRawBytes: html.length,
    domElements: 0,
  };
  const browser = await launch();
  const clicks: number[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ locale: 'nb-NO' });
      await context.addInitScript(CLICK_TIMER);
      const page = await context.newPage();
      await page.goto(`${origin}/eksempler/`);
      await page.waitForLoadState('networkidle');
      figures.domElements = await page.evaluate(() => document.getElementsByTagName('*').length);
      const main = page.getByRole('main');
      const boxes = main.getByRole('checkbox');
      if (!(await boxes.first().isVisible())) {
        const toggle = main
          .locator('details:not([open]) > summary')
          .or(main.getByRole('button', { expanded: false, name: /filt/i }));
        if (await toggle.count()) await toggle.first().click();
      }
      await emulate(context, page, { cpu: CPU_SLOWDOWN });
      // Two clicks per run: a box in the first group, then one in another group (AND across groups).
      const count = await boxes.count();
      for (const index of [0, Math.min(count - 1, Math.floor(count / 2))]) {
        const box = boxes.nth(index);
        await box.click();
        await page.waitForFunction(
          () => (window as unknown as { benchChange?: number }).benchChange !== undefined,
          undefined,
          { timeout: 30_000 },
        );
        clicks.push(
          await page.evaluate(() => {
            const w = window as unknown as { benchClick: number; benchChange: number };
            return w.benchChange - w.benchClick;
          }),
        );
      }
      await context.close();
    }
    figures.filterClickMs = spread(clicks);
  } catch (error) {
    figures.filterClickError = String(error).split('\n')[0];
  } finally {
    await browser.close();
  }
  console.log(
    `  katalog: ${(figures.htmlServedBytes / 1024).toFixed(1)} KB HTML (gzip), ${figures.domElements} elementer, filterklikk ${clicks.map((c) => c.toFixed(0)).join(', ')} ms`,
  );
  return figures;
}
