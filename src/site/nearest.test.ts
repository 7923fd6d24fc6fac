import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nearestMatches, type RankedFacet } from './nearest.ts';

const FACETS: RankedFacet[] = [
  { key: 'kommunestorrelse', label: 'Kommunestørrelse', ordered: true, values: ['liten', 'mellomstor', 'stor'] },
  { key: 'tema', label: 'Tema', ordered: false, values: ['a', 'b'] },
];
const cases = [
  { id: 'stor-a', f: { kommunestorrelse: ['stor'], tema: ['a'] } },
  { id: 'mellomstor-b', f: { kommunestorrelse: ['mellomstor'], tema: ['b'] } },
  { id: 'mellomstor-a', f: { kommunestorrelse: ['mellomstor'], tema: ['a'] } },
  { id: 'stor-b', f: { kommunestorrelse: ['stor'], tema: ['b'] } },
];
const near = (selection: Record<string, string[]>, limit?: number) =>
  nearestMatches(
    cases,
    (c) => c.f,
    FACETS,
    new Map(Object.entries(selection).map(([k, v]) => [k, new Set(v)])),
    limit,
  ).map((m) => m.item.id);

test('on an ordered facet the neighbouring value is nearer than the one beyond it', () => {
  assert.deepEqual(near({ kommunestorrelse: ['liten'] }), ['mellomstor-b', 'mellomstor-a', 'stor-a', 'stor-b']);
});

test('a case meeting one chosen facet outranks one meeting none; ties keep the given order', () => {
  assert.deepEqual(near({ kommunestorrelse: ['liten'], tema: ['a'] }, 2), ['mellomstor-a', 'stor-a']);
});

test('each match names the chosen facets it does not meet', () => {
  const [best] = nearestMatches(
    cases,
    (c) => c.f,
    FACETS,
    new Map([
      ['kommunestorrelse', new Set(['liten'])],
      ['tema', new Set(['a'])],
    ]),
  );
  assert.deepEqual(best?.unmet, ['Kommunestørrelse']);
});
