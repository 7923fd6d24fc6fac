import type { Eksempel } from '../catalogue.ts';
import { citationsAsText } from '../../content-model/citations.ts';
import { caseUrl } from '../../content-model/routes.ts';
import { isoDate } from '../format.ts';
import type { CaseRecord } from './case-record.ts';

const ids = (refs: { id: string }[]) => refs.map((ref) => ref.id);

/** A published case as an open-data record; the catalogue has already left drafts out. */
export function toRecord(eksempel: Eksempel, site: URL): CaseRecord {
  const { utkast: _draft, ...data } = eksempel.data;
  const text = (value: string) => citationsAsText(value, data.kilder.length);
  return {
    id: eksempel.id,
    url: new URL(caseUrl(eksempel.id), site).href,
    ...data,
    sammendrag: text(data.sammendrag),
    resultater: data.resultater.map(text),
    trinn: data.trinn.map((t) => ({ ...t, hva: text(t.hva) })),
    kommuner: ids(data.kommuner),
    tema: ids(data.tema),
    malgrupper: ids(data.malgrupper),
    metoder: ids(data.metoder),
    virkemidler: ids(data.virkemidler),
    lovhjemler: data.lovhjemler.map((h) => ({ lov: h.lov.id, ...(h.paragraf ? { paragraf: h.paragraf } : {}) })),
    suksessfaktorer: data.suksessfaktorer.map((s) => ({ faktor: s.faktor.id, formulering: text(s.formulering) })),
    publisert: isoDate(data.publisert),
    sistKontrollert: isoDate(data.sistKontrollert),
  };
}

/** The separator Norwegian spreadsheet programs expect: in the nb locale the comma is the decimal sign. */
export const CSV_SEPARATOR = ';';

/**
 * One CSV cell. A leading =, +, -, @, tab or carriage return would make a spreadsheet read the cell as a formula
 * (OWASP «CSV injection»), so such a cell gets a leading apostrophe; then RFC 4180 quoting.
 */
export function csvField(value: string): string {
  const inert = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";\r\n]/.test(inert) ? `"${inert.replace(/"/g, '""')}"` : inert;
}

export const CSV_COLUMNS = [
  'id',
  'url',
  'tittel',
  'sammendrag',
  'ansvarligAktor',
  'ansvarligEnhet',
  'kommuner',
  'periodeFra',
  'periodeTil',
  'status',
  'statusAr',
  'evidensniva',
  'publisert',
  'sistKontrollert',
  'tema',
  'malgrupper',
  'metoder',
  'virkemidler',
  'lovhjemler',
  'suksessfaktorer',
  'kilder',
] as const;

/**
 * One row per case, separated by semicolons, with a byte-order mark so spreadsheets read it as UTF-8; lists inside a
 * cell are joined with « | ».
 */
export function toCsv(records: readonly CaseRecord[]): string {
  const join = (values: string[]) => values.join(' | ');
  const rows = records.map((r) =>
    [
      r.id,
      r.url,
      r.tittel,
      r.sammendrag,
      r.ansvarligAktor,
      r.ansvarligEnhet ?? '',
      join(r.kommuner),
      r.periode ? String(r.periode.fra) : '',
      r.periode?.til === undefined ? '' : String(r.periode.til),
      r.status ?? '',
      r.statusAr === undefined ? '' : String(r.statusAr),
      r.evidensniva,
      r.publisert,
      r.sistKontrollert,
      join(r.tema),
      join(r.malgrupper),
      join(r.metoder),
      join(r.virkemidler),
      join(r.lovhjemler.map((h) => (h.paragraf ? `${h.lov} ${h.paragraf}` : h.lov))),
      join(r.suksessfaktorer.map((s) => s.faktor)),
      join(
        r.kilder.map((k) =>
          [`${k.utgiver} (${k.ar ?? 'udatert'}): ${k.tittel}`, k.sider && `s. ${k.sider}`, k.url]
            .filter(Boolean)
            .join(', '),
        ),
      ),
    ]
      .map(csvField)
      .join(CSV_SEPARATOR),
  );
  return `\uFEFF${[CSV_COLUMNS.join(CSV_SEPARATOR), ...rows].join('\r\n')}\r\n`;
}
