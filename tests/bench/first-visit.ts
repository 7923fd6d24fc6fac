import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, recordTransfers, type Fetched } from './browser.ts';

/** The entries of one section of the built site (folders with an index.html), sorted, optionally filtered. */
function entriesOf(dist: string, section: string, keep: (name: string) => boolean = () => true): string[] {
  const dir = join(dist, section);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => keep(name) && existsSync(join(dir, name, 'index.html')))
    .sort()
    .map((name) => `/${section}/${name}/`);
}

/** Each page type with the page a first visit opens and a second page of the same type for the repeat visit. */
export function pageTypes(dist: string): Record<string, [string, string]> {
  const two = (list: string[], fallback: string): [string, string] => [
    list[0] ?? fallback,
    list[1] ?? list[0] ?? fallback,
  ];
  const idOf = (path: string | undefined) => path?.split('/').at(-2) ?? '';
  const compare = (list: string[], offset: number) =>
    `/sammenlign/?a=${idOf(list[offset])}&b=${idOf(list[offset + 1])}`;
  const cases = entriesOf(dist, 'eksempler', (name) => name.startsWith('syntetisk-'));
  const real = entriesOf(dist, 'eksempler').filter(
    (path) => existsSync(join(dist, path, 'index.html')) && !cases.includes(path),
  );
  // The catalogue's next page where it is paginated (its rel="next" link), else a page per facet value.
  const catalogueHtml = readFileSync(join(dist, 'eksempler/index.html'), 'utf8');
  const next = /<a[^>]*rel="next"[^>]*href="([^"]+)"|<a[^>]*href="([^"]+)"[^>]*rel="next"/.exec(catalogueHtml);
  const catalogue2 = next?.[1] ?? next?.[2] ?? entriesOf(dist, 'eksempler/tema')[0] ?? '/eksempler/';
  return {
    forside: ['/', '/'],
    eksempelliste: ['/eksempler/', catalogue2],
    eksempel: two(cases.length >= 2 ? cases : real, '/eksempler/'),
    metode: two(entriesOf(dist, 'metoder'), '/metoder/'),
    suksessfaktor: two(entriesOf(dist, 'suksessfaktorer'), '/suksessfaktorer/'),
    kunnskapskart: ['/kunnskapskart/', '/kunnskapskart/'],
    sok: ['/sok/?q=startl%C3%A5n', '/sok/?q=bostedsl%C3%B8se'],
    // With two cases chosen, as a link to a comparison opens it: the cases arrive after the page.
    sammenlign: [compare(cases.length >= 3 ? cases : real, 0), compare(cases.length >= 3 ? cases : real, 1)],
  };
}

export interface Visit {
  path: string;
  /** Responses that came over the network (nginx logged them), with their sizes. */
  requests: number;
  bytes: number;
  fetched: Fetched[];
  /** Responses the browser took from its cache without asking nginx. */
  fromCache: string[];
  /** Requests nginx logged that Chromium reported no size for (should be none). */
  unmatched: string[];
}

/** nginx logs $uri: no query, decoded, with the index file it served. */
function uriOf(path: string): string {
  const bare = decodeURIComponent(path.replace(/[?#].*$/, ''));
  return bare.endsWith('/') ? `${bare}index.html` : bare;
}

export interface VisitPair {
  first: Visit;
  repeat: Visit;
}

const sum = (list: Fetched[]) => list.reduce((n, f) => n + f.bytes, 0);

/** A page is «done» once it has loaded, any search on it has shown results, and the network has been idle. */
async function settle(page: import('@playwright/test').Page, path: string) {
  await page.waitForLoadState('load');
  if (path.startsWith('/sok/?')) await page.locator('main ol li').first().waitFor({ timeout: 30_000 });
  if (path.startsWith('/sammenlign/?'))
    await page.locator('#sammenligning section').first().waitFor({ timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  // Fonts load once text needs them; wait for them so they are counted.
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.waitForLoadState('networkidle');
}

/**
 * Every byte a first visit fetches, per page type: a fresh browser context (empty cache) opens the page against
 * nginx with the production configuration, and every response counts: HTML, CSS, scripts, fonts, and on the search
 * page the Pagefind engine, its worker, WebAssembly, index chunks and fragments. Then a second page of the same
 * type in the same context: what a reader's next page view fetches with the cache as nginx's headers leave it.
 */
export async function measureVisits(
  dist: string,
  server: { url: string; requests: () => string[] },
): Promise<Record<string, VisitPair>> {
  const browser = await launch();
  const out: Record<string, VisitPair> = {};
  try {
    for (const [name, [firstPath, repeatPath]] of Object.entries(pageTypes(dist))) {
      const context = await browser.newContext();
      const recorder = recordTransfers(context, server.url);
      const page = await context.newPage();
      const visit = async (path: string): Promise<Visit> => {
        const before = server.requests().length;
        await page.goto(`${server.url}${path}`);
        await settle(page, path);
        const responses = await recorder.take();
        // What nginx served decides what came over the network, and with which status; the rest came from the
        // browser's cache. A 304 sent headers only, though Chromium reports the cached response as a 200.
        const served = server
          .requests()
          .slice(before)
          .map((line) => ({ uri: line.split(' ')[1] ?? '', status: Number(line.split(' ')[2]) }));
        const fetched: Fetched[] = [];
        const fromCache: string[] = [];
        for (const response of responses) {
          const at = served.findIndex((s) => s.uri === uriOf(response.path));
          if (at < 0) {
            fromCache.push(response.path);
            continue;
          }
          const status = served.splice(at, 1)[0]?.status ?? 0;
          if (status === 304) fetched.push({ path: response.path, status, bytes: response.headerBytes });
          else if (response.bodyBytes > 0)
            fetched.push({ path: response.path, status, bytes: response.headerBytes + response.bodyBytes });
          else
            fetched.push({
              path: response.path,
              status,
              bytes: response.headerBytes + response.bodyFromContent,
              estimated: true,
            });
        }
        return {
          path,
          requests: fetched.length,
          bytes: sum(fetched),
          fetched,
          fromCache,
          unmatched: served.map((s) => `${s.uri} ${s.status}`),
        };
      };
      const first = await visit(firstPath);
      const repeat = await visit(repeatPath);
      out[name] = { first, repeat };
      console.log(
        `  ${name}: første besøk ${(first.bytes / 1024).toFixed(1)} KB i ${first.requests} forespørsler, neste ${(repeat.bytes / 1024).toFixed(1)} KB i ${repeat.requests}`,
      );
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return out;
}
