import { titleKey } from '../text.ts';
import { formatPath, type Problem } from './problem.ts';
import type { ValidEntry } from './rules.ts';

interface Ref {
  collection: string;
  id: string;
}
interface Lovhjemmel {
  lov: Ref;
  paragraf?: string;
}

const DATE_FIELDS = ['publisert', 'sistKontrollert'] as const;

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Rules that need more than one entry, or the clock: paragraphs that exist, factor levels, dates, titles. */
export function checkCrossEntryRules({
  valid: entries,
  today,
}: {
  valid: readonly ValidEntry[];
  today: Date;
}): Problem[] {
  const problems: Problem[] = [];
  const report = (entry: ValidEntry, path: (string | number)[], message: string) =>
    problems.push({
      file: entry.file,
      line: entry.lineOf(path),
      field: formatPath(path),
      code: 'cross-entry',
      message,
    });

  const byKey = new Map(entries.map((e) => [`${e.collection}/${e.id}`, e]));
  const titles = new Map<string, ValidEntry>();

  for (const entry of entries) {
    const lovhjemler = (entry.parsed.lovhjemler ?? []) as Lovhjemmel[];
    lovhjemler.forEach((hjemmel, index) => {
      if (!hjemmel.paragraf) return;
      const lov = byKey.get(`lovverk/${hjemmel.lov.id}`);
      const paragrafer = ((lov?.parsed.paragrafer ?? []) as { nr: string }[]).map((p) => p.nr);
      if (lov && !paragrafer.includes(hjemmel.paragraf)) {
        const known = paragrafer.length
          ? `Kjente paragrafer: ${paragrafer.join(', ')}.`
          : 'Loven har ingen paragrafer registrert; fjern paragraf eller legg den til i content/data/lovverk.yaml.';
        report(
          entry,
          ['lovhjemler', index, 'paragraf'],
          `${hjemmel.lov.id} har ingen «${hjemmel.paragraf}» i content/data/lovverk.yaml. ${known}`,
        );
      }
    });

    const hovedfaktor = entry.parsed.hovedfaktor as Ref | undefined;
    if (entry.collection === 'suksessfaktorer' && hovedfaktor) {
      const parent = byKey.get(`suksessfaktorer/${hovedfaktor.id}`);
      if (parent?.parsed.hovedfaktor) {
        report(
          entry,
          ['hovedfaktor'],
          `«${hovedfaktor.id}» er selv en underfaktor. Velg en av de seks hovedfaktorene.`,
        );
      }
    }

    for (const field of DATE_FIELDS) {
      const value = entry.parsed[field];
      if (value instanceof Date && value > today) {
        report(
          entry,
          [field],
          `${field} (${isoDate(value)}) er en dato fram i tid. Bruk datoen arbeidet faktisk ble gjort.`,
        );
      }
    }

    const tittel = entry.parsed.tittel;
    if (typeof tittel === 'string') {
      const key = `${entry.collection}/${titleKey(tittel)}`;
      const first = titles.get(key);
      if (first)
        report(
          entry,
          ['tittel'],
          `Tittelen er brukt før i ${first.file}. Gi oppføringen en tittel som skiller den fra den andre.`,
        );
      else titles.set(key, entry);
    }
  }
  return problems;
}
