/** A paragraph as the law list gives it. */
export interface LawParagraph {
  nr: string;
  status: 'gjeldende' | 'endret' | 'opphevet';
  endretDato?: Date;
  videreførtI?: { lov: { id: string }; paragraf: string };
}

/** A law from content/data/lovverk.yaml. */
export interface Law {
  id: string;
  korttittel: string;
  paragrafer: readonly LawParagraph[];
}

/** What a case or method cites. */
export interface LawCitation {
  lov: { id: string };
  paragraf?: string;
}

/** Problems in the law list itself: a repealed paragraph must say where its duty went, and that place must exist. */
export function lawListProblems(
  laws: readonly Law[],
): { lov: string; index: number; field: string; message: string }[] {
  const byId = new Map(laws.map((l) => [l.id, l]));
  const problems: { lov: string; index: number; field: string; message: string }[] = [];
  for (const law of laws) {
    law.paragrafer.forEach((p, index) => {
      if (p.status === 'opphevet' && !p.videreførtI) {
        problems.push({
          lov: law.id,
          index,
          field: 'videreførtI',
          message: `${law.korttittel} ${p.nr} er opphevet, men videreførtI mangler. Skriv hvor plikten gikk, for eksempel videreførtI: { lov: boligsosial-lov, paragraf: "§ 5" }.`,
        });
      }
      const target = p.videreførtI;
      if (!target) return;
      const targetLaw = byId.get(target.lov.id);
      if (targetLaw && !targetLaw.paragrafer.some((q) => q.nr === target.paragraf)) {
        problems.push({
          lov: law.id,
          index,
          field: 'videreførtI.paragraf',
          message: `${targetLaw.korttittel} har ingen «${target.paragraf}» i content/data/lovverk.yaml. Legg paragrafen til der, eller rett videreførtI.`,
        });
      }
    });
  }
  return problems;
}

/** The paragraph a citation points at, if the law list has it. */
export function citedParagraph(laws: readonly Law[], citation: LawCitation): LawParagraph | undefined {
  return laws.find((l) => l.id === citation.lov.id)?.paragrafer.find((p) => p.nr === citation.paragraf);
}

/** A case may cite a repealed paragraph (it applied then) only if the law list says where the duty went. */
export function lawCitationProblems(
  laws: readonly Law[],
  citations: readonly LawCitation[],
): { index: number; message: string }[] {
  const problems: { index: number; message: string }[] = [];
  citations.forEach((citation, index) => {
    const paragraph = citedParagraph(laws, citation);
    if (paragraph?.status === 'opphevet' && !paragraph.videreførtI) {
      problems.push({
        index,
        message: `${citation.lov.id} ${citation.paragraf} er opphevet, og lovlisten sier ikke hvilken paragraf som gjelder nå. Legg til videreførtI for paragrafen i content/data/lovverk.yaml.`,
      });
    }
  });
  return problems;
}
