import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';
import { FILES } from '../../src/content-model/routes.ts';
import { emulate, launch } from './browser.ts';
import { formatSpread, spread, type Spread } from './stats.ts';

/** CPU slowdown for the filter click, as the issue's budget states it. */
export const CPU_SLOWDOWN = 4;
/** Clicks per pass, spread over the facets: filters pile up, and some results run empty (nearest matches shown). */
const CLICKS = 24;

export interface CatalogueFigures {
  /** Bytes of /eksempler/ as nginx sends it (gzip, its default level), body only. */
  htmlServedBytes: number;
  /** The same HTML at gzip level 6, as a size check over dist/ would count it. */
  htmlGzip6Bytes: number;
  htmlRawBytes: number;
  domElements: number;
  /** DOM elements after every click (the most a reader's page holds). */
  domElementsAfterClicks?: number;
  /** The filter index the script fetches after the page (/eksempler/indeks.json), as nginx sends it. */
  indexServedBytes?: number;
  /** From a click on a filter box to the next paint after the result count changed, CPU throttled 4×; each click. */
  filterClickMs?: Spread;
  /**
   * The main thread's CPU time for the same clicks unthrottled, from the click to that paint, times 4: what other
   * work on a shared machine does not inflate.
   */
  filterClickCpuMs?: Spread;
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

// In the page: the click's own timestamp, and the end of the next paint (a task queued in the frame that paints it
// runs after that paint). The catalogue's handler runs within the click's task (the box's change event), so that
// paint shows its result. User-timing marks let the trace find both ends.
const CLICK_TIMER = () => {
  const w = window as unknown as { benchClicks: number; benchTimes: number[] };
  w.benchClicks = 0;
  w.benchTimes = [];
  addEventListener(
    'click',
    (event) => {
      const from = event.timeStamp;
      const n = w.benchClicks;
      performance.mark(`klikk-${n}-start`, { startTime: from });
      requestAnimationFrame(() =>
        setTimeout(() => {
          performance.mark(`klikk-${n}-slutt`);
          w.benchTimes.push(performance.now() - from);
          w.benchClicks++;
        }),
      );
    },
    true,
  );
};

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  tid: number;
  pid: number;
  args?: { name?: string };
}

/** The renderer main thread's own CPU time (its tasks' thread time) between each click's two marks, in ms. */
function cpuPerClick(trace: { traceEvents: TraceEvent[] }, clicks: number): number[] {
  const marks = new Map(trace.traceEvents.filter((e) => e.name.startsWith('klikk-')).map((e) => [e.name, e]));
  const mark = (name: string) => marks.get(name);
  const first = mark('klikk-0-start');
  const tasks = trace.traceEvents.filter(
    (e) => e.pid === first?.pid && e.tid === first?.tid && e.ph === 'X' && e.name === 'RunTask',
  );
  return Array.from({ length: clicks }, (_, i) => {
    const from = mark(`klikk-${i}-start`)?.ts ?? 0;
    const to = mark(`klikk-${i}-slutt`)?.ts ?? 0;
    const inside = tasks.filter((t) => t.ts <= to && t.ts + (t.dur ?? 0) >= from);
    return inside.reduce((sum, t) => sum + (t.tdur ?? t.dur ?? 0), 0) / 1000;
  });
}

/**
 * Opens /eksempler/ in a fresh context and clicks CLICKS boxes spread over the facets with the real mouse, one at a
 * time; returns each click's time to paint (from CLICK_TIMER) and the DOM size before and after. The filter panel,
 * if collapsed (a <details>, or a button with aria-expanded), is opened first, so a reworked catalogue is measured
 * the same way as long as it has a status line and labelled checkboxes.
 */
async function clickThrough(browser: Browser, origin: string, options: { cpu?: number; trace?: boolean }) {
  const context = await browser.newContext({
    locale: 'nb-NO',
    viewport: { width: 1366, height: 768 },
  });
  try {
    await context.addInitScript(CLICK_TIMER);
    const page = await context.newPage();
    await page.goto(`${origin}/eksempler/`);
    await page.waitForLoadState('networkidle');
    const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
    const main = page.getByRole('main');
    const boxes = main.getByRole('checkbox');
    if (!(await boxes.first().isVisible())) {
      const toggle = main
        .locator('details:not([open]) > summary')
        .or(main.getByRole('button', { expanded: false, name: /filt/i }));
      if (await toggle.count()) await toggle.first().click();
    }
    const count = await boxes.count();
    if (options.cpu) await emulate(context, page, { cpu: options.cpu });
    if (options.trace)
      await browser.startTracing(page, {
        categories: ['toplevel', 'disabled-by-default-devtools.timeline', 'blink.user_timing'],
      });
    for (let i = 0; i < CLICKS; i++) {
      await boxes.nth(Math.floor((i * count) / CLICKS)).click();
      await page.waitForFunction((n) => (window as unknown as { benchClicks: number }).benchClicks > n, i, {
        timeout: 30_000,
      });
    }
    const trace = options.trace ? JSON.parse((await browser.stopTracing()).toString()) : undefined;
    const times = await page.evaluate(() => (window as unknown as { benchTimes: number[] }).benchTimes);
    const after = await page.evaluate(() => document.getElementsByTagName('*').length);
    return { times, trace, elements, after };
  } finally {
    await context.close();
  }
}

/**
 * The catalogue page at the site's size: its HTML and filter index weight, its DOM size, and the time a filter click
 * takes to paint with a 4× slower CPU, as wall-clock time and as the main thread's CPU time.
 */
export async function measureCatalogue(dist: string, origin: string): Promise<CatalogueFigures> {
  const html = readFileSync(join(dist, 'eksempler/index.html'));
  const figures: CatalogueFigures = {
    htmlServedBytes: await servedSize(`${origin}/eksempler/`),
    htmlGzip6Bytes: gzipSync(html, { level: 6 }).length,
    htmlRawBytes: html.length,
    indexServedBytes: await servedSize(`${origin}${FILES.katalogIndeks}`),
    domElements: 0,
  };
  const browser = await launch();
  try {
    // Unthrottled and traced first: the CPU time, then wall-clock time on a fresh page with the CPU throttled.
    const traced = await clickThrough(browser, origin, { trace: true });
    figures.filterClickCpuMs = spread(cpuPerClick(traced.trace, CLICKS).map((ms) => ms * CPU_SLOWDOWN));
    const throttled = await clickThrough(browser, origin, {
      cpu: CPU_SLOWDOWN,
    });
    figures.filterClickMs = spread(throttled.times);
    figures.domElements = throttled.elements;
    figures.domElementsAfterClicks = Math.max(traced.after, throttled.after);
  } catch (error) {
    figures.filterClickError = String(error).split('\n')[0];
  } finally {
    await browser.close();
  }
  console.log(
    `  katalog: ${(figures.htmlServedBytes / 1024).toFixed(1)} KB HTML (gzip), ${figures.domElements} elementer, filterklikk ${formatSpread(figures.filterClickMs, 0, ' ms')}, CPU-tid × ${CPU_SLOWDOWN} ${formatSpread(figures.filterClickCpuMs, 0, ' ms')}${figures.filterClickError ? `, feil: ${figures.filterClickError}` : ''}`,
  );
  return figures;
}
