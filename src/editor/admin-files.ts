import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { stringify } from 'yaml';
import { cmsConfig } from './cms-config.ts';
import type { GitHost } from './git-host.ts';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const DECAP_DIST = join(dirname(createRequire(import.meta.url).resolve('decap-cms/package.json')), 'dist');

/**
 * /admin/'s own policy. Decap needs 'unsafe-eval' (its config validator compiles schemas) and inline styles (its
 * components are styled at run time); both are allowed here and on no public page. Everything else comes from our own
 * origin, except the git host's API, which the production backend talks to.
 */
export const ADMIN_CSP = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' https://api.github.com https://gitlab.com",
  "frame-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

const INDEX_HTML = `<!doctype html>
<html lang="nb">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="robots" content="noindex, nofollow">
    <meta http-equiv="Content-Security-Policy" content="${ADMIN_CSP}">
    <title>Redigering – Bopraksis</title>
    <link rel="stylesheet" href="/admin/editor.css">
  </head>
  <body data-pagefind-ignore="all">
    <script src="/admin/init.js"></script>
    <script src="/admin/decap-cms.js"></script>
    <script src="/admin/admin.js"></script>
  </body>
</html>
`;

/** Every file under /admin/, by path below it: Decap's bundle, our script and styles, and the generated config. */
export async function adminFiles(host?: GitHost): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  files.set('index.html', Buffer.from(INDEX_HTML));
  // Decap starts itself as it loads unless told to wait; admin.js starts it once the local backend is known.
  files.set('init.js', Buffer.from('window.CMS_MANUAL_INIT = true;\n'));
  files.set('config.yml', Buffer.from(stringify(cmsConfig(host), { lineWidth: 0 })));
  for (const name of readdirSync(DECAP_DIST)) {
    if (name.endsWith('.map') || name.endsWith('.txt') || (/(^|\.)cms\.js$/.test(name) && !name.includes('decap-cms')))
      continue;
    files.set(name, readFileSync(join(DECAP_DIST, name)));
  }
  const bundled = await build({
    entryPoints: {
      admin: join(HERE, 'admin-client.ts'),
      preview: join(HERE, 'preview.css'),
      editor: join(HERE, 'admin.css'),
    },
    bundle: true,
    write: false,
    minify: true,
    format: 'iife',
    target: 'es2022',
    outdir: '/',
    // Fonts in the site's CSS are not needed for a faithful preview of the layout; the fallback fonts are used.
    external: ['*.woff2', '*.woff'],
    logLevel: 'silent',
  });
  for (const output of bundled.outputFiles) files.set(output.path.replace(/^\//, ''), Buffer.from(output.contents));
  return files;
}
