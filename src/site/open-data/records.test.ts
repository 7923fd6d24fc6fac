import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CaseRecord } from './case-record.ts';
import { csvField, toCsv } from './records.ts';

describe('csvField', () => {
  it('makes every cell a spreadsheet could run as a formula inert (OWASP)', () => {
    for (const attack of ['=HYPERLINK("http://x")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) {
      const cell = csvField(attack);
      assert.ok(cell.startsWith("'") || cell.startsWith(`"'`), `${JSON.stringify(attack)} → ${JSON.stringify(cell)}`);
    }
  });

  it('leaves ordinary text alone and quotes separators, quotes and line breaks', () => {
    assert.equal(csvField('Bodø kommune'), 'Bodø kommune');
    assert.equal(csvField('3–5, 9'), '3–5, 9');
    assert.equal(csvField('a;b'), '"a;b"');
    assert.equal(csvField('«sitat» "x"'), '"«sitat» ""x"""');
    assert.equal(csvField('to\nlinjer'), '"to\nlinjer"');
  });
});

describe('toCsv', () => {
  const record = {
    id: 'bodo-a',
    url: 'https://bopraksis.no/eksempler/bodo-a/',
    tittel: 'Bo; trygt',
    sammendrag: '=SUM(1)',
    ansvarligAktor: 'Bodø kommune',
    kommuner: ['bodo', 'fauske'],
    periode: { fra: 2019 },
    status: 'pilot',
    statusAr: 2021,
    evidensniva: 'beskrevet lokalt',
    publisert: '2024-01-02',
    sistKontrollert: '2024-03-04',
    tema: ['bolig'],
    malgrupper: [],
    metoder: ['m1', 'm2'],
    virkemidler: [],
    lovhjemler: [{ lov: 'sosialtjenesteloven', paragraf: '§ 15' }, { lov: 'husleieloven' }],
    suksessfaktorer: [{ faktor: 'forankring', formulering: 'x' }],
    kilder: [
      {
        tittel: 'Rapport "A"',
        utgiver: 'Husbanken',
        ar: 2020,
        sider: '4–5',
        url: 'https://husbanken.no/r',
        type: 'rapport',
      },
      { tittel: 'Notat', utgiver: 'NAV', type: 'rapport' },
    ],
  } as unknown as CaseRecord;

  it('writes a byte-order mark, the header and one row per case, each line ended by CRLF', () => {
    const csv = toCsv([record]);
    assert.ok(
      csv.startsWith('\uFEFFid;url;tittel;sammendrag;ansvarligAktor;ansvarligEnhet;kommuner;periodeFra;periodeTil;'),
    );
    assert.ok(csv.endsWith('\r\n'));
    const lines = csv.slice(1).split('\r\n');
    assert.equal(lines.length, 3);
    assert.equal(lines[2], '');
    assert.equal(lines[0]?.split(';').length, 21);
  });

  it('puts each field in its column, lists joined with « | », empty where a field is absent', () => {
    const row = toCsv([record]).split('\r\n')[1];
    assert.equal(
      row,
      [
        'bodo-a',
        'https://bopraksis.no/eksempler/bodo-a/',
        '"Bo; trygt"',
        "'=SUM(1)",
        'Bodø kommune',
        '',
        'bodo | fauske',
        '2019',
        '',
        'pilot',
        '2021',
        'beskrevet lokalt',
        '2024-01-02',
        '2024-03-04',
        'bolig',
        '',
        'm1 | m2',
        '',
        'sosialtjenesteloven § 15 | husleieloven',
        'forankring',
        '"Husbanken (2020): Rapport ""A"", s. 4–5, https://husbanken.no/r | NAV (udatert): Notat"',
      ].join(';'),
    );
  });

  it('writes only the header when there are no cases', () => {
    assert.equal(toCsv([]).split('\r\n').length, 2);
  });
});
