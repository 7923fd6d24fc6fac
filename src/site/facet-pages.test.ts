import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { caseEntry, catalogueOf } from '../../tests/support/catalogue-fixture.ts';
import { facetPages } from './facet-pages.ts';
import { countedFacets } from './facets.ts';

// Sources from 2025, so no case has old sources.
const kildeAr = [2025];

/**
 * Two municipalities in Nordland of different sizes, two themes and two target groups (one each without cases), one
 * method.
 */
const cat = catalogueOf({
  eksempler: [
    caseEntry({
      id: 'bodo-bostotte',
      publisert: '2026-05-01',
      kommuner: ['bodo'],
      tema: ['bostotte'],
      metoder: ['bolig-forst'],
      malgrupper: ['unge'],
      kildeAr,
    }),
    caseEntry({ id: 'vefsn-bostotte', publisert: '2026-04-01', kommuner: ['vefsn'], tema: ['bostotte'], kildeAr }),
  ],
  kommuner: [
    { id: 'bodo', navn: 'Bodø', fylke: 'Nordland', kommunestorrelse: 'stor' },
    { id: 'vefsn', navn: 'Vefsn', fylke: 'Nordland', kommunestorrelse: 'mellomstor' },
  ],
  names: {
    tema: {
      bostotte: { name: 'Bostøtte', beskrivelse: 'Statlig støtte til boutgifter.' },
      rus: { name: 'Rus og psykisk helse', beskrivelse: 'Bolig for folk med rusproblemer.' },
    },
    malgrupper: {
      unge: { name: 'Unge', beskrivelse: 'Unge under 25.' },
      eldre: { name: 'Eldre', beskrivelse: 'Over 67.' },
    },
    metoder: { 'bolig-forst': { name: 'Bolig først', sammendrag: 'Egen bolig først.' } },
  },
});

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
    ]);
    assert.equal(at('/eksempler/tema/bostotte/kommunestorrelse/liten/'), undefined);
    assert.equal(at('/eksempler/tema/bostotte/fylke/nordland/'), undefined, 'no page narrowed by fylke');
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
  it('offers the nearest cases on a value without any, each naming the facet it misses, and only there', () => {
    const page = at('/eksempler/tema/rus/');
    assert.deepEqual(page?.eksempler, []);
    assert.ok((page?.nearest.length ?? 0) > 0);
    assert.ok(page?.nearest.every((n) => n.unmet.includes('Tema')));
    assert.deepEqual(at('/eksempler/tema/bostotte/')?.nearest, []);
  });
  it('has a page per method × target group pair with cases, and none for pairs without', () => {
    const paired = pages.filter((p) => p.filters[0]?.facet.key === 'metode' && p.filters[1]?.facet.key === 'malgruppe');
    assert.deepEqual(
      paired.map((p) => p.url),
      ['/eksempler/metode/bolig-forst/malgruppe/unge/'],
    );
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
