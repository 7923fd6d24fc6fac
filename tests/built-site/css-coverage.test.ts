import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { PROJECT } from '../support/project-copy.ts';
import { DIST, builtPages, filesUnder } from './built-site.ts';

const classesIn = (css: string) => new Set([...css.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((m) => m[1] ?? ''));

// The build keeps only the CSS the source uses (src/integrations/postcss-used-css-only.ts). A class put together at
// run time, such as `bp-x--${level}`, would lose its styles without a word; this catches it.
describe('the built stylesheet', () => {
  it('still styles every class the built pages use that a source stylesheet styles', () => {
    const sources = [
      ...filesUnder(join(PROJECT, 'src/styles')).filter((f) => f.endsWith('.css')),
      ...filesUnder(join(PROJECT, 'node_modules/@digdir/designsystemet-css/dist/src')).filter((f) => f.endsWith('.css')),
    ];
    const styled = new Set(sources.flatMap((f) => [...classesIn(readFileSync(f, 'utf8'))]));
    const built = new Set(
      readdirSync(join(DIST, '_astro'))
        .filter((f) => f.endsWith('.css'))
        .flatMap((f) => [...classesIn(readFileSync(join(DIST, '_astro', f), 'utf8'))]),
    );
    const used = new Set(builtPages().flatMap((p) => p.root.querySelectorAll('[class]').flatMap((el) => el.classList.value)));
    const dropped = [...used].filter((c) => styled.has(c) && !built.has(c)).sort();
    assert.deepEqual(dropped, []);
  });
});
