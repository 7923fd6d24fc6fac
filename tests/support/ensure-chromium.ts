// Makes sure Debian's Chromium is there before the browser tests: installs it when we are root (as in CI),
// otherwise stops with one line saying what to install. Playwright's own browser download cannot work here.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (!existsSync(CHROMIUM)) {
  if (process.getuid?.() !== 0) {
    console.error(`Fant ikke Chromium på ${CHROMIUM}. Installer Debians pakke: sudo apt-get install chromium`);
    process.exit(1);
  }
  console.log('Installerer Debians chromium for nettlesertestene …');
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}
