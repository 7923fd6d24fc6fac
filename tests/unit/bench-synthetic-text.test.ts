import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { budgetRows, type BenchResults } from '../bench/report.ts';
import { spread } from '../bench/stats.ts';
import { clip, rewriteBody, textGenerator, wordsOf } from '../bench/synthetic-text.ts';

// About the size of the real cases' text (20 cases, some 20,000 words), from one sentence's words.
const REAL = Array.from({ length: 1000 }, () =>
  wordsOf([
    'Kommunen ga startlån og boligtilskudd til leietakere i kommunale boliger, og boligteamet fulgte opp bostedsløse.',
  ]),
).flat();
const distinct = (words: string[]) => new Set(words).size;

describe("the benchmark's synthetic text", () => {
  it('is the same for the same seed, and different for another', () => {
    assert.equal(textGenerator(REAL, 7).prose(200), textGenerator(REAL, 7).prose(200));
    assert.notEqual(textGenerator(REAL, 7).prose(200), textGenerator(REAL, 8).prose(200));
  });

  it('has a vocabulary that keeps growing with the amount of text', () => {
    const small = distinct(textGenerator(REAL, 7).words(50_000));
    const large = distinct(textGenerator(REAL, 7).words(500_000));
    assert.ok(small > distinct(REAL) * 20, `${small} ulike ord i 50 000`);
    assert.ok(large > small * 2, `${large} ulike ord i 500 000 mot ${small} i 50 000`);
  });

  it('keeps the real words among the most frequent', () => {
    const counts = new Map<string, number>();
    for (const word of textGenerator(REAL, 7).words(100_000)) counts.set(word, (counts.get(word) ?? 0) + 1);
    const top = [...counts]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
      .map(([word]) => word);
    assert.ok(
      top.every((word) => REAL.includes(word)),
      top.join(', '),
    );
  });

  it("rewrites a body's prose and keeps its headings and list items, without the old links", () => {
    const body =
      '## Beskrivelse\n\nDrammen kommune startet i 2011, se [metoden](/metoder/leie-til-eie/).\n\n## Resultat\n\n- Ett resultat.\n- Et annet resultat her.\n';
    const out = rewriteBody(body, textGenerator(REAL, 7));
    assert.deepEqual(
      out.split('\n').filter((l) => l.startsWith('#')),
      ['## Beskrivelse', '## Resultat'],
    );
    assert.equal(out.split('\n').filter((l) => l.startsWith('- ')).length, 2);
    assert.ok(!out.includes('Drammen') && !out.includes('](/'), out);
  });

  it('clips at a word boundary within the limit', () => {
    const text = textGenerator(REAL, 7).prose(120);
    const clipped = clip(text, 300);
    assert.ok(clipped.length <= 300 && clipped.endsWith('.'), clipped);
  });
});

describe("the benchmark report's budgets", () => {
  const results = (caseBytes?: number): BenchResults => ({
    started: '',
    machine: { cores: 2, cpu: 'x', node: 'v26', loadAtStart: 0 },
    options: { sizes: [], repeats: 3, browserSize: 5000, lighthouseRuns: 3 },
    builds: [],
    browser:
      caseBytes === undefined
        ? undefined
        : {
            cases: 5000,
            visits: {
              eksempel: {
                first: { path: '/', requests: 3, bytes: caseBytes, fetched: [], fromCache: [], unmatched: [] },
                repeat: { path: '/', requests: 1, bytes: 0, fetched: [], fromCache: [], unmatched: [] },
              },
            },
          },
  });
  const caseRow = (r: BenchResults) => budgetRows(r).find((row) => row.what.startsWith('Eksempelside'));

  const lighthouseOf = (cases: number | string, ...scores: number[]) => ({
    cases,
    lighthouseRuns: scores.length,
    lighthouse: [
      {
        pageType: 'sok',
        path: '/sok/',
        formFactor: 'mobil' as const,
        performance: spread(scores),
        lcpMs: spread([0]),
        cls: spread([0]),
        tbtMs: spread([0]),
        fcpMs: spread([0]),
        erroredAudits: {},
        failedRuns: [],
      },
    ],
  });
  const mobileRows = (r: BenchResults) => budgetRows(r).filter((row) => row.what.startsWith('Lighthouse mobil'));

  it("shows the largest site's Lighthouse figures beside the budget without judging them", () => {
    const rows = budgetRows({
      ...results(),
      browser: lighthouseOf('produksjon', 97),
      browserLarge: lighthouseOf(5000, 90),
    }).filter((row) => row.what.startsWith('Lighthouse mobil'));
    assert.deepEqual(
      rows.map((row) => [row.pass, row.scaling, row.measured]),
      [
        [false, false, 'lavest 97 (sok)'],
        [false, true, 'lavest 90 (sok)'],
      ],
    );
  });

  it('shows a median score between two runs as it is, so a failing 97.5 never reads as 98', () => {
    const [row] = mobileRows({ ...results(), browser: lighthouseOf('produksjon', 96, 99) });
    assert.deepEqual([row?.pass, row?.measured], [false, 'lavest 97.5 (sok)']);
  });

  it('judges the build linear from what each extra case adds, and a quadratic one not', () => {
    const size = (cases: number, seconds: number, peakMB: number) =>
      ({
        cases,
        ratio: 1,
        buildSeconds: spread([seconds]),
        bareSeconds: spread([seconds]),
        peakMB: spread([peakMB]),
      }) as never;
    const linearityOf = (builds: BenchResults['builds']) =>
      budgetRows({ ...results(), builds }).find((row) => row.what.startsWith('Tid og minne lineært'));
    const linear = linearityOf([size(100, 7, 800), size(1000, 31, 1800), size(5000, 140, 5000)]);
    assert.equal(linear?.pass, true, String(linear?.measured));
    // Time that grows with the square of the cases: 1,000 more cost 5.5 s first, 30 s later.
    const square = (n: number) => 5 + 5 * (n / 1000) ** 2;
    const quadratic = linearityOf([
      size(100, square(100), 800),
      size(1000, square(1000), 1800),
      size(5000, square(5000), 5000),
    ]);
    assert.equal(quadratic?.pass, false, String(quadratic?.measured));
    assert.equal(linearityOf([size(1000, 31, 1800)])?.pass, undefined);
  });

  it('passes, fails, or says «not measured», from the measured figure', () => {
    assert.equal(caseRow(results(20 * 1024))?.pass, true);
    assert.equal(caseRow(results(30 * 1024))?.pass, false);
    assert.equal(caseRow(results())?.pass, undefined);
  });
});
