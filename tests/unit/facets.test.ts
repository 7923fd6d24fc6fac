import assert from 'node:assert/strict';
import { test } from 'node:test';
import { caseEntry, catalogueOf } from '../support/catalogue-fixture.ts';

const { FACETS, facetValues, facetsOfCase, facetIndex } = await import('../../src/site/facets.ts');
const { facetPages } = await import('../../src/site/facet-pages.ts');
const { buildDate } = await import('../../src/content-model/freshness.ts');

const thisYear = buildDate().getUTCFullYear();
const kommuner = [
  { id: 'bodo', navn: 'Bodø', fylke: 'Nordland', kommunestorrelse: 'stor' as const },
  { id: 'fauske', navn: 'Fauske', fylke: 'Nordland', kommunestorrelse: 'liten' as const },
  { id: 'moss', navn: 'Moss', fylke: 'Østfold', kommunestorrelse: 'stor' as const },
  { id: 'arendal', navn: 'Arendal', fylke: 'Agder', kommunestorrelse: 'mellomstor' as const },
];
const a = caseEntry({
  id: 'a',
  kommuner: ['bodo', 'fauske'],
  tema: ['bolig'],
  malgrupper: ['unge'],
  metoder: ['leie-til-eie'],
  status: 'i drift',
  evidensniva: 'internt evaluert',
  periode: { fra: 2012, til: 2016 },
  kildeAr: [1990, undefined],
});
// Same publishing day, so the catalogue's newest-first order puts b (work documented up to 2021) before a (2016).
const b = caseEntry({ id: 'b', kommuner: ['moss'], tema: ['bolig'], periode: { fra: 2021 }, kildeAr: [thisYear] });
const cat = catalogueOf({
  eksempler: [a, b],
  kommuner,
  names: {
    tema: { bolig: 'Bolig', oppfolging: 'Oppfølging' },
    malgrupper: { unge: 'Unge', eldre: 'Eldre' },
    metoder: { 'leie-til-eie': 'Leie til eie' },
  },
});
const facet = (key: string) => {
  const found = FACETS.find((f) => f.key === key);
  assert.ok(found, key);
  return found;
};
const ids = (key: string) => facetValues(cat, facet(key)).map((v) => v.id);

test('a case’s values per facet: each county once, sizes, status and evidence as ids, every period it overlaps', () => {
  assert.deepEqual(facetsOfCase(cat, a), {
    fylke: ['nordland'],
    kommunestorrelse: ['stor', 'liten'],
    tema: ['bolig'],
    malgruppe: ['unge'],
    metode: ['leie-til-eie'],
    virkemiddel: [],
    status: ['i-drift'],
    evidensniva: ['internt-evaluert'],
    periode: ['2010-2014', '2015-2019'],
    kilder: ['eldre-kilder'],
  });
});

test('without an end year a case counts in its start period only; a source from this year is not old', () => {
  const has = facetsOfCase(cat, b);
  assert.deepEqual(has.periode, ['2020-2024']);
  assert.deepEqual(has.kilder, []);
  assert.deepEqual(has.status, []);
  assert.deepEqual(has.evidensniva, ['beskrevet-lokalt']);
});

test('facet values: counties of the municipalities in Norwegian order, entries by name, scales in their order', () => {
  assert.deepEqual(facetValues(cat, facet('fylke')), [
    { id: 'agder', label: 'Agder' },
    { id: 'nordland', label: 'Nordland' },
    { id: 'ostfold', label: 'Østfold' },
  ]);
  assert.deepEqual(ids('tema'), ['bolig', 'oppfolging']);
  assert.deepEqual(ids('malgruppe'), ['eldre', 'unge']);
  assert.deepEqual(ids('kommunestorrelse'), ['liten', 'mellomstor', 'stor']);
  assert.deepEqual(ids('evidensniva'), [
    'beskrevet-lokalt',
    'internt-evaluert',
    'eksternt-evaluert',
    'forskningsbasert',
  ]);
  assert.deepEqual(
    facetValues(cat, facet('status')).map((v) => v.label),
    ['Pilot', 'I drift', 'Avsluttet'],
  );
});

test('periods run from 2005 to the latest year any case documents', () => {
  assert.deepEqual(facetValues(cat, facet('periode')), [
    { id: '2005-2009', label: '2005–2009' },
    { id: '2010-2014', label: '2010–2014' },
    { id: '2015-2019', label: '2015–2019' },
    { id: '2020-2024', label: '2020–2024' },
  ]);
});

test('the facet index lists every value, with the cases that have it', () => {
  const index = facetIndex(cat);
  const of = (key: string, value: string) =>
    index
      .get(key)
      ?.get(value)
      ?.map((e) => e.id);
  assert.deepEqual(of('tema', 'bolig'), ['b', 'a']);
  assert.deepEqual(of('tema', 'oppfolging'), []);
  assert.deepEqual(of('fylke', 'nordland'), ['a']);
  assert.deepEqual(of('kommunestorrelse', 'stor'), ['b', 'a']);
  assert.deepEqual(of('kommunestorrelse', 'mellomstor'), []);
});

const filters = (page: { filters: readonly { facet: { key: string }; value: { id: string } }[] }) =>
  page.filters.map((f) => `${f.facet.key}=${f.value.id}`).join('&');

// The rest of the facet pages (titles, leads, nearest cases, method × target group) is in src/site/facet-pages.test.ts;
// this one needs the counties of this file's catalogue.
test('facet pages: one per value, narrowed by size only where cases remain, never by county', () => {
  const pages = new Map(facetPages(cat).map((p) => [filters(p), p]));
  assert.deepEqual(
    pages.get('tema=bolig')?.eksempler.map((e) => e.id),
    ['b', 'a'],
  );
  assert.equal(pages.has('tema=bolig&fylke=ostfold'), false, 'the catalogue narrows by county');
  assert.deepEqual(
    pages.get('fylke=ostfold')?.eksempler.map((e) => e.id),
    ['b'],
  );
  assert.deepEqual(
    pages.get('tema=bolig&kommunestorrelse=liten')?.eksempler.map((e) => e.id),
    ['a'],
  );
  assert.equal(pages.has('tema=bolig&fylke=agder'), false);
  assert.equal(pages.has('fylke=nordland&fylke=nordland'), false);
  assert.equal(
    [...pages.keys()].some((k) => k.startsWith('tema=bolig&tema=')),
    false,
  );
});
