import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import postcss, { type AtRule, type Container, type Document, type Rule } from 'postcss';
import { PROJECT } from '../support/project-copy.ts';
import { DIST, builtPages, filesUnder } from './built-site.ts';

const classesIn = (css: string) => new Set([...css.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((m) => m[1] ?? ''));

// The build keeps only the CSS the source uses (src/integrations/postcss-used-css-only.ts). A class put together at
// run time, such as `bp-x--${level}`, would lose its styles without a word; this catches it.
describe('the built stylesheet', () => {
  it('still styles every class the built pages use that a source stylesheet styles', () => {
    const sources = [
      ...filesUnder(join(PROJECT, 'src/styles')).filter((f) => f.endsWith('.css')),
      ...filesUnder(join(PROJECT, 'node_modules/@digdir/designsystemet-css/dist/src')).filter((f) =>
        f.endsWith('.css'),
      ),
    ];
    const styled = new Set(sources.flatMap((f) => [...classesIn(readFileSync(f, 'utf8'))]));
    const built = new Set(
      readdirSync(join(DIST, '_astro'))
        .filter((f) => f.endsWith('.css'))
        .flatMap((f) => [...classesIn(readFileSync(join(DIST, '_astro', f), 'utf8'))]),
    );
    const used = new Set(
      builtPages().flatMap((p) => p.root.querySelectorAll('[class]').flatMap((el) => el.classList.value)),
    );
    const dropped = [...used].filter((c) => styled.has(c) && !built.has(c)).sort();
    assert.deepEqual(dropped, []);
  });
});

// Rules, not only classes: PurgeCSS drops a nested rule it misreads (`& :is(a, span)` went, with the class still
// styled elsewhere). Every rule of Bopraksis's own stylesheets whose selector matches an element of a built page
// must be in the built stylesheets. Selectors are compared flattened (`&` resolved), without spaces or quotes.
const DYNAMIC =
  /::?(before|after|details-content|-webkit-details-marker|hover|focus-visible|focus-within|focus|target|active|visited)(?![\w-])/g;
// The minifier writes ::before and ::after with one colon.
const normalize = (selector: string) =>
  selector
    .replace(/\s*([>+~,()])\s*/g, '$1')
    .replace(/\s+/g, ' ')
    .replace(/["']/g, '')
    .replace(/::(before|after)\b/g, ':$1')
    .trim();

function flatSelectors(css: string): string[] {
  const selectors: string[] = [];
  postcss.parse(css).walkRules((rule) => {
    if (rule.parent?.type === 'atrule' && /keyframes$/.test((rule.parent as AtRule).name)) return;
    const chain: string[][] = [];
    for (let node: Container | Document | undefined = rule; node && node.type !== 'root'; node = node.parent) {
      if (node.type === 'rule') chain.unshift((node as Rule).selectors);
    }
    let flat = [''];
    for (const level of chain) {
      flat = flat.flatMap((parent) =>
        level.map((s) => (!parent ? s : s.includes('&') ? s.replaceAll('&', parent) : `${parent} ${s}`)),
      );
    }
    selectors.push(...flat.map(normalize));
  });
  return selectors;
}

describe('the built stylesheet, rule by rule', () => {
  it('keeps every rule of src/styles whose selector matches an element of a built page', () => {
    const own = filesUnder(join(PROJECT, 'src/styles'))
      .filter((f) => f.endsWith('.css'))
      .flatMap((f) => flatSelectors(readFileSync(f, 'utf8')));
    const built = new Set(
      readdirSync(join(DIST, '_astro'))
        .filter((f) => f.endsWith('.css'))
        .flatMap((f) => flatSelectors(readFileSync(join(DIST, '_astro', f), 'utf8'))),
    );
    const pages = builtPages();
    const matches = (selector: string) => {
      const stat = selector.replace(DYNAMIC, '');
      if (!stat || /[>+~]$/.test(stat)) return false;
      return pages.some((p) => {
        try {
          return p.root.querySelector(stat) !== null;
        } catch {
          return false;
        }
      });
    };
    const dropped = [...new Set(own)].filter((s) => !built.has(s) && matches(s)).sort();
    assert.deepEqual(dropped, []);
  });
});
