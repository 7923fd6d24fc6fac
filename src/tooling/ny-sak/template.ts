import { EKSEMPEL_SEKSJONER, HINT_MARKER } from '../../content-model/sections.ts';

const SECTION_HINTS: Record<string, string> = {
  Beskrivelse: 'Hva gjorde kommunen, og hvorfor? To til fire avsnitt. Påkrevd.',
  Resultat: 'Hva kom ut av arbeidet? Tall bare der kilden oppgir dem.',
  Bakgrunn: 'Hvilke utfordringer startet arbeidet?',
  Målsettinger: 'Hvilke mål satte kommunen seg?',
  'Hvem gjorde hva':
    'Hvilke enheter og roller gjorde hva, fase for fase? Trinnene med dato skrives i front matter under trinn.',
  'Relevant lovverk': 'Hvilke lover og paragrafer bygde arbeidet på? Lenk til /lovverk/…',
  Brukermedvirkning: 'Hvordan ble brukerne eller pårørende involvert?',
  Finansiering: 'Hvordan ble arbeidet finansiert (for eksempel kompetansetilskudd)?',
  Suksessfaktorer:
    'Hva var avgjørende for at det lyktes? Hver faktor skrives også i front matter under suksessfaktorer.',
  'Utfordringer underveis': 'Hva var vanskelig, og hvordan løste kommunen det?',
  'Tips til andre': 'Hva bør andre kommuner gjøre likt eller annerledes?',
  Videreføring: 'Hvordan ble arbeidet en del av den ordinære driften?',
  'Hva er det': 'Hva går metoden ut på, med kildens egne begreper forklart?',
  'Når passer det': 'Hvilke kommuner, målgrupper og situasjoner passer metoden for?',
  'Slik kommer du i gang': 'Hva er de første stegene?',
  Fallgruver: 'Hva går ofte galt, ifølge kildene?',
};

/**
 * The body of a new entry: every section in the order sjekk requires, each with a one-line hint that sjekk rejects
 * until it is replaced. The editor's new-entry template and `npm run ny-sak` both use it.
 */
export function bodyTemplate(sections: readonly string[] = EKSEMPEL_SEKSJONER): string {
  return sections
    .map(
      (section) =>
        `## ${section}\n\n> ${HINT_MARKER} ${SECTION_HINTS[section] ?? 'Skriv med egne ord.'} Fjern seksjonen hvis kildene ikke sier noe om dette.\n`,
    )
    .join('\n');
}

export interface NewCase {
  tittel: string;
  kommune: { id: string; navn: string };
  tema: string[];
  malgrupper: string[];
  metoder: string[];
  today: string;
}

const list = (ids: string[]) => `[${ids.join(', ')}]`;

/** A new case with every section of the national guide's format, each with a one-line hint. */
export function renderTemplate(c: NewCase): string {
  const frontMatter = `---
tittel: ${JSON.stringify(c.tittel)}
# Høyst 300 tegn: hva ble gjort, av hvem, og hva kom ut av det.
sammendrag: ""
# Utkast vises ikke på nettstedet. Fjern linjen når eksempelet er klart og kontrollert.
utkast: true
ansvarligAktor: ${JSON.stringify(`${c.kommune.navn} kommune`)}
# ansvarligEnhet: "Enheten som gjorde arbeidet, hvis kilden nevner den"
kommuner: [${c.kommune.id}]
# Første år kildene viser arbeidet. fraErStart: true bare når en kilde sier at arbeidet startet det året;
# «til: ÅÅÅÅ» bare når en kilde oppgir sluttåret. Fjern periode hvis kildene ikke viser noe årstall.
periode: { fra: null }
# pilot | i drift | avsluttet, slik kilden sier det, og statusAr: året til kilden statusen kommer fra.
# Fjern begge hvis kildene ikke sier noe om status.
status: ""
statusAr: null
# beskrevet lokalt | internt evaluert | eksternt evaluert | forskningsbasert
evidensniva: beskrevet lokalt
publisert: ${c.today}
sistKontrollert: ${c.today}
tema: ${list(c.tema)}
malgrupper: ${list(c.malgrupper)}
metoder: ${list(c.metoder)}
# Husbankens virkemidler, fra content/data/virkemidler.yaml, for eksempel [startlan]
virkemidler: []
# For eksempel - { lov: sosialtjenesteloven, paragraf: "§ 15" }
lovhjemler: []
# Bare det kildene støtter. Hver: - { faktor: <id fra content/suksessfaktorer/>, formulering: "Én setning med eksempelets egne ord [1, s. 4]." }
suksessfaktorer: []
# Trinnene i rekkefølge. Hver: - { tittel: "…", nar: "februar 2014", hvem: "…", hva: "…" }
trinn: []
# Korte utsagn, med tall der kilden oppgir dem, og kilde og side etter hvert tall: "42 leietakere kjøpte boligen [1, s. 16]."
resultater: []
# Minst én kilde. [1, s. 16] i teksten viser til den første. type: rapport | veiviserside | lov | forarbeid | nettside.
# url bare hvis du har sett adressen i et søkeresultat: - { tittel: "…", utgiver: "…", ar: 2014, type: rapport, url: "https://…" }
kilder: []
---
`;
  return `${frontMatter}\n${bodyTemplate()}`;
}
