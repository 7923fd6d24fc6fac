/**
 * Stable codes for every kind of problem, so tools and tests can tell them apart without reading the message.
 * The safety codes are never downgraded to warnings, drafts included: a draft may be incomplete, never unsafe.
 */
export const SAFETY_CODES = [
  /** The front matter could not be split or parsed the way Astro splits it. */
  'front-matter',
  'yaml-syntax',
  'yaml-tag',
  'yaml-aliases',
  /** A key the schema does not have, or one Astro or MDX give meaning to (`layout`, `slug`). */
  'unknown-key',
  'reserved-key',
  /** A file under content/ that the build would not read. */
  'stray-file',
  /** Two files claiming one id, or an id that is not a file name. */
  'duplicate-id',
  'bad-id',
  /** A body that cannot be parsed, or that holds code, raw HTML, an image or an off-site link. */
  'body-syntax',
  'unsafe-body',
] as const;

export const OTHER_CODES = [
  'schema',
  'missing-file',
  'hidden-character',
  'body-rule',
  /** A citation [1, s. 16] that points at no source, a figure without one, or a status without its year (issue 11). */
  'citation',
  'broken-link',
  'cross-entry',
  /** Not an error: Word's invisible typography was normalised. */
  'normalised-text',
] as const;

export type ProblemCode = (typeof SAFETY_CODES)[number] | (typeof OTHER_CODES)[number] | (string & {});

const SAFETY = new Set<string>(SAFETY_CODES);

export function isSafetyCode(code: string): boolean {
  return SAFETY.has(code);
}

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
  /** What kind of problem it is; see SAFETY_CODES. */
  code: ProblemCode;
  /** A problem in a draft that is not a safety problem: shown, but it does not stop the build. Default: an error. */
  warning?: boolean;
  /** Something sjekk changed for the editor and says so; never stops anything. Default: false. */
  notice?: boolean;
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
  return problems.filter((p) => !p.warning && !p.notice);
}

export function formatReport(problems: readonly Problem[]): string {
  const errors = errorsIn(problems);
  const warnings = problems.filter((p) => p.warning);
  const notices = problems.filter((p) => p.notice);
  const lines: string[] = [];
  if (errors.length > 0) lines.push(...errors.map(formatProblem), '');
  if (warnings.length > 0) {
    lines.push('Utkast (vises ikke på nettstedet før utkast: true er fjernet):', ...warnings.map(formatProblem), '');
  }
  if (notices.length > 0) lines.push('Rettet automatisk (se over teksten):', ...notices.map(formatProblem), '');
  if (errors.length === 0) {
    // A draft with open items is not «in order»; it just does not stop the build.
    lines.push(
      warnings.length === 0
        ? 'Innholdet er i orden.'
        : 'Ingen feil i det publiserte innholdet, men utkastene over er ikke klare ennå.',
    );
    return lines.join('\n');
  }
  const files = new Set(errors.map((p) => p.file)).size;
  lines.push(`${errors.length} feil i ${files} ${files === 1 ? 'fil' : 'filer'}.`);
  return lines.join('\n');
}
