import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import {
  FILES,
  PAGES,
  STATIC_PAGES,
  caseUrl,
  catalogueUrl,
  cataloguePageOf,
  compareUrl,
  entryUrl,
  facetPath,
  facetUrl,
  filteredCatalogueUrl,
  lawUrl,
  likeMinePath,
  likeMineUrl,
  paragraphAnchor,
  urlOf,
} from './routes.ts';

describe('entry URLs', () => {
  it('gives each collection with pages its own folder', () => {
    assert.equal(caseUrl('bodo-boligpolitisk-handlingsplan'), '/eksempler/bodo-boligpolitisk-handlingsplan/');
    assert.equal(entryUrl('metoder', 'bolig-forst'), '/metoder/bolig-forst/');
    assert.equal(entryUrl('suksessfaktorer', 'forankring'), '/suksessfaktorer/forankring/');
    assert.equal(entryUrl('framgangsmater', 'startlan-steg'), '/framgangsmater/startlan-steg/');
    assert.equal(entryUrl('lovverk', 'sosialtjenesteloven'), '/lovverk/sosialtjenesteloven/');
    assert.equal(entryUrl('kommuner', 'bodo'), '/kommuner/bodo/');
  });
  it('sends a theme, target group or instrument to its catalogue page, and a term to its glossary anchor', () => {
    assert.equal(entryUrl('tema', 'bostotte'), '/eksempler/tema/bostotte/');
    assert.equal(urlOf({ collection: 'malgrupper', id: 'unge' }), '/eksempler/malgruppe/unge/');
    assert.equal(urlOf({ collection: 'virkemidler', id: 'startlan' }), '/eksempler/virkemiddel/startlan/');
    assert.equal(entryUrl('ordliste', 'bostotte'), '/ordliste/#bostotte');
  });
  it('links a law paragraph to its anchor on the law page', () => {
    assert.equal(paragraphAnchor('§ 3-7'), 'paragraf-3-7');
    assert.equal(paragraphAnchor('§ 15 a'), 'paragraf-15-a');
    assert.equal(lawUrl('sosialtjenesteloven', '§ 15'), '/lovverk/sosialtjenesteloven/#paragraf-15');
    assert.equal(lawUrl('sosialtjenesteloven'), '/lovverk/sosialtjenesteloven/');
  });
});

describe('facet and catalogue URLs', () => {
  it('builds one- and two-facet static pages in the order given', () => {
    assert.equal(facetUrl([['tema', 'bostotte']]), '/eksempler/tema/bostotte/');
    assert.equal(
      facetUrl([
        ['metode', 'bolig-forst'],
        ['malgruppe', 'unge'],
      ]),
      '/eksempler/metode/bolig-forst/malgruppe/unge/',
    );
    assert.equal(
      facetPath([
        ['fylke', 'nordland'],
        ['kommunestorrelse', 'stor'],
      ]),
      'fylke/nordland/kommunestorrelse/stor',
    );
  });
  it('puts a filter selection and a sort order in the query, and nothing for none', () => {
    assert.equal(filteredCatalogueUrl([]), '/eksempler/');
    assert.equal(
      filteredCatalogueUrl([
        ['tema', 'bostotte'],
        ['tema', 'rus'],
        ['fylke', 'nordland'],
      ]),
      '/eksempler/?tema=bostotte&tema=rus&fylke=nordland',
    );
    assert.equal(filteredCatalogueUrl([], 'tittel'), '/eksempler/?sorter=tittel');
  });
  it('numbers later catalogue pages, and reads the number back', () => {
    assert.equal(catalogueUrl(1), '/eksempler/');
    assert.equal(catalogueUrl(3), '/eksempler/side/3/');
    assert.equal(cataloguePageOf('/eksempler/side/3/'), 3);
    assert.equal(cataloguePageOf('/eksempler/'), 1);
    assert.equal(cataloguePageOf('/eksempler/tema/side/'), 1);
  });
});

describe('compare and «Kommuner som min»', () => {
  it('names up to three cases a, b and c', () => {
    assert.equal(compareUrl(['x']), '/sammenlign/?a=x');
    assert.equal(compareUrl(['x', 'y', 'z', 'w']), '/sammenlign/?a=x&b=y&c=z');
    assert.equal(compareUrl([]), '/sammenlign/');
  });
  it('uses the municipality id, or the size and the county as a slug', () => {
    assert.equal(likeMineUrl({ kommune: 'bodo' }), '/kommuner-som-min/bodo/');
    assert.equal(
      likeMineUrl({ storrelse: 'liten', fylke: 'Møre og Romsdal' }),
      '/kommuner-som-min/liten/more-og-romsdal/',
    );
    assert.equal(likeMinePath({ storrelse: 'stor', fylke: 'Troms' }), 'stor/troms');
  });
});

describe('fixed pages', () => {
  // Astro makes a page of each file under src/pages, so a fixed URL here without its file would be a dead link.
  it('has a page file for every fixed page', () => {
    const pages = new URL('../pages/', import.meta.url);
    for (const url of Object.values(PAGES)) {
      const path = url.replace(/^\/|\/$/g, '');
      const file = path ? [`${path}.astro`, `${path}/index.astro`] : ['index.astro'];
      assert.ok(
        file.some((f) => existsSync(new URL(f, pages))),
        `${url} har ingen fil i src/pages`,
      );
    }
  });
  it('lets a body link to the fixed pages and the open-data files, not to the filter index', () => {
    assert.ok(STATIC_PAGES.includes('/kunnskapskart/'));
    assert.ok(STATIC_PAGES.includes('/data/eksempler.csv'));
    assert.ok(!STATIC_PAGES.includes('/eksempler/indeks.json'));
  });
});

describe('no URL outside this module', () => {
  // Markup may spell out a fixed page (`href="/om/"`); any other page of the site comes from a function here.
  const assets = /^\/(admin\/|favicon\.svg$|pagefind\/)/;
  const fixed = new Set<string>([...Object.values(PAGES), ...Object.values(FILES)]);
  const src = new URL('../', import.meta.url);
  const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter(
    (f) => /\.(astro|ts)$/.test(f) && !/\.test\.ts$/.test(f) && !f.endsWith('content-model/routes.ts'),
  );
  it('finds only fixed pages and assets as literal site paths in src/', () => {
    const literal = /(?:href|action)(?:=|: )["'](\/[^"'#?]*)/g;
    const stray = files.flatMap((file) =>
      [...readFileSync(new URL(file, src), 'utf8').matchAll(literal)]
        .map((m) => m[1] ?? '')
        .filter((path) => !fixed.has(path) && !assets.test(path))
        .map((path) => `${file}: ${path}`),
    );
    assert.deepEqual(stray, []);
  });
});
