import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { adminFiles } from '../editor/admin-files.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.yml': 'text/yaml; charset=utf-8',
  '.wasm': 'application/wasm',
};

/**
 * The browser editor at /admin/ (Decap CMS), generated from the content model: written into `dist/admin/` by the
 * build and served from memory by `astro dev`. It is not an Astro page, so it never enters the sitemap, the feeds or
 * the open data, and no public page loads its scripts.
 */
export default function editor(): AstroIntegration {
  return {
    name: 'bopraksis:editor',
    hooks: {
      'astro:server:setup': async ({ server }) => {
        const files = await adminFiles();
        server.middlewares.use((request, response, next) => {
          const path = (request.url ?? '').split('?')[0] ?? '';
          if (!path.startsWith('/admin')) return next();
          const name = path === '/admin' || path === '/admin/' ? 'index.html' : path.slice('/admin/'.length);
          const file = files.get(name);
          if (!file) return next();
          response.setHeader('Content-Type', TYPES[name.slice(name.lastIndexOf('.'))] ?? 'application/octet-stream');
          response.end(file);
        });
      },
      'astro:build:done': async ({ dir }) => {
        const out = join(fileURLToPath(dir), 'admin');
        for (const [name, content] of await adminFiles()) {
          mkdirSync(dirname(join(out, name)), { recursive: true });
          writeFileSync(join(out, name), content);
        }
      },
    },
  };
}
