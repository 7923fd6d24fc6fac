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
  /** Problems in drafts are warnings: they are shown but do not stop the build. Default: an error. */
  warning?: boolean;
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

export function errorsIn(problems: readonly Problem[]): Problem[] {
  return problems.filter((p) => !p.warning);
}

export function formatReport(problems: readonly Problem[]): string {
  const errors = errorsIn(problems);
  const warnings = problems.filter((p) => p.warning);
  const lines: string[] = [];
  if (warnings.length > 0) {
    lines.push('Utkast (vises ikke på nettstedet før utkast: true er fjernet):', ...warnings.map(formatProblem), '');
  }
  if (errors.length === 0) {
    // A draft with open items is not «in order»; it just does not stop the build.
    lines.push(warnings.length === 0 ? 'Innholdet er i orden.' : 'Ingen feil i det publiserte innholdet, men utkastene over er ikke klare ennå.');
    return lines.join('\n');
  }
  const files = new Set(errors.map((p) => p.file)).size;
  lines.push(...errors.map(formatProblem), '', `${errors.length} feil i ${files} ${files === 1 ? 'fil' : 'filer'}.`);
  return lines.join('\n');
}
