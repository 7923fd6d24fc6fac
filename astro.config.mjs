// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import remarkGfm from 'remark-gfm';
import contentGate from './src/integrations/content-gate.ts';
import editor from './src/integrations/editor.ts';
import remarkContentRules from './src/remark/remark-content-rules.ts';

export default defineConfig({
  site: 'https://bopraksis.no',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Our own remark plugin (the content rules) needs the unified pipeline rather than Astro 7's default Sätteri.
  markdown: {
    // Content has no code to highlight, and Shiki's inline styles would need CSP exceptions.
    syntaxHighlight: false,
    // remark-gfm is added here, once; the built-in copy is off. SmartyPants is off too: it makes English “quotes”,
    // and bokmål uses «guillemets», which the content already has.
    processor: unified({
      gfm: false,
      smartypants: false,
      remarkPlugins: [remarkGfm, [remarkContentRules, { root: fileURLToPath(new URL('.', import.meta.url)) }]],
    }),
  },
  integrations: [contentGate(), editor(), mdx(), sitemap({ filter: (page) => !page.includes('/404') })],
  devToolbar: { enabled: false },
  // A meta CSP on every page: Astro hashes its own bundled scripts and styles; nothing may load from another origin.
  // Pagefind compiles its WebAssembly search engine, hence 'wasm-unsafe-eval' (it allows no JavaScript eval).
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
