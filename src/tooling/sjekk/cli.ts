import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inspectContent, type ContentReport } from '../../content-model/validation/check-content.ts';
import { errorsIn, formatReport } from '../../content-model/validation/problem.ts';
import { spellingProblems } from '../../content-model/validation/spelling.ts';
import { verdictLines } from './verdict.ts';

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
// The spell check uses the project's word list, so it runs when sjekk checks the project itself, not a test fixture.
if (process.argv[2] === undefined && existsSync(join(root, 'cspell.config.yaml'))) {
  const drafts = new Set(cases.filter((c) => c.draft).map((c) => c.file));
  for (const problem of spellingProblems(root, join(root, 'cspell.config.yaml'))) {
    problems.push(drafts.has(problem.file) ? { ...problem, warning: true } : problem);
  }
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

if (cases.length > 0) {
  console.log('Eksemplene:');
  for (const line of verdictLines(cases, problems)) console.log(line);
  console.log('');
}
const text = formatReport(problems);
if (errorsIn(problems).length > 0) {
  console.error(text);
  process.exitCode = 1;
} else {
  console.log(text);
}
