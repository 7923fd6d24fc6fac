import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import remarkContentRules from './remark-content-rules.ts';

const root = mkdtempSync(join(tmpdir(), 'remark-regler-'));
mkdirSync(join(root, 'content/eksempler'), { recursive: true });
const compile = (mdx: string, path = '/annet/side.mdx') =>
  unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkContentRules, { root })
    .run(unified().use(remarkParse).use(remarkMdx).parse(mdx), new VFile({ path, value: mdx }));

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
      (error: Error) => /content\/eksempler\/x\.mdx:1 {2}innhold {2}Ukjent seksjon «Bakgrun»/.test(error.message) && /<script> er ikke tillatt/.test(error.message) && /«## Beskrivelse» mangler/.test(error.message),
    );
  });

  it('lets plain Markdown and allowed elements through', async () => {
    await compile('## Beskrivelse\n\nTekst med <abbr title="Norges arbeids- og velferdsforvaltning">NAV</abbr> og [lenke](/eksempler/).');
  });
});
