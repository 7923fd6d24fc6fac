// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import contentGate from './src/integrations/content-gate.ts';
import remarkSafeContent from './src/remark/remark-safe-content.ts';

export default defineConfig({
  site: 'https://bopraksis.no',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Our own remark plugins (content safety) need the unified pipeline rather than Astro 7's default Sätteri.
  markdown: { processor: unified({ remarkPlugins: [remarkGfm, remarkSafeContent] }) },
  integrations: [contentGate(), mdx(), sitemap({ filter: (page) => !page.includes('/404') })],
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
