// Every port a test or the bench opens on loopback, offset from one base so that several checkouts of the project
// can run their tests on one machine at once (BOPRAKSIS_PORT_BASE=5100 npm test).
const BASE = Number(process.env.BOPRAKSIS_PORT_BASE ?? 4320);

export const PORTS = {
  /** The production build, served for the browser tests. */
  site: BASE + 2,
  /** The fixture site (tests/fixtures/nettsted/), served for the browser tests that assert specific content. */
  fixtureSite: BASE + 3,
  /** A copy of the project built by the publishing test. */
  publishing: BASE + 11,
  /** nginx with the production configuration, started by the hosting test itself to read its access log. */
  hosting: BASE + 12,
  /** A page on another origin that tries to frame the site. */
  otherOrigin: BASE + 13,
  /** `npm run forhandsvis` in a project copy. */
  preview: BASE + 14,
  /** `npm run forhandsvis` with an attack file in it, started by the content-safety test. */
  safetyPreview: BASE + 15,
  /** A copy built from synthetic cases for the catalogue's pager tests. */
  catalogueFixture: BASE + 16,
  /** `npm run redaksjon`: the gate, which serves the editor, its API and the site on one origin. */
  redaksjon: BASE + 30,
  /** decap-server behind the gate. */
  decapServer: BASE + 31,
  /** `astro dev` behind the gate. */
  redaksjonSite: BASE + 32,
  /** The publishing test's built copy, served after publishing in the editor. */
  editorSite: BASE + 33,
  /** The benchmark's built sites, served by nginx. */
  bench: BASE + 70,
  /** The DevTools port of the Chromium that Lighthouse drives in the benchmark. */
  benchLighthouse: BASE + 72,
} as const;
