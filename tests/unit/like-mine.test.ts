import assert from 'node:assert/strict';
import { test } from 'node:test';
import { caseEntry, catalogueOf } from '../support/catalogue-fixture.ts';

const { likeMinePages } = await import('../../src/site/like-mine.ts');

// Same size 3, next size 1, same county 2, each shared theme or target group 1.
const cat = catalogueOf({
  kommuner: [
    { id: 'bodo', navn: 'Bodø', fylke: 'Nordland', kommunestorrelse: 'mellomstor' },
    { id: 'tromso', navn: 'Tromsø', fylke: 'Troms', kommunestorrelse: 'stor' },
    { id: 'moss', navn: 'Moss', fylke: 'Østfold', kommunestorrelse: 'stor' },
  ],
  eksempler: [
    caseEntry({ id: 'i-bodo', publisert: '2024-03-01', kommuner: ['bodo'], tema: ['bolig'], malgrupper: ['unge'] }),
    caseEntry({ id: 'i-tromso', publisert: '2024-02-01', kommuner: ['tromso'], tema: ['bolig'] }),
    caseEntry({ id: 'i-moss', publisert: '2024-01-01', kommuner: ['moss'], tema: ['bolig'], malgrupper: ['unge'] }),
  ],
  names: { tema: { bolig: 'Bolig' }, malgrupper: { unge: 'Unge' } },
});
const pages = likeMinePages(cat);
const page = (name: string) => {
  const found = pages.find((p) => p.profile.name === name);
  assert.ok(found, name);
  return found;
};
const ranked = (name: string) => page(name).cases.map((c) => [c.eksempel.id, c.score, c.reasons] as const);

test('a municipality’s page ranks other places’ cases by size, county and its own cases’ themes and groups', () => {
  assert.deepEqual(ranked('Bodø'), [
    ['i-moss', 3, ['nær i størrelse', 'felles tema: Bolig', 'felles målgruppe: Unge']],
    ['i-tromso', 2, ['nær i størrelse', 'felles tema: Bolig']],
  ]);
  assert.deepEqual(
    page('Bodø').own.map((e) => e.id),
    ['i-bodo'],
  );
});

test('a size × county page ranks by size and county alone; equal scores keep the newest first', () => {
  assert.deepEqual(ranked('en stor kommune i Troms'), [
    ['i-tromso', 5, ['samme størrelse (stor)', 'samme fylke (Troms)']],
    ['i-moss', 3, ['samme størrelse (stor)']],
    ['i-bodo', 1, ['nær i størrelse']],
  ]);
  assert.deepEqual(
    ranked('en mellomstor kommune i Agder').map(([id]) => id),
    ['i-bodo', 'i-tromso', 'i-moss'],
  );
});

test('a case with nothing in common is left out', () => {
  assert.deepEqual(ranked('en liten kommune i Agder'), [['i-bodo', 1, ['nær i størrelse']]]);
});

test('there is a page per municipality and per size × county (3 sizes × 15 counties)', () => {
  assert.equal(pages.length, 3 + 3 * 15);
});
