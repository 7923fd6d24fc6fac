import { fileURLToPath } from 'node:url';
import { buildDate, isStale, STALE_AFTER_MONTHS } from '../../content-model/freshness.ts';
import { OLD_SOURCES_AFTER_YEARS } from '../../content-model/source-age.ts';
import { inspectContent } from '../../content-model/validation/check-content.ts';

/** `npm run rapport`: what editors should look at next — stale cases, drafts, and thin cases. */
const INCOMPLETE_BELOW = 50;
const root = process.argv[2] ?? fileURLToPath(new URL('../../../', import.meta.url));
const today = buildDate();
const { cases } = inspectContent(root, { today });
const date = (d?: Date) => d?.toISOString().slice(0, 10) ?? 'ukjent';

const sections: [string, typeof cases][] = [
  [
    `Ikke kontrollert på ${STALE_AFTER_MONTHS} måneder`,
    cases.filter((c) => !c.draft && c.sistKontrollert && isStale(c.sistKontrollert, today)),
  ],
  [
    `Eldre kilder: nyeste kilde mer enn ${OLD_SOURCES_AFTER_YEARS} år gammel, eller udatert`,
    cases.filter(
      (c) =>
        !c.draft && (c.newestSource === undefined || today.getUTCFullYear() - c.newestSource > OLD_SOURCES_AFTER_YEARS),
    ),
  ],
  ['Utkast', cases.filter((c) => c.draft)],
  [`Under ${INCOMPLETE_BELOW} % komplette`, cases.filter((c) => !c.draft && c.completeness.percent < INCOMPLETE_BELOW)],
];
for (const [heading, list] of sections) {
  console.log(`${heading} (${list.length}):`);
  for (const c of list) {
    console.log(
      `  ${c.file}  sist kontrollert ${date(c.sistKontrollert)}  nyeste kilde ${c.newestSource ?? 'udatert'}  ${c.completeness.percent} %  ${c.title}`,
    );
  }
  console.log('');
}
