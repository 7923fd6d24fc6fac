// `npm run build`: Astro, then the Pagefind index, into a fresh folder that replaces dist/ only when both succeed,
// so a failed build never leaves a half-written site to be served or deployed.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { SHOW_DRAFTS_ENV } from '../../content-model/drafts.ts';
import { SEARCH_INDEX_GLOB } from '../../content-model/routes.ts';
import { preloadSearchMeta } from './search-preload.ts';

const root = process.cwd();
const dist = join(root, 'dist');

if (process.env[SHOW_DRAFTS_ENV]) {
  console.error(
    `${SHOW_DRAFTS_ENV} er satt, og da ville utkast kommet med i bygget. Produksjonsbygget tar aldri med utkast: ` +
      `fjern variabelen (unset ${SHOW_DRAFTS_ENV}), eller bruk npm run forhandsvis for å se utkastene.`,
  );
  process.exit(1);
}

function run(command: string, args: string[]): boolean {
  const result = spawnSync(join(root, 'node_modules/.bin', command), args, {
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  return result.status === 0;
}

// Next to dist/, so the final rename stays on one file system.
const next = mkdtempSync(join(root, '.dist-'));
const ok = run('astro', ['build', '--outDir', next]) && run('pagefind', ['--site', next, '--glob', SEARCH_INDEX_GLOB]);
const problem = ok ? preloadSearchMeta(next) : undefined;
if (problem) console.error(problem);
if (!ok || problem) {
  rmSync(next, { recursive: true, force: true });
  console.error(existsSync(dist) ? '\nBygget feilet. dist/ er ikke endret.' : '\nBygget feilet.');
  process.exit(1);
}
// mkdtemp makes the folder private (0700); a web server's workers must be able to read the site.
chmodSync(next, 0o755);
const old = `${next}-gammel`;
if (existsSync(dist)) renameSync(dist, old);
renameSync(next, dist);
rmSync(old, { recursive: true, force: true });
