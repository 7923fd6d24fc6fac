/**
 * The `##` sections of a case body, in the national guide's order. Kilder is left out on purpose: sources live in
 * the front matter, so the page can render them with page numbers and build citations from them.
 */
export const EKSEMPEL_SEKSJONER = [
  'Beskrivelse',
  'Resultat',
  'Bakgrunn',
  'Målsettinger',
  'Hvem gjorde hva',
  'Relevant lovverk',
  'Brukermedvirkning',
  'Finansiering',
  'Suksessfaktorer',
  'Utfordringer underveis',
  'Tips til andre',
  'Videreføring',
] as const;

/**
 * The sections of a method page, in this order. Only «Hva er det» is required: the others are written where a source
 * supports them. «Hva forskningen sier» sums up research, kept apart from the local cases.
 */
export const METODE_SEKSJONER = [
  'Hva er det',
  'Hva forskningen sier',
  'Når passer det',
  'Slik kommer du i gang',
  'Fallgruver',
] as const;

export interface SectionRules {
  /** The headings allowed, in the order they must come. */
  allowed: readonly string[];
  /** The headings that must be there. */
  required: readonly string[];
}

/** Section rules per collection; collections without an entry have free headings. */
export const SECTION_RULES: Partial<Record<'eksempler' | 'metoder', SectionRules>> = {
  eksempler: { allowed: EKSEMPEL_SEKSJONER, required: ['Beskrivelse'] },
  metoder: { allowed: METODE_SEKSJONER, required: ['Hva er det'] },
};

/** Marks a line of guidance in a new case's template; a case that still has one is not ready to publish. */
export const HINT_MARKER = '✎';
