/**
 * Gets the search page's answer ready while someone types in a search form on another page (the header, the front
 * page). The form stays a plain GET to /sok/; this only fills the browser's cache, so on /sok/?q=… the engine, the
 * index chunk for the words and the best hit's excerpt are already there, and the first result is drawn without
 * waiting on the network for them. On a slow phone connection that is most of the wait.
 *
 * Nothing is fetched until the field gets focus, and nothing at all where the reader has asked to save data.
 */
import type { PagefindApi, PagefindOptions } from './pagefind.ts';

/** A variable, not a literal: the bundler would otherwise wrap the import in a helper shared by every page script. */
const PAGEFIND_SCRIPT = '/pagefind/pagefind.js';

/** A pause in typing this long fetches the best hit's excerpt; so does pressing Enter. */
const SETTLE_MS = 150;

const saveData = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;

/**
 * Asks for the file with `<link rel="prefetch">`: the browser finishes such a request even when the page is left
 * (pressing Enter navigates at once), and keeps it to be used by the next page.
 */
function prefetch(url: string) {
  if (document.head.querySelector(`link[rel="prefetch"][href="${CSS.escape(url)}"]`)) return;
  document.head.append(Object.assign(document.createElement('link'), { rel: 'prefetch', href: url }));
}

function warmUp(form: HTMLFormElement, field: HTMLInputElement) {
  let engine: Promise<PagefindApi> | undefined;
  let settle: ReturnType<typeof setTimeout> | undefined;
  /** The best hit for what the field held at the last search that finished. */
  let best: { query: string; url: string } | undefined;
  const start = () =>
    (engine ??= (async () => {
      const pagefind = (await import(/* @vite-ignore */ PAGEFIND_SCRIPT)) as PagefindApi;
      await pagefind.options(JSON.parse(form.dataset.pagefind ?? '{}') as PagefindOptions);
      await pagefind.init();
      return pagefind;
    })());
  const fetchBest = () => {
    if (best && best.query === field.value.trim()) prefetch(best.url);
  };

  field.addEventListener('focus', () => void start().catch(() => {}), { once: true });
  field.addEventListener('input', async () => {
    clearTimeout(settle);
    const query = field.value.trim();
    if (!query) return;
    try {
      // The search itself loads the index chunks for the words; only the excerpt waits for a pause.
      const search = await (await start()).search(query);
      const first = search.results[0];
      if (first) best = { query, url: `/pagefind/fragment/${first.id}.pf_fragment` };
      settle = setTimeout(fetchBest, SETTLE_MS);
    } catch {
      // The warm-up only saves time; the search page reports an engine that cannot load.
    }
  });
  form.addEventListener('submit', fetchBest);
}

if (!saveData) {
  for (const form of document.querySelectorAll<HTMLFormElement>('form[data-pagefind]')) {
    const field = form.querySelector<HTMLInputElement>('input[type="search"]');
    if (field) warmUp(form, field);
  }
}
