import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CatalogueIndex } from './catalogue-index.ts';
import { caseChoices, caseTitled, suggestedCases } from './case-suggestions.ts';

// Rows as the catalogue index holds them: newest first, with the title order beside.
const index: CatalogueIndex = {
  facets: [],
  cases: [
    ['sandnes-tett-pa', 'Sandnes: tett på i egen bolig', 'Sandnes · 2019–', '2024-05-01', []],
    ['bodo-plan', 'Bodø: boligpolitisk handlingsplan', 'Bodø · 2014–2017', '2024-04-01', []],
    ['drammen-leie-eie', 'Drammen: fra leie til eie', 'Drammen · fra 2008', '2024-03-01', []],
  ],
  order: { tittel: [1, 2, 0], kontrollert: [0, 1, 2] },
};
const choices = caseChoices(index);
const ids = (query: string, limit = 10) => suggestedCases(choices, query, limit).shown.map((choice) => choice.id);

test('choices follow the title order, not the newest-first order of the rows', () => {
  assert.deepEqual(
    choices.map((choice) => choice.id),
    ['bodo-plan', 'drammen-leie-eie', 'sandnes-tett-pa'],
  );
});

test('every word must appear, in the title or the municipality line, in any order and case', () => {
  assert.deepEqual(ids('EIE drammen'), ['drammen-leie-eie']);
  assert.deepEqual(ids('2014'), ['bodo-plan']);
  assert.deepEqual(ids('bodø sandnes'), []);
});

test('an empty query suggests every case; the limit cuts the list but not the count', () => {
  assert.deepEqual(ids('  '), ['bodo-plan', 'drammen-leie-eie', 'sandnes-tett-pa']);
  assert.deepEqual(suggestedCases(choices, 'bolig', 1), { shown: [choices[0]], total: 2 });
});

test('a title typed in full finds its case, whatever the case of the letters', () => {
  assert.equal(caseTitled(choices, ' drammen: FRA leie til eie ')?.id, 'drammen-leie-eie');
  assert.equal(caseTitled(choices, 'Drammen'), undefined);
  assert.equal(caseTitled(choices, ''), undefined);
});
