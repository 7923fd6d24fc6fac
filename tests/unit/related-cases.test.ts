import assert from 'node:assert/strict';
import { test } from 'node:test';
import { caseEntry, catalogueOf } from '../support/catalogue-fixture.ts';

const { relatedCases } = await import('../../src/site/catalogue.ts');

// The case under test uses methods m1, m2 and factor f1. A shared method weighs 2, a shared factor 1.
const subject = caseEntry({ id: 'subject', metoder: ['m1', 'm2'], faktorer: ['f1'] });
const cases = [
  subject,
  caseEntry({ id: 'both-methods', tittel: 'Cc', metoder: ['m2', 'm1'] }), // 4
  caseEntry({ id: 'bergen', tittel: 'Bergen', metoder: ['m1'], faktorer: ['f1'] }), // 3
  caseEntry({ id: 'arendal', tittel: 'Arendal', metoder: ['m2'], faktorer: ['f1', 'f9'] }), // 3
  caseEntry({ id: 'one-method', tittel: 'Aa', metoder: ['m2', 'm7'] }), // 2
  caseEntry({ id: 'one-factor', tittel: 'Ab', faktorer: ['f1'] }), // 1
  caseEntry({ id: 'another-factor', tittel: 'Ac', faktorer: ['f1'] }), // 1
  caseEntry({ id: 'unrelated', metoder: ['m7'], faktorer: ['f9'] }),
];
const cat = catalogueOf({ eksempler: cases });
const summary = (limit?: number) =>
  relatedCases(cat, subject, limit).map((r) => [r.eksempel.id, r.sharedMethods, r.sharedFactors] as const);

test('related cases come by shared methods (2 each) and factors (1 each); equal scores by title', () => {
  assert.deepEqual(summary(10), [
    ['both-methods', ['m1', 'm2'], []],
    ['arendal', ['m2'], ['f1']],
    ['bergen', ['m1'], ['f1']],
    ['one-method', ['m2'], []],
    ['one-factor', [], ['f1']],
    ['another-factor', [], ['f1']],
  ]);
});

test('a case is not related to itself, one sharing nothing is left out, and the limit holds (default 5)', () => {
  assert.equal(
    summary(10).some(([id]) => id === 'subject' || id === 'unrelated'),
    false,
  );
  assert.deepEqual(
    summary(2).map(([id]) => id),
    ['both-methods', 'arendal'],
  );
  assert.deepEqual(
    summary().map(([id]) => id),
    ['both-methods', 'arendal', 'bergen', 'one-method', 'one-factor'],
  );
});

test('a case with no methods or factors has no related cases', () => {
  assert.deepEqual(relatedCases(cat, caseEntry({ id: 'alone' })), []);
});
