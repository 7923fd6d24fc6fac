import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { citedSegments } from './cited-text.ts';
import { formatPeriode, formatStatus } from './format.ts';

describe('citedSegments', () => {
  it('shows «s. 16» with one source, and the source number with several, each linked to #kilde-n', () => {
    assert.deepEqual(citedSegments('42 kjøpte [1, s. 16].', 1), [
      { text: '42 kjøpte' },
      { links: [{ href: '#kilde-1', label: 's. 16', ariaLabel: 'Kilde 1, s. 16' }] },
      { text: '.' },
    ]);
    assert.deepEqual(citedSegments('Se [1, s. 4; 2].', 2), [
      { text: 'Se' },
      {
        links: [
          { href: '#kilde-1', label: '1: s. 4', ariaLabel: 'Kilde 1: s. 4' },
          { href: '#kilde-2', label: 'kilde 2', ariaLabel: 'Kilde 2' },
        ],
      },
      { text: '.' },
    ]);
  });
});

describe('dated facts', () => {
  it('says «startet» only where a source states the start, and «senest fra» otherwise', () => {
    assert.equal(formatPeriode({ fra: 2011, fraErStart: true }), 'startet 2011');
    assert.equal(formatPeriode({ fra: 2013 }), 'senest fra 2013');
    assert.equal(formatPeriode({ fra: 2012, til: 2015 }), 'senest fra 2012 til 2015');
    assert.equal(formatPeriode({ fra: 2012, fraErStart: true, til: 2015 }), '2012–2015');
    assert.equal(formatPeriode(undefined), 'ikke oppgitt i kildene');
  });
  it('gives a status with the year of its source', () => {
    assert.equal(formatStatus('i drift', 2013), 'i drift (ifølge kilde fra 2013)');
    assert.equal(formatStatus(undefined, undefined), 'ikke oppgitt i kildene');
  });
});
