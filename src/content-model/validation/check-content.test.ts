import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { checkContent } from './check-content.ts';

const fixtures = fileURLToPath(new URL('../../../tests/fixtures/sjekk/', import.meta.url));
const cli = fileURLToPath(new URL('../../tooling/sjekk/cli.ts', import.meta.url));

/** The valid fixture with the broken files laid over it, in a fresh folder. */
function brokenRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'sjekk-'));
  cpSync(join(fixtures, 'gyldig'), root, { recursive: true });
  cpSync(join(fixtures, 'feil'), root, { recursive: true });
  return root;
}

// One row per broken fixture: file, line, field, and what the message must say.
const EXPECTED: [file: string, line: number, field: string, message: RegExp][] = [
  [
    'content/data/lovverk.yaml',
    38,
    'paragrafer[0].videreførtI',
    /gammelloven § 9 er opphevet, men videreførtI mangler/,
  ],
  [
    'content/eksempler/kilde-utenfor-listen.mdx',
    24,
    'resultater[0]',
    /\[2, s\. 16\] viser til kilde 2, men listen kilder har bare én kilde/,
  ],
  [
    'content/eksempler/kilde-utenfor-listen.mdx',
    35,
    'innhold',
    /«\[1, side 4\]» ser ut som en kildehenvisning, men er skrevet feil/,
  ],
  [
    'content/eksempler/opphevet-paragraf.mdx',
    16,
    'lovhjemler[0].paragraf',
    /gammel-lov § 9 er opphevet, og lovlisten sier ikke hvilken paragraf som gjelder nå/,
  ],
  ['content/eksempler/status-uten-ar.mdx', 7, 'status', /status «i drift» mangler årstall\. Legg til statusAr/],
  [
    'content/eksempler/tall-uten-kilde.mdx',
    24,
    'resultater[0]',
    /«42 leietakere kjøpte boligen\.» har tall, men ingen kildehenvisning/,
  ],
  [
    'content/eksempler/tall-uten-kilde.mdx',
    35,
    'innhold',
    /Setningen «I 2012 sto 30 personer på venteliste\.» har tall/,
  ],
  ['content/eksempler/tall-uten-kilde.mdx', 37, 'innhold', /Punktet «8 kjøpte bolig privat\.» har tall/],
  ['content/data/tema.yaml', 4, 'id', /«planlegging-og-styring» er brukt før i content\/data\/tema\.yaml:1/],
  [
    'content/eksempler/brutt-lenke.mdx',
    31,
    'innhold',
    /«\/metoder\/testmetod\/» peker til en side som ikke finnes\. Mente du «\/metoder\/testmetode\/»\?/,
  ],
  ['content/eksempler/dato-fram-i-tid.mdx', 9, 'publisert', /2999-01-15.*fram i tid/],
  ['content/eksempler/dato-fram-i-tid.mdx', 10, 'sistKontrollert', /2999-06-01.*fram i tid/],
  ['content/eksempler/datoer-i-feil-rekkefolge.mdx', 10, 'sistKontrollert', /kan ikke være før publisert/],
  ['content/eksempler/for-langt-sammendrag.mdx', 3, 'sammendrag', /høyst 300 tegn/],
  ['content/eksempler/hendelse.mdx', 31, 'innhold', /onClick på <abbr> er en hendelse som kjører kode/],
  ['content/eksempler/iframe.mdx', 37, 'innhold', /<iframe> er ikke tillatt/],
  ['content/eksempler/import.mdx', 29, 'innhold', /import og export er ikke tillatt/],
  ['content/eksempler/javascript-lenke.mdx', 31, 'innhold', /javascript: kan kjøre kode/],
  ['content/eksempler/mangler-beskrivelse.mdx', 29, 'innhold', /«## Beskrivelse» mangler/],
  ['content/eksempler/mangler-tittel.mdx', 2, 'tittel', /Feltet tittel mangler/],
  ['content/eksempler/periode-baklengs.mdx', 6, 'periode.til', /periode\.til kan ikke være før periode\.fra/],
  [
    'content/eksempler/samme-tittel.mdx',
    2,
    'tittel',
    /Tittelen er brukt før i content\/eksempler\/gyldig-eksempel\.mdx/,
  ],
  ['content/eksempler/script.mdx', 37, 'innhold', /<script> er ikke tillatt/],
  ['content/eksempler/seksjon-i-feil-rekkefolge.mdx', 37, 'innhold', /«Resultat» skal stå før «Bakgrunn»/],
  ['content/eksempler/Store-Bokstaver.mdx', 1, 'filnavn', /«Store-Bokstaver» kan ikke brukes som id/],
  ['content/eksempler/style.mdx', 37, 'innhold', /<style> er ikke tillatt/],
  ['content/eksempler/tomt-trinn.mdx', 23, 'trinn[1].tittel', /kan ikke være tom/],
  ['content/eksempler/tomt-trinn.mdx', 23, 'trinn[1].nar', /kan ikke være tom/],
  ['content/eksempler/tomt-trinn.mdx', 23, 'trinn[1].hvem', /kan ikke være tom/],
  ['content/eksempler/tomt-trinn.mdx', 23, 'trinn[1].hva', /kan ikke være tom/],
  ['content/eksempler/ugyldig-mdx.mdx', 31, 'innhold', /kan ikke leses som MDX.*closing tag for `<abbr>`/],
  ['content/eksempler/ugyldig-yaml.mdx', 7, 'yaml', /Ugyldig YAML/],
  [
    'content/eksempler/ukjent-felt.mdx',
    5,
    'ansvarligEnheten',
    /Ukjent felt «ansvarligEnheten»\. Mente du «ansvarligEnhet»\?/,
  ],
  [
    'content/eksempler/ukjent-felt-i-kilde.mdx',
    26,
    'kilder[0].lenke',
    /Ukjent felt «lenke» i kilder\[0\]\. Feltene her er: tittel, utgiver, ar, type, url, sider\./,
  ],
  ['content/eksempler/ukjent-kommune.mdx', 5, 'kommuner[0]', /«testbyy»\. Mente du «testby»\?/],
  ['content/eksempler/ukjent-komponent.mdx', 37, 'innhold', /<Faktaboks> er ikke tillatt/],
  ['content/eksempler/ukjent-paragraf.mdx', 16, 'lovhjemler[0].paragraf', /ingen «§ 99».*Kjente paragrafer: § 15/],
  ['content/eksempler/ukjent-seksjon.mdx', 33, 'innhold', /Ukjent seksjon «Bakgrun»\. Mente du «Bakgrunn»\?/],
  ['content/eksempler/uttrykk.mdx', 35, 'innhold', /Krøllparenteser/],
  // Issue 9, item 1: a line that only starts with --- is where Astro ends the front matter.
  [
    'content/eksempler/kutt-i-front-matter.mdx',
    28,
    'front matter',
    /Linjen «----: x» avslutter front matter.*bare er ---/,
  ],
  // Items 2 and 3: keys Astro gives meaning to are errors, drafts included.
  ['content/eksempler/layout-i-utkast.mdx', 28, 'layout', /layout er ikke tillatt.*kan kjøre kode/],
  ['content/eksempler/slug-i-utkast.mdx', 28, 'slug', /slug er ikke tillatt: id-en og adressen kommer fra filnavnet/],
  // Item 4: images in every form, and links to other sites.
  ['content/eksempler/bilde-fra-annet-nettsted.mdx', 37, 'innhold', /Bilder kan ikke brukes i innholdsfiler/],
  ['content/eksempler/bilde-fra-annet-nettsted.mdx', 37, 'innhold', /Bilder kan ikke brukes i innholdsfiler/],
  [
    'content/eksempler/bilde-fra-annet-nettsted.mdx',
    39,
    'innhold',
    /Lenker til andre nettsteder hører hjemme under kilder/,
  ],
  [
    'content/eksempler/bilde-fra-annet-nettsted.mdx',
    41,
    'innhold',
    /Lenker til andre nettsteder hører hjemme under kilder/,
  ],
  [
    'content/eksempler/bilde-fra-annet-nettsted.mdx',
    41,
    'innhold',
    /Lenker til andre nettsteder hører hjemme under kilder/,
  ],
  ['content/eksempler/bilde-fra-annet-nettsted.mdx', 43, 'innhold', /Bilder kan ikke brukes i innholdsfiler/],
  // Item 5.
  [
    'content/eksempler/kilde-med-javascript.mdx',
    26,
    'kilder[0].url',
    /url må være en fullstendig nettadresse som begynner med https:\/\//,
  ],
  // Item 7.
  ['content/eksempler/kontrolltegn.mdx', 2, 'tittel', /usynlig tegn: kontrolltegn \(U\+0007\)/],
  // Item 8.
  ['content/eksempler/umulig-dato.mdx', 9, 'publisert', /2024-02-30\) er en dato som ikke finnes/],
  // Item 9: hidden characters; a title that differs only by them, or by a non-breaking space, is a duplicate.
  ['content/eksempler/skjult-tegn.mdx', 2, 'tittel', /usynlig tegn: nullbreddes mellomrom \(U\+200B\)/],
  ['content/eksempler/skjult-tegn.mdx', 35, 'innhold', /usynlig tegn: retningstegn som snur teksten \(U\+202E\)/],
  [
    'content/eksempler/hardt-mellomrom.mdx',
    2,
    'tittel',
    /Tittelen er brukt før i content\/eksempler\/gyldig-eksempel\.mdx/,
  ],
  ['content/eksempler/hardt-mellomrom.mdx', 2, 'tittel', /hardt mellomrom \(U\+00A0\), som er byttet ut/],
  // Item 10: every file the build would not read.
  ['content/eksempler/.mdx', 1, 'fil', /Filen leses ikke: bare filer som heter id\.mdx/],
  ['content/eksempler/gammel.md', 1, 'fil', /Filen leses ikke.*«gammel\.mdx»/],
  ['content/eksempler/mellomrom.mdx ', 1, 'fil', /Filen leses ikke.*ingen mellomrom/],
  ['content/eksempler/STOR.MDX', 1, 'fil', /Filen leses ikke.*«stor\.mdx»/],
  [
    'content/eksempler/undermappe/sak.mdx',
    1,
    'fil',
    /Filer i undermapper leses ikke\. Flytt filen rett inn i content\/eksempler\//,
  ],
  ['content/notat.txt', 1, 'fil', /Filen leses ikke av nettstedet/],
  // The «blocked, but unclearly» items: each a plain message with file and line.
  ['content/eksempler/aliasbombe.mdx', 1, 'yaml', /aliaser \(\*navn\) for mange ganger/],
  ['content/eksempler/prototype-tagger.mdx', 37, 'innhold', /<toString> er ikke tillatt/],
  ['content/eksempler/prototype-tagger.mdx', 37, 'innhold', /<__proto__> er ikke tillatt/],
  ['content/eksempler/yaml-tagg.mdx', 4, 'yaml', /taggen !!js\/function er ikke tillatt/],
  ['content/eksempler/bom.mdx', 1, 'fil', /usynlig BOM-tegn \(U\+FEFF\)/],
  ['content/eksempler/toml-front-matter.mdx', 1, 'front matter', /mellom to linjer med --- \(ikke \+\+\+\)/],
  // YAML mistakes in plain Norwegian, with the fix (issue 10).
  ['content/eksempler/tabulator.mdx', 18, 'yaml', /Bruk mellomrom, ikke tabulator/],
  ['content/eksempler/kolon-i-tekst.mdx', 4, 'yaml', /Sett teksten i anførselstegn/],
  [
    'content/eksempler/kroellete-anforselstegn.mdx',
    3,
    'sammendrag',
    /krøllete anførselstegn.*Bruk vanlige anførselstegn/,
  ],
];

describe('checkContent', () => {
  it('finds nothing wrong in the valid fixture', () => {
    assert.deepEqual(checkContent(join(fixtures, 'gyldig')), []);
  });

  it('reports every broken fixture with its file, line, field and message, and nothing else', () => {
    const problems = checkContent(brokenRoot());
    const actual = problems.map((p) => `${p.file}:${p.line} ${p.field}`).sort();
    assert.deepEqual(actual, EXPECTED.map(([file, line, field]) => `${file}:${line} ${field}`).sort());
    for (const [file, line, field, message] of EXPECTED) {
      const candidates = problems.filter((p) => p.file === file && p.line === line && p.field === field);
      assert.ok(
        candidates.some((p) => message.test(p.message)),
        `${file}:${line} ${field}: ${candidates.map((p) => p.message).join(' | ')}`,
      );
    }
  });

  it('keeps safety problems errors in drafts, and other problems in drafts warnings', () => {
    const problems = checkContent(brokenRoot());
    const inDraft = (file: string) => problems.filter((p) => p.file === file);
    assert.deepEqual(
      inDraft('content/eksempler/layout-i-utkast.mdx').map((p) => [p.code, Boolean(p.warning)]),
      [['reserved-key', false]],
    );
    assert.deepEqual(
      inDraft('content/eksempler/slug-i-utkast.mdx').map((p) => [p.code, Boolean(p.warning)]),
      [['reserved-key', false]],
    );
    for (const problem of problems) assert.ok(problem.code, `${problem.file}:${problem.line} has a code`);
  });

  it('never throws, whatever the file holds', () => {
    for (const text of [
      '',
      '---',
      '---\n---',
      '\uFEFF---\n---\n',
      '---\n: : :\n---\n',
      '---\n- a\n---\n',
      '---\n"\n---\n',
      '---\n__proto__: { utkast: true }\n---\n<constructor />',
    ]) {
      const root = mkdtempSync(join(tmpdir(), 'sjekk-'));
      cpSync(join(fixtures, 'gyldig'), root, { recursive: true });
      writeFileSync(join(root, 'content/eksempler/rar.mdx'), text);
      assert.doesNotThrow(() => checkContent(root), JSON.stringify(text));
      assert.ok(
        checkContent(root).some((p) => p.file === 'content/eksempler/rar.mdx' && !p.warning),
        JSON.stringify(text),
      );
    }
  });

  it('treats dates after the given day as in the future', () => {
    const problems = checkContent(join(fixtures, 'gyldig'), { today: new Date('2024-03-01') });
    assert.deepEqual(
      problems.map((p) => p.field),
      ['sistKontrollert'],
    );
  });
});

describe('npm run sjekk', () => {
  it('prints every problem as file:line  field  message and exits 1', () => {
    const run = spawnSync(process.execPath, [cli, brokenRoot()], { encoding: 'utf8' });
    assert.equal(run.status, 1);
    const lines = run.stderr.trim().split('\n');
    assert.match(lines[0] ?? '', /^content\/data\/lovverk\.yaml:38 {2}paragrafer\[0\]\.videreførtI {2}/);
    const errors = EXPECTED.filter(([, , , message]) => !/byttet ut/.test(message.source));
    const files = new Set(errors.map(([file]) => file)).size;
    assert.equal(lines.at(-1), `${errors.length} feil i ${files} filer.`);
    assert.doesNotMatch(run.stderr + run.stdout, /^\s+at .*:\d+:\d+\)?$/m, 'no JavaScript stack trace');
  });

  it('exits 0 on valid content', () => {
    const output = execFileSync(process.execPath, [cli, join(fixtures, 'gyldig')], { encoding: 'utf8' });
    assert.match(output, /Innholdet er i orden/);
  });
});
