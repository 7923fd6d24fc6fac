import type { CaseReport } from '../../content-model/validation/check-content.ts';
import type { Problem } from '../../content-model/validation/problem.ts';

/** Whether one case can be published, in the words sjekk prints next to it. */
export interface CaseVerdict {
  file: string;
  ready: boolean;
  /** «Klar til publisering», «Utkastet er ikke klart: 17 ting gjenstår» or «Ikke klar: 2 feil». */
  text: string;
  /** A case with `utkast: true` is never on the site, however ready it is. */
  published: boolean;
}

const things = (n: number) => `${n} ting gjenstår`;

export function caseVerdict(report: CaseReport, problems: readonly Problem[]): CaseVerdict {
  const open = problems.filter((p) => p.file === report.file).length;
  const text =
    open === 0
      ? report.draft
        ? 'Klar til publisering når «utkast: true» er fjernet'
        : 'Klar til publisering'
      : report.draft
        ? `Utkastet er ikke klart: ${things(open)}`
        : `Ikke klar: ${open} feil må rettes`;
  return { file: report.file, ready: open === 0, text, published: !report.draft };
}

/** The lines sjekk prints per case: verdict, file, and whether it is on the site. */
export function verdictLines(cases: readonly CaseReport[], problems: readonly Problem[]): string[] {
  const sorted = [...cases].sort(
    (a, b) => Number(a.draft) - Number(b.draft) || a.completeness.percent - b.completeness.percent,
  );
  return sorted.map((c) => {
    const verdict = caseVerdict(c, problems);
    const status = verdict.published ? '' : ' – ikke publisert (utkast: true)';
    return `  ${c.file}: ${verdict.text}${status}. Anbefalte felt og seksjoner: ${c.completeness.percent} %.`;
  });
}
