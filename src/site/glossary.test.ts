import assert from 'node:assert/strict';
import { test } from 'node:test';
import { letterOf, methodsForTerms, namesOf } from './glossary.ts';

test('et begrep arkiveres under forbokstaven, også æ, ø og å', () => {
  assert.equal(letterOf('Økonomisk rådgivning'), 'Ø');
  assert.equal(letterOf('bostøtte'), 'B');
});

test('navnene til et begrep er hele navnet og delene rundt tankestrek og i parentes', () => {
  assert.deepEqual(
    [...namesOf('Housing First (Bolig først)')],
    ['housing first (bolig først)', 'housing first', 'bolig først'],
  );
  assert.ok(namesOf('CTI – Critical Time Intervention').has('cti'));
});

test('et begrep lenker til metoden når det er metodens navn eller et av de andre navnene, ellers ikke', () => {
  const methods = [
    { id: 'bolig-forst', tittel: 'Bolig først (Housing First)', andreNavn: ['Housing First'] },
    { id: 'cti', tittel: 'CTI – Critical Time Intervention', andreNavn: [] },
    { id: 'plan', tittel: 'Boligpolitisk handlingsplan', andreNavn: ['Boligsosial handlingsplan'] },
    { id: 'utpeking', tittel: 'Utpekingsrett i utbyggingsavtaler', andreNavn: [] },
  ];
  const terms = [
    { id: 'housing-first', term: 'Housing First (Bolig først)' },
    { id: 'cti', term: 'CTI (Critical Time Intervention)' },
    { id: 'boligsosial-handlingsplan', term: 'Boligsosial handlingsplan' },
    { id: 'utpekingsrett', term: 'Utpekingsrett' },
    { id: 'startlan', term: 'Startlån' },
  ];
  assert.deepEqual(Object.fromEntries(methodsForTerms(terms, methods)), {
    'housing-first': 'bolig-forst',
    cti: 'cti',
    'boligsosial-handlingsplan': 'plan',
  });
});
