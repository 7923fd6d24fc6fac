/**
 * How a facet reads in a sentence: its definite noun («målgruppen») and whether its values are names that keep
 * their capital (fylke, metode) or common nouns written in lower case («unge», «stor»).
 */
const IN_A_SENTENCE: Record<string, { noun: string; name: boolean }> = {
  fylke: { noun: 'fylket', name: true },
  kommunestorrelse: { noun: 'kommunestørrelsen', name: false },
  tema: { noun: 'temaet', name: false },
  malgruppe: { noun: 'målgruppen', name: false },
  metode: { noun: 'metoden', name: true },
  virkemiddel: { noun: 'virkemiddelet', name: false },
  status: { noun: 'statusen', name: false },
  evidensniva: { noun: 'evidensnivået', name: false },
  periode: { noun: 'perioden', name: true },
};

/** A facet value as a clause: `facetClause('malgruppe', 'Målgruppe', 'Unge')` is «målgruppen er unge». */
export function facetClause(facetKey: string, facetLabel: string, valueLabel: string): string {
  const how = IN_A_SENTENCE[facetKey] ?? { noun: facetLabel.toLocaleLowerCase('nb'), name: true };
  const label = how.name ? valueLabel : valueLabel.charAt(0).toLocaleLowerCase('nb') + valueLabel.slice(1);
  return `${how.noun} er ${label}`;
}
