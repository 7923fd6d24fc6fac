// Makes sure the Debian packages the tests drive are there: Chromium for the browser tests (Playwright's own
// browser download cannot work here) and nginx, which serves the build with the production configuration.
// Installs what is missing when we are root (as in CI), otherwise stops with one line saying what to install.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

const missing = [
  { path: CHROMIUM, pkg: 'chromium' },
  // nginx-light: the smallest Debian build of nginx, with everything the configuration uses (headers, gzip, map).
  { path: NGINX, pkg: 'nginx-light' },
].filter(({ path }) => !existsSync(path));

if (missing.length > 0) {
  const packages = missing.map((m) => m.pkg);
  if (process.getuid?.() !== 0) {
    console.error(
      `Mangler ${missing.map((m) => m.path).join(' og ')}. Installer Debians pakker: sudo apt-get install ${packages.join(' ')}`,
    );
    process.exit(1);
  }
  console.log(`Installerer Debians ${packages.join(' og ')} for testene …`);
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], {
    stdio: 'inherit',
    // RUNLEVEL=1 keeps the package from starting a system nginx: the tests start their own on loopback.
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive', RUNLEVEL: '1' },
  });
}
