import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import remarkSafeContent from './remark-safe-content.ts';

const compile = (mdx: string) => unified().use(remarkParse).use(remarkMdx).use(remarkSafeContent).run(unified().use(remarkParse).use(remarkMdx).parse(mdx));

describe('remarkSafeContent', () => {
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

  it('lets plain Markdown and allowed elements through', async () => {
    await compile('## Beskrivelse\n\nTekst med <abbr title="Norges arbeids- og velferdsforvaltning">NAV</abbr> og [lenke](/eksempler/).');
  });
});
