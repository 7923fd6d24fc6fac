import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { caseEntry, catalogueOf } from '../../tests/support/catalogue-fixture.ts';
import { waysIn } from './ways-in.ts';

/** Two cases; a target group, a theme and a method without any, and names that sort differently in Norwegian. */
const cat = catalogueOf({
  eksempler: [
    caseEntry({ id: 'a', malgrupper: ['unge'], tema: ['bolig', 'okonomi'], metoder: ['startlan', 'bolig-forst'] }),
    caseEntry({ id: 'b', malgrupper: ['unge', 'eldre'], tema: ['okonomi'], metoder: ['bolig-forst'] }),
  ],
  names: {
    malgrupper: { unge: 'Unge', eldre: 'Eldre', flyktninger: 'Flyktninger' },
    tema: { okonomi: 'Økonomi', bolig: 'Bolig', rus: 'Rus' },
    metoder: { startlan: 'Startlån', 'bolig-forst': 'Bolig først', 'leie-til-eie': 'Leie til eie' },
  },
});

describe('waysIn', () => {
  it('gives target groups, themes and methods in that order, each under its own heading id', () => {
    assert.deepEqual(
      waysIn(cat).map((way) => [way.id, way.title]),
      [
        ['inngang-malgruppe', 'Målgrupper'],
        ['inngang-tema', 'Tema'],
        ['inngang-metode', 'Metoder'],
      ],
    );
  });
  it('lists every entry by name in Norwegian order, with its page and case count, zero included', () => {
    const [malgrupper, tema, metoder] = waysIn(cat);
    assert.deepEqual(malgrupper?.items, [
      { href: '/eksempler/malgruppe/eldre/', label: 'Eldre', count: 1 },
      { href: '/eksempler/malgruppe/flyktninger/', label: 'Flyktninger', count: 0 },
      { href: '/eksempler/malgruppe/unge/', label: 'Unge', count: 2 },
    ]);
    // «Ø» comes after «R» in Norwegian, not beside «O».
    assert.deepEqual(tema?.items, [
      { href: '/eksempler/tema/bolig/', label: 'Bolig', count: 1 },
      { href: '/eksempler/tema/rus/', label: 'Rus', count: 0 },
      { href: '/eksempler/tema/okonomi/', label: 'Økonomi', count: 2 },
    ]);
    assert.deepEqual(metoder?.items, [
      { href: '/metoder/bolig-forst/', label: 'Bolig først', count: 2 },
      { href: '/metoder/leie-til-eie/', label: 'Leie til eie', count: 0 },
      { href: '/metoder/startlan/', label: 'Startlån', count: 1 },
    ]);
  });
});
