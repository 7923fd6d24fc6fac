import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { COLLECTION_SOURCES } from '../../content-model/collections.ts';
import { FYLKESNAVN } from '../../content-model/fylker.ts';
import { kommuneSchema } from '../../content-model/schemas/kommune.ts';
import type { CollectionName } from '../../content-model/schemas/reference.ts';
import { slugify } from '../../content-model/slug.ts';
import { readContent } from '../../content-model/validation/read-content.ts';
import { label, numberedList, resolve, splitAnswers, type Choice } from './choices.ts';
import { renderTemplate } from './template.ts';

/**
 * `npm run ny-sak`: asks for the essentials of a new case and writes a draft from the template. Every question has
 * a flag (`npm run ny-sak -- --tittel "…" --kommune bodo --tema …`), so scripts can run it without questions; lists
 * are comma-separated. Choices are shown as «Navn (id)» and may be answered with a number, a name or an id. An
 * unknown municipality can be added on the spot. Nothing is written before the last answer, so Ctrl+C loses nothing.
 */
const FLAGS = ['tittel', 'kommune', 'tema', 'malgrupper', 'metoder', 'rot'] as const;
const { values, positionals } = parseArgs({
  options: Object.fromEntries(FLAGS.map((f) => [f, { type: 'string' }])) as Record<
    (typeof FLAGS)[number],
    { type: 'string' }
  >,
  allowPositionals: true,
});

// `npm run ny-sak --tittel "…"` (without --) makes npm keep the flag and pass only its value on. One such flag can
// be matched to its value; with more, the order is lost, so say how to write it.
const npmFlags = FLAGS.filter((f) => values[f] === undefined && process.env[`npm_config_${f}`] === 'true');
if (npmFlags.length === 1 && positionals.length === 1) values[npmFlags[0] as (typeof FLAGS)[number]] = positionals[0];
else if (npmFlags.length > 0) {
  console.error('npm tok flaggene selv, så ny-sak fikk bare verdiene. Skriv -- før flaggene, for eksempel:');
  console.error('  npm run ny-sak -- --tittel "Bodø: boliger for unge" --kommune bodo');
  process.exit(1);
}

const root = values.rot ?? fileURLToPath(new URL('../../../', import.meta.url));
const out = process.stdout;

function quit(message: string, code: number): never {
  console.error(message);
  process.exit(code);
}
const abort = (): never => quit('\nAvbrutt. Ingenting er skrevet.', 130);
process.on('SIGINT', abort);

// Lines are queued as they come, so answers piped in all at once are each used for their own question.
const lines: string[] = [];
const waiting: ((line: string | undefined) => void)[] = [];
let closed = false;
const rl = createInterface({ input: process.stdin, terminal: process.stdin.isTTY === true });
rl.on('line', (line) => (waiting.length > 0 ? waiting.shift()?.(line) : lines.push(line)));
rl.on('close', () => {
  closed = true;
  for (const resolveLine of waiting.splice(0)) resolveLine(undefined);
});
rl.on('SIGINT', abort);

async function question(text: string): Promise<string> {
  out.write(`${text} `);
  const line =
    lines.length > 0
      ? lines.shift()
      : closed
        ? undefined
        : await new Promise<string | undefined>((r) => waiting.push(r));
  if (line === undefined) return abort();
  return line.trim();
}

const { entries } = readContent(root);

function choices(collection: CollectionName, nameField: string): Choice[] {
  return entries
    .filter((e) => e.collection === collection)
    .map((e) => {
      const name = (e.data as Record<string, unknown>)[nameField];
      return { id: e.id, name: typeof name === 'string' ? name : e.id };
    });
}

const notFound = (what: string, answer: string, suggestion?: Choice) =>
  `Fant ikke ${what} «${answer}».${suggestion ? ` Mente du «${suggestion.name}»?` : ''}`;

/** One choice: from a flag (fails with a suggestion), or asked until it is found (or, for `onMissing`, created). */
async function chooseOne(
  what: string,
  list: Choice[],
  given: string | undefined,
  onMissing?: (answer: string) => Promise<Choice | undefined>,
): Promise<Choice> {
  if (given !== undefined) {
    const found = resolve(list, given);
    if ('choice' in found) return found.choice;
    if (!onMissing) quit(notFound(what, given, found.suggestion), 1);
  }
  if (given === undefined) console.log(`\n${what[0]?.toUpperCase()}${what.slice(1)}:\n${numberedList(list)}`);
  let answer = given ?? (await question(`Velg ${what} (nummer, navn eller id):`));
  for (;;) {
    const found = resolve(list, answer);
    if ('choice' in found) return found.choice;
    if (onMissing && answer) {
      const created = await onMissing(answer);
      if (created) return created;
    } else if (answer) {
      console.log(`${notFound(what, answer, found.suggestion)} Skriv nummeret fra listen, navnet eller id-en.`);
    }
    answer = await question(`Velg ${what} (nummer, navn eller id):`);
  }
}

/** Several choices without repeats; the editor can add and remove («-navn») until the list is right. */
async function chooseMany(what: string, list: Choice[], given: string | undefined): Promise<string[]> {
  const picked: Choice[] = [];
  const add = (choice: Choice) => picked.some((p) => p.id === choice.id) || picked.push(choice);
  if (given !== undefined) {
    for (const part of splitAnswers(given)) add(await chooseOne(what, list, part));
    if (picked.length === 0) quit(`Velg minst én verdi for ${what}.`, 1);
    return picked.map((p) => p.id);
  }
  console.log(`\n${what[0]?.toUpperCase()}${what.slice(1)}:\n${numberedList(list)}`);
  let answer = await question(`Velg ${what} (ett eller flere, skill med komma):`);
  for (;;) {
    for (const part of splitAnswers(answer)) {
      const remove = part.startsWith('-');
      const found = resolve(list, remove ? part.slice(1) : part);
      if (!('choice' in found)) {
        console.log(`${notFound(what, part, found.suggestion)} Den ble ikke lagt til.`);
        continue;
      }
      const at = picked.findIndex((p) => p.id === found.choice.id);
      if (!remove) add(found.choice);
      else if (at >= 0) picked.splice(at, 1);
    }
    if (answer === '' && picked.length > 0) return picked.map((p) => p.id);
    console.log(picked.length > 0 ? `Valgt: ${picked.map(label).join(', ')}.` : `Velg minst én ${what}.`);
    answer = await question(
      'Trykk Enter for å gå videre, skriv flere for å legge til, eller -nummer/-navn for å fjerne:',
    );
  }
}

async function askUntil(text: string, check: (answer: string) => string | undefined): Promise<string> {
  for (;;) {
    const answer = await question(text);
    const problem = check(answer);
    if (!problem) return answer;
    console.log(problem);
  }
}

/** A municipality that is not in content/data/kommuner.yaml yet, with number, county and population. */
let newKommune: Record<string, unknown> | undefined;
async function offerNewKommune(answer: string): Promise<Choice | undefined> {
  const known = resolve(choices('kommuner', 'navn'), answer);
  const hint = 'suggestion' in known && known.suggestion ? ` Mente du «${label(known.suggestion)}»?` : '';
  const yes = await question(`Fant ikke kommunen «${answer}».${hint} Vil du legge den til i kommunelisten? (ja/nei)`);
  if (!/^j/i.test(yes)) return undefined;
  const navn = answer.replace(/\s+kommune$/i, '').trim();
  const id = slugify(navn);
  const taken = entries.filter((e) => e.collection === 'kommuner');
  if (taken.some((e) => e.id === id)) return { id, name: navn };
  const kommunenummer = await askUntil(`Kommunenummer for ${navn} (fire sifre, fra 2024):`, (a) =>
    !/^\d{4}$/.test(a)
      ? 'Kommunenummeret har fire sifre, for eksempel 1804.'
      : taken.some((e) => (e.data as { kommunenummer?: string }).kommunenummer === a)
        ? `Kommunenummeret ${a} finnes allerede i listen.`
        : undefined,
  );
  const fylke = (
    await chooseOne(
      'fylke',
      FYLKESNAVN.map((f) => ({ id: slugify(f), name: f })),
      undefined,
    )
  ).name;
  const antall = Number(
    await askUntil('Innbyggertall (et helt tall uten mellomrom):', (a) =>
      /^\d+$/.test(a) ? undefined : 'Skriv tallet uten mellomrom, for eksempel 21435.',
    ),
  );
  const ar = Number(
    await askUntil('Året tallet gjelder (1. januar):', (a) =>
      /^\d{4}$/.test(a) ? undefined : 'Skriv året med fire sifre, for eksempel 2024.',
    ),
  );
  const kilde = await askUntil('Hvor kommer tallet fra (tabell og utgiver, eller nettadresse)?', (a) =>
    a ? undefined : 'Oppgi kilden for innbyggertallet.',
  );
  const entry = { id, navn, kommunenummer, fylke, tidligereKommuner: [], innbyggertall: { antall, ar, kilde } };
  const checked = kommuneSchema.safeParse(entry);
  if (!checked.success) {
    console.log(`Kommunen kan ikke legges til: ${checked.error.issues.map((i) => i.message).join(' ')} Prøv igjen.`);
    return undefined;
  }
  newKommune = entry;
  return { id, name: navn };
}

let tittel = values.tittel ?? (await question('Tittel på eksempelet?'));
while (!tittel) tittel = await question('Eksempelet må ha en tittel. Tittel på eksempelet?');
const kommune = await chooseOne(
  'kommune',
  choices('kommuner', 'navn'),
  values.kommune,
  values.kommune === undefined ? offerNewKommune : undefined,
);
const tema = await chooseMany('tema', choices('tema', 'navn'), values.tema);
const malgrupper = await chooseMany('målgrupper', choices('malgrupper', 'navn'), values.malgrupper);
const metoder = await chooseMany('metoder', choices('metoder', 'tittel'), values.metoder);
rl.close();

const slug = slugify(`${kommune.name} ${tittel.replace(new RegExp(`^${kommune.name}:?\\s*`, 'i'), '')}`)
  .slice(0, 80)
  .replace(/-$/, '');
const file = join(root, COLLECTION_SOURCES.eksempler.path, `${slug}.mdx`);
if (existsSync(file))
  quit(`${COLLECTION_SOURCES.eksempler.path}/${slug}.mdx finnes allerede. Velg en annen tittel.`, 1);
if (newKommune) {
  const path = join(root, COLLECTION_SOURCES.kommuner.path);
  const separator = readFileSync(path, 'utf8').endsWith('\n') ? '\n' : '\n\n';
  appendFileSync(path, `${separator}${stringify([newKommune])}`);
  console.log(`La til ${label({ id: kommune.id, name: kommune.name })} i ${COLLECTION_SOURCES.kommuner.path}.`);
}
const today = new Date().toISOString().slice(0, 10);
writeFileSync(
  file,
  renderTemplate({ tittel, kommune: { id: kommune.id, navn: kommune.name }, tema, malgrupper, metoder, today }),
);
console.log(`Skrev ${COLLECTION_SOURCES.eksempler.path}/${slug}.mdx som utkast.`);
console.log('Fyll ut feltene og seksjonene, kjør npm run sjekk, og fjern «utkast: true» når eksempelet er klart.');
