import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import type { Problem } from './problem.ts';

// cspell exports no package.json; its bin sits next to the module it exports.
const CSPELL = join(dirname(fileURLToPath(import.meta.resolve('cspell'))), '..', '..', 'bin.mjs');
const UNKNOWN = /^(.+?):(\d+):\d+ - Unknown word \((.+)\)$/;

/**
 * The spell check (cspell, bokmål, with the project's word list in content/ordbok.txt) as sjekk problems, so an
 * editor sees a misspelling where they see every other problem, with what to do about a word that is right.
 */
export function spellingProblems(root: string, config: string): Problem[] {
  const run = spawnSync(
    process.execPath,
    [CSPELL, '--no-progress', '--no-summary', '--no-color', '--config', config, 'content/**/*.{mdx,yaml}'],
    {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  // 0: no unknown words, 1: some; anything else means the check itself did not run, which must not pass quietly.
  if (run.status !== 0 && run.status !== 1) {
    return [
      {
        file: 'cspell.config.yaml',
        line: 1,
        field: 'stavekontroll',
        code: 'spelling',
        message: `Stavekontrollen kunne ikke kjøres: ${(run.stderr || run.stdout).trim().split('\n')[0]}`,
      },
    ];
  }
  return (run.stdout ?? '')
    .split('\n')
    .map((line) => UNKNOWN.exec(line.trim()))
    .filter((m): m is RegExpExecArray => m !== null)
    .map(([, file = '', line = '1', word = '']) => ({
      file,
      line: Number(line),
      field: 'stavekontroll',
      code: 'spelling',
      message: `Ukjent ord «${word}». Er det en skrivefeil, rett den. Er ordet riktig (et navn eller et fagord), skriv det på en egen linje i content/ordbok.txt, så godtas det overalt.`,
    }));
}
