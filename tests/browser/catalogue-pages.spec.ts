import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { writeSyntheticCases } from '../bench/synthetic-content.ts';
import { FIXTURE_CONTENT } from '../support/fixture-site.ts';
import { startNginx, type NginxServer } from '../support/nginx.ts';
import { PROJECT, copyProject } from '../support/project-copy.ts';
import { PORTS } from '../support/ports.ts';

// A catalogue longer than one page: the fixture site's content (tests/fixtures/nettsted/) plus the bench's
// synthetic cases, built from it, so the pager and the script's paging are tested on a known set that no editor's
// change can alter. It needs more cases than the fixture site has, so it builds a copy of its own.
const CASES = 100;
test.describe.configure({ mode: 'serial' });

let root: string;
let server: NginxServer;
let frontMatter: Map<string, { malgrupper: string[] }>;

test.beforeAll(async () => {
  test.setTimeout(600_000);
  root = copyProject({ content: [FIXTURE_CONTENT] });
  writeSyntheticCases(root, CASES);
  const build = spawnSync(join(PROJECT, 'node_modules/.bin/astro'), ['build'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  expect(build.status, build.stderr).toBe(0);
  const dir = join(root, 'content/eksempler');
  frontMatter = new Map(
    readdirSync(dir)
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => [
        f.slice(0, -4),
        parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(dir, f), 'utf8'))?.[1] ?? '') as { malgrupper: string[] },
      ]),
  );
  server = await startNginx(join(root, 'dist'), PORTS.catalogueFixture);
});

test.afterAll(async () => {
  await server?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

const listed = (page: import('@playwright/test').Page) =>
  page
    .locator('#katalog-liste .bp-case-list > li h2 a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));

test.describe('uten JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('sidene i eksempellisten viser hvert eksempel nøyaktig én gang, 20 om gangen', async ({ page }) => {
    await page.goto(`${server.url}/eksempler/`);
    const seen: string[] = [];
    for (;;) {
      const links = await listed(page);
      expect(links.length).toBeLessThanOrEqual(20);
      seen.push(...links);
      const next = page
        .getByRole('navigation', { name: 'Sider i eksempellisten' })
        .getByRole('link', { name: 'Neste side' });
      if ((await next.count()) === 0) break;
      await next.click();
    }
    expect(seen.length).toBe(CASES);
    expect(new Set(seen)).toEqual(new Set([...frontMatter.keys()].map((id) => `/eksempler/${id}/`)));
    await expect(page).toHaveURL(new RegExp(`/eksempler/side/${Math.ceil(CASES / 20)}/$`));
  });
});

test('med JavaScript: et filter gir riktig antall, de første 20 vises, og «Vis flere eksempler» henter resten', async ({
  page,
}) => {
  // The target group most fixture cases have, so the filtered list is longer than a page.
  const tally = new Map<string, number>();
  for (const fm of frontMatter.values()) for (const id of fm.malgrupper ?? []) tally.set(id, (tally.get(id) ?? 0) + 1);
  const [id = ''] = [...tally].sort((a, b) => b[1] - a[1])[0] ?? [];
  const groups = parse(readFileSync(join(root, 'content/data/malgrupper.yaml'), 'utf8')) as {
    id: string;
    navn: string;
  }[];
  const name = groups.find((g) => g.id === id)?.navn ?? id;
  const expected = [...frontMatter]
    .filter(([, fm]) => (fm.malgrupper ?? []).includes(id))
    .map(([caseId]) => `/eksempler/${caseId}/`);
  expect(expected.length, 'the fixture must give more than one page').toBeGreaterThan(20);

  await page.goto(`${server.url}/eksempler/`);
  await page
    .getByRole('group', { name: 'Målgruppe' })
    .getByRole('checkbox', { name: new RegExp(`^${name}`) })
    .check();
  await expect(page.getByRole('status')).toHaveText(`${expected.length} eksempler passer filteret.`);
  expect(await listed(page)).toHaveLength(20);
  await expect(page.getByRole('navigation', { name: 'Sider i eksempellisten' })).toBeHidden();
  const more = page.getByRole('button', { name: 'Vis flere eksempler' });
  while (await more.isVisible()) await more.click();
  expect(new Set(await listed(page))).toEqual(new Set(expected));
  expect(await listed(page)).toHaveLength(expected.length);
});
