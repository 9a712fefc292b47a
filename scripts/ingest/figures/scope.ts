// What a figure is read against: its sentence, paragraph, section heading and the article's meta, and the
// pieces of the sentence that govern it. The field modules (status, period, place, topic, label, kind) are
// pure functions of this, so each can be tested on a sentence alone.
//
// A sentence is cut into segments at ；and into clauses at ，and ：. A word governs a figure when it stands
// in the figure's own clause chain: the clauses of its segment up to the figure (`计划2025年完成投资10亿元
// 以上，营业收入增长10%` — 计划 governs both), never a clause of another segment (`…增长10%；数字装备制造
// 产业链…，力争…` — 力争 does not reach back). A short lead clause opening the sentence (`下一步，`, `2025
// 年，`) governs every segment of it.

import type { Topic } from '../../../src/domain/topics.ts';

export interface ArticleMeta {
  /** The year the article reports on, as describe read it. */
  year?: number;
  /** The year its page was printed, when the page says: what 今年 means. */
  pageYear?: number;
  /** On an undated page, the year its other articles report on, for an article whose text names none. */
  siblingYear?: number;
  /** ISO date of the page (`2025-11-18`) when known. */
  date?: string;
  /** The article's headline: what the whole article is about, read around each of its figures (topic.ts). */
  title?: string;
  /** The headline's deck, printed under it: it may name the place the headline does not (place.ts). */
  deck?: string;
  regions: readonly string[];
  topics: readonly Topic[];
  /** The as-of date a footnote gives the article's data (`（文中数据截至2025年11月底）` → 截至2025年11月底). */
  asOf?: string;
  /**
   * On a page that prints no date, the article tells a named year and 今年 apart (`2024年，景区共接待…。今年以来，…`):
   * its present is some later year the page does not say, so 今年 and 目前 cannot be placed (meaning.ts).
   */
  presentUnknown?: boolean;
  /** The article is a digest of a report's plans (`…记者梳理报告中的民生内容，摘编如下：`), meaning.ts. */
  reportDigest?: boolean;
  /** The article is a box standing apart (a sidebar: `数说…` over ● lines), its title the box's head (period-titles.ts). */
  box?: boolean;
  /** The speakers of its transcript lines (`王磊：…`) whom it never introduces as officials (status-speaker.ts residentSpeakers). */
  residentSpeakers?: readonly string[];
}

export interface FigureScope {
  /** The figure's sentence, width-normalised and trimmed. */
  sentence: string;
  /** Where the figure's span starts and ends in the sentence. */
  start: number;
  end: number;
  /** The span as printed (`近200万元`) and its base unit (`元`). */
  text: string;
  unit: string;
  /** The paragraph, width-normalised. */
  paragraph: string;
  /** Where the sentence starts in the paragraph. */
  sentenceStart: number;
  /** Section headings above the paragraph, outermost first (may be empty). */
  headings: readonly string[];
  /** The paragraphs just before this one under the same headings, joined: where the section has been. */
  preceding?: string;
  /**
   * The paragraph that introduces the list the figure's paragraph belongs to (`自2026年1月1日起，…实行阶梯水价，具体标准
   * 如下：` over `一、…`, `二、…`): its time and its plan govern the items that name none (meaning.ts).
   */
  intro?: string;
  article: ArticleMeta;
}

/** The characters that end a segment, and a clause, as UTF-16 units (bounds() reads every character of a sentence). */
const units = (chars: string): ReadonlySet<number> => new Set([...chars].map((c) => c.charCodeAt(0)));
const SEGMENT_BREAK = units('；;。！？!?');
const CLAUSE_BREAK = units('，,；;：:。！？!?');
/** A lead clause is short and has no figure of its own: `下一步`, `2025年`, `今年以来`, `到2027年底`. */
const MAX_LEAD = 8;

export interface Range {
  start: number;
  end: number;
}

function bounds(text: string, at: number, end: number, breaks: ReadonlySet<number>): Range {
  let s = at;
  while (s > 0 && !breaks.has(text.charCodeAt(s - 1))) s--;
  let e = end;
  while (e < text.length && !breaks.has(text.charCodeAt(e))) e++;
  return { start: s, end: e };
}

/** The clause (between commas, colons, semicolons or stops) holding the figure. */
export function clauseOf(scope: Pick<FigureScope, 'sentence' | 'start' | 'end'>): Range {
  return bounds(scope.sentence, scope.start, scope.end, CLAUSE_BREAK);
}

/** The segment (between semicolons or stops) holding the figure. */
export function segmentOf(scope: Pick<FigureScope, 'sentence' | 'start' | 'end'>): Range {
  return bounds(scope.sentence, scope.start, scope.end, SEGMENT_BREAK);
}

/**
 * The sentence's lead clause (`下一步，`, `2025年，`), when the sentence opens with a short one that the
 * figure is not in; undefined otherwise.
 */
export function leadOf(sentence: string, figureStart = Number.POSITIVE_INFINITY): string | undefined {
  const m = /^[^，,；;：:。！？!?]{1,12}?[，,：:]/.exec(sentence);
  if (!m || m[0].length - 1 > MAX_LEAD || m[0].length > figureStart) return undefined;
  return m[0].slice(0, -1);
}

/**
 * A range cut to the figure's own line: a table or a list printed a row a line (`| 社区养老服务站 | 46个 |`,
 * `为独居老人配发灭火器    560具`, `● 潞州区：优良天数256天`) reaches the figure as one sentence, and its row
 * bounds what is the figure's own (topic.ts, place.ts).
 */
export function lineOf(text: string, range: Range, start: number, end: number): Range {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const next = text.indexOf('\n', end);
  return { start: Math.max(range.start, lineStart), end: Math.min(range.end, next < 0 ? text.length : next) };
}

/** The text of the figure's clause chain before it: its segment from the start up to the figure. */
export function chainBefore(scope: Pick<FigureScope, 'sentence' | 'start' | 'end'>): string {
  return scope.sentence.slice(segmentOf(scope).start, scope.start);
}

/** The rest of the figure's own clause after it (`…145亿元的目标`). */
export function clauseAfter(scope: Pick<FigureScope, 'sentence' | 'start' | 'end'>): string {
  return scope.sentence.slice(scope.end, clauseOf(scope).end);
}

const OPEN = units('“‘「『');
const CLOSE = units('”’」』');

/** The quotation (“…”) the figure stands in, without its marks, or undefined. */
export function quoteAround(text: string, start: number, end: number): string | undefined {
  let depth = 0;
  let open = -1;
  for (let i = start - 1; i >= 0; i--) {
    if (CLOSE.has(text.charCodeAt(i))) depth++;
    else if (OPEN.has(text.charCodeAt(i))) {
      if (depth === 0) {
        open = i;
        break;
      }
      depth--;
    }
  }
  if (open < 0) return undefined;
  for (let i = end; i < text.length; i++) {
    if (CLOSE.has(text.charCodeAt(i))) return text.slice(open + 1, i);
    if (OPEN.has(text.charCodeAt(i))) return undefined;
  }
  // A quotation running on past the sentence (the closing mark is in the next one).
  return text.slice(open + 1);
}

const QUOTED_NAME = /[“‘「『《][^“”‘’「」『』《》，,。；;！？!?]{1,20}[”’」』》]/g;

// A quote standing as a remark, not as a name: it opens its sentence (or follows a colon or a verb of saying) and a clause
// mark closes it (`“我家的暖气热乎乎的”，屋里温度达到22℃`, a short quote printed with its closing mark inside the sentence).
const REMARK_BEFORE = /(?:^|[。！？!?：:]|说|道)\s*$/;
const REMARK_AFTER = /^\s*(?:[，,。；;！？!?…]|$)/;

// (A verb of saying right before it, `他说：“…”`, gives the remark a speaker, whatever its words.)
const SPOKEN_BEFORE = /(?:说|道)[：:，,]?\s*$/;

/**
 * The text with quoted names (`“职引未来”`, `《…26条措施》`) blanked out, offsets kept: their words govern nothing. With
 * `remarks: 'kept'`, a short remark (REMARK_BEFORE/REMARK_AFTER) stays: its words are a speaker's, not a name's — unless
 * `nameOf` (the quote's words and the text after it) reads it as a name standing as the sentence's lead, no one speaking.
 */
export function maskQuotedNames(text: string, options: { remarks?: 'kept'; nameOf?: (words: string, after: string) => boolean } = {}): string {
  return text.replace(QUOTED_NAME, (m, at: number) => {
    const after = text.slice(at + m.length);
    const remark = options.remarks === 'kept' && !m.startsWith('《') && REMARK_BEFORE.test(text.slice(0, at)) && REMARK_AFTER.test(after);
    const spoken = SPOKEN_BEFORE.test(text.slice(0, at));
    return remark && (spoken || options.nameOf?.(m.slice(1, -1), after) !== true) ? m : ' '.repeat(m.length);
  });
}
