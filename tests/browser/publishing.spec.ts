import { expect, test, type Page } from '@playwright/test';
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { EKSEMPEL_SEKSJONER, HINT_MARKER } from '../../src/content-model/sections.ts';
import { splitFrontMatter } from '../../src/content-model/validation/read-content.ts';
import { parseYaml } from '../../src/content-model/validation/yaml.ts';
import { PROJECT, copyProject, runScript } from '../support/project-copy.ts';
import { PORTS } from '../support/ports.ts';
import { inFeedsAndData } from '../support/published-case.ts';
import { startNginx } from '../support/nginx.ts';
import { startPreview } from '../support/preview.ts';

// An adviser's whole path: ny-sak writes a draft, the draft stays off the site, the filled-in case is published.
const fixture = JSON.parse(readFileSync(join(PROJECT, 'tests/fixtures/ny-sak/oslo-samarbeidsgruppe.json'), 'utf8')) as {
  flags: Record<string, string>;
  frontMatter: Record<string, unknown>;
  sections: Record<string, string>;
};
const PORT = PORTS.publishing;

// Each test builds the project copy, which takes a while on a busy 2-core machine.
test.describe.configure({ mode: 'serial', timeout: 180_000 });

let root: string;
let caseFile: string;
let slug: string;

function flags(overrides: Record<string, string> = {}): string[] {
  return Object.entries({ ...fixture.flags, ...overrides }).flatMap(([key, value]) => [`--${key}`, value]);
}

/** Fills the template the way an editor would: front matter from the fixture, sections written or removed. */
function fillTemplate(source: string): string {
  const split = splitFrontMatter(source);
  if ('problem' in split) throw new Error(split.problem.message);
  const doc = parseYaml(split.yaml, 0).parsed?.doc;
  if (!doc) throw new Error('ny-sak skrev front matter som ikke kan leses');
  const body = split.after.replace(/^\r?\n/, '');
  for (const [key, value] of Object.entries(fixture.frontMatter)) doc.set(key, value);
  doc.delete('utkast');
  let filled = body;
  for (const section of EKSEMPEL_SEKSJONER) {
    const block = new RegExp(`## ${section}\\n\\n> ${HINT_MARKER}[^\\n]*\\n`);
    const text = fixture.sections[section];
    filled = filled.replace(block, text ? `## ${section}\n\n${text}\n` : '');
  }
  return `---\n${doc.toString()}---\n${filled}`;
}

async function isInCatalogue(page: Page, base: string): Promise<boolean> {
  await page.goto(`${base}/eksempler/`);
  return (await page.locator(`.bp-case-list a[href="/eksempler/${slug}/"]`).count()) > 0;
}

async function isInSearch(page: Page, base: string): Promise<boolean> {
  await page.goto(`${base}/sok/?q=samarbeidsgruppe`);
  // «Søker etter …» shows first; wait for the answer, with or without hits.
  await expect(page.getByRole('status')).toContainText(/treff for «samarbeidsgruppe»/);
  return (await page.locator(`#sok-treff a[href="/eksempler/${slug}/"]`).count()) > 0;
}

test.beforeAll(() => {
  root = copyProject();
});

test('ny-sak foreslår riktig kommune ved feilstaving og skriver ingenting', () => {
  const before = readdirSync(join(root, 'content/eksempler')).length;
  const run = runScript(root, 'ny-sak', flags());
  expect(run.status).toBe(1);
  expect(run.output).toContain('Fant ikke kommune «Olso». Mente du «Oslo»?');
  expect(readdirSync(join(root, 'content/eksempler'))).toHaveLength(before);
});

test('utkastet fra ny-sak består sjekk, men kommer ikke med i bygget, søket, strømmene eller dataene', async ({
  page,
}) => {
  const run = runScript(root, 'ny-sak', flags({ kommune: 'Oslo' }));
  expect(run.status, run.output).toBe(0);
  slug = /Skrev content\/eksempler\/([a-z0-9-]+)\.mdx/.exec(run.output)?.[1] ?? '';
  caseFile = join(root, 'content/eksempler', `${slug}.mdx`);
  const draft = readFileSync(caseFile, 'utf8');
  expect(draft).toContain('utkast: true');
  for (const section of EKSEMPEL_SEKSJONER) expect(draft).toContain(`## ${section}\n\n> ${HINT_MARKER}`);

  const sjekk = runScript(root, 'sjekk');
  expect(sjekk.status, sjekk.output).toBe(0);
  expect(sjekk.output).toContain('Utkast (vises ikke på nettstedet');

  const build = runScript(root, 'build');
  expect(build.status, build.output).toBe(0);
  expect(existsSync(join(root, 'dist/eksempler', slug))).toBe(false);
  expect(inFeedsAndData(join(root, 'dist'), slug, 'boligframskaffelse')).toEqual({
    feed: false,
    themeFeed: false,
    json: false,
    csv: false,
  });
  const server = await startNginx(join(root, 'dist'), PORT);
  try {
    expect(await isInCatalogue(page, server.url)).toBe(false);
    expect(await isInSearch(page, server.url)).toBe(false);
  } finally {
    await server.close();
  }
});

test('utfylt og uten utkast-merket publiseres eksempelet overalt', async ({ page }) => {
  writeFileSync(caseFile, fillTemplate(readFileSync(caseFile, 'utf8')));
  const sjekk = runScript(root, 'sjekk');
  expect(sjekk.status, sjekk.output).toBe(0);
  // No problem line («fil:linje  felt  melding») for the case; its verdict line says it is ready.
  expect(sjekk.output).not.toMatch(new RegExp(`${slug}\\.mdx:\\d+`));
  expect(sjekk.output).toContain(`${slug}.mdx: Klar til publisering`);

  const build = runScript(root, 'build');
  expect(build.status, build.output).toBe(0);
  expect(inFeedsAndData(join(root, 'dist'), slug, 'boligframskaffelse')).toEqual({
    feed: true,
    themeFeed: true,
    json: true,
    csv: true,
  });
  const server = await startNginx(join(root, 'dist'), PORT);
  try {
    expect(await isInCatalogue(page, server.url)).toBe(true);
    expect(await isInSearch(page, server.url)).toBe(true);
    await page.goto(`${server.url}/eksempler/${slug}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(fixture.flags.tittel ?? '');
    await expect(page.getByRole('region', { name: 'Fakta om eksempelet' })).toContainText('Oslo');
  } finally {
    await server.close();
  }
});

test('forhåndsvisningen viser et gyldig utkast, merket og med hvor komplett det er', async ({ page }) => {
  const source = readFileSync(caseFile, 'utf8');
  writeFileSync(caseFile, source.replace(/^---\n/, '---\nutkast: true\n'));
  const preview = await startPreview(root, PORTS.preview);
  try {
    await page.goto(`${preview.url}/eksempler/${slug}/`);
    await expect(page.getByText('Utkast.', { exact: false }).first()).toBeVisible();
    await expect(page.getByText(/Kompletthet: \d+ %/)).toBeVisible();
  } finally {
    await preview.close();
    writeFileSync(caseFile, source);
  }
});
