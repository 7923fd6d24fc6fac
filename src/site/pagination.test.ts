import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CATALOGUE_PAGE_SIZE, pageCount, pagerNumbers } from './pagination.ts';

test('the catalogue has one page per 20 cases, and at least one', () => {
  assert.equal(CATALOGUE_PAGE_SIZE, 20);
  assert.equal(pageCount(0), 1);
  assert.equal(pageCount(20), 1);
  assert.equal(pageCount(21), 2);
  assert.equal(pageCount(100), 5);
});

test('the pager shows the first and last page and two either side of the current one, with 0 for a gap', () => {
  assert.deepEqual(pagerNumbers(1, 1), [1]);
  assert.deepEqual(pagerNumbers(1, 10), [1, 2, 3, 0, 10]);
  assert.deepEqual(pagerNumbers(4, 10), [1, 2, 3, 4, 5, 6, 0, 10]);
  assert.deepEqual(pagerNumbers(5, 10), [1, 0, 3, 4, 5, 6, 7, 0, 10]);
  assert.deepEqual(pagerNumbers(10, 10), [1, 0, 8, 9, 10]);
});
