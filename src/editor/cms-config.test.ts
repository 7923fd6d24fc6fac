import assert from 'node:assert/strict';
import { test } from 'node:test';
import { z } from 'astro/zod';
import { COLLECTION_NAMES } from '../content-model/collections.ts';
import { EKSEMPEL_SEKSJONER, HINT_MARKER } from '../content-model/sections.ts';
import { tekst } from '../content-model/schemas/common.ts';
import { cmsConfig, objectFields, SCHEMA_DIR } from './cms-config.ts';
import { LIST_FIELD } from './cms-shared.ts';
import { readFieldDocs } from './field-docs.ts';

type Field = Record<string, unknown> & { name: string; fields?: Field[]; field?: Field };
const config = cmsConfig();
const collection = (name: string) =>
  config.collections.find((c) => c.name === name) as unknown as Record<string, unknown>;
const caseFields = () => collection('eksempler').fields as Field[];
const byName = (fields: Field[] | undefined, name: string) => fields?.find((f) => f.name === name);

test('every collection an editor maintains is in the editor, with the editorial workflow on', () => {
  assert.deepEqual(
    config.collections.map((c) => c.name),
    COLLECTION_NAMES,
  );
  assert.equal(config.publish_mode, 'editorial_workflow');
  assert.equal(config.locale, 'nb_no');
});

test('labels and hints come from the doc comments, in bokmål', () => {
  const sider = byName(byName(caseFields(), 'kilder')?.fields, 'sider');
  assert.equal(sider?.label, 'Sider');
  assert.match(String(sider?.hint), /Sidene faktaene står på/);
  // The same key in another object literal keeps its own text.
  assert.equal(byName(byName(caseFields(), 'kilder')?.fields, 'tittel')?.label, 'Tittel på kilden');
  assert.equal(byName(caseFields(), 'tittel')?.label, 'Tittel');
});

test('every field of every schema has a label and a hint for editors', () => {
  const walk = (fields: Field[], where: string) => {
    for (const field of fields) {
      if (field.widget === 'hidden' || field.name === 'body' || field.name === 'id' || field.name === LIST_FIELD) {
        if (field.fields) walk(field.fields, `${where}.${field.name}`);
        continue;
      }
      assert.ok(field.hint, `${where}.${field.name} mangler @hint i doc-kommentaren`);
      if (field.fields) walk(field.fields, `${where}.${field.name}`);
    }
  };
  for (const c of config.collections as unknown as Record<string, unknown>[]) {
    const files = (c.files as { fields: Field[] }[] | undefined) ?? [{ fields: c.fields as Field[] }];
    for (const file of files) walk(file.fields, String(c.name));
  }
});

test("the schema's rules and Norwegian messages carry over", () => {
  const sammendrag = byName(caseFields(), 'sammendrag');
  assert.equal(sammendrag?.required, true);
  // The 300-character limit leaves citations out of the count, which no form pattern can say; sjekk checks it on save.
  assert.equal(sammendrag?.pattern, undefined);
  assert.deepEqual(byName(caseFields(), 'status')?.options, ['pilot', 'i drift', 'avsluttet']);
  assert.equal(byName(caseFields(), 'ansvarligEnhet')?.required, false);
  assert.equal(byName(caseFields(), 'publisert')?.widget, 'datetime');
  assert.equal(byName(caseFields(), 'publisert')?.format, 'YYYY-MM-DD');
  const kilder = byName(caseFields(), 'kilder');
  assert.equal(kilder?.min, 1);
  assert.match(
    String((byName(kilder?.fields, 'sider')?.pattern as string[] | undefined)?.[1]),
    /sider må være sidetall/,
  );
  const kommuner = (collection('kommuner').files as { fields: Field[] }[])[0]?.fields;
  const nummer = byName(byName(kommuner, LIST_FIELD)?.fields, 'kommunenummer');
  assert.deepEqual(nummer?.pattern, ['^\\d{4}$', 'kommunenummer må ha fire sifre, for eksempel "1804".']);
});

test('references are relation widgets, lists of references multi-selects with a human label', () => {
  const kommuner = byName(caseFields(), 'kommuner');
  assert.equal(kommuner?.widget, 'relation');
  assert.equal(kommuner?.multiple, true);
  assert.equal(kommuner?.value_field, `${LIST_FIELD}.*.id`);
  assert.deepEqual(kommuner?.display_fields, [`${LIST_FIELD}.*.navn`, `${LIST_FIELD}.*.kommunenummer`]);
  const metoder = byName(caseFields(), 'metoder');
  assert.equal(metoder?.widget, 'relation');
  assert.equal(metoder?.value_field, '{{slug}}');
  // No minimum: a case lists only the methods its sources support.
  assert.equal(metoder?.min, undefined);
  assert.equal(byName(byName(caseFields(), 'lovhjemler')?.fields, 'lov')?.widget, 'relation');
});

test('a new case starts from every section, in the order sjekk requires, each with its hint', () => {
  const body = String(byName(caseFields(), 'body')?.default);
  const positions = EKSEMPEL_SEKSJONER.map((s) => body.indexOf(`## ${s}\n\n> ${HINT_MARKER}`));
  assert.ok(positions.every((p) => p >= 0));
  assert.deepEqual(
    [...positions].sort((a, b) => a - b),
    positions,
  );
});

test('a field added to a schema appears in the editor by itself', () => {
  const docs = readFieldDocs(SCHEMA_DIR);
  const schema = z.object({ tittel: tekst('tittel'), nyttFelt: z.number().int().min(1).optional() });
  const fields = objectFields(schema, docs);
  assert.deepEqual(
    fields.map((f) => f.name),
    ['tittel', 'nyttFelt'],
  );
  assert.equal(fields[1]?.widget, 'number');
  assert.equal(fields[1]?.required, false);
  assert.equal(fields[1]?.label, 'Nytt felt');
});
