import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { PROJECT } from '../support/project-copy.ts';

// ny-sak's questions answered through stdin, as a person at the keyboard would, in a scratch copy of the content.

const CLI = join(PROJECT, 'src/tooling/ny-sak/cli.ts');

function scratch(): string {
  const root = mkdtempSync(join(tmpdir(), 'bopraksis-ny-sak-'));
  cpSync(join(PROJECT, 'content'), join(root, 'content'), { recursive: true });
  return root;
}

function run(root: string, answers: string[]) {
  return spawnSync(process.execPath, [CLI, '--rot', root], { input: `${answers.join('\n')}\n`, encoding: 'utf8' });
}

const kommuner = (root: string) => readFileSync(join(root, 'content/data/kommuner.yaml'), 'utf8');

test('valgene vises som «Navn (id)», og nummer, navn og id godtas', () => {
  const root = scratch();
  const result = run(root, ['Bolig for unge', '1', '', 'Boligframskaffelse', '', 'unge', '', 'bolig-forst', '']);
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, / 1\. Bodø \(bodo\)/);
  const file = readFileSync(join(root, 'content/eksempler/bodo-bolig-for-unge.mdx'), 'utf8');
  assert.match(file, /kommuner: \[bodo\]/);
  assert.match(file, /tema: \[boligframskaffelse\]/);
});

test('en ukjent kommune kan legges til med nummer, fylke og innbyggertall med år og kilde', () => {
  const root = scratch();
  const before = kommuner(root);
  const result = run(root, [
    'Startlån med oppfølging',
    'Moss',
    'ja',
    '310',
    '3103',
    'Østf',
    '51 240',
    '51240',
    '2023',
    'Wikipedia på svensk, «Moss kommun»',
    'Boligframskaffelse, okonomi-og-finansiering, Boligframskaffelse',
    '-Boligframskaffelse',
    '',
    'okonomisk-vanskeligstilte',
    '',
    'Helhetlig bruk av startlån',
    '',
  ]);
  assert.equal(result.status, 0, result.stdout + result.stderr);
  assert.match(result.stdout, /Fant ikke kommunen «Moss»\. Vil du legge den til/);
  assert.match(result.stdout, /Kommunenummeret har fire sifre/);
  assert.match(result.stdout, /Skriv tallet uten mellomrom/);
  const after = kommuner(root);
  assert.ok(after.startsWith(before));
  assert.equal(after.match(/id: moss/g)?.length, 1);
  assert.match(
    after.slice(before.length),
    /kommunenummer: "3103"\n {2}fylke: Østfold\n[\s\S]*antall: 51240\n {4}ar: 2023\n {4}kilde: Wikipedia på svensk, «Moss kommun»/,
  );
  const file = readFileSync(join(root, 'content/eksempler/moss-startlan-med-oppfolging.mdx'), 'utf8');
  assert.match(file, /kommuner: \[moss\]/);
  // Written twice and removed once: listed once, not at all.
  assert.match(file, /tema: \[okonomi-og-finansiering\]/);
  const sjekk = spawnSync(process.execPath, [join(PROJECT, 'src/tooling/sjekk/cli.ts'), root], { encoding: 'utf8' });
  assert.doesNotMatch(sjekk.stdout + sjekk.stderr, /kommuner\.yaml:/);
});

test('en feilstavet kommune får et forslag, og et nytt forsøk går', () => {
  const root = scratch();
  const result = run(root, [
    'Prøve',
    'Bodøø',
    'nei',
    'Bodø',
    'tema-som-ikke-finnes',
    'Boligframskaffelse',
    '',
    'unge',
    '',
    'bolig-forst',
    '',
  ]);
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /Fant ikke kommunen «Bodøø»\. Mente du «Bodø \(bodo\)»\?/);
  assert.match(result.stdout, /Fant ikke tema «tema-som-ikke-finnes»/);
});

test('Ctrl+C avslutter stille, uten stakkspor, og skriver ingenting', async () => {
  const root = scratch();
  const files = readdirSync(join(root, 'content/eksempler')).length;
  const before = kommuner(root);
  const child = spawn(process.execPath, [CLI, '--rot', root], { stdio: ['pipe', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    // At the municipality question, after a title: the terminal sends SIGINT to the program on Ctrl+C.
    if (output.includes('Velg kommune')) child.kill('SIGINT');
  });
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stdin.write('En tittel\n');
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  assert.equal(code, 130);
  assert.match(output, /Avbrutt\. Ingenting er skrevet\./);
  assert.doesNotMatch(output, /\n\s+at |Error|node:internal/);
  assert.equal(readdirSync(join(root, 'content/eksempler')).length, files);
  assert.equal(kommuner(root), before);
});

test('i en ekte terminal avslutter Ctrl+C ved kommunespørsmålet stille og skriver ingenting', {
  timeout: 60_000,
}, async () => {
  // `script` gives ny-sak a pseudo-terminal, so readline reads keys in raw mode and Ctrl+C arrives as the byte ^C,
  // not as a signal: the path a person at a terminal takes, which the SIGINT test above does not.
  const root = scratch();
  const files = readdirSync(join(root, 'content/eksempler')).length;
  const before = kommuner(root);
  const quote = (arg: string) => `'${arg.replace(/'/g, `'\\''`)}'`;
  const command = [process.execPath, CLI, '--rot', root].map(quote).join(' ');
  const child = spawn('script', ['-qec', command, '/dev/null'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let output = '';
  let step = 0;
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    if (step === 0 && output.includes('Tittel på eksempelet?')) {
      step = 1;
      child.stdin.write('En tittel\r');
    } else if (step === 1 && output.includes('Velg kommune')) {
      step = 2;
      child.stdin.write('Bo\u0003');
    }
  });
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  assert.equal(step, 2, output);
  assert.equal(code, 130, output);
  assert.match(output, /Avbrutt\. Ingenting er skrevet\./);
  assert.doesNotMatch(output, /\n\s+at |Error|node:internal/);
  assert.equal(readdirSync(join(root, 'content/eksempler')).length, files);
  assert.equal(kommuner(root), before);
});

test('slutt på inndata (Ctrl+D) midt i spørsmålene avbryter uten å skrive noe', () => {
  const root = scratch();
  const files = readdirSync(join(root, 'content/eksempler')).length;
  const result = spawnSync(process.execPath, [CLI, '--rot', root], { input: 'En tittel\nBodø\n', encoding: 'utf8' });
  assert.equal(result.status, 130, result.stdout + result.stderr);
  assert.match(result.stderr, /Avbrutt\. Ingenting er skrevet\./);
  assert.equal(readdirSync(join(root, 'content/eksempler')).length, files);
});

test('flagg skrevet uten -- etter npm run gir en forklaring på norsk, eller virker når det er ett', () => {
  const root = scratch();
  const npm = (args: string[]) =>
    spawnSync('npm', ['run', '--silent', 'ny-sak', ...args], { cwd: PROJECT, encoding: 'utf8', input: '' });
  const many = npm(['--tittel', 'Prøve', '--kommune', 'bodo']);
  assert.equal(many.status, 1);
  assert.match(many.stderr, /Skriv -- før flaggene/);
  assert.match(many.stderr, /npm run ny-sak -- --tittel/);
  const withDashes = spawnSync(
    'npm',
    [
      'run',
      '--silent',
      'ny-sak',
      '--',
      '--rot',
      root,
      '--tittel',
      'Prøve',
      '--kommune',
      'bodo',
      '--tema',
      'boligframskaffelse',
      '--malgrupper',
      'unge',
      '--metoder',
      'bolig-forst',
    ],
    { cwd: PROJECT, encoding: 'utf8' },
  );
  assert.equal(withDashes.status, 0, withDashes.stderr);
  assert.match(withDashes.stdout, /Skrev content\/eksempler\/bodo-prove\.mdx/);
});
