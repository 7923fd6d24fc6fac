import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { PROJECT as project, copyProject } from '../support/project-copy.ts';

const fixtures = join(project, 'tests/fixtures/sjekk');

/** A copy of the project whose content is the given fixture layers. */
function projectWith(...layers: string[]): string {
  return copyProject({ content: layers.map((layer) => join(fixtures, layer)) });
}

function build(root: string) {
  return spawnSync(join(project, 'node_modules/.bin/astro'), ['build'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
}

describe('the production build', () => {
  it('stops on broken content and names file, line and field', () => {
    const run = build(projectWith('gyldig', 'feil'));
    assert.notEqual(run.status, 0);
    const output = run.stdout + run.stderr;
    assert.match(output, /Innholdet har feil, så nettstedet bygges ikke/);
    assert.match(output, /content\/eksempler\/ukjent-kommune\.mdx:5 {2}kommuner\[0\] {2}Ukjent kommuner-id «testbyy»/);
  });

  it('stops on a body that breaks the rules, naming file and line, when the front matter is fine', () => {
    const root = projectWith('gyldig');
    cpSync(join(fixtures, 'feil/content/eksempler/script.mdx'), join(root, 'content/eksempler/script.mdx'));
    const run = build(root);
    assert.notEqual(run.status, 0);
    assert.match(run.stdout + run.stderr, /content\/eksempler\/script\.mdx:37 {2}innhold {2}<script> er ikke tillatt/);
    assert.ok(!existsSync(join(root, 'dist/eksempler/script/index.html')), 'no half-built site with the case in it');
  });

  it('builds valid content, including every case', () => {
    const root = projectWith('gyldig');
    const run = build(root);
    assert.equal(run.status, 0, run.stderr);
    // A build that warns about nothing, so an author's real warning is not lost among a thousand.
    assert.doesNotMatch(run.stdout + run.stderr, /\[WARN\]/);
    const page = readFileSync(join(root, 'dist/eksempler/gyldig-eksempel/index.html'), 'utf8');
    assert.match(page, /<h1[^>]*>Testby: et gyldig eksempel<\/h1>/);
    // Body headings «Innhold» and «Kilder tittel» get namespaced ids and cannot clash with the layout's (item 11).
    const ids = [...page.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    assert.deepEqual(
      ids.filter((id, i) => ids.indexOf(id) !== i),
      [],
      'every id on the page is unique',
    );
    assert.match(page, /<h3 id="tekst-innhold"[^>]*>Innhold<\/h3>/);
    assert.match(page, /<h3 id="tekst-kilder-tittel"[^>]*>Kilder tittel<\/h3>/);
    assert.match(page, /<main id="innhold"/);
  });
});
