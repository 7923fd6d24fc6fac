import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parseFrontmatter } from 'astro/markdown';
import { publishedIds, readContent, splitFrontMatter } from './read-content.ts';

const gyldig = fileURLToPath(new URL('../../../tests/fixtures/sjekk/gyldig/', import.meta.url));

describe('splitFrontMatter', () => {
  it('hands the compiler exactly the body @astrojs/mdx compiles, or refuses the file', () => {
    for (const source of [
      '---\ntittel: A\n---\n\n## Beskrivelse\n',
      '---\r\ntittel: A\r\n---\r\nTekst.\r\n',
      '\uFEFF---\ntittel: A\n---\nTekst.\n',
      '\n\n---\ntittel: A\n---\nTekst.\n',
      '---\ntittel: A\nlayout: x\n----: y\nutkast: true\n---\nTekst.\n',
      '---\ntittel: A\n--- mer\nTekst.\n',
    ]) {
      const ours = splitFrontMatter(source);
      const astro = parseFrontmatter(source, { frontmatter: 'empty-with-spaces' });
      if ('body' in ours) assert.equal(ours.body, astro.content, JSON.stringify(source));
      else assert.match(ours.problem.message, /front matter|---/, JSON.stringify(source));
    }
  });

  it('refuses a closing line that only starts with --- (issue 9, item 1)', () => {
    const split = splitFrontMatter('---\ntittel: A\nlayout: x\n----: y\nutkast: true\n---\nTekst.\n');
    assert.ok('problem' in split);
    assert.equal(split.problem.line, 4);
  });
});

describe('drafts', () => {
  it('are decided once, from the parsed utkast (issue 9, item 12)', () => {
    const root = mkdtempSync(join(tmpdir(), 'utkast-'));
    try {
      cpSync(gyldig, root, { recursive: true });
      const source = (utkast: string) => `---\ntittel: Utkast\n${utkast}\n---\n\n## Beskrivelse\n\nTekst.\n`;
      writeFileSync(join(root, 'content/metoder/stor-forbokstav.mdx'), source('utkast: True'));
      writeFileSync(join(root, 'content/metoder/med-kommentar.mdx'), source('utkast: true # ikke ferdig'));
      writeFileSync(join(root, 'content/metoder/ikke-utkast.mdx'), source('utkast: false'));
      const drafts = readContent(root)
        .entries.filter((e) => e.draft)
        .map((e) => e.id)
        .sort();
      assert.deepEqual(drafts, ['med-kommentar', 'stor-forbokstav']);
      const metoder = publishedIds(root).get('metoder') ?? new Set();
      assert.ok(metoder.has('ikke-utkast'));
      assert.ok(
        !metoder.has('stor-forbokstav') && !metoder.has('med-kommentar'),
        'the link check must not treat a draft as published',
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
