import { fileURLToPath } from 'node:url';
import { inspectContent, type ContentReport } from '../../content-model/validation/check-content.ts';
import { errorsIn, formatReport } from '../../content-model/validation/problem.ts';

// `npm run sjekk [mappe]`: checks the project's content, or that of another root (used by the tests' fixtures).
// The checking lives in src/content-model/validation/; this only prints.
const root = process.argv[2] ?? fileURLToPath(new URL('../../../', import.meta.url));
let report: ContentReport;
try {
  report = inspectContent(root);
} catch (error) {
  // Every input should end in a Problem; if one does not, say so plainly instead of printing a stack trace.
  console.error(`npm run sjekk stoppet uventet: ${error instanceof Error ? error.message : String(error)}`);
  console.error('Dette er en feil i sjekk, ikke i innholdet ditt. Meld fra til utviklerne, og ta med denne meldingen.');
  process.exit(2);
}
const { problems, cases } = report;

if (cases.length > 0) {
  console.log('Kompletthet per eksempel (anbefalte felt og seksjoner som er fylt ut):');
  for (const c of [...cases].sort((a, b) => a.completeness.percent - b.completeness.percent)) {
    console.log(`  ${String(c.completeness.percent).padStart(3)} %  ${c.file}${c.draft ? '  (utkast)' : ''}`);
  }
  console.log('');
}
const text = formatReport(problems);
if (errorsIn(problems).length > 0) {
  console.error(text);
  process.exitCode = 1;
} else {
  console.log(text);
}
