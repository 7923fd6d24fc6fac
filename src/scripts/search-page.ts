/**
 * Runs the query in the URL (`/sok/?q=startlån&type=Metode`) against the Pagefind index, offers the index's
 * filters (type and the catalogue's facets), and lists the results. The page works as a plain form without this
 * script; with it, results appear and their count is announced to screen readers.
 */
import type {
  FilterCounts,
  PagefindApi,
  PagefindOptions,
  PagefindResult,
  PagefindResultData,
  PagefindSubResult,
} from './pagefind.ts';

/** A variable, not a literal: the bundler would otherwise wrap the import in a helper shared by every page script. */
const PAGEFIND_SCRIPT = '/pagefind/pagefind.js';

const PAGE_SIZE = 20;
const TYPE_ORDER = ['Metode', 'Eksempel', 'Framgangsmåte', 'Suksessfaktor', 'Lov', 'Ordliste'];

/** Pagefind excerpts are escaped text with <mark> around hits; keep exactly that and nothing else. */
function excerptNodes(excerpt: string): Node[] {
  const template = document.createElement('template');
  template.innerHTML = excerpt;
  return [...template.content.childNodes].map((node) => {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? '');
  });
}

function element(tag: string, props: Record<string, unknown> = {}, ...children: (Node | string)[]): HTMLElement {
  const el = Object.assign(document.createElement(tag), props);
  el.append(...children);
  return el;
}

/**
 * A glossary hit is one term, not the whole glossary: each term is a sub-result of the page (a heading with an id),
 * so the link goes to the best-matching term and shows its explanation.
 */
function bestPart(data: PagefindResultData): { url: string; title: string; excerpt: string } {
  const score = (sub: PagefindSubResult) => (sub.weighted_locations ?? []).reduce((sum, hit) => sum + hit.weight, 0);
  const terms =
    data.filters.type?.[0] === 'Ordliste' ? (data.sub_results ?? []).filter((sub) => sub.url.includes('#')) : [];
  const term = terms.sort((a, b) => score(b) - score(a))[0];
  if (term) return { url: term.url, title: `${term.title} (ordliste)`, excerpt: term.excerpt };
  return { url: data.url, title: data.meta.title ?? data.url, excerpt: data.excerpt };
}

function renderResult(data: PagefindResultData): HTMLElement {
  const part = bestPart(data);
  const link = element('a', { className: 'ds-link', href: part.url }, part.title);
  const heading = element('h2', { className: 'ds-heading' }, link);
  heading.dataset.size = 'xs';
  return element(
    'li',
    {},
    element('p', { className: 'bp-kicker' }, data.filters.type?.[0] ?? 'Side'),
    heading,
    element('p', { className: 'ds-paragraph' }, ...excerptNodes(part.excerpt)),
  );
}

/**
 * Syncs checked state and counts in place, so keyboard focus stays on the box the user just toggled. A value with
 * no hits for the current search is hidden, unless it is checked (then it must stay, so it can be unchecked).
 */
function updateFilters(form: HTMLFormElement, counts: FilterCounts, selected: URLSearchParams) {
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    box.checked = selected.getAll(box.name).includes(box.value);
    const n = counts[box.name]?.[box.value] ?? 0;
    const count = box.parentElement?.querySelector('.bp-count');
    if (count) count.textContent = ` (${n})`;
    if (box.parentElement) box.parentElement.hidden = n === 0 && !box.checked;
  }
  for (const group of form.querySelectorAll<HTMLFieldSetElement>('fieldset')) {
    group.hidden = !group.querySelector(':scope > div:not([hidden])');
  }
}

/** Builds the filter groups once, from every filter value in the index. */
function renderFilters(form: HTMLFormElement, available: FilterCounts, selected: URLSearchParams) {
  if (form.querySelector('fieldset')) return;
  const labels = JSON.parse(form.dataset.labels ?? '{}') as Record<string, string>;
  const keys = Object.keys(labels).filter((key) => Object.keys(available[key] ?? {}).length > 0);
  for (const key of keys) {
    const values = Object.keys(available[key] ?? {}).sort((a, b) =>
      key === 'type' ? TYPE_ORDER.indexOf(a) - TYPE_ORDER.indexOf(b) : a.localeCompare(b, 'nb'),
    );
    const fieldset = element(
      'fieldset',
      { className: 'ds-fieldset' },
      element('legend', { className: 'ds-label' }, labels[key] ?? key),
    );
    values
      .filter((value) => (available[key]?.[value] ?? 0) > 0)
      .forEach((value, index) => {
        const id = `sokefilter-${key}-${index}`;
        const box = element('input', {
          className: 'ds-input',
          type: 'checkbox',
          id,
          name: key,
          value,
          checked: selected.getAll(key).includes(value),
        });
        const count = element('span', { className: 'bp-count' }, ` (${available[key]?.[value] ?? 0})`);
        const label = element('label', { htmlFor: id }, value, count);
        fieldset.append(element('div', {}, box, label));
      });
    form.append(fieldset);
  }
}

let latest = 0;
let allFilters: FilterCounts | undefined;
let announce: ReturnType<typeof setTimeout> | undefined;

/**
 * The status line is a live region: while someone types, only the count for the word they stop at is read out,
 * not one for every keystroke.
 */
function setStatus(status: HTMLElement, text: string, settle = 0) {
  clearTimeout(announce);
  announce = setTimeout(() => {
    status.textContent = text;
  }, settle);
}

/**
 * How long the count waits before it is read out while someone types: as long as before each letter's search ran
 * at once (a 150 ms pause before the search, then 400 ms), so a screen reader hears only the word they stop at.
 */
const TYPING_PAUSE_MS = 550;
/**
 * How long typing must pause before the rest of the result list loads: while someone types, each letter's search runs
 * at once and shows its best hit (the engine answers in a few milliseconds once warm), but the other hits' excerpts,
 * one file each, are fetched only for the word they stop at.
 */
const DEBOUNCE_MS = 150;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Resolves once the frame with the latest change has been painted. */
const nextPaint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

/** Excerpt requests started in one task: each `fetch()` call costs the main thread about a millisecond here. */
const REQUESTS_PER_TASK = 5;

/**
 * Fetches the results' excerpts, all at once on the network, but asked for a few per task: 19 requests started
 * together made one 19 ms task (on a phone's 4× slower CPU, 75 ms in which a keystroke waits). Undefined if
 * `stale()` becomes true on the way.
 */
async function excerpts(results: PagefindResult[], stale: () => boolean): Promise<PagefindResultData[] | undefined> {
  const pending: Promise<PagefindResultData>[] = [];
  for (let i = 0; i < results.length; i += REQUESTS_PER_TASK) {
    if (i > 0) await pause(0);
    if (stale()) return undefined;
    pending.push(...results.slice(i, i + REQUESTS_PER_TASK).map((result) => result.data()));
  }
  const data = await Promise.all(pending);
  return stale() ? undefined : data;
}

/**
 * Runs the search the URL describes. The field is written from the URL only when the URL led (page load, back and
 * forward): while someone types, the field is theirs, and writing the trimmed query back would eat their spaces.
 */
async function run(pagefind: PagefindApi, { typing = false, fromUrl = false } = {}) {
  const ticket = ++latest;
  const status = document.getElementById('sok-status')!;
  const list = document.getElementById('sok-treff')!;
  const form = document.getElementById('sok-filtre') as HTMLFormElement;
  const field = document.getElementById('sok-side-felt') as HTMLInputElement;
  const params = new URLSearchParams(location.search);
  const query = params.get('q')?.trim() ?? '';
  if (fromUrl) field.value = params.get('q') ?? '';

  const labels = JSON.parse(form.dataset.labels ?? '{}') as Record<string, string>;
  const filters = Object.fromEntries(
    Object.keys(labels)
      .map((key) => [key, { any: params.getAll(key) }] as const)
      .filter(([, value]) => value.any.length > 0),
  );
  const hasFilters = Object.keys(filters).length > 0;
  // The filter index is loaded only once someone opens the filters (or arrives with some set): with it loaded,
  // every search also counts hits per filter value, which on a large site costs more than the search itself.
  const panel = document.getElementById('sok-filtre-panel') as HTMLDetailsElement;
  if (hasFilters) panel.open = true;
  if (panel.open) {
    allFilters ??= await pagefind.filters();
    renderFilters(form, allFilters, params);
  }
  if (!query && !hasFilters) {
    list.replaceChildren();
    (document.getElementById('sok-flere') as HTMLButtonElement).hidden = true;
    if (allFilters) updateFilters(form, allFilters, params);
    setStatus(status, 'Skriv et søkeord, for eksempel «startlån» eller «bostedsløse».');
    return;
  }
  const search = await pagefind.search(query || null, { filters });
  // A newer keystroke has started its own search; its results are the ones to show.
  if (ticket !== latest) return;
  const total = search.results.length;
  const what = query ? `for «${query}»` : 'med disse filtrene';
  if (allFilters) updateFilters(form, search.filters, params);
  // The best hit is shown as soon as its excerpt arrives; the rest of the page follows.
  const [best, ...others] = search.results.slice(0, PAGE_SIZE);
  const first = best ? await best.data() : undefined;
  if (ticket !== latest) return;
  list.replaceChildren(...(first ? [renderResult(first)] : []));
  setStatus(
    status,
    total === 0
      ? `Ingen treff ${what}. Prøv et annet ord, fjern et filter, eller bla i eksemplene.`
      : `${total} treff ${what}${total > PAGE_SIZE ? `, viser de ${PAGE_SIZE} beste` : ''}.`,
    typing ? TYPING_PAUSE_MS : 0,
  );
  // The other excerpts are asked for only once the best hit is on screen, so they do not share a slow line with it.
  await (typing ? pause(DEBOUNCE_MS) : nextPaint());
  if (ticket !== latest) return;
  const rest = await excerpts(others, () => ticket !== latest);
  if (!rest) return;
  list.append(...rest.map(renderResult));
  offerMore(search.results, PAGE_SIZE, ticket);
  document.title = `${query || 'Filtrert søk'} – Søk – Bopraksis`;
}

/** «Vis flere treff» below the list while there are more; each press adds the next page and keeps focus nearby. */
function offerMore(results: PagefindResult[], shown: number, ticket: number) {
  const more = document.getElementById('sok-flere') as HTMLButtonElement;
  const list = document.getElementById('sok-treff')!;
  more.hidden = shown >= results.length;
  more.onclick = async () => {
    const next = await excerpts(results.slice(shown, shown + PAGE_SIZE), () => ticket !== latest);
    if (!next) return;
    const items = next.map(renderResult);
    list.append(...items);
    const link = items[0]?.querySelector('a');
    link?.focus();
    setStatus(
      document.getElementById('sok-status')!,
      `Viser ${Math.min(shown + PAGE_SIZE, results.length)} av ${results.length} treff.`,
    );
    offerMore(results, shown + PAGE_SIZE, ticket);
  };
}

/**
 * Pagefind splits the query into graphemes with `Intl.Segmenter`, and the first one made on a page loads the browser's
 * break rules: 11–22 ms here, four times that on a slow phone, on the way to the first result. Made while the main
 * thread is idle, waiting for the engine's files, it costs nothing there; if the engine is ready first, Pagefind
 * makes its own as before.
 */
function warmSegmenter() {
  const warm = () => new Intl.Segmenter(document.documentElement.lang, { granularity: 'grapheme' });
  if ('requestIdleCallback' in window) requestIdleCallback(warm);
  else setTimeout(warm);
}

async function start() {
  warmSegmenter();
  const holder = document.querySelector<HTMLElement>('[data-pagefind]')!;
  const pagefind = (await import(/* @vite-ignore */ PAGEFIND_SCRIPT)) as PagefindApi;
  await pagefind.options(JSON.parse(holder.dataset.pagefind ?? '{}') as PagefindOptions);
  await pagefind.init();
  // The first search on a page loads the index's metadata, starts the WebAssembly engine and warms its hot paths:
  // on a 5,000-case site it takes two to three times as long as the next. When the page came with a query, that
  // search is the warm-up; on an empty page one throwaway search, while nobody has typed yet, keeps the first
  // answer quick.
  const arrivedWithQuery = Boolean(new URLSearchParams(location.search).get('q')?.trim());
  if (!arrivedWithQuery) void pagefind.search('bolig');
  const form = document.getElementById('sok-filtre') as HTMLFormElement;
  const field = document.getElementById('sok-side-felt') as HTMLInputElement;
  const stateUrl = () => {
    const params = new URLSearchParams();
    if (field.value.trim()) params.set('q', field.value.trim());
    for (const box of form.querySelectorAll<HTMLInputElement>('input:checked')) params.append(box.name, box.value);
    return `?${params}`;
  };
  form.addEventListener('change', () => {
    history.pushState(null, '', stateUrl());
    void run(pagefind);
  });
  // Results follow the typing; the URL keeps the query without filling the history with every keystroke.
  field.addEventListener('input', () => {
    // A count still waiting to be read out is for a word the reader has gone on typing past.
    clearTimeout(announce);
    history.replaceState(null, '', stateUrl());
    void run(pagefind, { typing: true });
  });
  field.form?.addEventListener('submit', (event) => {
    event.preventDefault();
    history.pushState(null, '', stateUrl());
    void run(pagefind);
  });
  window.addEventListener('popstate', () => void run(pagefind, { fromUrl: true }));
  const panel = document.getElementById('sok-filtre-panel') as HTMLDetailsElement;
  panel.addEventListener('toggle', () => {
    if (panel.open && !allFilters) void run(pagefind);
  });
  delete panel.dataset.venter;
  await run(pagefind, { fromUrl: true });
  field.form?.setAttribute('data-klar', '');
}

start().catch(() => {
  const status = document.getElementById('sok-status');
  if (status) status.textContent = 'Søket kunne ikke lastes. Prøv igjen, eller bla i eksemplene.';
});
