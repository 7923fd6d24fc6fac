// A small hand-made catalogue for unit tests: entries carry only the fields the helpers read, every other field of
// the schema is absent. Built with the catalogue's own buildCatalogue, as the build builds it.
import './astro-content.ts';
import type { CollectionEntry } from 'astro:content';
import type { Catalogue, Collections, Eksempel } from '../../src/site/catalogue.ts';
import type { CollectionName } from '../../src/content-model/schemas/reference.ts';

const { buildCatalogue } = await import('../../src/site/catalogue.ts');

type Ref<C extends CollectionName> = { collection: C; id: string };
const refs = <C extends CollectionName>(collection: C, ids: readonly string[] = []): Ref<C>[] =>
  ids.map((id) => ({ collection, id }));

export interface CaseSpec {
  id: string;
  tittel?: string;
  publisert?: string;
  kommuner?: string[];
  tema?: string[];
  malgrupper?: string[];
  metoder?: string[];
  virkemidler?: string[];
  /** Success factors by id, or by id with the case's own wording (default: none). */
  faktorer?: (string | { id: string; formulering: string })[];
  /** Laws cited, by id, with the paragraph if one is named. */
  lovhjemler?: { lov: string; paragraf?: string }[];
  status?: string;
  evidensniva?: string;
  periode?: { fra: number; til?: number };
  kildeAr?: (number | undefined)[];
}

/** A case with the given references; dates default to one day, so order falls to the title. */
export function caseEntry(spec: CaseSpec): Eksempel {
  const date = new Date(`${spec.publisert ?? '2024-01-01'}T00:00:00Z`);
  const data = {
    tittel: spec.tittel ?? spec.id,
    publisert: date,
    sistKontrollert: date,
    kommuner: refs('kommuner', spec.kommuner),
    tema: refs('tema', spec.tema),
    malgrupper: refs('malgrupper', spec.malgrupper),
    metoder: refs('metoder', spec.metoder),
    virkemidler: refs('virkemidler', spec.virkemidler),
    lovhjemler: (spec.lovhjemler ?? []).map(({ lov, paragraf }) => ({
      lov: { collection: 'lovverk', id: lov },
      ...(paragraf === undefined ? {} : { paragraf }),
    })),
    suksessfaktorer: (spec.faktorer ?? []).map((f) => {
      const { id, formulering } = typeof f === 'string' ? { id: f, formulering: '' } : f;
      return { faktor: { collection: 'suksessfaktorer', id }, formulering };
    }),
    status: spec.status,
    evidensniva: spec.evidensniva ?? 'beskrevet lokalt',
    periode: spec.periode,
    kilder: (spec.kildeAr ?? [2000]).map((ar) => ({ tittel: 'Kilde', utgiver: 'Utgiver', ar, type: 'rapport' })),
  };
  return { id: spec.id, collection: 'eksempler', data } as unknown as Eksempel;
}

export interface KommuneSpec {
  id: string;
  navn?: string;
  fylke: string;
  kommunestorrelse: 'liten' | 'mellomstor' | 'stor';
}

/** Collections whose entries the fixture makes from a name (`navn` or `tittel`) and a few optional fields. */
type NamedCollection =
  | 'tema'
  | 'malgrupper'
  | 'metoder'
  | 'virkemidler'
  | 'suksessfaktorer'
  | 'framgangsmater'
  | 'lovverk';

/** An entry of a named collection: its name, or its name and the other fields a test needs of it. */
export type EntrySpec =
  | string
  | {
      name: string;
      /** For tema, malgrupper, virkemidler. */
      beskrivelse?: string;
      /** For metoder, suksessfaktorer, framgangsmater. */
      sammendrag?: string;
      /** For suksessfaktorer: the id of the main factor this one is under. */
      hovedfaktor?: string;
      /** For framgangsmater: the ids of the methods it uses, as written (duplicates kept). Default: none. */
      metoder?: string[];
    };

export interface CatalogueSpec {
  eksempler: Eksempel[];
  kommuner?: KommuneSpec[];
  /** id → entry, per collection; tema, malgrupper and virkemidler are named by `navn`, the others by `tittel`. */
  names?: Partial<Record<NamedCollection, Record<string, EntrySpec>>>;
}

function named<C extends NamedCollection>(collection: C, specs: Record<string, EntrySpec> = {}, field = 'navn') {
  return new Map(
    Object.entries(specs).map(([id, spec]) => {
      const { name, hovedfaktor, metoder, ...rest } = typeof spec === 'string' ? { name: spec } : spec;
      const data = {
        [field]: name,
        ...rest,
        ...(hovedfaktor === undefined ? {} : { hovedfaktor: { collection: 'suksessfaktorer', id: hovedfaktor } }),
        ...(collection === 'framgangsmater' ? { metoder: refs('metoder', metoder) } : {}),
      };
      return [id, { id, collection, data } as unknown as CollectionEntry<C>];
    }),
  );
}

/** The collections as the loader would hand them to buildCatalogue; for tests of buildCatalogue itself. */
export function collectionsOf(spec: CatalogueSpec): Collections {
  const kommuner = new Map(
    (spec.kommuner ?? []).map((k) => [
      k.id,
      {
        id: k.id,
        collection: 'kommuner',
        data: { navn: k.navn ?? k.id, ...k },
      } as unknown as CollectionEntry<'kommuner'>,
    ]),
  );
  const n = spec.names ?? {};
  return {
    eksempler: new Map(spec.eksempler.map((e) => [e.id, e])),
    kommuner,
    tema: named('tema', n.tema),
    malgrupper: named('malgrupper', n.malgrupper),
    metoder: named('metoder', n.metoder, 'tittel'),
    virkemidler: named('virkemidler', n.virkemidler),
    suksessfaktorer: named('suksessfaktorer', n.suksessfaktorer, 'tittel'),
    framgangsmater: named('framgangsmater', n.framgangsmater, 'tittel'),
    lovverk: named('lovverk', n.lovverk, 'tittel'),
    ordliste: new Map(),
  };
}

/** The catalogue the build would make of these entries: cases newest first and every index over them. */
export function catalogueOf(spec: CatalogueSpec): Catalogue {
  return buildCatalogue(collectionsOf(spec));
}
