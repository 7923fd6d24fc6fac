import { fileURLToPath } from 'node:url';
import { z } from 'astro/zod';
import { COLLECTION_NAMES, COLLECTION_SOURCES } from '../content-model/collections.ts';
import { ID_PATTERN } from '../content-model/slug.ts';
import { entryUrl } from '../content-model/routes.ts';
import type { CollectionName, ReferenceFactory } from '../content-model/schemas/reference.ts';
import { SECTION_RULES } from '../content-model/sections.ts';
import { bodyTemplate } from '../tooling/ny-sak/template.ts';
import { COMMENT_FIELD, LIST_FIELD, LIST_FORMAT } from './cms-shared.ts';
import { readFieldDocs, type FieldDoc } from './field-docs.ts';
import { backendConfig, GIT_HOST, type GitHost } from './git-host.ts';

/**
 * Generates the Decap CMS configuration from the zod schemas and the collection table, so a field added to a schema
 * appears in the editor by itself: its doc comment gives the label and hint, its checks give required, pattern,
 * lengths and allowed values, and the schema's own Norwegian messages are the ones the editor shows.
 */

type DecapField = Record<string, unknown> & { name: string; widget?: string };

const COLLECTION_LABELS: Record<CollectionName, { label: string; singular: string; nameField: string }> = {
  eksempler: { label: 'Eksempler', singular: 'eksempel', nameField: 'tittel' },
  metoder: { label: 'Metoder', singular: 'metode', nameField: 'tittel' },
  suksessfaktorer: { label: 'Suksessfaktorer', singular: 'suksessfaktor', nameField: 'tittel' },
  framgangsmater: { label: 'Framgangsmåter', singular: 'framgangsmåte', nameField: 'tittel' },
  kommuner: { label: 'Kommuner', singular: 'kommune', nameField: 'navn' },
  lovverk: { label: 'Lovverk', singular: 'lov', nameField: 'korttittel' },
  tema: { label: 'Tema', singular: 'tema', nameField: 'navn' },
  malgrupper: { label: 'Målgrupper', singular: 'målgruppe', nameField: 'navn' },
  virkemidler: { label: 'Virkemidler', singular: 'virkemiddel', nameField: 'navn' },
  ordliste: { label: 'Ordliste', singular: 'ord', nameField: 'term' },
};

/** «Bodø 1804»: what a relation widget shows besides the name (Decap joins display fields with a space). */
const RELATION_DISPLAY: Partial<Record<CollectionName, string[]>> = {
  kommuner: ['navn', 'kommunenummer'],
};

const REFERENCE = 'bopraksisReference';

/** A reference factory that marks the schema, so the walker can turn it into a relation widget. */
const markingReference = ((collection: CollectionName) =>
  z.string().meta({ [REFERENCE]: collection })) as unknown as ReferenceFactory;

interface ZodDef {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  entries?: Record<string, string>;
  defaultValue?: unknown;
  checks?: { _zod: { def: Record<string, unknown> } }[];
  format?: string;
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: ZodDef } })._zod.def;

/** Strips optional/default/pipe wrappers; says whether the value may be left out, and collects every layer's checks. */
function unwrap(schema: z.ZodType) {
  let current = schema;
  let optional = false;
  let defaultValue: unknown;
  const layers: z.ZodType[] = [];
  for (;;) {
    const def = defOf(current);
    if (def.type === 'optional') {
      optional = true;
      current = def.innerType as z.ZodType;
    } else if (def.type === 'default') {
      optional = true;
      defaultValue = typeof def.defaultValue === 'function' ? (def.defaultValue as () => unknown)() : def.defaultValue;
      current = def.innerType as z.ZodType;
    } else if (def.type === 'pipe' && defOf(def.out as z.ZodType).type === 'date') {
      // A date is read leniently (text or date) and ends as a date; the editor offers a date picker.
      current = def.out as z.ZodType;
    } else if (def.type === 'pipe') {
      // A transform on the way out (kommune's derived size) is not something an editor writes.
      if (defOf(def.out as z.ZodType).type !== 'transform') layers.push(def.out as z.ZodType);
      current = def.in as z.ZodType;
    } else break;
  }
  layers.unshift(current);
  return { schema: current, optional, defaultValue, layers };
}

function checks(layers: z.ZodType[]) {
  return layers.flatMap((layer) => (defOf(layer).checks ?? []).map((c) => c._zod.def));
}

/** The schema's own message for a value, so the editor says what sjekk says. */
function messageFor(schema: z.ZodType, value: unknown): string | undefined {
  const result = schema.safeParse(value);
  return result.success ? undefined : result.error.issues[0]?.message;
}

const numberCheck = (all: Record<string, unknown>[], name: string) =>
  all.find((c) => c.check === name) as { value?: number; minimum?: number; maximum?: number } | undefined;

function humanize(key: string): string {
  const words = key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

type DocLookup = (key: string, siblings: readonly string[]) => FieldDoc | undefined;

function relationField(collection: CollectionName, base: DecapField): DecapField {
  const source = COLLECTION_SOURCES[collection];
  const nameField = COLLECTION_LABELS[collection].nameField;
  if (source.kind === 'mdx') {
    return {
      ...base,
      widget: 'relation',
      collection,
      value_field: '{{slug}}',
      search_fields: [nameField],
      display_fields: [nameField],
    };
  }
  return {
    ...base,
    widget: 'relation',
    collection,
    file: collection,
    value_field: `${LIST_FIELD}.*.id`,
    search_fields: [`${LIST_FIELD}.*.${nameField}`],
    display_fields: (RELATION_DISPLAY[collection] ?? [nameField]).map((field) => `${LIST_FIELD}.*.${field}`),
  };
}

/** One zod field as a Decap field. */
function toField(key: string, fieldSchema: z.ZodType, siblings: readonly string[], docs: DocLookup): DecapField {
  const { schema, optional, defaultValue, layers } = unwrap(fieldSchema);
  const doc = docs(key, siblings);
  const base: DecapField = { name: key, label: doc?.label ?? humanize(key), required: !optional };
  if (doc?.hint) base.hint = doc.hint;
  if (defaultValue !== undefined && !(Array.isArray(defaultValue) && defaultValue.length === 0))
    base.default = defaultValue;
  const def = defOf(schema);
  const reference = z.globalRegistry.get(schema)?.[REFERENCE] as CollectionName | undefined;
  if (reference) return relationField(reference, base);
  const all = checks(layers);
  switch (def.type) {
    case 'string': {
      const max = numberCheck(all, 'max_length')?.maximum;
      const regex = all.find((c) => c.check === 'string_format' && c.format === 'regex') as
        | { pattern?: RegExp }
        | undefined;
      const field: DecapField = { ...base, widget: max !== undefined && max > 150 ? 'text' : 'string' };
      if (regex?.pattern) {
        field.pattern = [regex.pattern.source, messageFor(fieldSchema, '\u0000') ?? ''];
      } else if (max !== undefined) {
        field.pattern = [`^[\\s\\S]{0,${max}}$`, messageFor(fieldSchema, 'x'.repeat(max + 1)) ?? ''];
      } else if (def.format === 'url') {
        field.pattern = ['^https?://', messageFor(fieldSchema, 'ikke-en-adresse') ?? ''];
      }
      return field;
    }
    case 'number': {
      const min = numberCheck(all, 'greater_than')?.value;
      const max = numberCheck(all, 'less_than')?.value;
      const integer = all.some((c) => c.check === 'number_format' && String(c.format).includes('int'));
      return {
        ...base,
        widget: 'number',
        value_type: integer || def.format === 'safeint' ? 'int' : 'float',
        ...(min !== undefined ? { min } : {}),
        ...(max !== undefined ? { max } : {}),
      };
    }
    case 'boolean':
      return { ...base, widget: 'boolean', default: defaultValue ?? false };
    case 'enum':
      return { ...base, widget: 'select', options: Object.values(def.entries ?? {}) };
    case 'date':
      return { ...base, widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'DD.MM.YYYY', time_format: false };
    case 'object': {
      // Decap checks an object's required fields even when the object itself may be left out; sjekk checks them
      // once it is filled in.
      const fields = objectFields(schema, docs).map((f) => (optional ? { ...f, required: false } : f));
      // Open even when optional: an editor should see the fields the sources may support, not hunt for them.
      return { ...base, widget: 'object', collapsed: false, fields };
    }
    case 'array': {
      const element = def.element as z.ZodType;
      const min = numberCheck(all, 'min_length')?.minimum;
      const limits = min !== undefined ? { min } : {};
      const inner = unwrap(element);
      const elementReference = z.globalRegistry.get(inner.schema)?.[REFERENCE] as CollectionName | undefined;
      if (elementReference) return { ...relationField(elementReference, base), multiple: true, ...limits };
      if (defOf(inner.schema).type === 'object') {
        const fields = objectFields(inner.schema, docs);
        return { ...base, widget: 'list', ...limits, fields, summary: `{{fields.${fields[0]?.name ?? 'tittel'}}}` };
      }
      const single = toField(key, element, siblings, docs);
      return { ...base, widget: 'list', ...limits, field: { ...single, label: base.label, required: true } };
    }
    default:
      return { ...base, widget: 'string' };
  }
}

/** The Decap fields of a zod object schema, in the schema's order. */
export function objectFields(schema: z.ZodType, docs: DocLookup): DecapField[] {
  const shape = defOf(unwrap(schema).schema).shape ?? {};
  const keys = Object.keys(shape);
  return keys.map((key) => toField(key, shape[key] as z.ZodType, keys, docs));
}

const idField = (singular: string): DecapField => ({
  name: 'id',
  label: 'Id',
  widget: 'string',
  hint: `Brukes i nettadressen og når andre oppføringer peker på denne ${singular}. Små bokstaver a–z, sifre og bindestrek (æ→ae, ø→o, å→a), for eksempel «more-og-romsdal».`,
  pattern: [ID_PATTERN.source, 'Bruk små bokstaver a–z, sifre og bindestrek (æ→ae, ø→o, å→a).'],
});

function collectionConfig(name: CollectionName, docs: DocLookup) {
  const source = COLLECTION_SOURCES[name];
  const labels = COLLECTION_LABELS[name];
  const fields = objectFields(source.schema(markingReference), docs);
  if (source.kind === 'mdx') {
    const rules = SECTION_RULES[name as keyof typeof SECTION_RULES];
    // In the editor the draft is the review branch; `utkast` is for files made in the terminal.
    const editorFields = fields.map((f) =>
      f.name === 'utkast' ? { name: 'utkast', widget: 'hidden', default: false } : f,
    );
    return {
      name,
      label: labels.label,
      label_singular: labels.singular,
      folder: source.path,
      extension: 'mdx',
      format: 'frontmatter',
      create: true,
      slug: '{{fields.tittel}}',
      identifier_field: labels.nameField,
      summary: `{{${labels.nameField}}}`,
      preview_path: entryUrl(name, '{{slug}}').replace(/^\//, ''),
      fields: [
        ...editorFields,
        {
          name: 'body',
          label: 'Brødtekst',
          widget: 'markdown',
          modes: ['raw'],
          hint: rules
            ? `Seksjonene står i fast rekkefølge: ${rules.allowed.join(', ')}. ${rules.required.length === rules.allowed.length ? 'Alle er påkrevd.' : `Påkrevd: ${rules.required.join(', ')}. Fjern seksjoner kildene ikke dekker.`}`
            : 'Bruk ## for overskrifter.',
          ...(rules ? { default: bodyTemplate(rules.allowed) } : {}),
        },
      ],
    };
  }
  return {
    name,
    label: labels.label,
    // Decap reads the format from the collection, not from each file.
    format: LIST_FORMAT,
    files: [
      {
        name,
        label: labels.label,
        file: source.path,
        fields: [
          { name: COMMENT_FIELD, widget: 'hidden', required: false },
          {
            name: LIST_FIELD,
            label: labels.label,
            label_singular: labels.singular,
            widget: 'list',
            summary: `{{fields.${labels.nameField}}}`,
            collapsed: true,
            add_to_top: true,
            fields: [idField(labels.singular), ...fields],
          },
        ],
      },
    ],
  };
}

export const SCHEMA_DIR = fileURLToPath(new URL('../content-model/schemas/', import.meta.url));

/** The whole Decap configuration (what `/admin/config.yml` holds). */
export function cmsConfig(host: GitHost = GIT_HOST) {
  const docs = readFieldDocs(SCHEMA_DIR);
  return {
    locale: 'nb_no',
    backend: backendConfig(host),
    publish_mode: 'editorial_workflow',
    site_url: '/',
    display_url: '/',
    media_folder: 'public/bilder',
    public_folder: '/bilder',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    search: false,
    collections: COLLECTION_NAMES.map((name) => collectionConfig(name, docs)),
  };
}
