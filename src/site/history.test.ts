import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { byDay, parseHistory } from './history.ts';

describe('parseHistory', () => {
  it('lists each case’s commits newest first and follows a renamed file back to its old name', () => {
    const log = [
      '',
      '2026-12-01\tRett tallene i Drammen\n\nM\tcontent/eksempler/drammen.mdx\nM\tcontent/eksempler/bodo.mdx',
      '2026-11-25\tNytt navn\n\nR100\tcontent/eksempler/drammen-gammel.mdx\tcontent/eksempler/drammen.mdx',
      '2026-11-21\tFørste versjon\n\nA\tcontent/eksempler/drammen-gammel.mdx\nA\tcontent/eksempler/bodo.mdx\nA\tcontent/data/tema.yaml',
    ].join('\0');
    const history = parseHistory(log);
    assert.deepEqual(history.get('drammen'), [
      { date: '2026-12-01', summary: 'Rett tallene i Drammen' },
      { date: '2026-11-25', summary: 'Nytt navn' },
      { date: '2026-11-21', summary: 'Første versjon' },
    ]);
    assert.deepEqual(
      history.get('bodo')?.map((c) => c.date),
      ['2026-12-01', '2026-11-21'],
    );
    assert.equal(history.has('drammen-gammel'), false);
  });
});

describe('byDay', () => {
  it('gives one entry per day, with the Norwegian descriptions the commits carry, and a plain one where none do', () => {
    const changes = byDay([
      { date: '2026-12-01', summary: 'Rettet tallene.' },
      { date: '2026-12-01', summary: '' },
      { date: '2026-12-01', summary: 'La til kilde.' },
      { date: '2026-11-21', summary: '' },
    ]);
    assert.deepEqual(changes, [
      { date: '2026-12-01', summary: 'Rettet tallene. La til kilde.' },
      { date: '2026-11-21', summary: 'Innholdet ble endret.' },
    ]);
  });
});
