import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { citationsAsText, findCitations, malformedCitations, stripCitations } from './citations.ts';

describe('findCitations', () => {
  it('reads one page, a range, a list and several sources, in the syntax of TRUST-MODEL.md', () => {
    const text = 'A [1, s. 16]. B [2, s. 8-9]. C [1, s. 4, 16]. D [1, s. 4; 2, s. 8].';
    assert.deepEqual(
      findCitations(text).map((c) => c.sources),
      [
        [{ kilde: 1, sider: '16' }],
        [{ kilde: 2, sider: '8–9' }],
        [{ kilde: 1, sider: '4, 16' }],
        [
          { kilde: 1, sider: '4' },
          { kilde: 2, sider: '8' },
        ],
      ],
    );
  });
  it('reads a source without page numbers, such as a web page', () => {
    assert.deepEqual(findCitations('Loven gjelder fra 2023 [2].')[0]?.sources, [{ kilde: 2 }]);
  });
  it('leaves other brackets alone', () => {
    assert.deepEqual(findCitations('[lenke](/x/) og [sic] og [2019–2020]'), []);
  });
});

describe('plain-text forms', () => {
  it('strips citations with the space before them, for descriptions and feeds', () => {
    assert.equal(
      stripCitations('42 kjøpte boligen [1, s. 16]. Ingen mislighold [2, s. 8].'),
      '42 kjøpte boligen. Ingen mislighold.',
    );
  });
  it('writes citations as «(s. 16)» for open data', () => {
    assert.equal(citationsAsText('42 kjøpte [1, s. 16].'), '42 kjøpte (s. 16).');
    assert.equal(citationsAsText('Gjelder [1, s. 4; 2].', 2), 'Gjelder (kilde 1, s. 4; kilde 2).');
  });
});

describe('malformedCitations', () => {
  it('finds brackets that start like a citation but are not written as one', () => {
    assert.deepEqual(malformedCitations('A [1, side 4]. B [1 s. 4]. C [1, s. 4]. D [2; s. 3]'), [
      '[1, side 4]',
      '[2; s. 3]',
    ]);
  });
});
