import { EKSEMPEL_SEKSJONER } from './sections.ts';

/**
 * How much of the national guide's example format a case fills. Sections the sources cannot support are left out on
 * purpose, so this is guidance for editors, never a reason to invent text.
 */
const RECOMMENDED_FIELDS = {
  ansvarligEnhet: 'ansvarlig enhet',
  trinn: 'trinn',
  resultater: 'resultater',
  lovhjemler: 'lovhjemler',
  virkemidler: 'virkemidler',
} as const;

const RECOMMENDED_SECTIONS = EKSEMPEL_SEKSJONER.filter((s) => s !== 'Beskrivelse');

export interface Completeness {
  /** Share of recommended fields and sections filled, 0–100. */
  percent: number;
  /** What is missing, in the words an editor uses. */
  missing: string[];
}

export function completeness(data: Record<string, unknown>, headings: readonly string[]): Completeness {
  const missing: string[] = [];
  for (const [field, label] of Object.entries(RECOMMENDED_FIELDS)) {
    const value = data[field];
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) missing.push(label);
  }
  for (const section of RECOMMENDED_SECTIONS) {
    if (!headings.includes(section)) missing.push(`seksjonen ${section}`);
  }
  const total = Object.keys(RECOMMENDED_FIELDS).length + RECOMMENDED_SECTIONS.length;
  return { percent: Math.round((100 * (total - missing.length)) / total), missing };
}
