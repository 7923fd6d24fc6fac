import { SEARCH_RANKING } from './search-weights.ts';

/** The pages' language (BaseLayout's `lang`), which Pagefind reads to choose its index and WebAssembly file. */
export const SITE_LANGUAGE = 'nb';

/**
 * How the search page starts Pagefind. In the page rather than in Pagefind's web worker: the worker's script is one
 * more file the engine must wait for before it can ask for anything else, and nothing the document preloads (sok.astro)
 * can serve a request made from a worker. A fixed `metaCacheTag` gives the index's entry file a URL the page can preload;
 * nginx still revalidates it on every visit (no-cache), so a new index is never missed.
 *
 * The price is main-thread work that grows with the index. Measured on 2026-12-02: with the worker, Lighthouse
 * mobile on /sok/?q=startlån at 5,000 cases went from 96 (TBT 199 ms, median of 3) to 100 (TBT 0 ms), but the first
 * result from the header form on slow 4G went from 508 ms to 1,301 ms on the production content, over its 1,200 ms
 * budget: the worker's script and its own requests come after the page's, where no preload can help.
 */
export const PAGEFIND_OPTIONS = { ranking: SEARCH_RANKING, noWorker: true, metaCacheTag: 'bopraksis' } as const;
