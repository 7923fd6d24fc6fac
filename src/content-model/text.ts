/**
 * Characters an editor cannot see. Control characters break the XML feeds; bidi overrides and zero-width
 * characters make a text read differently from what it says (and let «Tittel» + U+200B pass as a new title).
 */
const HIDDEN: Readonly<Record<string, string>> = {
  '\u200B': 'nullbreddes mellomrom (U+200B)',
  '\u200C': 'nullbreddes ikke-sammenføyer (U+200C)',
  '\u200D': 'nullbreddes sammenføyer (U+200D)',
  '\u2060': 'ordsammenføyer (U+2060)',
  '\uFEFF': 'BOM / nullbreddes hardt mellomrom (U+FEFF)',
  '\u202A': 'retningstegn (U+202A)',
  '\u202B': 'retningstegn (U+202B)',
  '\u202C': 'retningstegn (U+202C)',
  '\u202D': 'retningstegn (U+202D)',
  '\u202E': 'retningstegn som snur teksten (U+202E)',
  '\u2066': 'retningstegn (U+2066)',
  '\u2067': 'retningstegn (U+2067)',
  '\u2068': 'retningstegn (U+2068)',
  '\u2069': 'retningstegn (U+2069)',
};

// C0 and C1 control characters and DEL. Bodies may hold \n, \r and \t; a one-line field may hold none of them.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this pattern's job.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const HIDDEN_OR_CONTROL = new RegExp(`[${Object.keys(HIDDEN).join('')}]|${CONTROL.source}`);

/** Word's invisible typography: replaced, and the editor is told. */
export const NORMALISED: Readonly<Record<string, { name: string; replacement: string }>> = {
  '\u00A0': { name: 'hardt mellomrom (U+00A0)', replacement: ' ' },
  '\u00AD': { name: 'myk bindestrek (U+00AD)', replacement: '' },
};

function describe(char: string): string {
  const named = HIDDEN[char];
  if (named) return named;
  return `kontrolltegn (U+${char.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')})`;
}

/** The first hidden or control character in `text` and its index, or undefined. Tabs and newlines count here. */
export function findHiddenCharacter(
  text: string,
  { allowLineBreaks = false } = {},
): { index: number; name: string } | undefined {
  const pattern = new RegExp(HIDDEN_OR_CONTROL.source, 'g');
  for (const match of text.matchAll(pattern)) {
    return { index: match.index, name: describe(match[0]) };
  }
  if (!allowLineBreaks) {
    const index = text.search(/[\t\r]/);
    if (index >= 0) return { index, name: text[index] === '\t' ? 'tabulator' : 'vognretur (U+000D)' };
  }
  return undefined;
}

/** The message for a hidden character, the same in front matter and body. */
export function hiddenCharacterMessage(name: string): string {
  return `Teksten inneholder et usynlig tegn: ${name}. Slett det (skriv ordet på nytt hvis du ikke finner det); det kommer ofte med tekst limt inn fra Word eller PDF.`;
}

/** `text` with Word's non-breaking spaces and soft hyphens normalised. */
export function normaliseText(text: string): string {
  let out = text;
  for (const [char, { replacement }] of Object.entries(NORMALISED)) out = out.replaceAll(char, replacement);
  return out;
}

/** The normalised characters found in `text`, by name. */
export function normalisedCharacters(text: string): string[] {
  return Object.entries(NORMALISED)
    .filter(([char]) => text.includes(char))
    .map(([, { name }]) => name);
}

// “tekst”, ”tekst”, „tekst“: a word processor's quotes where YAML wanted plain "…". «…» is bokmål and allowed.
const CURLY_QUOTED = /^[“”„‘’][\s\S]*[“”‘’]$/;

/** Whether a whole value is wrapped in a word processor's curly quotes instead of YAML's plain ones. */
export function isCurlyQuoted(text: string): boolean {
  return CURLY_QUOTED.test(text.trim());
}

/** Titles that differ only by case, normalised spaces or hidden characters are the same title. */
export function titleKey(title: string): string {
  return normaliseText(title).normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('nb');
}
