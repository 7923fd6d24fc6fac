import { fileURLToPath } from 'node:url';
import { inspectContent } from './check-content.ts';
import { errorsIn, formatReport } from './problem.ts';

// `npm run sjekk [mappe]`: checks the project's content, or that of another root (used by the tests' fixtures).
const root = process.argv[2] ?? fileURLToPath(new URL('../../../', import.meta.url));
const { problems, cases } = inspectContent(root);

if (cases.length > 0) {
  console.log('Kompletthet per eksempel (anbefalte felt og seksjoner som er fylt ut):');
  for (const c of [...cases].sort((a, b) => a.completeness.percent - b.completeness.percent)) {
    console.log(`  ${String(c.completeness.percent).padStart(3)} %  ${c.file}${c.draft ? '  (utkast)' : ''}`);
  }
  console.log('');
}
const report = formatReport(problems);
if (errorsIn(problems).length > 0) {
  console.error(report);
  process.exitCode = 1;
} else {
  console.log(report);
}
