import { cpSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { SEARCH_INDEX_GLOB } from '../../src/content-model/routes.ts';
import { preloadSearchMeta } from '../../src/tooling/build/search-preload.ts';
import { PROJECT, copyProject } from '../support/project-copy.ts';
import { sizeOf, timed } from './measure.ts';
import { setAside } from './set-aside.ts';
import { spread, type Spread } from './stats.ts';
import { writeBareProject, writeSyntheticCases } from './synthetic-content.ts';
import { vocabularyOf } from './synthetic-text.ts';

const bin = (name: string) => join(PROJECT, 'node_modules/.bin', name);
// The builds run on the Node that runs the bench (node@26 from the devDependency), whatever `node` is on PATH.
const env = { ASTRO_TELEMETRY_DISABLED: '1', PATH: `${dirname(process.execPath)}:${process.env.PATH ?? ''}` };
// Astro keeps its content cache in node_modules/.astro. The copies link the project's node_modules, so without
// this every build would find the cache the previous one (Bopraksis or the floor, another size) left: each build
// is timed cold, as on a clean clone in CI. The previous repeat's dist/ goes too: Astro empties its output folder
// first, and timing that (1.1 s of a 1,000-case build by node --cpu-prof) measured the deletion of the last
// build, which a clean clone, and npm run build with its fresh folder, never does. Both are set aside rather than
// deleted (set-aside.ts).
const ASTRO_CACHE = join(PROJECT, 'node_modules/.astro');
const cold = (root: string) => {
  setAside(ASTRO_CACHE);
  for (const dir of ['.astro', 'dist']) setAside(join(root, dir));
};

export interface SizeResult {
  cases: number;
  pages: number;
  /** Distinct words in the cases' files: grows with the count (synthetic-text.ts). */
  vocabulary: number;
  /** How many repeats the figures are from (fewer than asked where a run was stopped). */
  repeats: number;
  astroSeconds: Spread;
  pagefindSeconds: Spread;
  /** Astro + Pagefind, per repeat. */
  buildSeconds: Spread;
  bareSeconds: Spread;
  /** Peak memory of the larger of Astro's and Pagefind's processes, per repeat. */
  peakMB?: Spread;
  barePeakMB?: Spread;
  /** Median build over median floor, both from this run. */
  ratio: number;
  /** The ratio of each repeat's pair, to show its spread. */
  ratioPerRepeat: Spread;
  outputMB: number;
  indexMB: number;
}

/**
 * Builds Bopraksis and the bare Astro + MDX floor from the same synthetic cases, `repeats` times each, alternating
 * the two so that a busy moment on the machine falls on both alike. `afterFirst` runs on the first Bopraksis build
 * (its dist/ still in place), for the browser measurements.
 */
export async function measureBuilds(
  cases: number,
  repeats: number,
  afterFirst?: (dist: string) => Promise<void>,
  onRepeat?: (soFar: SizeResult) => void,
): Promise<SizeResult> {
  const root = copyProject();
  const bareRoot = `${root}-bart`;
  const casesDir = `${root}-eksempler`;
  try {
    writeSyntheticCases(root, cases);
    mkdirSync(casesDir, { recursive: true });
    cpSync(join(root, 'content/eksempler'), casesDir, { recursive: true });
    writeBareProject(bareRoot, casesDir, join(PROJECT, 'node_modules'));
    const caseFiles = readdirSync(casesDir).map((f) => join(casesDir, f));
    const vocabulary = vocabularyOf(caseFiles, (file) => readFileSync(file, 'utf8'));
    console.log(`  ${cases} eksempler, ${vocabulary} ulike ord`);

    const astro: number[] = [];
    const pagefind: number[] = [];
    const bare: number[] = [];
    const peaks: number[] = [];
    const barePeaks: number[] = [];
    let pages = 0;
    let outputMB = 0;
    let indexMB = 0;
    for (let r = 0; r < repeats; r++) {
      cold(root);
      const a = timed(bin('astro'), ['build'], root, env);
      const p = timed(bin('pagefind'), ['--site', 'dist', '--glob', SEARCH_INDEX_GLOB], root, env);
      // As npm run build does (tooling/build/cli.ts); a few milliseconds, so it is not timed apart.
      const preloadProblem = preloadSearchMeta(join(root, 'dist'));
      if (preloadProblem) throw new Error(preloadProblem);
      cold(bareRoot);
      const b = timed(bin('astro'), ['build'], bareRoot, env);
      astro.push(a.seconds);
      pagefind.push(p.seconds);
      bare.push(b.seconds);
      const peak = [a.peakMB, p.peakMB].filter((v): v is number => v !== undefined);
      if (peak.length) peaks.push(Math.max(...peak));
      if (b.peakMB !== undefined) barePeaks.push(b.peakMB);
      console.log(
        `  bygg ${r + 1}/${repeats}: Bopraksis ${(a.seconds + p.seconds).toFixed(1)} s (${a.seconds.toFixed(1)} + ${p.seconds.toFixed(1)}), bart ${b.seconds.toFixed(1)} s`,
      );
      if (r === 0) {
        const dist = join(root, 'dist');
        pages = readdirSync(dist, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
        outputMB = sizeOf(dist) / 1e6;
        indexMB = sizeOf(join(dist, 'pagefind')) / 1e6;
      }
      onRepeat?.(summary());
      if (r === 0 && afterFirst) await afterFirst(join(root, 'dist'));
    }
    return summary();

    function summary(): SizeResult {
      const total = astro.map((a, i) => a + (pagefind[i] ?? 0));
      const buildSeconds = spread(total);
      const bareSeconds = spread(bare);
      return {
        cases,
        pages,
        vocabulary,
        repeats: total.length,
        astroSeconds: spread(astro),
        pagefindSeconds: spread(pagefind),
        buildSeconds,
        bareSeconds,
        ...(peaks.length ? { peakMB: spread(peaks) } : {}),
        ...(barePeaks.length ? { barePeakMB: spread(barePeaks) } : {}),
        ratio: buildSeconds.median / bareSeconds.median,
        ratioPerRepeat: spread(total.map((t, i) => t / (bare[i] ?? Number.NaN))),
        outputMB,
        indexMB,
      };
    }
  } finally {
    for (const dir of [root, bareRoot, casesDir]) setAside(dir);
  }
}
