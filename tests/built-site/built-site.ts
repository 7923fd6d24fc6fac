import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { PROJECT } from '../support/project-copy.ts';

export const DIST = join(PROJECT, 'dist');

export function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

export interface BuiltPage {
  /** The URL path the file is served at. */
  url: string;
  file: string;
  root: HTMLElement;
}

/** The browser editor: not a page of the site, with its own policy (tests/built-site/editor-isolation.test.ts). */
export const ADMIN_DIR = 'admin';

/** Every public HTML page in dist/, parsed once. */
export function builtPages(dist = DIST): BuiltPage[] {
  if (!existsSync(dist)) throw new Error('Fant ikke dist/. Kjør npm run build først.');
  return filesUnder(dist)
    .filter(
      (file) =>
        file.endsWith('.html') &&
        !relative(dist, file).startsWith('pagefind') &&
        !relative(dist, file).startsWith(`${ADMIN_DIR}/`),
    )
    .map((file) => ({
      url: `/${relative(dist, file)
        .replace(/index\.html$/, '')
        .replace(/\\/g, '/')}`,
      file,
      root: parse(readFileSync(file, 'utf8')),
    }));
}

/** The file a site path is served from, if there is one. */
export function fileFor(path: string, dist = DIST): string | undefined {
  const clean = decodeURIComponent(path.replace(/[?#].*$/, ''));
  const candidates = clean.endsWith('/')
    ? [join(dist, clean, 'index.html')]
    : [join(dist, clean), join(dist, clean, 'index.html')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}
