import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildCatalogue, type Collections } from './catalogue-build.ts';
import { facetPages } from './facet-pages.ts';
import { countedFacets } from './facets.ts';

const ref = <C extends string>(collection: C, id: string) => ({ collection, id });
const byId = <T extends { id: string }>(entries: T[]) => new Map(entries.map((e) => [e.id, e]));

function eksempel(id: string, publisert: string, extra: Record<string, unknown>) {
  return {
    id,
    data: {
      tittel: `Eksempel ${id}`,
      sammendrag: 'Et eksempel.',
      publisert: new Date(publisert),
      sistKontrollert: new Date(publisert),
      evidensniva: 'beskrevet lokalt',
      kilder: [{ ar: 2025 }],
      kommuner: [],
      tema: [],
      malgrupper: [],
      metoder: [],
      virkemidler: [],
      lovhjemler: [],
      suksessfaktorer: [],
      ...extra,
    },
  };
}

/** Two municipalities in Nordland of different sizes, two themes (one without cases), one method, one target group. */
const cat = buildCatalogue({
  eksempler: byId([
    eksempel('bodo-bostotte', '2026-05-01', {
      kommuner: [ref('kommuner', 'bodo')],
      tema: [ref('tema', 'bostotte')],
      metoder: [ref('metoder', 'bolig-forst')],
      malgrupper: [ref('malgrupper', 'unge')],
    }),
    eksempel('vefsn-bostotte', '2026-04-01', { kommuner: [ref('kommuner', 'vefsn')], tema: [ref('tema', 'bostotte')] }),
  ]),
  kommuner: byId([
    { id: 'bodo', data: { navn: 'Bodø', fylke: 'Nordland', kommunestorrelse: 'stor' } },
    { id: 'vefsn', data: { navn: 'Vefsn', fylke: 'Nordland', kommunestorrelse: 'mellomstor' } },
  ]),
  tema: byId([
    { id: 'bostotte', data: { navn: 'Bostøtte', beskrivelse: 'Statlig støtte til boutgifter.' } },
    { id: 'rus', data: { navn: 'Rus og psykisk helse', beskrivelse: 'Bolig for folk med rusproblemer.' } },
  ]),
  malgrupper: byId([{ id: 'unge', data: { navn: 'Unge', beskrivelse: 'Unge under 25.' } }]),
  metoder: byId([{ id: 'bolig-forst', data: { tittel: 'Bolig først', sammendrag: 'Egen bolig først.' } }]),
  virkemidler: new Map(),
  suksessfaktorer: new Map(),
  framgangsmater: new Map(),
  lovverk: new Map(),
  ordliste: new Map(),
} as unknown as Collections);

const pages = facetPages(cat);
const at = (url: string) => pages.find((p) => p.url === url);

describe('facet pages', () => {
  it('gives a one-value page its title, lead, kicker and the entry’s own description', () => {
    const page = at('/eksempler/tema/bostotte/');
    assert.ok(page);
    assert.equal(page.path, 'tema/bostotte');
    assert.equal(page.title, 'Eksempler – Tema: Bostøtte');
    assert.equal(page.description, 'Eksempler i Bopraksis der temaet er bostøtte.');
    assert.equal(page.kicker, 'Tema');
    assert.equal(page.about, 'Statlig støtte til boutgifter.');
    assert.equal(page.parent, undefined);
    assert.equal(page.filterUrl, '/eksempler/?tema=bostotte');
    assert.deepEqual(
      page.eksempler.map((e) => e.id),
      ['bodo-bostotte', 'vefsn-bostotte'],
    );
  });
  it('links a one-value page to the narrowed pages that have cases, with their counts', () => {
    const page = at('/eksempler/tema/bostotte/');
    assert.deepEqual(page?.narrowing, [
      {
        label: 'kommunestørrelse',
        links: [
          { url: '/eksempler/tema/bostotte/kommunestorrelse/mellomstor/', label: 'Mellomstor', count: 1 },
          { url: '/eksempler/tema/bostotte/kommunestorrelse/stor/', label: 'Stor', count: 1 },
        ],
      },
      { label: 'fylke', links: [{ url: '/eksempler/tema/bostotte/fylke/nordland/', label: 'Nordland', count: 2 }] },
    ]);
    assert.equal(at('/eksempler/tema/bostotte/kommunestorrelse/liten/'), undefined);
  });
  it('gives a narrowed page both clauses, a link back to the first value and no further narrowing', () => {
    const page = at('/eksempler/tema/bostotte/kommunestorrelse/stor/');
    assert.ok(page);
    assert.equal(page.title, 'Eksempler – Tema: Bostøtte, Kommunestørrelse: Stor');
    assert.equal(page.description, 'Eksempler i Bopraksis der temaet er bostøtte og kommunestørrelsen er stor.');
    assert.equal(page.kicker, 'Tema og Kommunestørrelse');
    assert.deepEqual(page.parent, { url: '/eksempler/tema/bostotte/', phrase: 'temaet er bostøtte' });
    assert.equal(page.about, undefined);
    assert.deepEqual(page.narrowing, []);
    assert.equal(page.filterUrl, '/eksempler/?tema=bostotte&kommunestorrelse=stor');
    assert.equal(page.what, 'tema bostøtte og kommunestørrelse stor');
  });
  it('offers the nearest cases on a value without any', () => {
    const page = at('/eksempler/tema/rus/');
    assert.deepEqual(page?.eksempler, []);
    assert.ok((page?.nearest.length ?? 0) > 0);
  });
  it('has a page per method × target group pair with cases', () => {
    assert.deepEqual(
      at('/eksempler/metode/bolig-forst/malgruppe/unge/')?.eksempler.map((e) => e.id),
      ['bodo-bostotte'],
    );
  });
});

describe('countedFacets', () => {
  it('counts the cases per value, zero included', () => {
    const tema = countedFacets(cat).find((f) => f.key === 'tema');
    assert.deepEqual(tema?.values, [
      { id: 'bostotte', label: 'Bostøtte', count: 2 },
      { id: 'rus', label: 'Rus og psykisk helse', count: 0 },
    ]);
  });
});
