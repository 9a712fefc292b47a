// One article as an XLIFF 2.0 document for a translator's tool (OmegaT, memoQ, Trados, Weblate …),
// built with the `xliff` package (library.ts): one <file> named by the article's id, one <unit> per title, deck,
// kicker, byline, heading, paragraph and caption in source order (units.ts), the Chinese as source and,
// where there is one, English as target — the up-to-date translation's own, or what suggest.ts offers
// (translation memory, an outdated translation's English as a note), marked for the translator. The title unit's notes carry the
// source hash the file was made from, which the import checks; every unit's notes name the glossary
// terms in it with their English, and a paragraph's notes its figures, which the English must state
// (`npm run translations -- --check`).
import type { EnglishGlossary } from '../../../src/lib/glossary.ts';
import type { ArticlePair, FigureLike } from '../content.ts';
import type { Memory } from '../memory.ts';
import { termsIn } from '../terms.ts';
import { unitName } from '../units.ts';
import { writeXliff, type XliffJs, type XliffUnit } from './library.ts';
import { suggest } from './suggest.ts';

export const SOURCE_LANGUAGE = 'zh-CN';
export const TARGET_LANGUAGE = 'en';
export const HASH_NOTE = 'sourceHash';

/** The XLIFF document (as the `xliff` package's object) for one article. */
export function articleXliffJs(pair: ArticlePair, memory: Memory, terms: EnglishGlossary['terms'], figures: readonly FigureLike[] = []): XliffJs {
  const current = pair.state === 'translated' && pair.en ? new Map(pair.en.cut.units.map((u) => [u.id, u.text])) : new Map<string, string>();
  const units: Record<string, XliffUnit> = {};
  for (const unit of pair.zh.cut.units) {
    const notes: string[] = [];
    if (unit.id === 'title') notes.push(`${HASH_NOTE} ${pair.zh.hash} — the Chinese this file was exported from; keep this note`);
    let target = current.get(unit.id);
    if (target === undefined) {
      const suggestion = suggest(pair, unit, memory);
      target = suggestion.target;
      notes.push(...suggestion.notes);
    }
    for (const term of termsIn(unit.text, terms)) notes.push(`glossary: ${term.zh} → ${term.en}`);
    for (const figure of figures.filter((f) => unit.kind === 'paragraph' && `p${f.paragraph}` === unit.id))
      notes.push(`figure: ${figure.text} = ${figure.value.toLocaleString('en-GB')} (state it in the English, in any form)`);
    units[unit.id] = {
      source: unit.text,
      ...(target !== undefined ? { target } : {}),
      ...(notes.length ? { note: notes.length === 1 ? notes[0]! : notes } : {}),
      additionalAttributes: { name: unitName(unit), type: `cz:${unit.kind}` },
    };
  }
  return { sourceLanguage: SOURCE_LANGUAGE, targetLanguage: TARGET_LANGUAGE, resources: { [pair.id]: units } };
}

/** The XLIFF 2.0 text for one article. */
export async function exportArticle(
  pair: ArticlePair,
  memory: Memory,
  terms: EnglishGlossary['terms'],
  figures: readonly FigureLike[] = [],
): Promise<string> {
  return writeXliff(articleXliffJs(pair, memory, terms, figures));
}
