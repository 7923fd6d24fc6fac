import type { Document } from 'yaml';

/**
 * Synthetic prose for the benchmark's generated cases, so that a large site has a vocabulary that grows with its
 * size, as real write-ups have, and search has distinct pages to find instead of copies of the 20 real texts.
 *
 * The words follow Simon's model of text: each next word is, with a small and slowly falling probability, a word
 * never used before, and otherwise a repeat of a word drawn from everything written so far (so frequent words get
 * more frequent, giving Zipf's law). The chance of a new word falls as 1/√(words written), so the vocabulary grows
 * roughly as the square root of the text (Heaps' law). It starts from the real cases' own words and frequencies, so
 * common Norwegian words and the domain's terms (startlån, bostedsløse …) stay the most frequent. Everything is
 * drawn from one seeded generator: the same seed and case count always give the same text.
 */

/** A small deterministic random generator (a linear congruential generator), so every run writes the same text. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

// Syllables that make plausible Norwegian-looking words; the made-up words are only there to grow the vocabulary.
const ONSETS = [
  'b',
  'bl',
  'br',
  'd',
  'f',
  'fl',
  'fr',
  'g',
  'gr',
  'h',
  'j',
  'k',
  'kl',
  'kr',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  'sk',
  'sl',
  'sp',
  'st',
  't',
  'tr',
  'v',
];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'y', 'æ', 'ø', 'å', 'ei', 'au'];
const CODAS = ['', '', 'n', 'r', 'l', 'k', 'g', 'st', 'nd', 'ng', 'kk', 'tt', 'm', 's'];
const ENDINGS = ['', '', '', 'en', 'et', 'er', 'ene', 'ing', 'else', 'het', 'lig'];

/** The words of the real texts, lower-cased, in order (with repeats: their frequencies seed the model). */
export function wordsOf(texts: readonly string[]): string[] {
  return texts.flatMap((text) => text.toLowerCase().match(/[a-zæøå]{2,}/g) ?? []);
}

export interface TextGenerator {
  /** `count` words of running text, with no punctuation. */
  words: (count: number) => string[];
  /** Sentences of about `wordCount` words in all, capitalised and ending with a full stop. */
  prose: (wordCount: number) => string;
  /** A title-like phrase of a few words, capitalised, at most `maxLength` characters. */
  phrase: (maxLength: number) => string;
  /** How many distinct words have been used so far. */
  vocabularySize: () => number;
}

export function textGenerator(realWords: readonly string[], seed: number): TextGenerator {
  const random = seeded(seed);
  // Every word written so far, with repeats: drawing uniformly from it draws each word by its frequency.
  const written: string[] = realWords.length ? [...realWords] : ['bolig'];
  const known = new Set(written);

  function inventWord(): string {
    for (;;) {
      const syllables = 1 + Math.floor(random() * 3);
      let word = '';
      for (let i = 0; i < syllables; i++) {
        word +=
          (ONSETS[Math.floor(random() * ONSETS.length)] ?? '') + (VOWELS[Math.floor(random() * VOWELS.length)] ?? '');
        if (i === syllables - 1) word += CODAS[Math.floor(random() * CODAS.length)] ?? '';
      }
      // Half the new words are compounds with a known word, as Norwegian makes most of its new words.
      if (random() < 0.5) word = `${written[Math.floor(random() * written.length)] ?? ''}${word}`;
      word += ENDINGS[Math.floor(random() * ENDINGS.length)] ?? '';
      if (word.length >= 3 && !known.has(word)) {
        known.add(word);
        return word;
      }
    }
  }

  function nextWord(): string {
    const newWordChance = 4 / Math.sqrt(written.length);
    const word = random() < newWordChance ? inventWord() : (written[Math.floor(random() * written.length)] ?? 'bolig');
    written.push(word);
    return word;
  }

  const words = (count: number) => Array.from({ length: Math.max(1, count) }, nextWord);
  const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

  function prose(wordCount: number): string {
    const sentences: string[] = [];
    let left = Math.max(4, wordCount);
    while (left > 0) {
      const length = Math.min(left, 6 + Math.floor(random() * 14));
      const sentence = words(length);
      // A comma now and then, so the text reads as sentences to the search excerpts.
      if (length > 9) sentence[Math.floor(length / 2)] += ',';
      sentences.push(`${capitalise(sentence.join(' '))}.`);
      left -= length;
    }
    return sentences.join(' ');
  }

  function phrase(maxLength: number): string {
    return capitalise(words(3 + Math.floor(random() * 5)).join(' '))
      .slice(0, maxLength)
      .trim();
  }

  return { words, prose, phrase, vocabularySize: () => known.size };
}

/**
 * Rewrites a Markdown body's prose with generated text, keeping its structure: the `##` headings (the section
 * rules require them), blank lines and list items stay, and each paragraph or item gets about as many new words as
 * it had. Links, emphasis and other markup go with the old text, so nothing can point at a page that is not there.
 */
export function rewriteBody(body: string, text: TextGenerator): string {
  return body
    .split('\n')
    .map((line) => {
      if (!line.trim() || line.startsWith('#')) return line;
      const item = /^(\s*(?:[-*]|\d+\.)\s+)(.*)$/.exec(line);
      const [prefix, rest] = item ? [item[1] ?? '', item[2] ?? ''] : ['', line];
      const wordCount = rest.split(/\s+/).filter(Boolean).length;
      return `${prefix}${text.prose(wordCount)}`;
    })
    .join('\n');
}

/** Cuts generated text to at most `max` characters at a word boundary, ending it with a full stop. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 1)).replace(/[,.]$/, '')}.`;
}

const lengthOf = (value: unknown) =>
  String(value ?? '')
    .split(/\s+/)
    .filter(Boolean).length;

/**
 * Fresh text for the prose fields a case page shows (summary, steps, results, the success factors' wording), each
 * about as long as the real case's; ids, references, names, years and sources are left as they are.
 */
export function rewriteCaseFields(doc: Document, text: TextGenerator): void {
  const data = doc.toJS() as Record<string, unknown>;
  const list = (key: string) => (Array.isArray(data[key]) ? (data[key] as unknown[]) : undefined);
  doc.set('sammendrag', clip(text.prose(lengthOf(data.sammendrag)), 300));
  const trinn = list('trinn') as Record<string, unknown>[] | undefined;
  if (trinn)
    doc.set(
      'trinn',
      trinn.map((step) => ({ ...step, tittel: text.phrase(80), hva: text.prose(lengthOf(step.hva)) })),
    );
  const resultater = list('resultater');
  if (resultater)
    doc.set(
      'resultater',
      resultater.map((item) => text.prose(lengthOf(item))),
    );
  const faktorer = list('suksessfaktorer') as Record<string, unknown>[] | undefined;
  if (faktorer)
    doc.set(
      'suksessfaktorer',
      faktorer.map((factor) => ({ ...factor, formulering: text.prose(10 + lengthOf(factor.formulering)) })),
    );
}

/** How many distinct words the cases' files hold together: the vocabulary search indexes. */
export function vocabularyOf(files: readonly string[], read: (file: string) => string): number {
  const words = new Set<string>();
  for (const file of files) for (const word of wordsOf([read(file)])) words.add(word);
  return words.size;
}
