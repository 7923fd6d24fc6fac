// A small hand-made catalogue for unit tests: entries carry only the fields the helpers read, every other field of
// the schema is absent. Built with the catalogue's own referencesOf and newestFirst, as the build builds it.
import './astro-content.ts';
import type { CollectionEntry } from 'astro:content';
import type { Catalogue, Eksempel } from '../../src/site/catalogue.ts';
import type { CollectionName } from '../../src/content-model/schemas/reference.ts';

const { newestFirst, referencesOf } = await import('../../src/site/catalogue.ts');

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
  faktorer?: string[];
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
    lovhjemler: [],
    suksessfaktorer: refs('suksessfaktorer', spec.faktorer).map((faktor) => ({ faktor, formulering: '' })),
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

export interface CatalogueSpec {
  eksempler: Eksempel[];
  kommuner?: KommuneSpec[];
  /** id → name, for tema, malgrupper, metoder (their `tittel`), virkemidler, suksessfaktorer. */
  names?: Partial<
    Record<'tema' | 'malgrupper' | 'metoder' | 'virkemidler' | 'suksessfaktorer', Record<string, string>>
  >;
}

function named<C extends CollectionName>(collection: C, names: Record<string, string> = {}, field = 'navn') {
  return new Map(
    Object.entries(names).map(([id, name]) => [
      id,
      { id, collection, data: { [field]: name } } as unknown as CollectionEntry<C>,
    ]),
  );
}

/** The catalogue the build would make of these entries: cases newest first and the reverse index of references. */
export function catalogueOf(spec: CatalogueSpec): Catalogue {
  const eksempler = [...spec.eksempler].sort(newestFirst);
  const casesFor = new Map<string, Eksempel[]>();
  for (const eksempel of eksempler) {
    for (const key of referencesOf(eksempel)) casesFor.set(key, [...(casesFor.get(key) ?? []), eksempel]);
  }
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
    eksempler,
    byId: {
      eksempler: new Map(eksempler.map((e) => [e.id, e])),
      kommuner,
      tema: named('tema', n.tema),
      malgrupper: named('malgrupper', n.malgrupper),
      metoder: named('metoder', n.metoder, 'tittel'),
      virkemidler: named('virkemidler', n.virkemidler),
      suksessfaktorer: named('suksessfaktorer', n.suksessfaktorer, 'tittel'),
      framgangsmater: new Map(),
      lovverk: new Map(),
      ordliste: new Map(),
    },
    casesFor,
  } as Catalogue;
}
