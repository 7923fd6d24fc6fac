import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CaseReport } from '../../content-model/validation/check-content.ts';
import type { Problem } from '../../content-model/validation/problem.ts';
import { caseVerdict, verdictLines } from './verdict.ts';

const report = (file: string, draft: boolean, percent: number) =>
  ({ file, id: file, title: file, draft, completeness: { percent } }) as unknown as CaseReport;
const problem = (file: string) =>
  ({ file, line: 1, field: 'tittel', message: 'feil', code: 'schema' }) as unknown as Problem;

test('a case without problems is ready; a draft is ready once «utkast: true» is gone', () => {
  assert.deepEqual(caseVerdict(report('a.mdx', false, 100), []), {
    file: 'a.mdx',
    ready: true,
    text: 'Klar til publisering',
    published: true,
  });
  assert.deepEqual(caseVerdict(report('b.mdx', true, 100), []), {
    file: 'b.mdx',
    ready: true,
    text: 'Klar til publisering når «utkast: true» er fjernet',
    published: false,
  });
});

test('only the case’s own problems count', () => {
  const problems = [problem('a.mdx'), problem('a.mdx'), problem('c.mdx')];
  assert.equal(caseVerdict(report('a.mdx', true, 50), problems).text, 'Utkastet er ikke klart: 2 ting gjenstår');
  assert.equal(caseVerdict(report('c.mdx', false, 50), problems).text, 'Ikke klar: 1 feil må rettes');
  assert.equal(caseVerdict(report('c.mdx', false, 50), problems).ready, false);
});

test('published cases come first, each group least complete first', () => {
  const lines = verdictLines(
    [report('utkast.mdx', true, 10), report('hel.mdx', false, 90), report('halv.mdx', false, 40)],
    [],
  );
  assert.deepEqual(lines, [
    '  halv.mdx: Klar til publisering. Anbefalte felt og seksjoner: 40 %.',
    '  hel.mdx: Klar til publisering. Anbefalte felt og seksjoner: 90 %.',
    '  utkast.mdx: Klar til publisering når «utkast: true» er fjernet – ikke publisert (utkast: true). Anbefalte felt og seksjoner: 10 %.',
  ]);
});
