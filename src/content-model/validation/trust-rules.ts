import { citationErrors, frontMatterCitationProblems } from '../rules/citations.ts';
import { lawCitationProblems, lawListProblems, type Law, type LawCitation } from '../rules/law.ts';
import { formatPath, type Problem, type ProblemCode } from './problem.ts';
import type { CheckedContent, ValidEntry } from './rules.ts';

/**
 * The trust rules of issue 11 on front matter and across entries: figures cite their source, citations point at a
 * source, and a repealed paragraph says where its duty went. Body citations are checked with the other body rules.
 */
export function checkTrustRules({ valid: entries }: Pick<CheckedContent, 'valid'>): Problem[] {
  const problems: Problem[] = [];
  const report = (entry: ValidEntry, path: (string | number)[], message: string, code: ProblemCode = 'citation') =>
    problems.push({ file: entry.file, line: entry.lineOf(path), field: formatPath(path), message, code });

  const lawEntries = entries.filter((e) => e.collection === 'lovverk');
  const laws = lawEntries.map((e) => ({ id: e.id, ...e.parsed }) as unknown as Law);
  for (const problem of lawListProblems(laws)) {
    const entry = lawEntries.find((e) => e.id === problem.lov);
    if (entry)
      report(entry, ['paragrafer', problem.index, ...problem.field.split('.')], problem.message, 'cross-entry');
  }

  for (const entry of lawEntries) {
    const sourceCount = ((entry.parsed.kilder ?? []) as unknown[]).length;
    const texts: [(string | number)[], unknown][] = [[['beskrivelse'], entry.parsed.beskrivelse]];
    ((entry.parsed.paragrafer ?? []) as Record<string, unknown>[]).forEach((p, i) => {
      texts.push(
        [['paragrafer', i, 'innhold'], p.innhold],
        [['paragrafer', i, 'tidligereInnhold'], p.tidligereInnhold],
      );
    });
    for (const [path, text] of texts) {
      if (typeof text === 'string')
        for (const message of citationErrors(text, sourceCount)) report(entry, path, message);
    }
  }

  for (const entry of entries) {
    if (entry.collection === 'lovverk') continue;
    for (const p of frontMatterCitationProblems(entry.parsed, entry.collection === 'eksempler'))
      report(entry, p.path, p.message);
    const lovhjemler = (entry.parsed.lovhjemler ?? []) as LawCitation[];
    for (const p of lawCitationProblems(laws, lovhjemler))
      report(entry, ['lovhjemler', p.index, 'paragraf'], p.message, 'cross-entry');
  }
  return problems;
}
