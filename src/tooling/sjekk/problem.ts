/** One thing an editor must fix, pointing at the file, line and field. */
export interface Problem {
  /** Path from the project root, with forward slashes. */
  file: string;
  /** 1-based line in the file. */
  line: number;
  /** The field (`suksessfaktorer[1].faktor`), or `innhold` for the body, or `fil` for the file itself. */
  field: string;
  /** What is wrong and how to fix it, in plain Norwegian. */
  message: string;
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, '');
}

export function formatProblem(problem: Problem): string {
  return `${problem.file}:${problem.line}  ${problem.field}  ${problem.message}`;
}

export function formatReport(problems: readonly Problem[]): string {
  if (problems.length === 0) return 'Innholdet er i orden.';
  const files = new Set(problems.map((p) => p.file)).size;
  const lines = problems.map(formatProblem);
  lines.push('', `${problems.length} ${problems.length === 1 ? 'feil' : 'feil'} i ${files} ${files === 1 ? 'fil' : 'filer'}.`);
  return lines.join('\n');
}
