import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { DIST, builtPages, fileFor, filesUnder } from './built-site.ts';

const pages = builtPages();

/** Internal references of a page: links, scripts, stylesheets, images and icons. */
function references(page: (typeof pages)[number]): string[] {
  const refs: string[] = [];
  for (const el of page.root.querySelectorAll('a[href], link[href], script[src], img[src], source[src]')) {
    const value = el.getAttribute('href') ?? el.getAttribute('src') ?? '';
    if (value.startsWith('/') && !value.startsWith('//')) refs.push(value);
  }
  return refs;
}

describe('the built site', () => {
  it('has pages', () => {
    assert.ok(pages.length > 50, `${pages.length} pages`);
  });

  it('has no broken internal link, anchor or asset', () => {
    const broken: string[] = [];
    const ids = new Map(pages.map((p) => [p.url, new Set(p.root.querySelectorAll('[id]').map((el) => el.id))]));
    for (const page of pages) {
      for (const ref of references(page)) {
        const [path = '', hash] = ref.split('#');
        if (!fileFor(path)) broken.push(`${page.url} -> ${ref}`);
        else if (hash && path.endsWith('/') && !ids.get(path)?.has(decodeURIComponent(hash)))
          broken.push(`${page.url} -> ${ref} (anker)`);
      }
      for (const el of page.root.querySelectorAll('a[href^="#"]')) {
        const hash = (el.getAttribute('href') ?? '').slice(1);
        if (hash && !ids.get(page.url)?.has(hash)) broken.push(`${page.url} -> #${hash} (anker)`);
      }
    }
    assert.deepEqual(broken, []);
  });

  it('has no stylesheet that points at a missing file', () => {
    const missing: string[] = [];
    for (const css of filesUnder(DIST).filter((f) => f.endsWith('.css'))) {
      for (const [, url] of readFileSync(css, 'utf8').matchAll(/url\((?!["']?(?:data:|#))["']?([^"')]+)["']?\)/g)) {
        const target = url?.startsWith('/') ? join(DIST, url) : join(dirname(css), url ?? '');
        if (!fileFor(`/${relative(DIST, target)}`)) missing.push(`${relative(DIST, css)} -> ${url}`);
      }
    }
    assert.deepEqual(missing, []);
  });

  it('gives every page lang="nb", exactly one h1, and a unique title and description', () => {
    const problems: string[] = [];
    const titles = new Map<string, string>();
    const descriptions = new Map<string, string>();
    for (const page of pages) {
      if (page.root.querySelector('html')?.getAttribute('lang') !== 'nb') problems.push(`${page.url}: lang`);
      const h1s = page.root.querySelectorAll('h1').length;
      if (h1s !== 1) problems.push(`${page.url}: ${h1s} h1`);
      const title = page.root.querySelector('title')?.text.trim() ?? '';
      const description = page.root.querySelector('meta[name="description"]')?.getAttribute('content')?.trim() ?? '';
      if (!title) problems.push(`${page.url}: mangler title`);
      if (!description) problems.push(`${page.url}: mangler description`);
      if (titles.has(title)) problems.push(`${page.url}: samme title som ${titles.get(title)}`);
      if (descriptions.has(description))
        problems.push(`${page.url}: samme description som ${descriptions.get(description)}`);
      titles.set(title, page.url);
      descriptions.set(description, page.url);
    }
    assert.deepEqual(problems, []);
  });

  it('sets a Content-Security-Policy on every page that forbids other origins and unhashed inline script', () => {
    const problems: string[] = [];
    for (const page of pages) {
      const csp = page.root.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
      if (!/default-src 'self'/.test(csp)) problems.push(`${page.url}: default-src`);
      if (/'unsafe-inline'|'unsafe-eval'[^-]|https?:|\*/.test(csp))
        problems.push(`${page.url}: for åpen CSP: ${csp.slice(0, 80)}`);
      for (const script of page.root.querySelectorAll('script')) {
        const type = script.getAttribute('type') ?? '';
        if (type === 'application/ld+json') continue;
        if (!script.getAttribute('src') && type !== 'module')
          problems.push(`${page.url}: innebygd skript uten hash-bar type`);
      }
      if (page.root.querySelectorAll('[onclick], [onload], [onerror], [style]').length > 0)
        problems.push(`${page.url}: hendelses- eller style-attributt`);
    }
    assert.deepEqual(problems, []);
  });
});
