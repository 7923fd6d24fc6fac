import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { completeness } from './completeness.ts';
import { isStale } from './freshness.ts';

describe('isStale', () => {
  const today = new Date('2026-11-21');
  it('flags a case last checked more than 24 months ago', () => {
    assert.equal(isStale(new Date('2024-11-20'), today), true);
  });
  it('keeps a case checked exactly 24 months ago, or later, fresh', () => {
    assert.equal(isStale(new Date('2024-11-21'), today), false);
    assert.equal(isStale(new Date('2026-01-01'), today), false);
  });
});

describe('completeness', () => {
  it('is 100 % when every recommended field and section is there, and lists what is missing otherwise', () => {
    const all = [
      'Resultat',
      'Bakgrunn',
      'Målsettinger',
      'Hvem gjorde hva',
      'Relevant lovverk',
      'Brukermedvirkning',
      'Finansiering',
      'Suksessfaktorer',
      'Utfordringer underveis',
      'Tips til andre',
      'Videreføring',
    ];
    const data = {
      ansvarligEnhet: 'Enhet',
      trinn: [{}],
      resultater: ['x'],
      lovhjemler: [{}],
      virkemidler: ['startlan'],
    };
    assert.deepEqual(completeness(data, all), { percent: 100, missing: [] });
    const partial = completeness({ ...data, trinn: [] }, all.slice(1));
    assert.deepEqual(partial.missing, ['trinn', 'seksjonen Resultat']);
    assert.ok(partial.percent < 100 && partial.percent > 80);
  });
});
