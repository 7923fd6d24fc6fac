import type { Catalogue, Eksempel } from './catalogue-build.ts';
import { resolve } from './catalogue-build.ts';

/**
 * The everyday search words (`sokeord`) a case inherits from the themes, target groups and methods it points at,
 * with the names of those entries, each once: «rusmisbrukere» finds a case tagged «Rus og psykisk helse» although
 * its text says «rusavhengige».
 */
export function searchWordsOf(cat: Catalogue, eksempel: Eksempel): string[] {
  const { data } = eksempel;
  const words = [
    ...data.tema.map((ref) => resolve(cat, ref).data),
    ...data.malgrupper.map((ref) => resolve(cat, ref).data),
    ...data.virkemidler.map((ref) => resolve(cat, ref).data),
  ].flatMap((entry) => [entry.navn, ...entry.sokeord]);
  for (const ref of data.metoder) {
    const metode = resolve(cat, ref).data;
    words.push(metode.tittel, ...metode.andreNavn, ...metode.sokeord);
  }
  return [...new Set(words)];
}
