import { SEARCH_RANKING } from './search-weights.ts';

/** The pages' language (BaseLayout's `lang`), which Pagefind reads to choose its index and WebAssembly file. */
export const SITE_LANGUAGE = 'nb';

/**
 * How the search page starts Pagefind. In the page rather than in Pagefind's web worker: the worker's script is one
 * more file the engine must wait for before it can ask for anything else, and nothing the document preloads (sok.astro)
 * can serve a request made from a worker. A fixed `metaCacheTag` gives the index's entry file a URL the page can preload;
 * nginx still revalidates it on every visit (no-cache), so a new index is never missed.
 */
export const PAGEFIND_OPTIONS = { ranking: SEARCH_RANKING, noWorker: true, metaCacheTag: 'bopraksis' } as const;
