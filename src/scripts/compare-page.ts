/**
 * Shows two or three cases side by side (`/sammenlign/?a=…&b=…&c=…`). It fetches each case page from this site,
 * picks out its sections, and lays them out one comparison section per section name. Without this script the page
 * is only the form. The form's fields are case pickers (case-picker.ts).
 */
import { compareSelector, type ComparePart } from '../content-model/compare-parts.ts';
import { COMPARE_PARAMS, caseUrl } from '../content-model/routes.ts';
import { ID_PATTERN } from '../content-model/slug.ts';
import { EKSEMPEL_SEKSJONER } from '../content-model/sections.ts';
import { joinNames } from '../site/format.ts';
import { casePickers, choose } from './case-picker.ts';

/** A section of the comparison: `key` says where it comes from on the case page, `heading` what the reader sees. */
interface SectionSpec {
  key: string;
  heading: string;
}

interface LoadedCase {
  id: string;
  title: string;
  url: URL;
  /** Section key to the case page's own nodes (still in the fetched document). */
  sections: Map<string, Element[]>;
}

const PICKERS = COMPARE_PARAMS;
const LEAD_SECTIONS: SectionSpec[] = [
  { key: 'oppsummert', heading: 'Oppsummert' },
  { key: 'fakta', heading: 'Fakta' },
  { key: 'resultater', heading: 'Resultater' },
];
// The case page also has a body section called «Suksessfaktorer», so the front-matter list needs its own name.
const TAIL_SECTIONS: SectionSpec[] = [
  { key: 'trinn', heading: 'Trinn for trinn' },
  { key: 'suksessfaktorer', heading: 'Suksessfaktorer i katalogen' },
];
const bodyKey = (heading: string) => `tekst:${heading}`;
const GUIDANCE = 'Velg minst to ulike eksempler i skjemaet over, og trykk «Sammenlign».';
const MISSING = 'Ikke beskrevet i dette eksempelet.';

/** A part the case page marks for comparison (see compare-parts.ts): a section without its heading, else the element. */
function part(doc: Document, name: ComparePart): Element[] {
  const marked = doc.querySelector(compareSelector(name));
  if (!marked) return [];
  return marked.tagName === 'SECTION' ? [...marked.children].filter((child) => child.tagName !== 'H2') : [marked];
}

/** The body's `##` sections, each from its heading up to the next one. */
function bodySections(doc: Document): Map<string, Element[]> {
  const sections = new Map<string, Element[]>();
  let current: Element[] | undefined;
  for (const child of doc.querySelector(compareSelector('tekst'))?.children ?? []) {
    if (child.tagName === 'H2') {
      current = [];
      sections.set(bodyKey(child.textContent?.trim() ?? ''), current);
    } else {
      current?.push(child);
    }
  }
  return sections;
}

function extractSections(doc: Document): Map<string, Element[]> {
  const sections = new Map<string, Element[]>([
    ['oppsummert', part(doc, 'oppsummert')],
    ['fakta', part(doc, 'fakta')],
    ['resultater', part(doc, 'resultater')],
    ...bodySections(doc),
    ['trinn', part(doc, 'trinn')],
    ['suksessfaktorer', part(doc, 'suksessfaktorer')],
  ]);
  // An empty list (a case with no steps, say) counts as not described.
  for (const [key, nodes] of sections) {
    if (!nodes.some((node) => node.textContent?.trim())) sections.delete(key);
  }
  return sections;
}

/** The case page, or undefined when there is none with this id. */
async function loadCase(id: string): Promise<LoadedCase | undefined> {
  if (!ID_PATTERN.test(id)) return undefined;
  const url = new URL(caseUrl(id), location.origin);
  const response = await fetch(url);
  if (response.status === 404) return undefined;
  if (!response.ok) throw new Error(`${url.pathname}: ${response.status}`);
  const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
  const title = doc.querySelector('h1')?.textContent?.trim() || id;
  return { id, title, url, sections: extractSections(doc) };
}

/** The sections any chosen case has, in the case page's order; unexpected body headings go after the known ones. */
function sectionsToShow(cases: LoadedCase[]): SectionSpec[] {
  const bodyHeadings = new Set<string>(EKSEMPEL_SEKSJONER);
  for (const loaded of cases) {
    for (const key of loaded.sections.keys())
      if (key.startsWith('tekst:')) bodyHeadings.add(key.slice('tekst:'.length));
  }
  const body = [...bodyHeadings].map((heading) => ({ key: bodyKey(heading), heading }));
  return [...LEAD_SECTIONS, ...body, ...TAIL_SECTIONS].filter((spec) => cases.some((c) => c.sections.has(spec.key)));
}

/** A copy of another page's heading one level down, since each case's content now sits under an h3. */
function demotedHeading(heading: Element): HTMLElement {
  const level = Math.min(Number(heading.tagName.slice(1)) + 1, 6);
  const copy = document.createElement(`h${level}`);
  for (const attribute of heading.attributes) copy.setAttribute(attribute.name, attribute.value);
  copy.append(...heading.childNodes);
  return copy;
}

/**
 * Imports a case page's nodes into this page. Ids are dropped (two cases share heading ids), headings move one level
 * down, and links are made absolute against the case page so relative ones keep working here.
 */
function importContent(nodes: Element[], base: URL): DocumentFragment {
  const fragment = document.createDocumentFragment();
  fragment.append(...nodes.map((node) => document.importNode(node, true)));
  for (const element of fragment.querySelectorAll('*')) {
    element.removeAttribute('id');
    element.removeAttribute('aria-labelledby');
    element.removeAttribute('aria-describedby');
  }
  for (const link of fragment.querySelectorAll('a[href]')) {
    link.setAttribute('href', new URL(link.getAttribute('href') ?? '', base).href);
  }
  for (const heading of fragment.querySelectorAll('h1, h2, h3, h4, h5, h6'))
    heading.replaceWith(demotedHeading(heading));
  for (const ingress of fragment.querySelectorAll('.bp-ingress')) ingress.className = 'ds-paragraph';
  return fragment;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function missing(): HTMLElement {
  const text = element('p', 'ds-paragraph', MISSING);
  text.setAttribute('data-compare', 'missing');
  return text;
}

function renderColumn(loaded: LoadedCase, spec: SectionSpec): HTMLElement {
  const column = element('div', '');
  // setAttribute, not dataset: the build keeps only the CSS whose attribute names appear in the source.
  column.setAttribute('data-compare', 'column');
  const title = element('h3', 'ds-heading');
  title.dataset.size = 'xs';
  const link = element('a', 'ds-link', loaded.title);
  link.href = loaded.url.pathname;
  title.append(link);
  const nodes = loaded.sections.get(spec.key);
  column.append(title, nodes ? importContent(nodes, loaded.url) : missing());
  return column;
}

function renderSection(spec: SectionSpec, index: number, cases: LoadedCase[]): HTMLElement {
  const section = element('section', '');
  const heading = element('h2', 'ds-heading', spec.heading);
  heading.dataset.size = 'sm';
  heading.id = `sammenlign-seksjon-${index}`;
  section.setAttribute('aria-labelledby', heading.id);
  const columns = element('div', '');
  columns.append(...cases.map((loaded) => renderColumn(loaded, spec)));
  section.append(heading, columns);
  return section;
}

function renderContents(specs: SectionSpec[]): HTMLElement {
  const nav = element('nav', '');
  nav.setAttribute('aria-label', 'Seksjoner i sammenligningen');
  const list = element('ul', 'bp-inline-list');
  specs.forEach((spec, index) => {
    const link = element('a', 'ds-link', spec.heading);
    link.href = `#sammenlign-seksjon-${index}`;
    const item = element('li', '');
    item.append(link);
    list.append(item);
  });
  nav.append(list);
  return nav;
}

async function run() {
  const status = document.getElementById('sammenlign-status');
  const output = document.getElementById('sammenligning');
  const form = document.querySelector<HTMLFormElement>('.bp-compare-form');
  if (!status || !output || !form) return;
  const pickers = casePickers(form);

  const params = new URLSearchParams(location.search);
  // Without a query the form keeps the two cases it proposes.
  if (!PICKERS.some((name) => params.has(name))) {
    status.textContent = GUIDANCE;
    return;
  }
  const requested = PICKERS.map((name) => params.get(name)?.trim() ?? '');
  const ids = [...new Set(requested.filter(Boolean))];
  // Until the cases arrive, the fields must not show the two the page proposes when the URL asked for others.
  for (const name of PICKERS) {
    const picker = pickers.get(name);
    if (picker) choose(picker, '', '');
  }
  status.textContent = 'Henter eksemplene …';
  const loaded = await Promise.all(ids.map(loadCase));
  const byId = new Map(loaded.flatMap((found) => (found ? [[found.id, found] as const] : [])));
  PICKERS.forEach((name, index) => {
    const found = byId.get(requested[index] ?? '');
    const picker = pickers.get(name);
    if (picker && found) choose(picker, found.id, found.title);
  });
  const notes = ids.filter((id) => !byId.has(id)).map((id) => `Fant ikke noe eksempel med id «${id}».`);
  const cases = [...byId.values()];

  if (cases.length < 2) {
    output.replaceChildren();
    status.textContent = [...notes, GUIDANCE].join(' ');
    return;
  }
  const specs = sectionsToShow(cases);
  output.replaceChildren(renderContents(specs), ...specs.map((spec, index) => renderSection(spec, index, cases)));
  const names = joinNames(cases.map((loaded) => `«${loaded.title}»`));
  status.textContent = [...notes, `Sammenligner ${cases.length} eksempler: ${names}.`].join(' ');
  document.title = `Sammenlign ${joinNames(cases.map((loaded) => loaded.title))} – Bopraksis`;
}

run().catch(() => {
  const status = document.getElementById('sammenlign-status');
  if (status)
    status.textContent = 'Eksemplene kunne ikke hentes. Prøv igjen, eller les dem ett og ett under Eksempler.';
});
