import { defineConfig } from '@playwright/test';
import { FIXTURE_SITE_SPECS, OWN_COPY_SPECS, REAL_SITE_SPECS } from './tests/support/browser-projects.ts';
import { PORTS } from './tests/support/ports.ts';

const REAL_SITE = `http://127.0.0.1:${PORTS.site}`;
const FIXTURE_SITE = `http://127.0.0.1:${PORTS.fixtureSite}`;

// Browser tests run against production builds served by nginx with the production configuration: the real site in
// dist/ (generic checks over every page type) and the fixture site built from tests/fixtures/nettsted/ (everything
// that asserts specific content). tests/support/browser-projects.ts says which spec runs where.
export default defineConfig({
  testDir: 'tests/browser',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  use: {
    locale: 'nb-NO',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      // Without these, Chromium keeps trying to reach Google's services, which this closed network refuses.
      args: [
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [
    { name: 'nettsted', testMatch: REAL_SITE_SPECS, use: { baseURL: REAL_SITE } },
    { name: 'testnettsted', testMatch: FIXTURE_SITE_SPECS, use: { baseURL: FIXTURE_SITE } },
    { name: 'egen-kopi', testMatch: OWN_COPY_SPECS },
  ],
  webServer: [
    { command: 'node tests/support/serve-dist.ts', url: `${REAL_SITE}/`, reuseExistingServer: false, timeout: 60_000 },
    // Builds the fixture site first when its inputs changed (tests/support/fixture-site.ts).
    {
      command: 'node tests/support/serve-fixture.ts',
      url: `${FIXTURE_SITE}/`,
      reuseExistingServer: false,
      timeout: 600_000,
    },
  ],
});
