/**
 * `npm run bench`: builds Bopraksis and a bare Astro + MDX site from the same synthetic cases at each size, several
 * times each; measures in Chromium against nginx what readers get, on the production content (the issue's own
 * baseline: every byte of a first and a repeat visit, search from the header form and by typing, Lighthouse per
 * page type) and again on the largest synthetic site (visits, the catalogue, Lighthouse once per page type, to show
 * how pages scale); and writes tests/bench/results/rapport.md and resultater.json, with every budget from
 * budgets.ts passed or failed.
 *
 *   npm run bench                                    the full bench (production content; 100 and 1,000 cases
 *                                                    5 repeats, 5,000 cases 3)
 *   npm run bench -- --sizes 100 --skip-lighthouse   a quick subset while developing
 *   npm run bench -- --dist dist                     only the browser measurements, on a site already built
 *
 * Options: --sizes 100,1000 (or bare numbers), --repeats N (sizes up to 1,000), --repeats-large N (larger sizes),
 * --browser-size N (default: the largest size), --lighthouse-runs N (production content), --lighthouse-runs-large N,
 * --skip-production, --skip-lighthouse, --skip-search, --skip-browser, --dist PATH, --out DIR.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT, copyProject, runScript } from '../support/project-copy.ts';
import { PORTS } from '../support/ports.ts';
import { startNginx, type NginxServer } from '../support/nginx.ts';
import { measureBuilds, type SizeResult } from './builds.ts';
import { measureCatalogue } from './catalogue.ts';
import { measureVisits, pageTypes } from './first-visit.ts';
import { FORM_FACTORS, lighthouse } from './lighthouse.ts';
import { renderReport, type BenchResults } from './report.ts';
import { measureSearch } from './search-speed.ts';
import { deleteSetAside, setAside } from './set-aside.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    sizes: { type: 'string' },
    repeats: { type: 'string', default: '5' },
    'repeats-large': { type: 'string', default: '3' },
    'lighthouse-runs-large': { type: 'string', default: '1' },
    'skip-production': { type: 'boolean', default: false },
    'browser-size': { type: 'string' },
    'lighthouse-runs': { type: 'string', default: '3' },
    'skip-lighthouse': { type: 'boolean', default: false },
    'skip-search': { type: 'boolean', default: false },
    'skip-browser': { type: 'boolean', default: false },
    dist: { type: 'string' },
    out: { type: 'string' },
  },
});
const numbers = (text: string) =>
  text
    .split(/[,\s]+/)
    .map(Number)
    .filter((n) => n > 0);
const requested = [...numbers(values.sizes ?? ''), ...positionals.flatMap(numbers)];
const sizes = values.dist ? [] : requested.length ? requested : [100, 1000, 5000];
const repeats = Math.max(1, Number(values.repeats));
const repeatsLarge = Math.max(1, Number(values['repeats-large']));
/** Sizes above this are built `repeatsLarge` times: a 5,000-case build takes minutes on a busy machine. */
const LARGE = 1000;
const repeatsFor = (cases: number) => (cases > LARGE ? repeatsLarge : repeats);
const browserSize = values.dist ? undefined : Number(values['browser-size'] ?? Math.max(...sizes));
const lighthouseRuns = Math.max(1, Number(values['lighthouse-runs']));
const lighthouseRunsLarge = Math.max(1, Number(values['lighthouse-runs-large']));
const out = resolve(values.out ?? join(PROJECT, 'tests/bench/results'));

const results: BenchResults = {
  started: new Date().toISOString(),
  machine: {
    cores: availableParallelism(),
    cpu: cpus()[0]?.model ?? 'ukjent',
    node: process.version,
    loadAtStart: loadavg()[0] ?? 0,
  },
  options: {
    sizes,
    repeats,
    repeatsLarge,
    browserSize: browserSize ?? values.dist ?? null,
    lighthouseRuns,
    lighthouseRunsLarge,
  },
  command: process.argv.slice(2).join(' '),
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
    deleteSetAside();
    process.exit(130);
  });
}

interface BrowserPlan {
  /** What the site is: a case count, «produksjon» or the folder given with --dist. */
  cases: number | string;
  search: boolean;
  lighthouseRuns: number;
  key: 'browser' | 'browserLarge';
}

async function browserMeasurements(dist: string, plan: BrowserPlan) {
  if (values['skip-browser']) return;
  const loads: Record<string, number> = {};
  const into: NonNullable<BenchResults['browser']> = { cases: plan.cases, lighthouseRuns: plan.lighthouseRuns, loads };
  const note = (part: string) => (loads[part] = loadavg()[0] ?? 0);
  results[plan.key] = into;
  const server = await startNginx(dist, PORTS.bench);
  nginx = server;
  try {
    console.log(`\n== Første og neste besøk (${plan.cases}) ==`);
    note('besøk');
    into.visits = await measureVisits(dist, server);
    save();
    console.log('\n== Katalogen ==');
    note('katalogen');
    into.catalogue = await measureCatalogue(dist, server.url);
    save();
    if (plan.search && !values['skip-search']) {
      console.log('\n== Søk ==');
      note('søk');
      into.search = await measureSearch(server.url, pageTypes(dist).eksempel?.[0] ?? '/');
      save();
    }
    if (!values['skip-lighthouse']) {
      console.log('\n== Lighthouse ==');
      note('Lighthouse');
      into.lighthouse = [];
      for (const [name, [path]] of Object.entries(pageTypes(dist))) {
        for (const formFactor of FORM_FACTORS) {
          const figures = lighthouse(`${server.url}${path}`, path, formFactor, plan.lighthouseRuns);
          into.lighthouse.push({ pageType: name, ...figures });
          console.log(
            `  ${name} ${formFactor}: ${figures.performance.runs.join(', ')} (belastning ${loadavg()[0]?.toFixed(1)})`,
          );
          save();
        }
      }
    }
  } finally {
    await server.close();
    nginx = undefined;
  }
}

/** The production content as `npm run build` builds it, in a copy with the git history (case pages show it). */
async function productionMeasurements() {
  const root = copyProject({ git: true });
  try {
    console.log('\n== Produksjonsinnholdet: npm run build ==');
    const started = performance.now();
    const build = runScript(root, 'build');
    if (build.status !== 0) throw new Error(`npm run build feilet i kopien:\n${build.output.slice(-2000)}`);
    results.productionBuildSeconds = (performance.now() - started) / 1000;
    await browserMeasurements(join(root, 'dist'), {
      cases: 'produksjon',
      search: true,
      lighthouseRuns,
      key: 'browser',
    });
  } finally {
    setAside(root);
  }
}

if (values.dist)
  await browserMeasurements(resolve(values.dist), { cases: values.dist, search: true, lighthouseRuns, key: 'browser' });
else if (!values['skip-production']) await productionMeasurements();
for (const cases of sizes) {
  console.log(`\n== ${cases} eksempler ==`);
  const keep = (result: SizeResult) => {
    results.builds = [...results.builds.filter((b) => b.cases !== cases), result].sort((a, b) => a.cases - b.cases);
    save();
  };
  const atSize = (dist: string) =>
    browserMeasurements(dist, { cases, search: false, lighthouseRuns: lighthouseRunsLarge, key: 'browserLarge' });
  keep(await measureBuilds(cases, repeatsFor(cases), cases === browserSize ? atSize : undefined, keep));
}
save(true);
console.log(`\n${renderReport(results)}`);
