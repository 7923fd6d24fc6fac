import { fileURLToPath } from 'node:url';
import { checkContent } from './check-content.ts';
import { formatReport } from './problem.ts';

// `npm run sjekk [mappe]`: checks the project's content, or that of another root (used by the tests' fixtures).
const root = process.argv[2] ?? fileURLToPath(new URL('../../../', import.meta.url));
const problems = checkContent(root);
const report = formatReport(problems);
if (problems.length > 0) {
  console.error(report);
  process.exitCode = 1;
} else {
  console.log(report);
}
