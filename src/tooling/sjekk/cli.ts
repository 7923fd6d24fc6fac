import { fileURLToPath } from 'node:url';
import { inspectContent } from './check-content.ts';
import { errorsIn, formatReport } from './problem.ts';
import { verdictLines } from './verdict.ts';

// `npm run sjekk [mappe]`: checks the project's content, or that of another root (used by the tests' fixtures).
const root = process.argv[2] ?? fileURLToPath(new URL('../../../', import.meta.url));
const { problems, cases } = inspectContent(root);

if (cases.length > 0) {
  console.log('Eksemplene:');
  for (const line of verdictLines(cases, problems)) console.log(line);
  console.log('');
}
const report = formatReport(problems);
if (errorsIn(problems).length > 0) {
  console.error(report);
  process.exitCode = 1;
} else {
  console.log(report);
}
