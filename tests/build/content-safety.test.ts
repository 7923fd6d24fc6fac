import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { PORTS } from '../support/ports.ts';
import { PROJECT, copyProject } from '../support/project-copy.ts';
import { startPreview } from '../support/preview.ts';

// Content is data: the red-team attacks of issue 9 that need a real build or a real preview server.
const fixtures = join(PROJECT, 'tests/fixtures');

/** An attack file whose layout, if it ever runs, writes `marker`. */
function withPayload(fixture: string, marker: string): string {
  const code = `import { writeFileSync } from 'node:fs'; writeFileSync(${JSON.stringify(marker)}, 'kjørte'); export default function Layout() { return ''; }`;
  const payload = `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`;
  return readFileSync(join(fixtures, 'angrep', fixture), 'utf8').replace('PAYLOAD', payload);
}

function build(root: string) {
  const run = spawnSync(join(PROJECT, 'node_modules/.bin/astro'), ['build'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

const markers = mkdtempSync(join(tmpdir(), 'bopraksis-markør-'));

describe('content cannot run code or replace a case', () => {
  it('the build never runs a layout hidden behind a line that starts with --- (issue 9, item 1)', () => {
    const root = copyProject({ content: [join(fixtures, 'sjekk/gyldig')] });
    const marker = join(markers, 'bygg');
    writeFileSync(join(root, 'content/eksempler/kode-i-bygget.mdx'), withPayload('kode-i-bygget.mdx', marker));
    const run = build(root);
    assert.equal(existsSync(marker), false, 'the payload ran during the build');
    assert.notEqual(run.status, 0, 'the build must stop on the file');
    assert.match(
      run.output,
      /content\/eksempler\/kode-i-bygget\.mdx:21 {2}front matter {2}Linjen «----: x» avslutter front matter/,
    );
    assert.equal(existsSync(join(root, 'dist/eksempler/kode-i-bygget/index.html')), false);
  });

  it('a draft with the id of a published case stops the build and leaves the case alone (item 3)', () => {
    const root = copyProject({ content: [join(fixtures, 'sjekk/gyldig')] });
    cpSync(join(fixtures, 'angrep/erstatter-sak.mdx'), join(root, 'content/eksempler/erstatter-sak.mdx'));
    const run = build(root);
    assert.notEqual(run.status, 0, 'the build must stop on the draft');
    assert.match(run.output, /content\/eksempler\/erstatter-sak\.mdx:5 {2}slug {2}/);
  });

  it('the preview never compiles a draft with a layout (item 2)', async () => {
    const root = copyProject({ content: [join(fixtures, 'sjekk/gyldig')] });
    const marker = join(markers, 'forhandsvis');
    writeFileSync(
      join(root, 'content/eksempler/kode-i-forhandsvisning.mdx'),
      withPayload('kode-i-forhandsvisning.mdx', marker),
    );
    const preview = await startPreview(root, PORTS.safetyPreview);
    try {
      const page = await fetch(`${preview.url}/eksempler/kode-i-forhandsvisning/`);
      await page.text();
      assert.equal(existsSync(marker), false, `the payload ran in the preview (HTTP ${page.status})`);
      assert.notEqual(page.status, 200, 'the draft must not be served');
      const valid = await fetch(`${preview.url}/eksempler/gyldig-eksempel/`);
      assert.equal(valid.status, 200, 'the rest of the site still works');
      assert.match(preview.output(), /kode-i-forhandsvisning\.mdx:21 {2}layout {2}layout er ikke tillatt/);
    } finally {
      await preview.close();
    }
  });
});
