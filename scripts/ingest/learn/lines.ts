// What a line of a page looks like, as numbers a learned model reads (lines-model.ts): its form and its
// neighbours' only, never its words. Its length; how it ends; the marks inside it (：｜—— and spaces, commas,
// quotes, brackets); digits; whether it reads as a sentence (jieba's parts of speech: a verb, a noun before it);
// the blank lines around it; the length and the end of the lines before and after; whether the next line is a
// byline (structure/bylines.ts) or opens as a news item does (本报讯, a dateline, a date); where on the page it
// stands. Every feature is 0–1, so the weights of a model compare. No word lists of headlines.
import { tagWords } from '../figures/words.ts';
import { isBylineLine, isWireByline } from '../structure/bylines.ts';
import { opensWithDateline } from '../structure/datelines.ts';
import { BULLET_MARK, charCount, hasPhraseSpace, isDialogueTurn, isLatin, isListItem, isTitleLike, opensWithDate, opensWithSectionNumber } from '../structure/shape.ts';
import { scanPlaces } from '../../../src/domain/places/gazetteer.ts';
import type { Block } from '../types.ts';

/** The features' names, in the order of the vector lineFeatures returns. */
export const LINE_FEATURES = [
  'bias',
  'len',
  'len<=6',
  'len7-12',
  'len13-24',
  'len25-40',
  'len>40',
  'multiline',
  'endsSentence',
  'endsClause',
  'endsColon',
  'endsQuestion',
  'endsQuote',
  'sentenceMarkInside',
  'commaInside',
  'colonInside',
  'barInside',
  'dashInside',
  'phraseSpace',
  'quotes',
  'brackets',
  'digits',
  'latin',
  'opensBullet',
  'opensNumber',
  'opensSection',
  'opensDate',
  'opensBracket',
  'dialogue',
  'hasVerb',
  'subjectVerb',
  'nounEnd',
  'blankBefore',
  'blankAfter',
  'prevLen',
  'prevEndsSentence',
  'prevShort',
  'prevByline',
  'prevNone',
  'nextLen',
  'nextEndsSentence',
  'nextShort',
  'nextByline',
  'nextWire',
  'nextOpensDate',
  'nextNone',
  'next2Long',
  'nextRestates',
  'nextField',
  'nextPlace',
  'prevLong',
  'headsNear',
  'position',
  'first',
] as const;

export type LineFeature = (typeof LINE_FEATURES)[number];

/** One line of a page: its text, the block it is a line of, and whether a blank line stands before and after it. */
export interface Line {
  text: string;
  block: Block;
  /** The block's first line (what its byline, its kind speak of). */
  first: boolean;
  blankBefore: boolean;
  blankAfter: boolean;
}

/** A page's lines in reading order. */
export interface PageLines {
  lines: readonly Line[];
}

/**
 * The lines of blocks in reading order; `printed` (for each raw block, the printed blank-line block it was cut
 * from) tells where a blank line stood between two blocks (absent: between every two).
 */
export function pageLines(blocks: readonly Block[], printed?: readonly number[]): PageLines {
  const lines: Line[] = [];
  blocks.forEach((block, b) => {
    const texts = block.text.split('\n').map((t) => t.trim()).filter((t) => t !== '');
    const before = b === 0 || blankBetween(printed, blocks[b - 1]!, block);
    const after = b === blocks.length - 1 || blankBetween(printed, block, blocks[b + 1]!);
    texts.forEach((text, k) => lines.push({ text, block, first: k === 0, blankBefore: k === 0 && before, blankAfter: k === texts.length - 1 && after }));
  });
  return { lines };
}

const SENTENCE_END = /[。！？!?][”’」』）)]*$/u;
const CLAUSE_END = /[，,、；;]$/u;
const SHORT = 24;

/** The feature vector of line `i` of the page (LINE_FEATURES order). */
export function lineFeatures(page: PageLines, i: number): number[] {
  const { lines } = page;
  const t = lines[i]!.text;
  const n = charCount(t);
  const prev = lines[i - 1];
  const next = lines[i + 1];
  const next2 = lines[i + 2];
  const pt = prev?.text ?? '';
  const nt = next?.text ?? '';
  const inner = t.replace(/[。！？!?；;][”’」』）)]*$/u, '');
  const speech = n <= 60 && !isLatin(t) ? sentenceForm(t) : { verb: false, subjectVerb: false, nounEnd: false };
  const v: Record<LineFeature, boolean | number> = {
    bias: 1,
    len: Math.min(n, 120) / 120,
    'len<=6': n <= 6,
    'len7-12': n >= 7 && n <= 12,
    'len13-24': n >= 13 && n <= 24,
    'len25-40': n >= 25 && n <= 40,
    'len>40': n > 40,
    multiline: !lines[i]!.first || (next !== undefined && !next.first),
    endsSentence: SENTENCE_END.test(t),
    endsClause: CLAUSE_END.test(t),
    endsColon: /[：:]$/u.test(t),
    endsQuestion: /[？?][”’」』）)]*$/u.test(t),
    endsQuote: /[”’」』"]$/u.test(t),
    sentenceMarkInside: /[。！？!?；;]/u.test(inner),
    commaInside: /[，,、]/u.test(t),
    colonInside: /[：:]./u.test(t),
    barInside: /[｜|]/u.test(t),
    dashInside: /.(?:——|—|－－|--)./u.test(t),
    phraseSpace: hasPhraseSpace(t),
    quotes: /[“”「」『』"]/u.test(t),
    brackets: /[【】（）()〔〕[\]]/u.test(t),
    digits: /[0-9０-９]/u.test(t),
    latin: isLatin(t),
    opensBullet: new RegExp(`^${BULLET_MARK}`, 'u').test(t),
    opensNumber: isListItem(t) && !new RegExp(`^${BULLET_MARK}`, 'u').test(t),
    opensSection: opensWithSectionNumber(t),
    opensDate: opensWithDate(t),
    opensBracket: /^[【〔[（(]/u.test(t),
    dialogue: isDialogueTurn(t),
    hasVerb: speech.verb,
    subjectVerb: speech.subjectVerb,
    nounEnd: speech.nounEnd,
    blankBefore: lines[i]!.blankBefore,
    blankAfter: lines[i]!.blankAfter,
    prevLen: Math.min(charCount(pt), 120) / 120,
    prevEndsSentence: SENTENCE_END.test(pt),
    prevShort: prev !== undefined && charCount(pt) <= SHORT,
    prevByline: prev !== undefined && ((prev.block.kind === 'byline' && prev.first) || (prev.block.credit !== undefined && lines[i]!.first) || isBylineLine(pt)),
    prevNone: prev === undefined,
    nextLen: Math.min(charCount(nt), 120) / 120,
    nextEndsSentence: SENTENCE_END.test(nt),
    nextShort: next !== undefined && charCount(nt) <= SHORT,
    nextByline: next !== undefined && ((next.first && next.block.kind === 'byline') || isBylineLine(nt)),
    nextWire: next !== undefined && ((next.first && next.block.byline !== undefined && isWireByline(next.block.byline)) || /^\S{0,8}讯[\s\u3000(（]/u.test(nt) || opensWithDateline(nt)),
    nextOpensDate: opensWithDate(nt),
    nextNone: next === undefined,
    next2Long: next2 !== undefined && charCount(next2.text) > 40,
    nextRestates: n >= 2 && squashed(nt).startsWith(squashed(t).replace(/^[^\p{L}\p{N}]+/u, '').slice(0, 4)),
    nextField: /^[^\s：:，,。]{2,6}[：:]/u.test(nt),
    nextPlace: scanPlaces(nt.slice(0, 30)).length > 0,
    prevLong: charCount(pt) > 60,
    headsNear: Math.min(headsNear(lines, i), 4) / 4,
    position: lines.length <= 1 ? 0 : i / (lines.length - 1),
    first: i === 0,
  };
  return LINE_FEATURES.map((name) => Number(v[name]));
}

const squashed = (text: string) => text.replace(/[\s\u3000]+/gu, '');

/** Title-like lines over running text among the six lines before and the six after: an article's sections. */
function headsNear(lines: readonly Line[], i: number): number {
  let count = 0;
  for (let k = Math.max(1, i - 6); k < Math.min(lines.length - 1, i + 7); k++) {
    if (k !== i && isTitleLike(lines[k]!.text) && charCount(lines[k + 1]!.text) > 40) count++;
  }
  return count;
}

/** What the page's rules read as a byline, page furniture or a continuation mark is never asked about. */
const NEVER_HEAD = new Set<Block['kind']>(['byline', 'furniture', 'continuation']);

/**
 * A line that may open an article standing after running text (not a byline, furniture or a mark by the rules): one short line with a title's form (no sentence
 * mark, not broken off), not an item, a numbered section, a turn of a dialogue, a table's row or a quotation, with
 * a paragraph above it on the page. The lines the model is trained on and asked about.
 */
export function isHeadCandidate(lines: readonly Line[], i: number): boolean {
  const t = lines[i]!.text;
  if (NEVER_HEAD.has(lines[i]!.block.kind) || isBylineLine(t)) return false;
  if (!isTitleLike(t) || isListItem(t) || opensWithSectionNumber(t) || isDialogueTurn(t) || /^\|/u.test(t) || /^[“"「『]/u.test(t)) return false;
  return lines.slice(0, i).some((l) => l.block.kind === 'paragraph' && charCount(l.text) > 30);
}

/** A blank line stands between two blocks: they were cut from two printed blocks. */
function blankBetween(printed: readonly number[] | undefined, a: Block, b: Block): boolean {
  if (!printed || printed.length === 0) return true;
  const last = a.source.at(-1);
  const first = b.source[0];
  if (last === undefined || first === undefined) return true;
  return printed[last] !== printed[first];
}

const NOUN = /^(?:n|nr|ns|nt|nz|r|vn)$/u;

/** jieba's reading of a short line: it has a verb, a noun or pronoun stands before its first verb, it ends on a noun. */
function sentenceForm(text: string): { verb: boolean; subjectVerb: boolean; nounEnd: boolean } {
  const words = tagWords(text).filter((w) => w.tag !== 'x' && w.tag !== 'w');
  const verbAt = words.findIndex((w) => w.tag === 'v');
  return {
    verb: verbAt >= 0,
    subjectVerb: verbAt > 0 && words.slice(0, verbAt).some((w) => NOUN.test(w.tag)),
    nounEnd: words.length > 0 && NOUN.test(words.at(-1)!.tag),
  };
}
