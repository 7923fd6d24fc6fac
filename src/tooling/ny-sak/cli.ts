import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline/promises';
import { fileURLToPath } from 'node:url';
import { COLLECTION_SOURCES } from '../../content-model/collections.ts';
import type { CollectionName } from '../../content-model/schemas/reference.ts';
import { slugify } from '../../content-model/slug.ts';
import { suggest } from '../../content-model/suggest.ts';
import { readContent } from '../../content-model/validation/read-content.ts';
import { renderTemplate } from './template.ts';

/**
 * `npm run ny-sak`: asks for the essentials of a new case and writes a draft from the template. Every question has
 * a flag (`--tittel`, `--kommune`, `--tema`, `--malgrupper`, `--metoder`, `--rot`) so scripts and tests can run it
 * without a terminal; lists are comma-separated ids or names.
 */
const { values } = parseArgs({
  options: {
    tittel: { type: 'string' },
    kommune: { type: 'string' },
    tema: { type: 'string' },
    malgrupper: { type: 'string' },
    metoder: { type: 'string' },
    rot: { type: 'string' },
  },
});
const root = values.rot ?? fileURLToPath(new URL('../../../', import.meta.url));
const interactive = process.stdin.isTTY === true;
const rl = interactive ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;

interface Choice {
  id: string;
  name: string;
}

const { entries } = readContent(root);

/** The entries of a collection to choose from, named by `nameField` (published and drafts alike). */
function choices(collection: CollectionName, nameField: string): Choice[] {
  return entries
    .filter((e) => e.collection === collection)
    .map((e) => {
      const name = (e.data as Record<string, unknown>)[nameField];
      return { id: e.id, name: typeof name === 'string' ? name : e.id };
    });
}

/** Finds a choice by id or name, case- and diacritic-insensitively. */
function find(choices: Choice[], answer: string): Choice | undefined {
  const key = slugify(answer);
  return choices.find((c) => c.id === key || slugify(c.name) === key);
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

async function ask(question: string, given: string | undefined): Promise<string> {
  if (given !== undefined) return given;
  if (!rl) fail(`Mangler svar på «${question}». Oppgi det med et flagg, for eksempel --tittel "…".`);
  return (await rl.question(`${question} `)).trim();
}

async function chooseOne(label: string, choices: Choice[], given: string | undefined): Promise<Choice> {
  let answer = await ask(`${label}?`, given);
  for (;;) {
    const match = find(choices, answer);
    if (match) return match;
    const near = suggest(slugify(answer), choices.map((c) => slugify(c.name)));
    const hint = near ? ` Mente du «${choices.find((c) => slugify(c.name) === near)?.name}»?` : '';
    if (!rl) fail(`Fant ikke ${label.toLowerCase()} «${answer}».${hint}`);
    answer = (await rl.question(`Fant ikke «${answer}».${hint} Prøv igjen: `)).trim();
  }
}

async function chooseMany(label: string, choices: Choice[], given: string | undefined): Promise<string[]> {
  if (rl && given === undefined) console.log(`${label}: ${choices.map((c) => c.id).join(', ')}`);
  const answer = await ask(`${label} (skill med komma)?`, given);
  const picked: string[] = [];
  for (const part of answer.split(',').map((p) => p.trim()).filter(Boolean)) {
    picked.push((await chooseOne(label, choices, part)).id);
  }
  if (picked.length === 0) fail(`Velg minst én verdi for ${label.toLowerCase()}.`);
  return picked;
}

const tittel = await ask('Tittel på eksempelet?', values.tittel);
if (!tittel) fail('Eksempelet må ha en tittel.');
const kommune = await chooseOne('Kommune', choices('kommuner', 'navn'), values.kommune);
const tema = await chooseMany('Tema', choices('tema', 'navn'), values.tema);
const malgrupper = await chooseMany('Målgrupper', choices('malgrupper', 'navn'), values.malgrupper);
const metoder = await chooseMany('Metoder', choices('metoder', 'tittel'), values.metoder);
rl?.close();

const slug = slugify(`${kommune.name} ${tittel.replace(new RegExp(`^${kommune.name}:?\\s*`, 'i'), '')}`).slice(0, 80).replace(/-$/, '');
const file = join(root, COLLECTION_SOURCES.eksempler.path, `${slug}.mdx`);
if (existsSync(file)) fail(`${COLLECTION_SOURCES.eksempler.path}/${slug}.mdx finnes allerede. Velg en annen tittel.`);
const today = new Date().toISOString().slice(0, 10);
writeFileSync(file, renderTemplate({ tittel, kommune: { id: kommune.id, navn: kommune.name }, tema, malgrupper, metoder, today }));
console.log(`Skrev ${COLLECTION_SOURCES.eksempler.path}/${slug}.mdx som utkast.`);
console.log('Fyll ut feltene og seksjonene, kjør npm run sjekk, og fjern «utkast: true» når eksempelet er klart.');
