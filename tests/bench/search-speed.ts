import type { Page } from '@playwright/test';
import { emulate, launch, SLOW_4G, type Conditions } from './browser.ts';
import { spread, type Spread } from './stats.ts';

/** Queries timed in the bench: common words, a phrase, and a longer phrase. */
export const QUERIES = ['startlån', 'bostedsløse', 'leie til eie', 'boligsosial handlingsplan'];
/** Each query is timed this many times per condition, each in a fresh browser context (empty cache). */
export const REPEATS = 3;
/** A person's pace on a keyboard. */
const KEY_DELAY_MS = 120;

export const SEARCH_CONDITIONS: Record<string, Conditions> = {
  loopback: {},
  'slow 4G': { network: SLOW_4G },
  'slow 4G, 4× CPU': { network: SLOW_4G, cpu: 4 },
};

export interface QueryTiming {
  query: string;
  ms: Spread;
}

export interface SearchCondition {
  condition: string;
  queries: QueryTiming[];
  /** Median over the queries' medians. */
  median: number;
  /** The slowest single run. */
  worst: number;
}

// Runs in every page of the context. Times are epoch milliseconds at sub-millisecond resolution, so a time taken on
// one page compares with one taken on the next. Each change of the result list is logged with the first result's
// link, in the animation frame that paints it; keystrokes are logged as they arrive.
const OBSERVER = () => {
  const now = () => performance.timeOrigin + performance.now();
  const store = window.sessionStorage;
  addEventListener(
    'keydown',
    (event) => {
      store.setItem('bench-last-key', String(now()));
      if (event.key === 'Enter') store.setItem('bench-enter', String(now()));
    },
    true,
  );
  const log: [number, string][] = [];
  (window as unknown as { benchLog: typeof log }).benchLog = log;
  const firstResult = () => document.querySelector('main ol li a')?.getAttribute('href') ?? '';
  // Only changes to the result list count (not the status line, which may change later on its own).
  const inList = (node: Node | null) => {
    const el = node instanceof Element ? node : (node?.parentElement ?? null);
    return Boolean(el?.closest('main ol')) || node?.nodeName === 'OL' || node?.nodeName === 'LI';
  };
  new MutationObserver((records) => {
    if (!records.some((r) => inList(r.target) || [...r.addedNodes, ...r.removedNodes].some(inList))) return;
    const href = firstResult();
    requestAnimationFrame(() => log.push([now(), href]));
  }).observe(document, { childList: true, subtree: true });
};

/**
 * The time from the keystroke stored under `startKey` to the first frame after it in which the result list was
 * drawn with the first result the page ends with (and kept it): for typing, the full query's results, whatever the
 * page showed in between. A list already showing that result is not enough: the page must have answered the full
 * query. Only where the list never changed after the keystroke (it already showed the final result) is it 0 ms.
 */
async function settledAfter(page: Page, startKey: string): Promise<number> {
  await page.locator('main ol li a').first().waitFor({ timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(600);
  return page.evaluate((key) => {
    const log = (window as unknown as { benchLog: [number, string][] }).benchLog;
    const start = Number(sessionStorage.getItem(key));
    const final = log.at(-1)?.[1] ?? '';
    const after = log.filter(([time]) => time >= start);
    if (!after.length) return 0;
    let since = Number.NaN;
    for (const [time, href] of after) {
      if (href !== final) since = Number.NaN;
      else if (Number.isNaN(since)) since = time;
    }
    return since - start;
  }, startKey);
}

/**
 * (a) From a case page's header search form: type the query, press Enter, and time from the key press to the
 * first result on /sok/?q=…, as a reader coming from a case page meets it (the case page's own files cached, the
 * search page and its engine not).
 */
async function fromHeader(page: Page, origin: string, casePath: string, query: string): Promise<number> {
  await page.goto(`${origin}${casePath}`);
  await page.waitForLoadState('networkidle');
  const field = page.getByRole('banner').getByRole('searchbox');
  await field.click();
  await page.keyboard.type(query, { delay: KEY_DELAY_MS });
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/sok\/\?q=/);
  return settledAfter(page, 'bench-enter');
}

/** (b) On /sok/, loaded and idle: type the query at a person's pace; time from the last key to its results. */
async function typing(page: Page, origin: string, query: string): Promise<number> {
  await page.goto(`${origin}/sok/`);
  await page.waitForLoadState('networkidle');
  await page.getByRole('main').getByRole('searchbox').click();
  await page.keyboard.type(query, { delay: KEY_DELAY_MS });
  return settledAfter(page, 'bench-last-key');
}

async function timeCondition(
  condition: string,
  conditions: Conditions,
  run: (page: Page, query: string) => Promise<number>,
): Promise<SearchCondition> {
  const browser = await launch();
  const queries: QueryTiming[] = [];
  try {
    for (const query of QUERIES) {
      const runs: number[] = [];
      for (let i = 0; i < REPEATS; i++) {
        const context = await browser.newContext({ locale: 'nb-NO' });
        await context.addInitScript(OBSERVER);
        const page = await context.newPage();
        await emulate(context, page, conditions);
        runs.push(await run(page, query));
        await context.close();
      }
      queries.push({ query, ms: spread(runs) });
      console.log(`  ${condition} «${query}»: ${runs.map((r) => r.toFixed(0)).join(', ')} ms`);
    }
  } finally {
    await browser.close();
  }
  const medians = queries.map((q) => q.ms.median);
  return { condition, queries, median: spread(medians).median, worst: Math.max(...queries.flatMap((q) => q.ms.runs)) };
}

export async function measureSearch(origin: string, casePath: string, conditionNames = Object.keys(SEARCH_CONDITIONS)) {
  const header: SearchCondition[] = [];
  const typed: SearchCondition[] = [];
  for (const name of conditionNames) {
    const conditions = SEARCH_CONDITIONS[name] ?? {};
    header.push(await timeCondition(name, conditions, (page, query) => fromHeader(page, origin, casePath, query)));
    // Typing is timed on loopback and slow 4G; the CPU-throttled case adds little that the header form does not show.
    if (!conditions.cpu)
      typed.push(await timeCondition(name, conditions, (page, query) => typing(page, origin, query)));
  }
  return { header, typed };
}
