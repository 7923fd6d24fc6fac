import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  buildCatalogue,
  caseCount,
  casesCitingParagraph,
  factorWordings,
  proceduresFor,
  subFactorsOf,
  type Catalogue,
  type Collections,
} from './catalogue-build.ts';

const ref = <C extends string>(collection: C, id: string) => ({ collection, id });

function eksempel(id: string, publisert: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    data: {
      tittel: `Eksempel ${id}`,
      publisert: new Date(publisert),
      sistKontrollert: new Date(publisert),
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

const byId = <T extends { id: string }>(entries: T[]) => new Map(entries.map((e) => [e.id, e]));

/** A small catalogue: three cases, two procedures, a main factor with two sub-factors, one law. */
function fixture(): Catalogue {
  const collections = {
    eksempler: byId([
      eksempel('eldst', '2026-01-01', {
        metoder: [ref('metoder', 'bolig-forst')],
        lovhjemler: [{ lov: ref('lovverk', 'sotjl'), paragraf: '§ 15' }],
        suksessfaktorer: [{ faktor: ref('suksessfaktorer', 'forankring'), formulering: 'Politisk vedtak i 2014.' }],
      }),
      eksempel('nyest', '2026-06-01', {
        metoder: [ref('metoder', 'bolig-forst'), ref('metoder', 'startlan')],
        lovhjemler: [
          { lov: ref('lovverk', 'sotjl'), paragraf: '§ 15' },
          { lov: ref('lovverk', 'sotjl'), paragraf: '§ 27' },
          { lov: ref('lovverk', 'sotjl'), paragraf: '§ 15' },
        ],
        suksessfaktorer: [
          { faktor: ref('suksessfaktorer', 'forankring'), formulering: 'Rådmannen eide prosjektet.' },
          { faktor: ref('suksessfaktorer', 'samarbeid'), formulering: 'NAV og boligkontoret i samme lokale.' },
        ],
      }),
      eksempel('midt', '2026-03-01', { lovhjemler: [{ lov: ref('lovverk', 'sotjl') }] }),
    ]),
    metoder: byId([
      { id: 'bolig-forst', data: { tittel: 'Bolig først' } },
      { id: 'startlan', data: { tittel: 'Startlån' } },
    ]),
    framgangsmater: byId([
      {
        id: 'b',
        data: {
          tittel: 'Til leie fra første dag',
          metoder: [ref('metoder', 'bolig-forst'), ref('metoder', 'bolig-forst')],
        },
      },
      { id: 'a', data: { tittel: 'Oppfølging i bolig', metoder: [ref('metoder', 'bolig-forst')] } },
    ]),
    suksessfaktorer: byId([
      { id: 'forankring', data: { tittel: 'Forankring' } },
      { id: 'vedtak', data: { tittel: 'Vedtak i kommunestyret', hovedfaktor: ref('suksessfaktorer', 'forankring') } },
      { id: 'eierskap', data: { tittel: 'Eierskap i ledelsen', hovedfaktor: ref('suksessfaktorer', 'forankring') } },
      { id: 'samarbeid', data: { tittel: 'Samarbeid' } },
    ]),
    lovverk: byId([{ id: 'sotjl', data: { tittel: 'Sosialtjenesteloven' } }]),
    kommuner: new Map(),
    tema: new Map(),
    malgrupper: new Map(),
    virkemidler: new Map(),
    ordliste: new Map(),
  };
  return buildCatalogue(collections as unknown as Collections);
}

const ids = (entries: { id: string }[]) => entries.map((e) => e.id);

describe('buildCatalogue', () => {
  const cat = fixture();
  it('sorts the cases newest first', () => {
    assert.deepEqual(ids(cat.eksempler), ['nyest', 'midt', 'eldst']);
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
