import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
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
  ['content/data/tema.yaml', 4, 'id', /«planlegging-og-styring» er brukt før i content\/data\/tema\.yaml:1/],
  ['content/eksempler/brutt-lenke.mdx', 31, 'innhold', /«\/metoder\/testmetod\/» peker til en side som ikke finnes\. Mente du «\/metoder\/testmetode\/»\?/],
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
  ['content/eksempler/samme-tittel.mdx', 2, 'tittel', /Tittelen er brukt før i content\/eksempler\/gyldig-eksempel\.mdx/],
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
  ['content/eksempler/ukjent-felt.mdx', 5, 'ansvarligEnheten', /Ukjent felt «ansvarligEnheten»\. Mente du «ansvarligEnhet»\?/],
  ['content/eksempler/ukjent-kommune.mdx', 5, 'kommuner[0]', /«testbyy»\. Mente du «testby»\?/],
  ['content/eksempler/ukjent-komponent.mdx', 37, 'innhold', /<Faktaboks> er ikke tillatt/],
  ['content/eksempler/ukjent-paragraf.mdx', 16, 'lovhjemler[0].paragraf', /ingen «§ 99».*Kjente paragrafer: § 15/],
  ['content/eksempler/ukjent-seksjon.mdx', 33, 'innhold', /Ukjent seksjon «Bakgrun»\. Mente du «Bakgrunn»\?/],
  ['content/eksempler/uttrykk.mdx', 35, 'innhold', /Krøllparenteser/],
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
      const problem = problems.find((p) => p.file === file && p.line === line && p.field === field);
      assert.match(problem?.message ?? '', message, `${file}:${line} ${field}`);
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
    assert.match(lines[0] ?? '', /^content\/data\/tema\.yaml:4 {2}id {2}/);
    const files = new Set(EXPECTED.map(([file]) => file)).size;
    assert.equal(lines.at(-1), `${EXPECTED.length} feil i ${files} filer.`);
  });

  it('exits 0 on valid content', () => {
    const output = execFileSync(process.execPath, [cli, join(fixtures, 'gyldig')], { encoding: 'utf8' });
    assert.match(output, /Innholdet er i orden/);
  });
});
