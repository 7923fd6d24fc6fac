import type { CollectionEntry } from 'astro:content';
import type { EntryRef } from '../content-model/schemas/reference.ts';
import { lawUrl } from '../content-model/routes.ts';
import { resolve, type Catalogue } from './catalogue-build.ts';

export { paragraphAnchor } from '../content-model/routes.ts';

/** A law or paragraph a case cites, with where the duty is today if the paragraph has changed or gone. */
export interface CitedLaw {
  label: string;
  href: string;
  /** For a changed or repealed paragraph: «gjaldt da», and the paragraph that carries the duty now. */
  current?: { status: 'endret' | 'opphevet'; since: Date; label: string; href: string };
}

type Paragraph = CollectionEntry<'lovverk'>['data']['paragrafer'][number];

function paragraphOf(cat: Catalogue, lov: EntryRef<'lovverk'>, nr: string | undefined): Paragraph | undefined {
  return nr ? resolve(cat, lov).data.paragrafer.find((p) => p.nr === nr) : undefined;
}

/** How a case's law reference reads and links, and for an old paragraph, its current counterpart. */
export function citedLaw(
  cat: Catalogue,
  hjemmel: { lov: EntryRef<'lovverk'>; paragraf?: string | undefined },
): CitedLaw {
  const lov = resolve(cat, hjemmel.lov).data;
  const label = hjemmel.paragraf ? `${lov.korttittel} ${hjemmel.paragraf}` : lov.korttittel;
  const href = lawUrl(hjemmel.lov.id, hjemmel.paragraf);
  const paragraph = paragraphOf(cat, hjemmel.lov, hjemmel.paragraf);
  if (!paragraph || paragraph.status === 'gjeldende' || !paragraph.endretDato) return { label, href };
  const target = paragraph.videreførtI;
  const current = target
    ? {
        label: `${resolve(cat, target.lov).data.korttittel} ${target.paragraf}`,
        href: lawUrl(target.lov.id, target.paragraf),
      }
    : { label: `${label} slik den lyder nå`, href };
  return { label, href, current: { status: paragraph.status, since: paragraph.endretDato, ...current } };
}
