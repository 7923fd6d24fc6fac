import assert from 'node:assert/strict';
import { test } from 'node:test';
import { slugify } from './slug.ts';

test('æ, ø and å become ae, o and a, in either case', () => {
  assert.equal(slugify('Møre og Romsdal'), 'more-og-romsdal');
  assert.equal(slugify('ÆRØY ÅSNES'), 'aeroy-asnes');
  assert.equal(slugify('Bærum'), 'baerum');
});

test('a run of other characters becomes one hyphen, and none is left at either end', () => {
  assert.equal(slugify('  Bodø: boliger for unge!  '), 'bodo-boliger-for-unge');
  assert.equal(slugify('Nord-Fron – 2024'), 'nord-fron-2024');
  assert.equal(slugify('«i drift»'), 'i-drift');
});

test('the Swedish ö and ä, found in sources, become o and a', () => {
  assert.equal(slugify('Malmö Göteborg Vänersborg'), 'malmo-goteborg-vanersborg');
});
