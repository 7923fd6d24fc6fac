import { slugify } from '../../content-model/slug.ts';
import { suggest } from '../../content-model/suggest.ts';

/** One thing to choose: an entry's id and the name an editor knows it by. */
export interface Choice {
  id: string;
  name: string;
}

/** «Bodø (bodo)»: the name, with the id that goes into the file. */
export const label = (c: Choice) => `${c.name} (${c.id})`;

/** The numbered list shown before a question. */
export function numberedList(choices: readonly Choice[]): string {
  const width = String(choices.length).length;
  return choices.map((c, i) => `  ${String(i + 1).padStart(width)}. ${label(c)}`).join('\n');
}

export type Resolution = { choice: Choice } | { suggestion?: Choice };

/** An answer as a number from the list, an id or a name (case and æøå do not matter), or the nearest miss. */
export function resolve(choices: readonly Choice[], answer: string): Resolution {
  const trimmed = answer.trim();
  if (/^\d+$/.test(trimmed)) {
    const choice = choices[Number(trimmed) - 1];
    if (choice) return { choice };
  }
  const key = slugify(trimmed);
  const exact = choices.find((c) => c.id === key || slugify(c.name) === key || label(c) === trimmed);
  if (exact) return { choice: exact };
  // The start of a name is enough when it fits only one («Østf» for Østfold).
  const starts = key.length >= 3 ? choices.filter((c) => slugify(c.name).startsWith(key) || c.id.startsWith(key)) : [];
  if (starts.length === 1 && starts[0]) return { choice: starts[0] };
  const near = suggest(
    key,
    choices.flatMap((c) => [c.id, slugify(c.name)]),
  );
  return { suggestion: near ? choices.find((c) => c.id === near || slugify(c.name) === near) : undefined };
}

/** Comma-separated answers, in order, without repeats. */
export function splitAnswers(answer: string): string[] {
  return [
    ...new Set(
      answer
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean),
    ),
  ];
}
