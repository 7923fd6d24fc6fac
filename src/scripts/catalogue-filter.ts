/**
 * Live filtering of /eksempler/: OR within a facet, AND across facets, counts per value, sorting, and the state in
 * the URL (`?malgruppe=bostedslose&kommunestorrelse=stor&sorter=tittel`) so it can be shared and the back button
 * works. Without JavaScript the page shows links to a static page per facet value instead.
 */
type FacetSelection = Map<string, Set<string>>;

interface CaseItem {
  element: HTMLElement;
  facets: Record<string, string[]>;
}

const SORTERS: Record<string, (a: HTMLElement, b: HTMLElement) => number> = {
  nyeste: (a, b) => (b.dataset.publisert ?? '').localeCompare(a.dataset.publisert ?? '') || byTitle(a, b),
  tittel: (a, b) => byTitle(a, b),
  kontrollert: (a, b) => (b.dataset.kontrollert ?? '').localeCompare(a.dataset.kontrollert ?? '') || byTitle(a, b),
};

function byTitle(a: HTMLElement, b: HTMLElement): number {
  return (a.dataset.tittel ?? '').localeCompare(b.dataset.tittel ?? '', 'nb');
}

function matches(item: CaseItem, selection: FacetSelection, except?: string): boolean {
  for (const [facet, values] of selection) {
    if (facet === except || values.size === 0) continue;
    if (!(item.facets[facet] ?? []).some((value) => values.has(value))) return false;
  }
  return true;
}

function selectionFromUrl(facetKeys: readonly string[]): FacetSelection {
  const params = new URLSearchParams(location.search);
  return new Map(facetKeys.map((key) => [key, new Set(params.getAll(key))]));
}

function urlFor(selection: FacetSelection, sort: string): string {
  const params = new URLSearchParams();
  for (const [facet, values] of selection) for (const value of values) params.append(facet, value);
  if (sort !== 'nyeste') params.set('sorter', sort);
  const query = params.toString();
  return query ? `${location.pathname}?${query}` : location.pathname;
}

/** «tema=a tema=b malgruppe=c» → { tema: [a, b], malgruppe: [c] } (see CaseList). */
function parseFacets(text: string): Record<string, string[]> {
  const facets: Record<string, string[]> = {};
  for (const pair of text.split(' ').filter(Boolean)) {
    const [key = '', value = ''] = pair.split('=');
    (facets[key] ??= []).push(value);
  }
  return facets;
}

function init() {
  const form = document.getElementById('katalog-filter') as HTMLFormElement | null;
  const links = document.getElementById('katalog-lenker');
  const status = document.getElementById('katalog-status');
  const sortField = document.getElementById('katalog-sortering');
  const sortSelect = document.getElementById('sorter') as HTMLSelectElement | null;
  const list = document.querySelector<HTMLElement>('.bp-catalogue__results .bp-case-list');
  if (!form || !links || !status || !sortField || !sortSelect || !list) return;

  const items: CaseItem[] = [...list.querySelectorAll<HTMLElement>('[data-fasetter]')].map((element) => ({
    element,
    facets: parseFacets(element.dataset.fasetter ?? ''),
  }));
  const facetKeys = [...form.querySelectorAll<HTMLElement>('[data-fasett]')].map((group) => group.dataset.fasett ?? '');
  const checkboxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  const counters = new Map([...form.querySelectorAll<HTMLElement>('[data-antall-for]')].map((el) => [el.dataset.antallFor ?? '', el]));

  function render(selection: FacetSelection, sort: string) {
    for (const box of checkboxes) box.checked = selection.get(box.name)?.has(box.value) ?? false;
    sortSelect!.value = sort in SORTERS ? sort : 'nyeste';

    let shown = 0;
    for (const item of items) {
      const visible = matches(item, selection);
      item.element.hidden = !visible;
      if (visible) shown++;
    }
    for (const box of checkboxes) {
      const count = items.filter((item) => matches(item, selection, box.name) && (item.facets[box.name] ?? []).includes(box.value)).length;
      const counter = counters.get(`${box.name}=${box.value}`);
      if (counter) counter.textContent = `(${count})`;
    }
    const sorted = [...items].sort((a, b) => (SORTERS[sortSelect!.value] ?? byTitle)(a.element, b.element));
    list!.append(...sorted.map((item) => item.element));

    const active = [...selection.values()].reduce((n, values) => n + values.size, 0);
    const noun = shown === 1 ? 'eksempel' : 'eksempler';
    status!.textContent =
      shown === 0
        ? 'Ingen eksempler passer alle filtrene. Fjern ett eller flere filtre.'
        : `${shown} ${noun}${active > 0 ? ` passer ${active === 1 ? 'filteret' : 'filtrene'}` : ''}.`;
  }

  function currentSelection(): FacetSelection {
    const selection: FacetSelection = new Map(facetKeys.map((key) => [key, new Set<string>()]));
    for (const box of checkboxes) if (box.checked) selection.get(box.name)?.add(box.value);
    return selection;
  }

  function update() {
    const selection = currentSelection();
    history.pushState(null, '', urlFor(selection, sortSelect!.value));
    render(selection, sortSelect!.value);
  }

  form.addEventListener('change', update);
  sortSelect.addEventListener('change', update);
  form.addEventListener('reset', () => queueMicrotask(update));
  form.addEventListener('submit', (event) => event.preventDefault());
  window.addEventListener('popstate', () => {
    render(selectionFromUrl(facetKeys), new URLSearchParams(location.search).get('sorter') ?? 'nyeste');
  });

  form.hidden = false;
  sortField.hidden = false;
  links.hidden = true;
  render(selectionFromUrl(facetKeys), new URLSearchParams(location.search).get('sorter') ?? 'nyeste');
}

init();

export {};
