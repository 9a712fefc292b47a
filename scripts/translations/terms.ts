// The glossary's terms (content/glossary.yaml, section `terms`: institutions, programmes, slogans) as
// translators meet them: which occur in a Chinese unit, with the English the glossary gives, and whether
// an English text uses that English. The glossary's English may end in an explanation in brackets
// (`"Four Good" rural roads programme (well built, managed …)`); the words before it are what the
// translation must contain, in any case and with straight or curly quotes.
import type { EnglishGlossary } from '../../src/lib/glossary.ts';

export interface TermHit {
  zh: string;
  en: string;
}

/** The glossary terms a Chinese text contains, longest first, a term inside a longer one not repeated. */
export function termsIn(text: string, terms: EnglishGlossary['terms']): TermHit[] {
  const keys = Object.keys(terms).sort((a, b) => b.length - a.length);
  const hits: TermHit[] = [];
  let rest = text;
  for (const zh of keys) {
    if (!rest.includes(zh)) continue;
    hits.push({ zh, en: terms[zh]! });
    rest = rest.split(zh).join('\u0000');
  }
  return hits;
}

/** The part of a glossary English that a translation must contain: without a trailing explanation. */
export function requiredEnglish(en: string): string {
  return en.replace(/\s*\([^()]*\)\s*$/, '').trim();
}

/** Whether an English text renders a term the glossary's way. */
export function usesTerm(english: string, term: TermHit): boolean {
  return fold(english).includes(fold(requiredEnglish(term.en)));
}

function fold(text: string): string {
  return text.replace(/[“”„]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, ' ').toLowerCase();
}
