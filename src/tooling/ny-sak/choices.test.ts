import assert from 'node:assert/strict';
import { test } from 'node:test';
import { numberedList, resolve, splitAnswers } from './choices.ts';

const KOMMUNER = [
  { id: 'bodo', name: 'Bodø' },
  { id: 'bardu', name: 'Bardu' },
  { id: 'ostre-toten', name: 'Østre Toten' },
  { id: 'moss', name: 'Moss' },
];

test('the numbered list pads the numbers to the widest one', () => {
  const ten = Array.from({ length: 10 }, (_, i) => ({ id: `k${i + 1}`, name: `Kommune ${i + 1}` }));
  const lines = numberedList(ten).split('\n');
  assert.equal(lines[0], '   1. Kommune 1 (k1)');
  assert.equal(lines[9], '  10. Kommune 10 (k10)');
});

test('an answer may be the number, the id, the name in any case and without æøå, or the label', () => {
  for (const answer of ['1', 'bodo', 'Bodø', 'BODØ', 'bodo ', 'Bodø (bodo)']) {
    assert.deepEqual(resolve(KOMMUNER, answer), { choice: KOMMUNER[0] }, answer);
  }
});

test('a number outside the list is not a choice', () => {
  assert.equal('choice' in resolve(KOMMUNER, '5'), false);
  assert.equal('choice' in resolve(KOMMUNER, '0'), false);
});

test('the start of a name is enough when it fits one choice only, and only from three letters', () => {
  assert.deepEqual(resolve(KOMMUNER, 'Østre'), { choice: KOMMUNER[2] });
  assert.equal('choice' in resolve(KOMMUNER, 'Bo'), false);
});

test('a misspelt answer gets the nearest choice as a suggestion, not as the choice', () => {
  assert.deepEqual(resolve(KOMMUNER, 'Mosss'), { suggestion: KOMMUNER[3] });
});

test('comma-separated answers keep their order and lose blanks and repeats', () => {
  assert.deepEqual(splitAnswers(' unge, bostedslose,,unge , eldre '), ['unge', 'bostedslose', 'eldre']);
  assert.deepEqual(splitAnswers(''), []);
});
