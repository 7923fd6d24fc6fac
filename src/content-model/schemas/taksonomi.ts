import { z } from 'astro/zod';
import { tekst } from './common.ts';
import type { ReferenceFactory } from './reference.ts';

/** A theme, target group or Husbanken instrument (`content/data/{tema,malgrupper,virkemidler}.yaml`). */
export const taksonomiSchema = z.object({
  /** The name shown in facets and on the entry's page. @label Navn @hint Navnet som vises i filtre og på siden. */
  navn: tekst('navn'),
  /** One or two sentences on what belongs here. @label Beskrivelse @hint Én eller to setninger om hva som hører hjemme her. */
  beskrivelse: tekst('beskrivelse'),
  /** Everyday words people search with for this (synonyms, English names, spellings without æøå). Default: []. @label Søkeord @hint Vanlige ord folk søker med, også engelske navn og skrivemåter uten æøå. */
  sokeord: z.array(tekst('sokeord')).default([]),
});

/** A glossary term (`content/data/ordliste.yaml`). */
export const ordSchema = (reference: ReferenceFactory) =>
  z.object({
    /** The term as a student meets it. @label Begrep @hint Begrepet slik en student møter det. */
    term: tekst('term'),
    /** A plain explanation in one to three sentences. @label Forklaring @hint En enkel forklaring i én til tre setninger. */
    forklaring: tekst('forklaring'),
    /** Other terms in the glossary worth reading next. Default: []. @label Se også @hint Andre begreper i ordlisten som er verdt å lese. */
    seOgsa: z.array(reference('ordliste')).default([]),
  });
