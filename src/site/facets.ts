import type { CollectionName } from '../content-model/schemas/reference.ts';

/** Facets whose values are entries of a data collection, each with static pages under /eksempler/<slug>/<id>/. */
export const ENTRY_FACETS = {
  tema: { collection: 'tema', label: 'Tema', field: 'tema' },
  malgruppe: { collection: 'malgrupper', label: 'Målgruppe', field: 'malgrupper' },
  virkemiddel: { collection: 'virkemidler', label: 'Virkemiddel', field: 'virkemidler' },
} as const satisfies Record<string, { collection: CollectionName; label: string; field: string }>;

export type EntryFacet = keyof typeof ENTRY_FACETS;
