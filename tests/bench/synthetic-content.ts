import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readContent, splitFrontMatter } from '../../src/content-model/validation/read-content.ts';
import { parseYaml } from '../../src/content-model/validation/yaml.ts';
import { rewriteBody, rewriteCaseFields, textGenerator, wordsOf } from './synthetic-text.ts';

/** A small deterministic random generator, so every run generates the same content. */
function seeded(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 2 ** 32;
    return state / 2 ** 32;
  };
}

/**
 * Fills `root/content/eksempler` with `count` schema-valid cases: the real cases are kept, and the rest take a real
 * case's structure (sections, steps, sources) with their own ids, generated text (synthetic-text.ts: a vocabulary
 * that grows with the count) and a seeded mix of municipalities, themes, target groups, methods and factors, so
 * every catalogue, facet, cross-reference and search page has realistic work to do.
 */
export function writeSyntheticCases(root: string, count: number, seed = 7): void {
  const dir = join(root, 'content/eksempler');
  const { entries } = readContent(root);
  const idsOf = (collection: string) => entries.filter((e) => e.collection === collection).map((e) => e.id);
  const real = entries.filter((e) => e.collection === 'eksempler');
  const sources = real.map((e) => e.source ?? '');
  const random = seeded(seed);
  const pick = <T>(list: T[], n: number) => [...list].sort(() => random() - 0.5).slice(0, n);
  const pool = {
    kommuner: idsOf('kommuner'),
    tema: idsOf('tema'),
    malgrupper: idsOf('malgrupper'),
    metoder: idsOf('metoder'),
    suksessfaktorer: idsOf('suksessfaktorer'),
  };
  const bodyOf = (source: string) => {
    const split = splitFrontMatter(source);
    return 'problem' in split ? '' : split.body;
  };
  const text = textGenerator(wordsOf(sources.map(bodyOf)), seed);
  for (let i = real.length; i < count; i++) {
    const source = sources[i % sources.length] ?? '';
    const split = splitFrontMatter(source);
    if ('problem' in split) throw new Error(`${real[i % real.length]?.file}: ${split.problem.message}`);
    const { parsed } = parseYaml(split.yaml, 0);
    if (!parsed) throw new Error(`${real[i % real.length]?.file}: kan ikke leses`);
    const { doc } = parsed;
    doc.set('tittel', `Syntetisk eksempel ${i + 1}: ${text.phrase(80)}`);
    doc.set('kommuner', pick(pool.kommuner, 1 + Math.floor(random() * 2)));
    doc.set('tema', pick(pool.tema, 1 + Math.floor(random() * 3)));
    doc.set('malgrupper', pick(pool.malgrupper, 1 + Math.floor(random() * 2)));
    doc.set('metoder', pick(pool.metoder, 1 + Math.floor(random() * 2)));
    doc.set(
      'suksessfaktorer',
      pick(pool.suksessfaktorer, 3 + Math.floor(random() * 3)).map((faktor) => ({ faktor, formulering: '' })),
    );
    rewriteCaseFields(doc, text);
    const fra = 2006 + Math.floor(random() * 16);
    doc.set('periode', random() < 0.5 ? { fra } : { fra, til: fra + Math.floor(random() * 5) });
    const year = 2020 + Math.floor(random() * 6);
    const day = `${year}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}`;
    doc.set('publisert', day);
    doc.set('sistKontrollert', day);
    writeFileSync(
      join(dir, `syntetisk-${String(i + 1).padStart(5, '0')}.mdx`),
      `---\n${doc.toString()}---\n${rewriteBody(split.body, text)}`,
    );
  }
}

/** The bare framework floor: the same MDX files through Astro + MDX, one page per file, no layout or features. */
export function writeBareProject(root: string, casesDir: string, nodeModules: string): void {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(root, 'src/pages'), { recursive: true });
  writeFileSync(join(root, 'package.json'), '{ "name": "bare", "private": true, "type": "module" }\n');
  writeFileSync(
    join(root, 'astro.config.mjs'),
    // The same unified Markdown pipeline Bopraksis must use, with none of its plugins, layout or pages.
    "import mdx from '@astrojs/mdx';\nimport { unified } from '@astrojs/markdown-remark';\nimport { defineConfig } from 'astro/config';\nexport default defineConfig({ markdown: { processor: unified() }, integrations: [mdx()] });\n",
  );
  writeFileSync(
    join(root, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nexport const collections = { cases: defineCollection({ loader: glob({ pattern: '*.mdx', base: ${JSON.stringify(casesDir)} }) }) };\n`,
  );
  writeFileSync(
    join(root, 'src/pages/[id].astro'),
    "---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() {\n  return (await getCollection('cases')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));\n}\nconst { Content } = await render(Astro.props.entry);\n---\n<Content />\n",
  );
  // Linked, not copied: the bare project must use exactly the same Astro and MDX versions.
  symlinkSync(nodeModules, join(root, 'node_modules'));
}
