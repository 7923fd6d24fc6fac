import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { bodyCitationProblems, frontMatterCitationProblems, isUncited, sentences } from './citations.ts';
import { lawCitationProblems, lawListProblems, type Law } from './law.ts';
import { statusProblems } from './status.ts';

const parse = (mdx: string) => unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(mdx) as Root;

describe('sentences', () => {
  it('splits at full stops, but not after abbreviations or inside a citation', () => {
    assert.deepEqual(
      sentences('I 2012 hadde bl.a. Drammen 42 [1, s. 16]. Ca. 8 kjøpte privat. Se s. 4 i rapporten.').map(
        (s) => s.text,
      ),
      ['I 2012 hadde bl.a. Drammen 42 [1, s. 16].', 'Ca. 8 kjøpte privat.', 'Se s. 4 i rapporten.'],
    );
  });
  it('keeps a citation written after the full stop with its sentence', () => {
    assert.deepEqual(
      sentences('42 kjøpte. [1, s. 16] Neste setning.').map((s) => s.text),
      ['42 kjøpte. [1, s. 16]', 'Neste setning.'],
    );
  });
});

describe('isUncited', () => {
  it('flags a figure without a citation, and not one with it', () => {
    assert.equal(isUncited('42 leietakere kjøpte boligen.'), true);
    assert.equal(isUncited('42 leietakere kjøpte boligen [1, s. 16].'), false);
  });
  it('exempts text without digits and the digits of law paragraphs', () => {
    assert.equal(isUncited('Kommunen fulgte leietakerne tett.'), false);
    assert.equal(isUncited('Etter dagjeldende § 3-7 og §§ 15 og 27 hadde kommunen en plikt.'), false);
  });
});

describe('bodyCitationProblems', () => {
  const body = [
    '## Beskrivelse',
    '',
    'Kommunen startet i 2011 [1, s. 4]. Året etter kjøpte 42 boligen.',
    '',
    '- 8 kjøpte privat.',
    '- Ingen tall her.',
    '- 3 av dem fikk startlån [2, s. 8].',
    '',
    '| År | Antall |',
    '| --- | --- |',
    '| 2012 | 24 |',
  ].join('\n');

  it('reports each uncited sentence, list item and table row with its line, in a case', () => {
    const problems = bodyCitationProblems(parse(body), 2, true);
    assert.deepEqual(
      problems.map((p) => [p.line, p.message.split(' «')[0]]),
      [
        [3, 'Setningen'],
        [5, 'Punktet'],
        [11, 'Raden'],
      ],
    );
  });
  it('reports a citation beyond the source list, but no uncited numbers outside cases', () => {
    const problems = bodyCitationProblems(parse(body), 1, false);
    assert.equal(problems.length, 1);
    assert.match(problems[0]?.message ?? '', /\[2, s\. 8\] viser til kilde 2, men listen kilder har bare én kilde/);
    assert.equal(problems[0]?.line, 7);
  });
  it('does not count the digits of an MDX expression or a heading', () => {
    assert.deepEqual(bodyCitationProblems(parse('## Resultat 2012\n\nTekst {1 + 1}.'), 1, true), []);
  });
});

describe('frontMatterCitationProblems', () => {
  const kilder = [{ tittel: 'A' }];
  it('checks sammendrag, resultater, trinn[].hva and formulering, and exempts trinn[].nar, periode and lovhjemler', () => {
    const problems = frontMatterCitationProblems({
      sammendrag: 'Fra 2011 hjalp kommunen leietakere.',
      resultater: ['42 kjøpte [1, s. 16].', '8 kjøpte privat.'],
      trinn: [{ nar: '2011–2012', hva: 'Kommunen vurderte 159 leietakere.' }],
      suksessfaktorer: [{ formulering: 'Tett oppfølging i 2012 [1, s. 4].' }],
      periode: { fra: 2011 },
      lovhjemler: [{ paragraf: '§ 15' }],
      kilder,
    });
    assert.deepEqual(
      problems.map((p) => p.path),
      [['sammendrag'], ['resultater', 1], ['trinn', 0, 'hva']],
    );
  });
  it('reports citations beyond the list in any cited field, even where numbers need none', () => {
    const problems = frontMatterCitationProblems({ sammendrag: 'Tekst [3, s. 2].', kilder }, false);
    assert.deepEqual(
      problems.map((p) => p.path),
      [['sammendrag']],
    );
    assert.match(problems[0]?.message ?? '', /kilde 3/);
  });
  it('checks that a contact cites a source in the list', () => {
    const problems = frontMatterCitationProblems({ kontakt: { enhet: 'Boligkontoret', kilde: '[2, s. 3]' }, kilder });
    assert.deepEqual(
      problems.map((p) => p.path),
      [['kontakt', 'kilde']],
    );
    assert.deepEqual(
      frontMatterCitationProblems({ kontakt: { enhet: 'Boligkontoret', kilde: '[1, s. 3]' }, kilder }),
      [],
    );
  });
});

describe('statusProblems', () => {
  it('requires the year of the source a status is read from', () => {
    assert.deepEqual(
      statusProblems({ status: 'i drift', kilder: [{ ar: 2013 }] }).map((p) => p.path),
      [['status']],
    );
    assert.deepEqual(statusProblems({ status: 'i drift', statusAr: 2013, kilder: [{ ar: 2013 }] }), []);
    assert.deepEqual(statusProblems({ kilder: [{ ar: 2013 }] }), []);
  });
  it('requires statusAr to be the year of one of the sources, and refuses it without a status', () => {
    assert.match(
      statusProblems({ status: 'pilot', statusAr: 2014, kilder: [{ ar: 2013 }] })[0]?.message ?? '',
      /2014 er ikke året til noen av kildene \(2013\)/,
    );
    assert.deepEqual(
      statusProblems({ statusAr: 2013, kilder: [{ ar: 2013 }] }).map((p) => p.path),
      [['statusAr']],
    );
  });
});

describe('law rules', () => {
  const laws: Law[] = [
    { id: 'ny', korttittel: 'nyloven', paragrafer: [{ nr: '§ 6', status: 'gjeldende' }] },
    {
      id: 'gammel',
      korttittel: 'gammelloven',
      paragrafer: [
        {
          nr: '§ 3-7',
          status: 'opphevet',
          endretDato: new Date('2023-07-01'),
          videreførtI: { lov: { id: 'ny' }, paragraf: '§ 6' },
        },
        { nr: '§ 9', status: 'opphevet', endretDato: new Date('2020-01-01') },
        {
          nr: '§ 10',
          status: 'endret',
          endretDato: new Date('2020-01-01'),
          videreførtI: { lov: { id: 'ny' }, paragraf: '§ 99' },
        },
      ],
    },
  ];
  it('asks where a repealed paragraph went, and checks that the place exists', () => {
    assert.deepEqual(
      lawListProblems(laws).map((p) => [p.lov, p.index, p.field]),
      [
        ['gammel', 1, 'videreførtI'],
        ['gammel', 2, 'videreførtI.paragraf'],
      ],
    );
  });
  it('lets a case cite a repealed paragraph only when its current counterpart is known', () => {
    const problems = lawCitationProblems(laws, [
      { lov: { id: 'gammel' }, paragraf: '§ 3-7' },
      { lov: { id: 'gammel' }, paragraf: '§ 9' },
      { lov: { id: 'ny' }, paragraf: '§ 6' },
    ]);
    assert.deepEqual(
      problems.map((p) => p.index),
      [1],
    );
  });
});
