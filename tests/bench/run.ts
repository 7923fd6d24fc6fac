/**
 * `npm run bench`: builds Bopraksis and a bare Astro + MDX site from the same synthetic cases at each size, each
 * several times; on one size's build, measures in Chromium against nginx what readers get (every byte of a first
 * and a repeat visit, search from the header form and by typing, Lighthouse, the catalogue); and writes
 * tests/bench/results/rapport.md and resultater.json, with every budget from budgets.ts passed or failed.
 *
 *   npm run bench                                    the full bench (100, 1,000 and 5,000 cases, 3 repeats)
 *   npm run bench -- --sizes 100 --skip-lighthouse   a quick subset while developing
 *   npm run bench -- --dist dist                     only the browser measurements, on a site already built
 *
 * Options: --sizes 100,1000 (or bare numbers), --repeats N, --browser-size N (default: the largest size),
 * --lighthouse-runs N, --skip-lighthouse, --skip-search, --skip-browser, --dist PATH, --out DIR.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT } from '../support/project-copy.ts';
import { PORTS } from '../support/ports.ts';
import { startNginx, type NginxServer } from '../support/nginx.ts';
import { measureBuilds, type SizeResult } from './builds.ts';
import { measureCatalogue } from './catalogue.ts';
import { measureVisits, pageTypes } from './first-visit.ts';
import { FORM_FACTORS, lighthouse } from './lighthouse.ts';
import { renderReport, type BenchResults } from './report.ts';
import { measureSearch } from './search-speed.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    sizes: { type: 'string' },
    repeats: { type: 'string', default: '3' },
    'browser-size': { type: 'string' },
    'lighthouse-runs': { type: 'string', default: '3' },
    'skip-lighthouse': { type: 'boolean', default: false },
    'skip-search': { type: 'boolean', default: false },
    'skip-browser': { type: 'boolean', default: false },
    dist: { type: 'string' },
    out: { type: 'string' },
  },
});
const numbers = (text: string) => text.split(/[,\s]+/).map(Number).filter((n) => n > 0);
const requested = [...numbers(values.sizes ?? ''), ...positionals.flatMap(numbers)];
const sizes = values.dist ? [] : requested.length ? requested : [100, 1000, 5000];
const repeats = Math.max(1, Number(values.repeats));
const browserSize = values.dist ? undefined : Number(values['browser-size'] ?? Math.max(...sizes));
const lighthouseRuns = Math.max(1, Number(values['lighthouse-runs']));
const out = resolve(values.out ?? join(PROJECT, 'tests/bench/results'));

const results: BenchResults = {
  started: new Date().toISOString(),
  machine: { cores: availableParallelism(), cpu: cpus()[0]?.model ?? 'ukjent', node: process.version, loadAtStart: loadavg()[0] ?? 0 },
  options: { sizes, repeats, browserSize: browserSize ?? values.dist ?? null, lighthouseRuns },
  builds: [],
};

/** Written after every step, so a long run that is stopped still leaves what it measured. */
function save(final = false) {
  if (final) results.finished = new Date().toISOString();
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'resultater.json'), `${JSON.stringify(results, null, 2)}\n`);
  try {
    writeFileSync(join(out, 'rapport.md'), renderReport(results));
  } catch (error) {
    // The figures are in resultater.json; a report that cannot be written must not end a long run.
    console.error(`Kunne ikke skrive rapport.md: ${String(error)}`);
  }
}

// A stopped run must not leave its nginx behind on the bench's port.
let nginx: NginxServer | undefined;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    nginx?.process.kill('SIGTERM');
    process.exit(130);
  });
}

async function browserMeasurements(dist: string, cases: number | string) {
  if (values['skip-browser']) return;
  results.browser = { cases };
  const server = await startNginx(dist, PORTS.bench);
  nginx = server;
  try {
    console.log('\n== Første og neste besøk ==');
    results.browser.visits = await measureVisits(dist, server);
    save();
    console.log('\n== Katalogen ==');
    results.browser.catalogue = await measureCatalogue(dist, server.url);
    save();
    if (!values['skip-search']) {
      console.log('\n== Søk ==');
      results.browser.search = await measureSearch(server.url, pageTypes(dist).eksempel?.[0] ?? '/');
      save();
    }
    if (!values['skip-lighthouse']) {
      console.log('\n== Lighthouse ==');
      results.browser.lighthouse = [];
      for (const [name, [path]] of Object.entries(pageTypes(dist))) {
        for (const formFactor of FORM_FACTORS) {
          const figures = lighthouse(`${server.url}${path}`, path, formFactor, lighthouseRuns);
          results.browser.lighthouse.push({ pageType: name, ...figures });
          console.log(`  ${name} ${formFactor}: ${figures.performance.runs.join(', ')}`);
          save();
        }
      }
    }
  } finally {
    await server.close();
    nginx = undefined;
  }
}

if (values.dist) await browserMeasurements(resolve(values.dist), values.dist);
for (const cases of sizes) {
  console.log(`\n== ${cases} eksempler ==`);
  const keep = (result: SizeResult) => {
    results.builds = [...results.builds.filter((b) => b.cases !== cases), result].sort((a, b) => a.cases - b.cases);
    save();
  };
  keep(await measureBuilds(cases, repeats, cases === browserSize ? (dist) => browserMeasurements(dist, cases) : undefined, keep));
}
save(true);
console.log(`\n${renderReport(results)}`);
