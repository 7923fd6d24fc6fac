import { z } from 'astro/zod';
import { tekst } from './common.ts';
import type { ReferenceFactory } from './reference.ts';

/** A theme, target group or Husbanken instrument (`content/data/{tema,malgrupper,virkemidler}.yaml`). */
export const taksonomiSchema = z.object({
  /** The name shown in facets and on the entry's page. */
  navn: tekst('navn'),
  /** One or two sentences on what belongs here. */
  beskrivelse: tekst('beskrivelse'),
  /** Everyday words people search with for this (synonyms, English names, spellings without æøå). Default: []. */
  sokeord: z.array(tekst('sokeord')).default([]),
});

/** A glossary term (`content/data/ordliste.yaml`). */
export const ordSchema = (reference: ReferenceFactory) =>
  z.object({
  /** The term as a student meets it. */
  term: tekst('term'),
  /** A plain explanation in one to three sentences. */
  forklaring: tekst('forklaring'),
  /** Other terms in the glossary worth reading next. Default: []. */
  seOgsa: z.array(reference('ordliste')).default([]),
  });
