// Every port a test or the bench opens on loopback, offset from one base so that several checkouts of the project
// can run their tests on one machine at once (BOPRAKSIS_PORT_BASE=5100 npm test).
const BASE = Number(process.env.BOPRAKSIS_PORT_BASE ?? 4320);

export const PORTS = {
  /** The production build, served for the browser tests. */
  site: BASE + 2,
  /** A copy of the project built by the publishing test. */
  publishing: BASE + 11,
  /** A copy built from synthetic cases for the catalogue's pager tests. */
  catalogueFixture: BASE + 12,
  /** The benchmark's built sites. */
  bench: BASE + 70,
  /** The catalogue benchmark's built site (npm run bench:katalog). */
  catalogueBench: BASE + 71,
} as const;
