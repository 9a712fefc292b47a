// Paragraphs of an article that name places it is not about, by their form: a bracketed note on where the author
// works (`（作者单位：长治学院）`), a line of the bodies that reply to a proposal (`答复单位：长子县人民政府`, or bodies'
// names alone before any sentence), the body's name that signs a notice at its end. regions.ts reads past them.

import { isBodiesLine, isIssuerLine, isSignedDate } from '../structure/issuers.ts';

// A bracketed note on who wrote the piece, a paragraph of its own under a commentary (`（作者单位：长治学院）`,
// `（作者系潞州区委党校教师）`): it says where the author works, not what the article is about.
export const AUTHOR_NOTE = /^[（(]\s*(?:本文)?作者(?:单位|系|为|是|简介)?[：:]?[^（()）]*[）)]$/u;
// A line of bodies' names alone, labelled (`答复单位：长子县人民政府`) or standing under the headline before any sentence of
// text (`长治市生态环境局　长治市住房和城乡建设局`, `武乡县水利局`): who replies to a proposal, not a place the text is
// about (the reply's own text says where). The names are read as structure/issuers.ts reads a body's name
// (isBodiesLine). A body's name after text has begun is a notice's signer (closingSigner) or a section's head.
const BODIES_LABEL = /^(?:答复|承办|主办|协办|会办)单位[：:]\s*/u;
// A part that ends a sentence: text has begun.
export const SENTENCE_END = /[。！？!?][”」』）)]?$/u;

/** Whether a paragraph names who replies: a line of bodies' names alone, labelled or before any text. */
export function isReplyingBodies(text: string, textBegun: boolean): boolean {
  const line = text.trim();
  const labelled = BODIES_LABEL.test(line);
  return (labelled || !textBegun) && isBodiesLine(line.replace(BODIES_LABEL, ''));
}

/**
 * The index of the part that signs the text at its end, a body's name alone on its line (structure/issuers.ts
 * isIssuerLine), maybe over the day (`长治市城市热力有限公司` / `2025年11月16日`, or the two lines in one part), after text
 * has begun (`firstSentence`, the first part ending a sentence); -1 if none. Who issues a notice is not a body that acts in
 * its text: the city's company signing a water cut in a county's streets does not make it the city's notice.
 */
export function closingSigner(texts: readonly string[], firstSentence: number): number {
  let last = texts.length - 1;
  if (last >= 0 && isSignedDate(texts[last]!)) last--;
  const lines = (texts[last] ?? '').trim().split('\n');
  const name = lines.length === 2 && isSignedDate(lines[1]!) ? lines[0]! : lines.join('\n');
  return last > firstSentence && isIssuerLine(signerName(name)) ? last : -1;
}

// The seal's note after the signer (`长治市供水有限公司（盖章）`, `（章）`).
const SEAL = /[\s\u3000]*[（(](?:盖章|公章|章)[）)]$/u;
// The day signed on the signer's own line after a space (`长治市供水有限公司　2025年12月18日`, right-aligned signatures).
const DAY_AFTER = /[\s\u3000]+(\S+)$/u;

/** The signer's name read without the seal's note or the day printed after it on its line (review R3 F5). */
function signerName(line: string): string {
  const unsealed = line.trim().replace(SEAL, '');
  const day = DAY_AFTER.exec(unsealed);
  return (day && isSignedDate(day[1]!) ? unsealed.slice(0, day.index) : unsealed).replace(SEAL, '');
}
