import type { Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';

/**
 * Case files are written by advisers, not developers, and MDX can run code. Only these plain HTML elements may
 * appear in a body, each with only the attributes listed; everything else is refused in `npm run sjekk` and
 * fails the build (remark-safe-content).
 */
export const ALLOWED_ELEMENTS: Readonly<Record<string, readonly string[]>> = {
  abbr: ['title'],
  br: [],
  sub: [],
  sup: [],
};

const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

export interface UnsafeNode {
  line: number;
  column: number;
  message: string;
}

/** One message for every image, in every Markdown form: content has no images (issue 13 decided so). */
export const NO_IMAGES =
  'Bilder kan ikke brukes i innholdsfiler. Beskriv med ord det bildet viser, og oppgi dokumentet bildet kommer fra under kilder.';

/**
 * A body may link to the site's own pages (/…, #…) and to e-mail and phone numbers. Only sources (`kilder[].url`)
 * link to other sites, so the reader sees where a fact comes from.
 */
function checkUrl(url: string): string | undefined {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: browsers ignore control characters in a scheme, so must we.
  const trimmed = url.trim().replace(/[\u0000-\u0020]/g, '');
  if (/^javascript:/i.test(trimmed)) return 'lenke med javascript: kan kjøre kode. Lenk til en side på nettstedet.';
  if (/^(mailto|tel):/i.test(trimmed)) return undefined;
  if (/^https?:/i.test(trimmed) || /^[/\\]{2}/.test(trimmed)) {
    return 'Lenker til andre nettsteder hører hjemme under kilder (med url), ikke i teksten. Fjern lenken, eller lenk til en side på nettstedet som begynner med /.';
  }
  if (HAS_SCHEME.test(trimmed)) {
    return `lenke med «${trimmed.split(':')[0]}:» er ikke tillatt. Lenk til en side på nettstedet som begynner med /, eller bruk mailto:.`;
  }
  return undefined;
}

function checkAttribute(element: string, attribute: MdxJsxAttribute | MdxJsxExpressionAttribute): string | undefined {
  if (attribute.type === 'mdxJsxExpressionAttribute') {
    return `<${element}> har et {…}-uttrykk som kan kjøre kode. Fjern det.`;
  }
  if (/^on/i.test(attribute.name)) {
    return `Attributtet ${attribute.name} på <${element}> er en hendelse som kjører kode. Fjern det.`;
  }
  if (attribute.value !== null && typeof attribute.value === 'object') {
    return `Attributtet ${attribute.name} på <${element}> har et {…}-uttrykk som kan kjøre kode. Skriv verdien i anførselstegn.`;
  }
  if (typeof attribute.value === 'string' && /^\s*javascript:/i.test(attribute.value)) {
    return `Attributtet ${attribute.name} på <${element}> inneholder javascript:. Fjern det.`;
  }
  const allowed = Object.hasOwn(ALLOWED_ELEMENTS, element) ? (ALLOWED_ELEMENTS[element] ?? []) : [];
  if (!allowed.includes(attribute.name)) {
    const hint = attribute.name === 'style' ? ' Utseendet styres av nettstedet, ikke av innholdsfilen.' : '';
    return `Attributtet ${attribute.name} er ikke tillatt på <${element}>.${hint} Fjern det.`;
  }
  return undefined;
}

function elementMessage(name: string | null): string | undefined {
  if (name === null) return 'Tomme <>…</>-elementer er ikke tillatt. Fjern dem.';
  const lower = name.toLowerCase();
  if (lower === 'script') return '<script> er ikke tillatt: innholdsfiler kan ikke kjøre kode. Fjern hele elementet.';
  if (lower === 'iframe')
    return '<iframe> er ikke tillatt: innholdsfiler kan ikke hente inn andre nettsider. Lenk til siden i stedet.';
  if (lower === 'style') return '<style> er ikke tillatt: utseendet styres av nettstedet. Fjern elementet.';
  if (lower === 'img' || lower === 'picture' || lower === 'svg') return NO_IMAGES;
  if (!Object.hasOwn(ALLOWED_ELEMENTS, name)) {
    const allowed = Object.keys(ALLOWED_ELEMENTS)
      .map((e) => `<${e}>`)
      .join(', ');
    return `<${name}> er ikke tillatt i innholdsfiler. Skriv vanlig tekst i Markdown, eller bruk ${allowed}.`;
  }
  return undefined;
}

/** Every node in an MDX tree that could run code or reach another site, with where it is. */
export function findUnsafeNodes(tree: Root): UnsafeNode[] {
  const found: UnsafeNode[] = [];
  const report = (node: { position?: { start: { line: number; column: number } } }, message: string) =>
    found.push({ line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1, message });

  visit(tree, (node) => {
    switch (node.type) {
      case 'mdxjsEsm':
        report(node, 'import og export er ikke tillatt i innholdsfiler: de kjører kode. Fjern linjen.');
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        report(node, 'Krøllparenteser {…} kjører kode i MDX. Fjern dem, eller skriv \\{ hvis du mener tegnet.');
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const message = elementMessage(node.name);
        if (message) {
          report(node, message);
          break;
        }
        for (const attribute of node.attributes) {
          const problem = checkAttribute(node.name ?? '', attribute);
          if (problem) report(node, problem);
        }
        break;
      }
      case 'link':
      case 'definition': {
        const problem = checkUrl(node.url);
        if (problem) report(node, problem);
        break;
      }
      case 'image':
      case 'imageReference':
        report(node, NO_IMAGES);
        break;
      case 'html':
        report(node, 'Rå HTML er ikke tillatt i innholdsfiler. Skriv vanlig tekst i Markdown.');
        break;
    }
  });
  return found;
}
