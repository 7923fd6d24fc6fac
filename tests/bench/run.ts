import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT, copyProject } from '../support/project-copy.ts';
import { sizeOf, timed, transferOf, type Timed, type Transfer } from './measure.ts';
import { PORTS } from '../support/ports.ts';
import { measureSearch } from './search-speed.ts';
import { writeBareProject, writeSyntheticCases } from './synthetic-content.ts';

/**
 * `npm run bench [antall …]`: builds Bopraksis and a bare Astro + MDX site from the same synthetic cases at each size,
 * measures them, times search on the largest, and writes tests/bench/results/rapport.md and resultater.json.
 */
const SIZES = process.argv.slice(2).map(Number).filter((n) => n > 0);
const sizes = SIZES.length ? SIZES : [100, 1000, 5000];
const out = join(PROJECT, 'tests/bench/results');
const bin = (name: string) => join(PROJECT, 'node_modules/.bin', name);
const env = { ASTRO_TELEMETRY_DISABLED: '1' };

interface SizeResult {
  cases: number;
  pages: number;
  astro: Timed;
  pagefind: Timed;
  buildSeconds: number;
  peakMB?: number;
  outputMB: number;
  indexMB: number;
  bare: Timed;
  ratio: number;
  transfer: Record<string, Transfer>;
}

const PAGE_TYPES: Record<string, (id: string) => string> = {
  forside: () => '',
  eksempelliste: () => 'eksempler/',
  eksempel: (id) => `eksempler/${id}/`,
  metode: () => 'metoder/leie-til-eie/',
  suksessfaktor: () => 'suksessfaktorer/forankring-og-eierskap/',
  kunnskapskart: () => 'kunnskapskart/',
  sok: () => 'sok/',
};

const results: SizeResult[] = [];
let search: Awaited<ReturnType<typeof measureSearch>> | undefined;
const work = mkdtempSync(join(tmpdir(), 'bench-'));

for (const cases of sizes) {
  console.log(`\n== ${cases} eksempler ==`);
  const root = copyProject();
  writeSyntheticCases(root, cases);
  const astro = timed(bin('astro'), ['build'], root, env);
  console.log(`astro build: ${astro.seconds.toFixed(1)} s`);
  const pagefind = timed(bin('pagefind'), ['--site', 'dist'], root, env);
  console.log(`pagefind: ${pagefind.seconds.toFixed(1)} s`);
  const dist = join(root, 'dist');

  const bareRoot = join(work, `bare-${cases}`);
  mkdirSync(join(work, `cases-${cases}`), { recursive: true });
  cpSync(join(root, 'content/eksempler'), join(work, `cases-${cases}`), { recursive: true });
  writeBareProject(bareRoot, join(work, `cases-${cases}`), join(PROJECT, 'node_modules'));
  const bare = timed(bin('astro'), ['build'], bareRoot, env);
  console.log(`bart Astro + MDX: ${bare.seconds.toFixed(1)} s`);

  const caseId = readdirSync(join(dist, 'eksempler')).find((d) => d.startsWith('syntetisk-')) ?? 'drammen-fra-leie-til-eie';
  const transfer = Object.fromEntries(Object.entries(PAGE_TYPES).map(([name, path]) => [name, transferOf(dist, path(caseId))]));
  const peaks = [astro.peakMB, pagefind.peakMB].filter((v): v is number => v !== undefined);
  results.push({
    cases,
    pages: readdirSync(dist, { recursive: true }).filter((f) => String(f).endsWith('.html')).length,
    astro,
    pagefind,
    buildSeconds: astro.seconds + pagefind.seconds,
    peakMB: peaks.length ? Math.max(...peaks) : undefined,
    outputMB: sizeOf(dist) / 1e6,
    indexMB: sizeOf(join(dist, 'pagefind')) / 1e6,
    bare,
    ratio: (astro.seconds + pagefind.seconds) / bare.seconds,
    transfer,
  });
  if (cases === Math.max(...sizes)) search = await measureSearch(dist, PORTS.bench);
  rmSync(root, { recursive: true, force: true });
  rmSync(bareRoot, { recursive: true, force: true });
}
rmSync(work, { recursive: true, force: true });

const machine = { cores: availableParallelism(), cpu: cpus()[0]?.model ?? 'ukjent', node: process.version };
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'resultater.json'), `${JSON.stringify({ machine, results, search }, null, 2)}\n`);

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const lines = [
  '# Ytelsesmåling av Bopraksis',
  '',
  `Maskin: ${machine.cores} kjerner (${machine.cpu}), Node ${machine.node}.`,
  '',
  '## Bygg',
  '',
  '| Eksempler | Sider | Bygg (Astro + Pagefind) | Bart Astro + MDX | Forhold | Minnetopp | Utdata | Pagefind-indeks |',
  '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ...results.map(
    (r) =>
      `| ${r.cases} | ${r.pages} | ${r.buildSeconds.toFixed(1)} s (${r.astro.seconds.toFixed(1)} + ${r.pagefind.seconds.toFixed(1)}) | ${r.bare.seconds.toFixed(1)} s | ${r.ratio.toFixed(2)} × | ${r.peakMB?.toFixed(0) ?? 'ukjent'} MB | ${r.outputMB.toFixed(1)} MB | ${r.indexMB.toFixed(1)} MB |`,
  ),
  '',
  '## Overføring per sidetype (gzip, HTML + CSS + JS som lastes med siden; små skript ligger inne i HTML-en)',
  '',
  ...results.flatMap((r) => [
    `### ${r.cases} eksempler`,
    '',
    '| Side | HTML | CSS | JS | Totalt |',
    '| --- | --- | --- | --- | --- |',
    ...Object.entries(r.transfer).map(([name, t]) => `| ${name} | ${kb(t.html)} KB | ${kb(t.css)} KB | ${kb(t.js)} KB | ${kb(t.total)} KB |`),
    '',
  ]),
  '## Søk',
  '',
  search
    ? `På nettstedet med ${Math.max(...sizes)} eksempler: median ${search.medianMs.toFixed(0)} ms fra skriving til første treff vises (tregeste søk: ${search.slowestMs.toFixed(0)} ms; hvert søk målt 3 ganger på en nylastet side med tom hurtigbuffer, medianen brukt), median ${kb(search.medianBytes)} KB hentet per søk.`
    : 'Ikke målt.',
  '',
  ...(search ? ['| Søk | Tid | Hentet |', '| --- | --- | --- |', ...search.timings.map((t) => `| ${t.query} | ${t.ms.toFixed(0)} ms | ${kb(t.bytes)} KB |`)] : []),
  '',
];
writeFileSync(join(out, 'rapport.md'), `${lines.join('\n')}\n`);
console.log(`\n${lines.join('\n')}`);
