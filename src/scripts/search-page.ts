/**
 * Runs the query in the URL (`/sok/?q=…`) against the Pagefind index and lists the results. The page works as a
 * plain form without this script; with it, results appear and their count is announced to screen readers.
 */
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  filters: Record<string, string[]>;
}
interface PagefindApi {
  init: () => Promise<void>;
  options: (options: Record<string, unknown>) => Promise<void>;
  search: (query: string) => Promise<{ results: { data: () => Promise<PagefindResultData> }[] }>;
}

const PAGE_SIZE = 20;

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

function renderResult(data: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'bp-search-result';
  const type = document.createElement('p');
  type.className = 'bp-kicker';
  type.textContent = data.filters.type?.[0] ?? 'Side';
  const heading = document.createElement('h2');
  heading.className = 'ds-heading';
  heading.dataset.size = 'xs';
  const link = document.createElement('a');
  link.className = 'ds-link';
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  heading.append(link);
  const excerpt = document.createElement('p');
  excerpt.className = 'ds-paragraph';
  excerpt.append(...excerptNodes(data.excerpt));
  item.append(type, heading, excerpt);
  return item;
}

async function run() {
  const status = document.getElementById('sok-status');
  const list = document.getElementById('sok-treff');
  const field = document.getElementById('sok-side-felt') as HTMLInputElement | null;
  if (!status || !list || !field) return;
  const query = new URLSearchParams(location.search).get('q')?.trim() ?? '';
  field.value = query;
  if (!query) {
    status.textContent = 'Skriv et søkeord, for eksempel «startlån» eller «bostedsløse».';
    return;
  }
  status.textContent = `Søker etter «${query}» …`;
  const pagefindUrl = '/pagefind/pagefind.js';
  const pagefind = (await import(/* @vite-ignore */ pagefindUrl)) as PagefindApi;
  await pagefind.init();
  const search = await pagefind.search(query);
  const results = await Promise.all(search.results.slice(0, PAGE_SIZE).map((result) => result.data()));
  list.replaceChildren(...results.map(renderResult));
  const total = search.results.length;
  status.textContent =
    total === 0
      ? `Ingen treff for «${query}». Prøv et annet ord, eller bla i eksemplene.`
      : `${total} ${total === 1 ? 'treff' : 'treff'} for «${query}»${total > PAGE_SIZE ? `, viser de ${PAGE_SIZE} beste` : ''}.`;
  document.title = `${query} – Søk – Bopraksis`;
}

run().catch(() => {
  const status = document.getElementById('sok-status');
  if (status) status.textContent = 'Søket kunne ikke lastes. Prøv igjen, eller bla i eksemplene.';
});
