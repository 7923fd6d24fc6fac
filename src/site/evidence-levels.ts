import type { EVIDENSNIVAER } from '../content-model/schemas/eksempel.ts';

/** What each evidence level means, and what it does not: one place, shown on /om-innholdet/ and in the glossary. */
export const EVIDENSNIVA_FORKLARING: Record<(typeof EVIDENSNIVAER)[number], { betyr: string; betyrIkke: string }> = {
  'beskrevet lokalt': {
    betyr: 'Kommunen eller noen som fulgte arbeidet, har beskrevet hva som ble gjort og hva de mener kom ut av det.',
    betyrIkke:
      'Ingen har målt effekten eller sammenlignet med hva som ville skjedd uten tiltaket. Tallene er kommunens egne.',
  },
  'internt evaluert': {
    betyr:
      'Kommunen eller prosjektet har selv gått gjennom resultatene på en planlagt måte, for eksempel med en sluttrapport som vurderer målene.',
    betyrIkke:
      'Ingen uavhengig instans har vurdert arbeidet. En egenrapport om hvordan det gikk, er ikke nok til dette nivået.',
  },
  'eksternt evaluert': {
    betyr: 'Et forskningsmiljø eller konsulentfirma utenfor kommunen har evaluert arbeidet.',
    betyrIkke:
      'En evaluering av ett tiltak i én kommune viser ikke at det virker andre steder, og den er ikke nødvendigvis en effektstudie.',
  },
  forskningsbasert: {
    betyr:
      'Metoden bygger på forskning som har undersøkt effekten, gjerne i flere land eller med sammenligningsgrupper.',
    betyrIkke:
      'At metoden er forskningsbasert, betyr ikke at dette ene eksempelet er evaluert, eller at kommunen fulgte metoden fullt ut.',
  },
};
