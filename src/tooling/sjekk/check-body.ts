import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { findUnsafeNodes } from '../../content-model/safe-content.ts';
import { HINT_MARKER, SECTION_RULES } from '../../content-model/sections.ts';
import type { SourceEntry } from './read-content.ts';
import type { Problem } from './problem.ts';
import { didYouMean } from './suggest.ts';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter).use(remarkGfm);

type Report = (line: number, message: string) => void;

function checkSections(entry: SourceEntry, tree: Root, report: Report) {
  const rules = SECTION_RULES[entry.collection as keyof typeof SECTION_RULES];
  if (!rules) return;
  const seen: { name: string; line: number }[] = [];
  visit(tree, 'heading', (heading: Heading) => {
    if (heading.depth === 1) {
      report(heading.position?.start.line ?? 1, 'Bruk ikke # (overskrift 1) i brødteksten: tittelen kommer fra front matter. Bruk ##.');
    }
    if (heading.depth !== 2) return;
    const name = toString(heading).trim();
    const line = heading.position?.start.line ?? 1;
    if (!rules.allowed.includes(name)) {
      report(line, `Ukjent seksjon «${name}». ${didYouMean(name, rules.allowed, 'listen over seksjoner i README')} Tillatte: ${rules.allowed.join(', ')}.`);
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
    if (node.type !== 'link' && node.type !== 'definition' && node.type !== 'image') return;
    const url = node.url.trim();
    const line = node.position?.start.line ?? 1;
    if (url.startsWith('#') || url.startsWith('//') || /^[a-z][a-z0-9+.-]*:/i.test(url)) return;
    if (!url.startsWith('/')) {
      report(line, `Lenken «${url}» er relativ. Skriv hele stien fra roten, for eksempel /metoder/bolig-forst/.`);
      return;
    }
    const path = url.replace(/[?#].*$/, '');
    const normalized = path.endsWith('/') || /\.[a-z0-9]+$/i.test(path) ? path : `${path}/`;
    if (!knownUrls.has(normalized)) {
      report(line, `Lenken «${url}» peker til en side som ikke finnes. ${didYouMean(normalized, knownUrls, 'nettstedets sider')}`);
    }
  });
}

/** The `##` headings of a parsed body, in order. */
function h2Headings(tree: Root): string[] {
  const headings: string[] = [];
  visit(tree, 'heading', (heading: Heading) => {
    if (heading.depth === 2) headings.push(toString(heading).trim());
  });
  return headings;
}

/**
 * Parses an MDX body as the build will and reports unsafe nodes, bad sections and broken internal links, with the
 * body's section headings for the completeness score.
 */
export function checkBody(entry: SourceEntry, knownUrls: ReadonlySet<string>): { problems: Problem[]; headings: string[] } {
  const problems: Problem[] = [];
  const report: Report = (line, message) => problems.push({ file: entry.file, line, field: 'innhold', message });
  let tree: Root;
  try {
    tree = parser.parse(entry.source ?? '') as Root;
  } catch (error) {
    const place = (error as { place?: { line?: number; start?: { line?: number } } }).place;
    const reason = (error as { reason?: string }).reason ?? String(error);
    report(place?.line ?? place?.start?.line ?? 1, `Teksten kan ikke leses som MDX: ${reason}. Tegnene < og { må skrives som \\< og \\{ i vanlig tekst.`);
    return { problems, headings: [] };
  }
  for (const unsafe of findUnsafeNodes(tree)) report(unsafe.line, unsafe.message);
  visit(tree, 'text', (node) => {
    if (node.value.includes(HINT_MARKER)) {
      report(node.position?.start.line ?? 1, 'Hjelpeteksten fra malen står igjen. Erstatt den med egen tekst, eller fjern seksjonen.');
    }
  });
  checkSections(entry, tree, report);
  checkInternalLinks(tree, knownUrls, report);
  return { problems, headings: h2Headings(tree) };
}
