import { z } from 'astro/zod';
import { eksempelFelter } from '../../content-model/schemas/eksempel.ts';
import type { EntryRef, ReferenceFactory } from '../../content-model/schemas/reference.ts';

// In open data a reference is just the id of the entry it points at.
const idReference = (() => z.string()) as unknown as ReferenceFactory;
const { utkast: _draft, ...felter } = eksempelFelter(idReference);

/** One published case as open data: its front matter with ids for references, ISO dates, and its address. */
export const caseRecordSchema = z
  .object({
    /** The case's id, also its file name and the last part of its URL. */
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    /** The case's page on Bopraksis. */
    url: z.url(),
    ...felter,
    /** The date the case was first published, ÅÅÅÅ-MM-DD. */
    publisert: z.iso.date(),
    /** The date the case was last checked against its sources, ÅÅÅÅ-MM-DD. */
    sistKontrollert: z.iso.date(),
  })
  .meta({
    title: 'Bopraksis: eksempel',
    description: 'Ett publisert eksempel fra Bopraksis, med referanser som id-er.',
  });

/** References typed as Astro's `{ collection, id }` become the plain ids the open data holds. */
type WithIds<T> = T extends EntryRef
  ? string
  : T extends (infer U)[]
    ? WithIds<U>[]
    : T extends object
      ? { [K in keyof T]: WithIds<T[K]> }
      : T;

export type CaseRecord = WithIds<z.output<typeof caseRecordSchema>>;

/** The JSON Schema of a case record, generated from the zod schema so the two cannot drift apart. */
export function caseRecordJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(z.array(caseRecordSchema), { io: 'output', target: 'draft-2020-12' }) as Record<
    string,
    unknown
  >;
}
