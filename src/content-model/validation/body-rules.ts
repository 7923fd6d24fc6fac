import type { Heading, Root } from 'mdast';
import { toString as plainText } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { STATIC_PAGES, entryUrl } from '../routes.ts';
import type { CollectionName } from '../schemas/reference.ts';
import { HINT_MARKER, SECTION_RULES } from '../sections.ts';
import { bodyCitationProblems } from '../rules/citations.ts';
import { didYouMean } from '../suggest.ts';
import type { ProblemCode } from './problem.ts';
import { findUnsafeNodes } from './safe-content.ts';

/** A problem in a body, with its line in the file. */
export interface BodyProblem {
  line: number;
  message: string;
  code: ProblemCode;
}

/** Every page a body may link to: the fixed pages and each entry's page. */
export function siteUrls(ids: ReadonlyMap<CollectionName, ReadonlySet<string>>): Set<string> {
  const urls = new Set<string>(STATIC_PAGES);
  for (const [collection, entryIds] of ids) {
    for (const id of entryIds) urls.add(entryUrl(collection, id).replace(/#.*$/, ''));
  }
  return urls;
}

type Report = (line: number, message: string, code?: ProblemCode) => void;

function checkSections(collection: CollectionName, tree: Root, report: Report) {
  const rules = SECTION_RULES[collection as keyof typeof SECTION_RULES];
  if (!rules) return;
  const seen: { name: string; line: number }[] = [];
  visit(tree, 'heading', (heading: Heading) => {
    if (heading.depth === 1) {
      report(
        heading.position?.start.line ?? 1,
        'Bruk ikke # (overskrift 1) i brødteksten: tittelen kommer fra front matter. Bruk ##.',
      );
    }
    if (heading.depth !== 2) return;
    const name = plainText(heading).trim();
    const line = heading.position?.start.line ?? 1;
    if (!rules.allowed.includes(name)) {
      report(
        line,
        `Ukjent seksjon «${name}». ${didYouMean(name, rules.allowed, 'listen over seksjoner i README')} Tillatte: ${rules.allowed.join(', ')}.`,
      );
      return;
    }
    if (seen.some((s) => s.name === name)) {
      report(line, `Seksjonen «${name}» finnes allerede. Slå de to seksjonene sammen.`);
      return;
    }
    const previous = seen.at(-1);
    if (previous && rules.allowed.indexOf(name) < rules.allowed.indexOf(previous.name)) {
      report(line, `Seksjonen «${name}» skal stå før «${previous.name}». Rekkefølgen er: ${rules.allowed.join(', ')}.`);
    }
    seen.push({ name, line });
  });
  const bodyStart = tree.children.find((n) => n.type !== 'yaml')?.position?.start.line ?? 1;
  for (const required of rules.required) {
    if (!seen.some((s) => s.name === required)) {
      report(bodyStart, `Seksjonen «## ${required}» mangler. Legg den til i brødteksten.`);
    }
  }
}

function checkInternalLinks(tree: Root, knownUrls: ReadonlySet<string>, report: Report) {
  visit(tree, (node) => {
    if (node.type !== 'link' && node.type !== 'definition') return;
    const url = node.url.trim();
    const line = node.position?.start.line ?? 1;
    if (url.startsWith('#') || url.startsWith('//') || /^[a-z][a-z0-9+.-]*:/i.test(url)) return;
    if (!url.startsWith('/')) {
      report(
        line,
        `Lenken «${url}» er relativ. Skriv hele stien fra roten, for eksempel /metoder/bolig-forst/.`,
        'broken-link',
      );
      return;
    }
    const path = url.replace(/[?#].*$/, '');
    const normalized = path.endsWith('/') || /\.[a-z0-9]+$/i.test(path) ? path : `${path}/`;
    if (!knownUrls.has(normalized)) {
      report(
        line,
        `Lenken «${url}» peker til en side som ikke finnes. ${didYouMean(normalized, knownUrls, 'nettstedets sider')}`,
        'broken-link',
      );
    }
  });
}

/**
 * The `##` sections of a parsed body that have text of their own, in order. A section holding nothing but the
 * template's hint is not written yet, so it does not count towards how complete a case is.
 */
export function h2Headings(tree: Root): string[] {
  const sections: { name: string; written: boolean }[] = [];
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth <= 2) {
      if (node.depth === 2) sections.push({ name: plainText(node).trim(), written: false });
      continue;
    }
    const current = sections.at(-1);
    if (current && node.type !== 'yaml' && !plainText(node).includes(HINT_MARKER) && plainText(node).trim() !== '')
      current.written = true;
  }
  return sections.filter((s) => s.written).map((s) => s.name);
}

/**
 * The rules every MDX body must follow: nothing that runs code, no leftover template hints, the collection's
 * sections in order, and internal links that lead somewhere. `npm run sjekk` runs them on its own parse; the build
 * runs them on the tree it compiles (remark-content-rules), so bodies are parsed once per build.
 */
export function checkBodyTree(
  tree: Root,
  collection: CollectionName,
  knownUrls: ReadonlySet<string>,
  frontMatter?: Record<string, unknown>,
): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const report: Report = (line, message, code = 'body-rule') => problems.push({ line, message, code });
  for (const unsafe of findUnsafeNodes(tree)) report(unsafe.line, unsafe.message, 'unsafe-body');
  visit(tree, 'text', (node) => {
    if (node.value.includes(HINT_MARKER)) {
      report(
        node.position?.start.line ?? 1,
        'Hjelpeteksten fra malen står igjen. Erstatt den med egen tekst, eller fjern seksjonen.',
      );
    }
  });
  checkSections(collection, tree, report);
  checkInternalLinks(tree, knownUrls, report);
  if (frontMatter && Array.isArray(frontMatter.kilder)) {
    const isCase = collection === 'eksempler';
    problems.push(
      ...bodyCitationProblems(tree, frontMatter.kilder.length, isCase).map((p) => ({
        ...p,
        code: 'citation' as const,
      })),
    );
  }
  return problems.sort((a, b) => a.line - b.line);
}
