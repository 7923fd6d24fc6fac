// The editor's own script, bundled by esbuild into /admin/admin.js. It runs only on /admin/, after Decap's bundle.
import { parseDocument, stringify } from 'yaml';
import { COMMENT_FIELD, LIST_FIELD, LIST_FORMAT } from './cms-shared.ts';

interface Decap {
  registerCustomFormat(
    name: string,
    extension: string,
    format: { fromFile(text: string): unknown; toFile(data: unknown): string },
  ): void;
  registerPreviewStyle(href: string): void;
  registerPreviewTemplate(collection: string, component: unknown): void;
  init(options: { config: Record<string, unknown> }): void;
  registerEventListener(listener: { name: string; handler: (event: { entry: DecapEntry }) => unknown }): void;
}
interface DecapEntry {
  get(key: string): unknown;
  getIn(path: string[]): unknown;
  toJS(): { collection: string; slug: string; data: Record<string, unknown> };
}
declare global {
  interface Window {
    CMS: Decap;
    h: (type: unknown, props?: Record<string, unknown> | null, ...children: unknown[]) => unknown;
    createClass: (spec: Record<string, unknown>) => unknown;
  }
}

const { CMS, h, createClass } = window;

// The data files are YAML lists at the root, which Decap cannot edit; this format wraps the list in one field and
// keeps the file's leading comment, so a save changes only what the editor changed.
// An optional field left blank is left out of the file, as an editor writing YAML by hand would.
function withoutEmpty(item: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(item)
      .filter(([, v]) => v !== undefined && v !== null && v !== '')
      .map(([k, v]) => [
        k,
        v && typeof v === 'object' && !Array.isArray(v) ? withoutEmpty(v as Record<string, unknown>) : v,
      ]),
  );
}

CMS.registerCustomFormat(LIST_FORMAT, 'yaml', {
  fromFile(text: string) {
    const doc = parseDocument(text);
    return { [COMMENT_FIELD]: doc.commentBefore ?? '', [LIST_FIELD]: doc.toJS() ?? [] };
  },
  toFile(data: unknown) {
    const value = data as Record<string, unknown>;
    const comment = typeof value[COMMENT_FIELD] === 'string' ? (value[COMMENT_FIELD] as string) : '';
    const items = ((value[LIST_FIELD] as Record<string, unknown>[] | undefined) ?? []).map(withoutEmpty);
    const body = stringify(items, { lineWidth: 0 }).replace(/\n- /g, '\n\n- ');
    const header = comment
      ? `${comment
          .split('\n')
          .map((line) => `#${line}`)
          .join('\n')}\n\n`
      : '';
    return `${header}${body}`;
  },
});

CMS.registerPreviewStyle('/admin/preview.css');

const text = (value: unknown) => (value === undefined || value === null ? '' : String(value));

// The case preview uses the site's classes and the fact box's rows, so it looks as the page will.
const CasePreview = createClass({
  render(this: { props: { entry: DecapEntry; widgetFor: (name: string) => unknown } }) {
    const entry = this.props.entry;
    const data = entry.toJS().data;
    const periode = (data.periode ?? {}) as { fra?: number; til?: number };
    const rows: [string, string][] = [
      ['Ansvarlig aktør', text(data.ansvarligAktor)],
      ...(data.ansvarligEnhet ? [['Ansvarlig enhet', text(data.ansvarligEnhet)] as [string, string]] : []),
      ['Kommune', ((data.kommuner as string[] | undefined) ?? []).join(', ') || 'Nasjonalt eller flere kommuner'],
      ['Periode', periode.fra ? `${periode.fra}–${periode.til ?? ''}` : ''],
      ['Status', text(data.status)],
      ['Evidensnivå', text(data.evidensniva)],
      ['Sist kontrollert', text(data.sistKontrollert)],
    ];
    return h(
      'main',
      { className: 'bp-main' },
      h(
        'article',
        { className: 'bp-entry' },
        h('h1', { className: 'ds-heading', 'data-size': 'lg' }, text(data.tittel)),
        h('p', { className: 'ds-paragraph bp-lead', 'data-variant': 'long' }, text(data.sammendrag)),
        h(
          'section',
          { className: 'bp-factbox', 'aria-labelledby': 'fakta-tittel' },
          h('h2', { id: 'fakta-tittel', className: 'ds-heading', 'data-size': 'xs' }, 'Fakta om eksempelet'),
          h(
            'dl',
            null,
            ...rows.map(([term, value]) => h('div', { key: term }, h('dt', null, term), h('dd', null, value))),
          ),
        ),
        h('div', { className: 'bp-body' }, this.props.widgetFor('body')),
      ),
    );
  },
});
CMS.registerPreviewTemplate('eksempler', CasePreview);

// After each save the gate runs the full sjekk on the entry's branch; its messages are shown next to the editor.
function panel(): HTMLElement {
  let live = document.getElementById('bp-sjekk-melding');
  if (!live) {
    const aside = document.createElement('aside');
    aside.className = 'bp-sjekk';
    aside.setAttribute('aria-label', 'Innholdssjekk');
    live = document.createElement('div');
    live.id = 'bp-sjekk-melding';
    live.setAttribute('role', 'status');
    const close = document.createElement('button');
    close.type = 'button';
    close.textContent = 'Lukk';
    close.addEventListener('click', () => aside.remove());
    aside.append(live, close);
    document.body.append(aside);
  }
  return live;
}

async function showCheck(collection: string, slug: string) {
  const response = await fetch('/redaksjon/sjekk', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ collection, slug }),
  }).catch(() => undefined);
  const result = response?.ok
    ? ((await response.json()) as { verdict: string; messages: string[] })
    : {
        verdict: 'Sjekk kunne ikke kjøres',
        messages: [
          'Innholdet ble lagret, men sjekken svarte ikke. Lagre en gang til, eller be en utvikler se på «npm run redaksjon».',
        ],
      };
  const element = panel();
  element.replaceChildren();
  const heading = document.createElement('h2');
  heading.textContent = result.verdict;
  element.append(heading);
  if (result.messages.length > 0) {
    const list = document.createElement('ul');
    for (const message of result.messages) {
      const item = document.createElement('li');
      item.textContent = message;
      list.append(item);
    }
    element.append(list);
  }
}

// A new save clears the last verdict, so what the panel shows is always about the latest version.
CMS.registerEventListener({
  name: 'preSave',
  handler: () => {
    panel().replaceChildren(Object.assign(document.createElement('h2'), { textContent: 'Sjekker …' }));
  },
});

CMS.registerEventListener({
  name: 'postSave',
  handler: ({ entry }) => {
    const { collection, slug } = entry.toJS();
    void showCheck(collection, slug);
  },
});

// On this machine (`npm run redaksjon`) the editor talks to the gate on its own origin, which runs sjekk before a
// publish; Decap wants the address absolute. Elsewhere it uses the git host from config.yml.
const local = ['127.0.0.1', 'localhost'].includes(location.hostname);
CMS.init({
  config: local ? { local_backend: { url: `${location.origin}/api/v1`, allowed_hosts: [location.hostname] } } : {},
});
