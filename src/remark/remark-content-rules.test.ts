import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import remarkContentRules from './remark-content-rules.ts';

const root = mkdtempSync(join(tmpdir(), 'remark-regler-'));
mkdirSync(join(root, 'content/eksempler'), { recursive: true });
// `frontmatter` is what @astrojs/mdx parsed itself and hands the compile in file.data.astro.
const compile = (mdx: string, path = '/annet/side.mdx', frontmatter: Record<string, unknown> = {}) =>
  unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkGfm)
    .use(remarkContentRules, { root })
    .run(
      unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(mdx),
      new VFile({ path, value: mdx, data: { astro: { frontmatter } } }),
    );

describe('remarkContentRules', () => {
  for (const [what, mdx] of [
    ['import', "import x from 'y';\n\nTekst."],
    ['export', 'export const a = 1;\n\nTekst.'],
    ['expression', 'Tekst {1 + 1}.'],
    ['script', '<script>alert(1)</script>'],
    ['event handler', '<abbr onClick="alert(1)">NAV</abbr>'],
    ['unknown component', '<Faktaboks />'],
  ] as const) {
    it(`refuses ${what}`, async () => {
      await assert.rejects(compile(mdx), /ikke tillatt|kjører kode|kan kjøre kode/);
    });
  }

  it('applies the case body rules to a case file, listing every problem with its line', async () => {
    const body = '## Bakgrun\n\nTekst med <script>x</script>.';
    writeFileSync(join(root, 'content/eksempler/x.mdx'), `---\ntittel: X\n---\n${body}`);
    await assert.rejects(
      compile(body, `${root}/content/eksempler/x.mdx`),
      (error: Error) =>
        /content\/eksempler\/x\.mdx:1 {2}innhold {2}Ukjent seksjon «Bakgrun»/.test(error.message) &&
        /<script> er ikke tillatt/.test(error.message) &&
        /«## Beskrivelse» mangler/.test(error.message),
    );
  });

  it('refuses a layout that Astro found in the front matter before any import is emitted, in and outside content', async () => {
    const layout = 'data:text/javascript,export default 1';
    const body = '## Beskrivelse\n\nTekst.';
    writeFileSync(join(root, 'content/eksempler/utkast.mdx'), `---\ntittel: X\nutkast: true\n---\n${body}`);
    // The file on disk has no layout, yet Astro's own parse found one: the compile refuses what it did not check.
    await assert.rejects(
      compile(body, `${root}/content/eksempler/utkast.mdx`, { tittel: 'X', utkast: true, layout }),
      /utkast\.mdx:1 {2}layout {2}layout er ikke tillatt/,
    );
    writeFileSync(join(root, 'content/eksempler/med-layout.mdx'), `---\ntittel: X\nlayout: "${layout}"\n---\n${body}`);
    await assert.rejects(
      compile(body, `${root}/content/eksempler/med-layout.mdx`, { tittel: 'X', layout }),
      /med-layout\.mdx:3 {2}layout {2}layout er ikke tillatt/,
    );
    await assert.rejects(compile(body, '/annet/side.mdx', { layout }), /layout er ikke tillatt/);
  });

  it('refuses images and links to other sites in every Markdown form', async () => {
    for (const mdx of [
      '![x](/bilder/a.png)',
      '![x][p]\n\n[p]: /a.png',
      '[x](//example.com/)',
      '[x][p]\n\n[p]: https://example.com/',
      'https://example.com/',
      '<img src="/a.png" alt="" />',
    ]) {
      await assert.rejects(compile(mdx), /Bilder kan ikke brukes|andre nettsteder|<img>/, mdx);
    }
  });

  it('lets plain Markdown and allowed elements through', async () => {
    await compile(
      '## Beskrivelse\n\nTekst med <abbr title="Norges arbeids- og velferdsforvaltning">NAV</abbr> og [lenke](/eksempler/).',
    );
  });
});
