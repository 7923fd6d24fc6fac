import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Declaration, PluginCreator } from 'postcss';

const REFERENCE = /var\(\s*(--[\w-]+)/g;
const referencesIn = (text: string) => [...text.matchAll(REFERENCE)].map((match) => match[1] ?? '');

/** Every custom property Bopraksis's own stylesheets use: a page's own stylesheet (the knowledge map's) is built
 * apart from the site's, and must keep finding the tokens it uses there. */
function ownReferences(stylesDir: string): Set<string> {
  const files = readdirSync(stylesDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.css'));
  return new Set(files.flatMap((file) => referencesIn(readFileSync(join(stylesDir, file), 'utf8'))));
}

/**
 * Drops every custom property nothing can read. Designsystemet defines tokens for every colour, size and type
 * scale it offers (over 400 on :root); Bopraksis uses a third of them, and the rest were a quarter of the stylesheet
 * on every page's critical path. A property is kept if a declaration that stays reads it with var(): a normal
 * property, or a custom property that is itself kept (tokens are defined through each other), or one of our own
 * stylesheets. No script or markup sets or reads tokens (grep src for `--ds-`), so CSS is the whole picture.
 * This pass needs the whole stylesheet in one tree (src/styles/site.css): run on the token file alone, it (and
 * PurgeCSS's own `variables` option, tried first) dropped tokens the components read, such as the body text sizes.
 */
const unusedCustomProperties: PluginCreator<{ stylesDir: string }> = (options) => {
  const own = ownReferences(options?.stylesDir ?? 'src/styles');
  return {
    postcssPlugin: 'bopraksis-unused-custom-properties',
    OnceExit(root) {
      const custom: Declaration[] = [];
      const used = new Set(own);
      root.walkDecls((decl) => {
        if (decl.prop.startsWith('--')) custom.push(decl);
        else for (const name of referencesIn(decl.value)) used.add(name);
      });
      // A token read only by tokens nobody reads is unused too: follow the chains until nothing changes.
      for (let grew = true; grew; ) {
        grew = false;
        for (const decl of custom) {
          if (!used.has(decl.prop)) continue;
          for (const name of referencesIn(decl.value)) {
            if (!used.has(name)) {
              used.add(name);
              grew = true;
            }
          }
        }
      }
      for (const decl of custom) if (!used.has(decl.prop)) decl.remove();
      root.walkRules((rule) => {
        if (rule.nodes.length === 0) rule.remove();
      });
    },
  };
};
unusedCustomProperties.postcss = true;

export default unusedCustomProperties;
