import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { ADMIN_DIR, DIST, builtPages, filesUnder } from './built-site.ts';

// The editor at /admin/ is the one place that runs JavaScript of its own (Decap CMS); it must stay apart from the
// public site: its own policy, no public page loading its code, and absent from search, sitemap, feeds and data.

const adminHtml = () => parse(readFileSync(join(DIST, ADMIN_DIR, 'index.html'), 'utf8'));

test('/admin/ har sin egen CSP, er ikke til indeksering og laster bare skript fra eget opphav', () => {
  const page = adminHtml();
  const csp = page.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
  assert.match(csp, /script-src 'self' 'unsafe-eval'/);
  assert.match(csp, /default-src 'self'/);
  assert.equal(page.querySelector('meta[name="robots"]')?.getAttribute('content'), 'noindex, nofollow');
  const scripts = page.querySelectorAll('script');
  assert.ok(scripts.length > 0);
  for (const script of scripts) assert.match(script.getAttribute('src') ?? 'inline', /^\/admin\//);
  for (const name of ['config.yml', 'decap-cms.js', 'admin.js', 'init.js', 'preview.css']) {
    assert.ok(existsSync(join(DIST, ADMIN_DIR, name)), `${name} mangler i dist/admin/`);
  }
});

test('ingen offentlig side laster redigeringsverktøyet eller slipper til eval', () => {
  const pages = builtPages();
  assert.ok(pages.length > 20);
  for (const { url, root } of pages) {
    for (const script of root.querySelectorAll('script[src]'))
      assert.doesNotMatch(script.getAttribute('src') ?? '', /^\/admin\//, url);
    const csp = root.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
    assert.doesNotMatch(csp, /unsafe-eval/, url);
  }
});

test('/admin/ er utenfor sitemap, nyhetsstrømmer, åpne data og søkeindeksen', () => {
  const files = filesUnder(DIST).filter((file) => !relative(DIST, file).startsWith(`${ADMIN_DIR}/`));
  const feedsAndData = files.filter(
    (file) => /\.(xml|json|csv)$/.test(file) && !relative(DIST, file).startsWith('pagefind'),
  );
  assert.ok(feedsAndData.some((f) => f.endsWith('sitemap-0.xml')) && feedsAndData.some((f) => f.endsWith('rss.xml')));
  for (const file of feedsAndData) assert.doesNotMatch(readFileSync(file, 'utf8'), /\/admin\b/, relative(DIST, file));
  const fragments = files.filter((file) => file.endsWith('.pf_fragment'));
  assert.ok(fragments.length > 20);
  for (const file of fragments) {
    const { url } = JSON.parse(
      gunzipSync(readFileSync(file))
        .toString('utf8')
        .replace(/^pagefind_dcd/, ''),
    ) as { url: string };
    assert.doesNotMatch(url, /^\/admin/);
  }
});
