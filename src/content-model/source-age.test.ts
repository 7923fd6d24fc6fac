import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hasOldSources, newestSourceYear } from './source-age.ts';

describe('hasOldSources', () => {
  const today = new Date('2026-12-01');
  it('marks a case whose newest source is more than ten years old, or undated', () => {
    assert.equal(hasOldSources([{ ar: 2012 }, { ar: 2015 }], today), true);
    assert.equal(hasOldSources([{ ar: 2016 }], today), false);
    assert.equal(hasOldSources([{ ar: 2013 }, { ar: 2023 }], today), false);
    assert.equal(hasOldSources([{}], today), true);
  });
  it('takes the newest dated source', () => {
    assert.equal(newestSourceYear([{ ar: 2012 }, {}, { ar: 2014 }]), 2014);
    assert.equal(newestSourceYear([{}]), undefined);
  });
});
