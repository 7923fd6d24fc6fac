import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { caseEntry, collectionsOf } from '../../tests/support/catalogue-fixture.ts';
import {
  buildCatalogue,
  caseCount,
  casesCitingParagraph,
  factorWordings,
  firstByTitle,
  proceduresFor,
  subFactorsOf,
} from './catalogue-build.ts';

const ref = <C extends string>(collection: C, id: string) => ({ collection, id });

/** A small catalogue: three cases, two procedures, a main factor with two sub-factors, one law. */
const collections = collectionsOf({
  eksempler: [
    caseEntry({
      id: 'eldst',
      publisert: '2026-01-01',
      metoder: ['bolig-forst'],
      lovhjemler: [{ lov: 'sotjl', paragraf: '§ 15' }],
      faktorer: [{ id: 'forankring', formulering: 'Politisk vedtak i 2014.' }],
    }),
    caseEntry({
      id: 'nyest',
      publisert: '2026-06-01',
      metoder: ['bolig-forst', 'startlan'],
      lovhjemler: [
        { lov: 'sotjl', paragraf: '§ 15' },
        { lov: 'sotjl', paragraf: '§ 27' },
        { lov: 'sotjl', paragraf: '§ 15' },
      ],
      faktorer: [
        { id: 'forankring', formulering: 'Rådmannen eide prosjektet.' },
        { id: 'samarbeid', formulering: 'NAV og boligkontoret i samme lokale.' },
      ],
    }),
    caseEntry({ id: 'midt', publisert: '2026-03-01', lovhjemler: [{ lov: 'sotjl' }] }),
  ],
  names: {
    metoder: { 'bolig-forst': 'Bolig først', startlan: 'Startlån' },
    framgangsmater: {
      b: { name: 'Til leie fra første dag', metoder: ['bolig-forst', 'bolig-forst'] },
      a: { name: 'Oppfølging i bolig', metoder: ['bolig-forst'] },
    },
    suksessfaktorer: {
      forankring: 'Forankring',
      vedtak: { name: 'Vedtak i kommunestyret', hovedfaktor: 'forankring' },
      eierskap: { name: 'Eierskap i ledelsen', hovedfaktor: 'forankring' },
      samarbeid: 'Samarbeid',
    },
    lovverk: { sotjl: 'Sosialtjenesteloven' },
  },
});

const ids = (entries: { id: string }[]) => entries.map((e) => e.id);

describe('buildCatalogue', () => {
  const cat = buildCatalogue(collections);
  it('sorts the cases newest first', () => {
    assert.deepEqual(ids(cat.eksempler), ['nyest', 'midt', 'eldst']);
  });
  it('gives the first cases in title order, not in the newest-first order', () => {
    assert.deepEqual(ids(firstByTitle(cat, 2)), ['eldst', 'midt']);
  });
  it('lists the procedures that use a method, by title, each once', () => {
    assert.deepEqual(ids(proceduresFor(cat, 'bolig-forst')), ['a', 'b']);
    assert.deepEqual(proceduresFor(cat, 'startlan'), []);
  });
  it('lists the sub-factors under a main factor by title, and none under the others', () => {
    assert.deepEqual(ids(subFactorsOf(cat, 'forankring')), ['eierskap', 'vedtak']);
    assert.deepEqual(subFactorsOf(cat, 'vedtak'), []);
    assert.deepEqual(subFactorsOf(cat, 'samarbeid'), []);
  });
  it("keeps each case's own wording of a factor, newest case first", () => {
    assert.deepEqual(
      factorWordings(cat, 'forankring').map((w) => [w.eksempel.id, w.formulering]),
      [
        ['nyest', 'Rådmannen eide prosjektet.'],
        ['eldst', 'Politisk vedtak i 2014.'],
      ],
    );
    assert.deepEqual(factorWordings(cat, 'eierskap'), []);
  });
  it('finds the cases citing a paragraph, each once, and not those citing only the law', () => {
    assert.deepEqual(ids(casesCitingParagraph(cat, 'sotjl', '§ 15')), ['nyest', 'eldst']);
    assert.deepEqual(ids(casesCitingParagraph(cat, 'sotjl', '§ 27')), ['nyest']);
    assert.deepEqual(casesCitingParagraph(cat, 'sotjl', '§ 4'), []);
  });
  it('counts the cases that point at an entry', () => {
    assert.equal(caseCount(cat, ref('lovverk', 'sotjl')), 3);
    assert.equal(caseCount(cat, ref('metoder', 'bolig-forst')), 2);
    assert.equal(caseCount(cat, ref('suksessfaktorer', 'samarbeid')), 1);
    assert.equal(caseCount(cat, ref('metoder', 'ukjent')), 0);
  });
});
