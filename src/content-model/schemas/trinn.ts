import { z } from 'astro/zod';
import { tekst } from './common.ts';

/** One step of a case, in the order it happened. */
export const eksempelTrinnSchema = z.object(
  {
    /** A short name for the step. @label Tittel på trinnet @hint Et kort navn på trinnet. */
    tittel: tekst('tittel på trinnet'),
    /** When it happened, as precise as the source says ("februar 2014", "2013–2014"). @label Når @hint Når det skjedde, så presist som kilden sier, for eksempel «februar 2014». */
    nar: tekst('nar (når trinnet skjedde)'),
    /** Who did it (roles or units, not private persons). @label Hvem @hint Hvem som gjorde det: roller eller enheter, ikke privatpersoner. */
    hvem: tekst('hvem (hvem som gjorde det)'),
    /** What was done, in one or two sentences. @label Hva @hint Hva som ble gjort, i én eller to setninger. */
    hva: tekst('hva (hva som ble gjort)'),
  },
  { error: 'Hvert trinn må ha tittel, nar, hvem og hva. Fjern tomme trinn.' },
);

/** One step of a procedure: who does what, and how long it typically takes. */
export const framgangsmateTrinnSchema = z.object(
  {
    /** A short imperative name for the step ("Kartlegg behovet"). @label Tittel på trinnet @hint Et kort navn i bydeform, for eksempel «Kartlegg behovet». */
    tittel: tekst('tittel på trinnet'),
    /** The roles that take part, the responsible one first. @label Roller @hint Rollene som er med, den ansvarlige først. */
    roller: z
      .array(tekst('rolle'), { error: 'roller må være en liste, for eksempel [boligkoordinator, NAV].' })
      .min(1, { error: 'Oppgi minst én rolle som gjør trinnet.' }),
    /** What is done, in one to three sentences. @label Hva @hint Hva som gjøres, i én til tre setninger. */
    hva: tekst('hva (hva som gjøres)'),
    /** Typical duration where the sources say it ("6 måneder"). Default: not stated. @label Varighet @hint Vanlig varighet der kildene sier det, for eksempel «6 måneder». */
    varighet: tekst('varighet').optional(),
  },
  { error: 'Hvert trinn må ha tittel, roller og hva. Fjern tomme trinn.' },
);
