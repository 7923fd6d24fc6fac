// The fixture site: a production build of the project's code with the fixture content in tests/fixtures/nettsted/
// instead of content/, for the browser tests that assert specific content (playwright.config.ts, project
// «testnettsted»). An editor's change to a real case cannot break them, and they state their expectations by hand.
//
// The build is kept in .testnettsted/ with a fingerprint of everything it was built from, so `npx playwright test`
// builds it once and then again only after the code or the fixture content changes.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { PROJECT, copyProject, runScript } from './project-copy.ts';

export const FIXTURE_CONTENT = join(PROJECT, 'tests/fixtures/nettsted');
const OUT = join(PROJECT, '.testnettsted');
export const FIXTURE_DIST = join(OUT, 'dist');
const STAMP = join(OUT, 'fingerprint');

/** The case whose history the fixture gives two commits (the second with an «Endring:» line). */
export const CHANGED_CASE = 'testby-testdata-gammel-lov';

const INPUTS = [
  'src',
  'public',
  'astro.config.mjs',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'tests/fixtures/nettsted',
  'tests/support/fixture-site.ts',
  'tests/support/project-copy.ts',
];

function files(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => files(join(path, name)));
}

/** A hash of every file the fixture build reads from the project (node_modules is covered by package-lock.json). */
function fingerprint(): string {
  const hash = createHash('sha256');
  for (const file of INPUTS.flatMap((input) => files(join(PROJECT, input)))) {
    hash.update(relative(PROJECT, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

/** Commits everything in `root` with a fixed date, as an editor's change would be. */
function commit(root: string, message: string, date: string): void {
  const env = { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=Redaktør', '-c', 'user.email=redaksjon@example.invalid', ...args], {
      cwd: root,
      env,
    });
  git('add', '-A');
  git('commit', '-q', '-m', message);
}

/** Builds the fixture site into .testnettsted/dist unless the build there is from the same inputs. */
export function buildFixtureSite(): void {
  const print = fingerprint();
  if (existsSync(STAMP) && readFileSync(STAMP, 'utf8') === print && existsSync(join(FIXTURE_DIST, 'index.html')))
    return;
  const started = Date.now();
  const root = copyProject({ content: [FIXTURE_CONTENT] });
  try {
    // Case pages read their change history from git: the copy gets a history of its own, with a fixed first version
    // of everything and one described change to one case.
    execFileSync('git', ['init', '-q'], { cwd: root });
    commit(root, 'Første versjon av testinnholdet', '2026-11-21T10:00:00Z');
    appendFileSync(
      join(root, 'content/eksempler', `${CHANGED_CASE}.mdx`),
      '\nTestdata: en setning lagt til i den andre versjonen.\n',
    );
    commit(
      root,
      'Testby: fix the text after checking it\n\nEndring: Teksten er rettet etter kontroll mot kildene.',
      '2026-12-01T10:00:00Z',
    );
    const build = runScript(root, 'build');
    if (build.status !== 0) throw new Error(`Testnettstedet kunne ikke bygges:\n${build.output.slice(-4000)}`);
    mkdirSync(OUT, { recursive: true });
    rmSync(FIXTURE_DIST, { recursive: true, force: true });
    cpSync(join(root, 'dist'), FIXTURE_DIST, { recursive: true });
    writeFileSync(STAMP, print);
    console.log(`Bygget testnettstedet på ${Math.round((Date.now() - started) / 1000)} s.`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
