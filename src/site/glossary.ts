/** The Norwegian alphabet, for the glossary's A–Å index. */
export const ALFABET = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅ'];

/** The letter a term is filed under: its first letter in upper case («Økonomisk rådgivning» → «Ø»). */
export const letterOf = (term: string): string => term.trim().charAt(0).toLocaleUpperCase('nb');

/**
 * The names something goes by: the whole name, and its parts around « – » and in brackets, in lower case.
 * «Housing First (Bolig først)» → housing first (bolig først), housing first, bolig først.
 */
export function namesOf(name: string, others: readonly string[] = []): Set<string> {
  const names = new Set<string>();
  for (const whole of [name, ...others]) {
    const clean = whole.trim().toLocaleLowerCase('nb');
    names.add(clean);
    for (const part of clean.split(/\s+–\s+|\s*[()]\s*/)) if (part.trim()) names.add(part.trim());
  }
  return names;
}

/**
 * The method page each glossary term names, where the term is the method's name or one of its other names. Only
 * exact names count: «Utpekingsrett» is not the method «Utpekingsrett i utbyggingsavtaler».
 */
export function methodsForTerms(
  terms: readonly { id: string; term: string }[],
  methods: readonly { id: string; tittel: string; andreNavn: readonly string[] }[],
): Map<string, string> {
  const byName = new Map<string, string>();
  for (const method of methods)
    for (const name of namesOf(method.tittel, method.andreNavn)) byName.set(name, method.id);
  const found = new Map<string, string>();
  for (const { id, term } of terms) {
    const match = [...namesOf(term)].map((name) => byName.get(name)).find((methodId) => methodId !== undefined);
    if (match) found.set(id, match);
  }
  return found;
}
