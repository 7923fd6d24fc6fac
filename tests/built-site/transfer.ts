import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { HTMLElement } from 'node-html-parser';

/** nginx compresses at this level (src/hosting/nginx/server.conf); fonts and images are sent as they are. */
const gzip = (data: Buffer) => gzipSync(data, { level: 6 }).length;
const COMPRESSED = /\.(woff2?|png|jpe?g|webp|avif|gif)$/;

function sizeOf(dist: string, path: string): number {
  const file = join(dist, decodeURIComponent(path.replace(/[?#].*$/, '')));
  if (!existsSync(file)) throw new Error(`${path} finnes ikke i dist/`);
  const data = readFileSync(file);
  return COMPRESSED.test(file) ? data.length : gzip(data);
}

/** What a first visit to a page fetches before any interaction: the HTML, its stylesheets, scripts and icons, and
 * the fonts and images the stylesheets load. Bytes as sent, gzip where nginx compresses. */
export function firstVisitBytes(dist: string, html: string, root: HTMLElement): { files: string[]; bytes: number } {
  const files: string[] = [];
  const stylesheets = root.querySelectorAll('link[rel="stylesheet"]').map((el) => el.getAttribute('href') ?? '');
  files.push(...stylesheets);
  files.push(
    ...root
      .querySelectorAll('script[src], link[rel="modulepreload"], link[rel="preload"], link[rel="icon"]')
      .map((el) => el.getAttribute('src') ?? el.getAttribute('href') ?? ''),
  );
  for (const sheet of stylesheets) {
    const css = readFileSync(join(dist, sheet), 'utf8');
    files.push(...[...css.matchAll(/url\(\s*["']?(\/[^"')]+)["']?\s*\)/g)].map((m) => m[1] ?? ''));
  }
  const local = [...new Set(files.filter((f) => f.startsWith('/') && !f.startsWith('//')))];
  return { files: local, bytes: gzip(Buffer.from(html)) + local.reduce((sum, f) => sum + sizeOf(dist, f), 0) };
}
