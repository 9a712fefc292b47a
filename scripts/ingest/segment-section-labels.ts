// Sections of one report under labels in brackets (stage 4, read before segment.ts cuts the drafts): a report's lead,
// then two labels or more each over its section (`…记者梳理了其中的要点。` / `【去年成绩单】` / `◆ …。` / `【今年目标】` /
// `◆ …。` / `【重点实事】` / `一、…。`). Read alone, each label is a headline and its section an article of its own; but
// the sections tell no news of their own — no one signs them, and none opens as a news item opens, with its day or its
// place — so they go on from the lead: the labels are the report's section heads. A page of items under bracketed
// headlines (`【某路公交延伸至新城区】` / `记者从…获悉，…`, `【…】` / `12月1日，…`) is no such report: its items are signed or
// open with their day or their source. Nor is a column of short items under bracketed headlines after an article that has
// told its own news (`【2处停车场投用】` / `为方便…，…。`): the report's lead is its only paragraph, right above its first label,
// and its sections are each two lines or more, either lists (every line bulleted or numbered) or text the lead points on
// to (`…一起来看↓↓↓`, `…如下：`).
import { isWireByline, opensWithSource } from './structure/bylines.ts';
import { openingPlace } from './structure/opening-place.ts';
import { endsComplete, isListItem, opensWithDate } from './structure/shape.ts';
import { SYMBOL_BULLET } from './structure/briefs.ts';
import type { Block } from './types.ts';

// `【2025年成绩单】`, `【回眸2025】`: a short label in brackets, no sentence's punctuation, no space (a headline in brackets
// runs longer, or sets its two parts apart with a space).
const SECTION_LABEL = /^【[^【】\s，,。！？!?；;：:、“”"]{2,12}】$/u;
/** A report holds two sections or more under such labels. */
const MIN_SECTIONS = 2;
// What a section's lines may be besides paragraphs: its own heads.
const SECTION_KINDS = new Set<Block['kind']>(['paragraph', 'heading', 'subheading', 'furniture']);

// What such a label may have been read as alone: a headline, a section's head, a column's name (the page's furniture).
const LABEL_KINDS = new Set<Block['kind']>(['headline', 'heading', 'subheading', 'furniture']);
const isLabel = (b: Block | undefined) => b !== undefined && LABEL_KINDS.has(b.kind) && !b.text.includes('\n') && SECTION_LABEL.test(b.text.trim());

/** The indices of the blocks that are section labels of the report above them. */
export function sectionLabels(blocks: readonly Block[]): Set<number> {
  const labels = new Set<number>();
  for (let i = 1; i < blocks.length; i++) {
    if (!isLabel(blocks[i]) || !leadAbove(blocks, i)) continue;
    const series: number[] = [];
    let at = i;
    while (isLabel(blocks[at])) {
      const end = sectionEnd(blocks, at);
      if (end === undefined) break;
      series.push(at);
      at = end;
    }
    if (series.length >= MIN_SECTIONS && (pointsOn(blocks[i - 1]!) || series.every((k) => listed(blocks, k)))) series.forEach((k) => labels.add(k));
    i = Math.max(i, at - 1);
  }
  return labels;
}

/**
 * A report's lead right above: a finished paragraph (maybe pointing on down, `一起来看↓↓↓`), no one's signature closing
 * it, and the only paragraph of its article that ends a sentence (none back to its headline or the page's top; `来源：…`
 * lines may stand there): the labels follow the lead of the headline's report, not the last paragraph of an article that
 * has told its own news.
 */
function leadAbove(blocks: readonly Block[], i: number): boolean {
  const above = blocks[i - 1];
  if (above?.kind !== 'paragraph' || above.byline !== undefined || above.credit !== undefined || !finished(above)) return false;
  for (let k = i - 2; k >= 0 && blocks[k]!.kind !== 'headline'; k--) if (blocks[k]!.kind === 'paragraph' && endsComplete(blocks[k]!.text.trim())) return false;
  return true;
}

/** A paragraph that ends a sentence, or ends in words before arrows pointing on down. */
const finished = (b: Block) => {
  const text = b.text.trim().replace(POINTING_ON, '');
  return endsComplete(text) || /\p{Script=Han}$/u.test(text);
};

// Arrows pointing on down to what follows, after a lead's last words: `一起来看↓↓↓`, `请看▼`; or a colon: `…如下：`.
const POINTING_ON = /[\s\u3000]*[↓⬇▼👇]+$/u;
/** A lead that points on to what follows: by arrows, or by a colon. */
const pointsOn = (b: Block) => /(?:[↓⬇▼👇]|[：:])[\s\u3000]*$/u.test(b.text.trim());

/** The section under the label at `i` is a list: every line of its text bulleted or numbered (`◆ …`, `1.…`, `一、…`). */
function listed(blocks: readonly Block[], i: number): boolean {
  const lines = sectionLines(blocks, i).flatMap((b) => b.text.split('\n')).map((l) => l.trim()).filter((l) => l !== '');
  return lines.length > 0 && lines.every((l) => isListItem(l) || SECTION_NUMBER.test(l));
}
// `一、住有宜居。…`: a section's own numbering in Chinese numerals.
const SECTION_NUMBER = /^[一二三四五六七八九十]{1,3}[、．.]/u;

/** The body lines of the section under the label at `i`. */
const sectionLines = (blocks: readonly Block[], i: number) => {
  const end = sectionEnd(blocks, i) ?? i + 1;
  return blocks.slice(i + 1, end).filter((b) => b.kind === 'paragraph');
};

// A news item's opening on its count (`据统计，…`); its source (`记者从县公交公司获悉，`, `据了解，`) is bylines.ts opensWithSource.
const COUNTED = /^据统计[，,]/u;
/** A section holds two lines of text or more (a brief under a bracketed headline is one paragraph). */
const MIN_LINES = 2;

/** Where the section under the label at `i` ends (the next block that is none of its lines); undefined when it is no section. */
function sectionEnd(blocks: readonly Block[], i: number): number | undefined {
  let end = i + 1;
  while (end < blocks.length && !isLabel(blocks[end]) && SECTION_KINDS.has(blocks[end]!.kind) && blocks[end]!.byline === undefined && blocks[end]!.credit === undefined) end++;
  const body = blocks.slice(i + 1, end).filter((b) => b.kind === 'paragraph');
  const first = body[0];
  if (first === undefined || body.flatMap((b) => b.text.split('\n')).filter((l) => l.trim() !== '').length < MIN_LINES) return undefined;
  const line = first.text.trim().replace(SYMBOL_BULLET, '');
  return opensWithDate(line) || openingPlace(line) !== undefined || isWireByline(line) || opensWithSource(line) || COUNTED.test(line) ? undefined : end;
}
