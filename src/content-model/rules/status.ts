/** A problem a rule finds in one entry's front matter, with the field's path. */
export interface RuleProblem {
  path: (string | number)[];
  message: string;
}

interface Dated {
  status?: string;
  statusAr?: number;
  periode?: { fra: number; til?: number };
  kilder?: readonly { ar?: number }[];
}

/**
 * A status is a fact as of its source's date: `status` needs `statusAr`, the year of the source it is read from,
 * and that year must be one of the sources' years.
 */
export function statusProblems(data: Dated): RuleProblem[] {
  const problems: RuleProblem[] = [];
  if (data.status !== undefined && data.statusAr === undefined) {
    problems.push({
      path: ['status'],
      message: `status «${data.status}» mangler årstall. Legg til statusAr: året kilden du leser statusen fra, er fra (for eksempel statusAr: 2013), eller fjern status.`,
    });
  }
  if (data.statusAr !== undefined && data.status === undefined) {
    problems.push({
      path: ['statusAr'],
      message: 'statusAr står uten status. Legg til status (pilot, i drift eller avsluttet), eller fjern statusAr.',
    });
  }
  const years = (data.kilder ?? []).map((k) => k.ar).filter((ar): ar is number => ar !== undefined);
  if (data.statusAr !== undefined && years.length > 0 && !years.includes(data.statusAr)) {
    problems.push({
      path: ['statusAr'],
      message: `statusAr ${data.statusAr} er ikke året til noen av kildene (${years.join(', ')}). Skriv året til kilden statusen kommer fra.`,
    });
  }
  return problems;
}
