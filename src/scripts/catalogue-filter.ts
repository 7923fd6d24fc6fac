/**
 * Live filtering of /eksempler/: OR within a facet, AND across facets, counts per value, sorting, and the state in
 * the URL (`?malgruppe=bostedslose&kommunestorrelse=stor&sorter=tittel`) so it can be shared and the back button
 * works. The page itself holds only its first page of cases; this script loads the catalogue index
 * (/eksempler/indeks.json, see src/site/catalogue-index.ts), counts every facet in one pass over the cases, and
 * renders only the cases shown. Without JavaScript the page offers a pager and a static page per facet value.
 */
import { FILES, cataloguePageOf, filteredCatalogueUrl } from '../content-model/routes.ts';
import { caseUrl, publishedText } from '../site/case-card.ts';
import type { CatalogueIndex } from '../site/catalogue-index.ts';
import { antallEksempler as antall } from '../site/format.ts';
import { nearestMatches, type CaseFacets, type RankedFacet } from '../site/nearest.ts';
import { CATALOGUE_PAGE_SIZE } from '../site/pagination.ts';

type Selection = Map<string, Set<string>>;
type Sort = 'nyeste' | 'tittel' | 'kontrollert';
const SORTS: Sort[] = ['nyeste', 'tittel', 'kontrollert'];
const WIDE = '(min-width: 60rem)';

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
) {
  const el = Object.assign(document.createElement(tag), props);
  el.append(...children);
  return el;
}

/** The same markup as CaseCard.astro. */
function caseItem(row: CatalogueIndex['cases'][number], note?: string): HTMLLIElement {
  const [id, title, meta, published, , summary] = row;
  // Nearest matches sit under their own «Nærmeste treff» heading.
  const heading = element(
    note ? 'h3' : 'h2',
    { className: 'ds-heading' },
    element('a', { className: 'ds-link', href: caseUrl(id) }, title),
  );
  heading.dataset.size = 'xs';
  const time = element('time', { dateTime: published }, publishedText(published));
  const noteLine = note ? element('p', {}, note) : undefined;
  if (noteLine) noteLine.setAttribute('data-card', 'note');
  return element(
    'li',
    { className: 'ds-card bp-card' },
    heading,
    element('p', { className: 'bp-meta' }, `${meta} · `, time),
    ...(noteLine ? [noteLine] : []),
    ...(summary ? [element('p', { className: 'ds-paragraph' }, summary)] : []),
  );
}

function selectionFromUrl(keys: readonly string[]): { selection: Selection; sort: Sort } {
  const params = new URLSearchParams(location.search);
  const sort = params.get('sorter') as Sort;
  return {
    selection: new Map(keys.map((key) => [key, new Set(params.getAll(key))])),
    sort: SORTS.includes(sort) ? sort : 'nyeste',
  };
}

function urlFor(selection: Selection, sort: Sort): string {
  const choices = [...selection].flatMap(([facet, values]) => [...values].map((value) => [facet, value] as const));
  return filteredCatalogueUrl(choices, sort === 'nyeste' ? undefined : sort);
}

async function init() {
  const panel = document.getElementById('katalog-panel') as HTMLDetailsElement | null;
  const form = document.getElementById('katalog-filter') as HTMLFormElement | null;
  const sortSelect = document.getElementById('sorter') as HTMLSelectElement | null;
  if (!panel || !form || !sortSelect) return;
  const status = document.getElementById('katalog-status')!;
  const panelCount = document.getElementById('katalog-antall')!;
  const chosenCount = document.getElementById('katalog-valgt')!;
  const showButton = document.getElementById('katalog-vis') as HTMLButtonElement;
  const list = document.querySelector<HTMLElement>('#katalog-liste .bp-case-list')!;
  const more = document.getElementById('katalog-flere') as HTMLButtonElement;
  const pager = document.getElementById('katalog-sider');
  const nearest = document.getElementById('katalog-naermeste')!;
  const nearestList = document.getElementById('katalog-naermeste-liste')!;

  const response = await fetch(FILES.katalogIndeks);
  if (!response.ok) return;
  const index = (await response.json()) as CatalogueIndex;

  // Value number → its facet and its checkbox and counter, looked up once.
  const facetOfValue: number[] = [];
  const valueId: string[] = [];
  const valueNumber = new Map<string, number>();
  for (const [f, facet] of index.facets.entries()) {
    for (const value of facet.values) {
      valueNumber.set(`${facet.key}=${value.id}`, facetOfValue.length);
      facetOfValue.push(f);
      valueId.push(value.id);
    }
  }
  const boxes: HTMLInputElement[] = [];
  const counters: (HTMLElement | undefined)[] = [];
  const shownCounts: string[] = [];
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    const n = valueNumber.get(`${box.name}=${box.value}`);
    if (n === undefined) continue;
    boxes[n] = box;
    counters[n] = form.querySelector<HTMLElement>(`[data-antall-for="${box.name}=${box.value}"]`) ?? undefined;
    shownCounts[n] = counters[n]?.textContent ?? '';
  }
  const keys = index.facets.map((facet) => facet.key);
  const ranked: RankedFacet[] = index.facets.map((facet) => ({
    key: facet.key,
    label: facet.label,
    ordered: facet.ordered,
    values: facet.values.map((v) => v.id),
  }));
  const rows = index.cases;
  const items = new Map<number, HTMLLIElement>();
  // The cases the build put on the page are kept as they are: the first render finds them and changes nothing.
  const rowOf = new Map(rows.map((row, i) => [caseUrl(row[0]), i]));
  for (const li of list.querySelectorAll<HTMLLIElement>(':scope > li')) {
    const i = rowOf.get(li.querySelector('a')?.getAttribute('href') ?? '');
    if (i !== undefined) items.set(i, li);
  }
  const itemFor = (i: number) => {
    let item = items.get(i);
    if (!item) {
      item = caseItem(rows[i]!);
      items.set(i, item);
    }
    return item;
  };

  let shown: number[] = [];
  let start = 0;
  let rendered = 0;

  /** One pass over the cases: which are shown, and for each value how many would be with it added. */
  function count(selection: Selection, sort: Sort): { shown: number[]; counts: Uint32Array } {
    const chosen = new Uint8Array(facetOfValue.length);
    const active: number[] = [];
    index.facets.forEach((facet, f) => {
      const values = selection.get(facet.key);
      if (!values?.size) return;
      active.push(f);
      for (const value of values) {
        const n = valueNumber.get(`${facet.key}=${value}`);
        if (n !== undefined) chosen[n] = 1;
      }
    });
    const counts = new Uint32Array(facetOfValue.length);
    const met = new Uint8Array(index.facets.length);
    const order = sort === 'nyeste' ? null : index.order[sort];
    const result: number[] = [];
    for (let k = 0; k < rows.length; k++) {
      const i = order ? order[k]! : k;
      const values = rows[i]![4];
      met.fill(0);
      for (const n of values) if (chosen[n]) met[facetOfValue[n]!] = 1;
      let misses = 0;
      let missed = -1;
      for (const f of active) {
        if (!met[f]) {
          misses++;
          missed = f;
        }
      }
      if (misses === 0) {
        result.push(i);
        for (const n of values) counts[n]!++;
      } else if (misses === 1) {
        // A case that fails one facet only would be shown if the reader picked one of its values there.
        for (const n of values) if (facetOfValue[n] === missed) counts[n]!++;
      }
    }
    return { shown: result, counts };
  }

  /** Shows `upTo` cases from `start`, reusing the elements already made and leaving the list alone if unchanged. */
  function showPage(upTo: number) {
    const wanted = shown.slice(start, start + upTo).map(itemFor);
    const current = [...list.children];
    if (wanted.length !== current.length || wanted.some((item, i) => item !== current[i]))
      list.replaceChildren(...wanted);
    rendered = wanted.length;
    more.hidden = start + rendered >= shown.length;
  }

  function render(selection: Selection, sort: Sort) {
    for (const box of boxes) {
      const checked = box ? (selection.get(box.name)?.has(box.value) ?? false) : false;
      if (box && box.checked !== checked) box.checked = checked;
    }
    sortSelect!.value = sort;
    const result = count(selection, sort);
    shown = result.shown;
    // Only counters whose number changed are touched.
    for (let n = 0; n < counters.length; n++) {
      const text = `(${result.counts[n]})`;
      if (counters[n] && shownCounts[n] !== text) {
        counters[n]!.textContent = text;
        shownCounts[n] = text;
      }
    }
    const active = [...selection.values()].reduce((n, values) => n + values.size, 0);
    const filtered = active > 0 || sort !== 'nyeste';
    // Unfiltered, /eksempler/side/N/ shows the pager's page N; filtered or sorted, the list starts from the top.
    const page = cataloguePageOf(location.pathname);
    start = filtered ? 0 : (page - 1) * CATALOGUE_PAGE_SIZE;
    showPage(CATALOGUE_PAGE_SIZE);
    if (pager && pager.hidden !== filtered) pager.hidden = filtered;
    setText(chosenCount, active ? `(${active} valgt)` : '');
    const n = shown.length;
    const text =
      n === 0
        ? 'Ingen eksempler passer alle filtrene. Se de nærmeste treffene under, eller fjern et filter.'
        : `${antall(n)}${active > 0 ? ` passer ${active === 1 ? 'filteret' : 'filtrene'}` : ''}.`;
    setText(status, text);
    setText(panelCount, n === 0 ? 'Ingen passer alle filtrene' : `${antall(n)}${active ? ' passer' : ''}`);
    setText(showButton, n === 0 ? 'Vis nærmeste treff' : `Vis ${antall(n)}`);
    renderNearest(selection, n === 0 && active > 0);
  }

  // A case's values by facet, made the first time a result is empty and kept.
  const facetsCache: CaseFacets[] = [];
  const positions = rows.map((_, i) => i);
  const facetsOf = (i: number): CaseFacets => {
    let has = facetsCache[i];
    if (!has) {
      const made: Record<string, string[]> = {};
      for (const n of rows[i]![4]) {
        const key = keys[facetOfValue[n]!]!;
        made[key] ??= [];
        made[key].push(valueId[n]!);
      }
      facetsCache[i] = has = made;
    }
    return has;
  };

  /** Sets a text only when it changes, so an unchanged line costs no style or layout work. */
  const setText = (el: HTMLElement, text: string) => {
    if (el.textContent !== text) el.textContent = text;
  };

  function renderNearest(selection: Selection, wanted: boolean) {
    nearest.hidden = !wanted;
    if (!wanted) return nearestList.replaceChildren();
    const matches = nearestMatches(positions, facetsOf, ranked, selection);
    nearestList.replaceChildren(...matches.map((m) => caseItem(rows[m.item]!, `Passer ikke: ${m.unmet.join(', ')}.`)));
  }

  function currentSelection(): Selection {
    const selection: Selection = new Map(keys.map((key) => [key, new Set<string>()]));
    for (const box of boxes) if (box?.checked) selection.get(box.name)?.add(box.value);
    return selection;
  }

  function update() {
    const selection = currentSelection();
    const sort = sortSelect!.value as Sort;
    history.pushState(null, '', urlFor(selection, sort));
    render(selection, sort);
  }

  form.addEventListener('change', update);
  sortSelect.addEventListener('change', update);
  // The reset event comes before the form resets its boxes: clear them here, then update from the cleared state.
  form.addEventListener('reset', (event) => {
    event.preventDefault();
    for (const box of boxes) if (box) box.checked = false;
    update();
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  more.addEventListener('click', () => {
    const first = rendered;
    showPage(rendered + CATALOGUE_PAGE_SIZE);
    list.children[first]?.querySelector('a')?.focus();
  });
  // On a phone the filters fold away; «Vis N eksempler» closes them and takes the reader to the result.
  showButton.addEventListener('click', () => {
    if (!matchMedia(WIDE).matches) panel.open = false;
    status.focus();
    status.scrollIntoView({ block: 'start' });
  });
  window.addEventListener('popstate', () => {
    const state = selectionFromUrl(keys);
    render(state.selection, state.sort);
  });
  const wide = matchMedia(WIDE);
  panel.open = wide.matches;
  wide.addEventListener('change', () => (panel.open = wide.matches));

  delete panel.dataset.venter;
  document.getElementById('katalog-sortering')!.hidden = false;
  const state = selectionFromUrl(keys);
  render(state.selection, state.sort);
  // The per-case facet maps the nearest matches need are made while the reader has not clicked yet.
  const warm = () => {
    for (let i = 0; i < rows.length; i++) facetsOf(i);
  };
  if ('requestIdleCallback' in window) requestIdleCallback(warm);
  else setTimeout(warm, 500);
}

void init();
