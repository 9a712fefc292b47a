// Sections of one report under labels in brackets (stage 4, read before segment.ts cuts the drafts): a report's lead,
// then two labels or more each over its section (`…记者梳理了其中的要点。` / `【去年成绩单】` / `◆ …。` / `【今年目标】` /
// `◆ …。` / `【重点实事】` / `一、…。`). Read alone, each label is a headline and its section an article of its own; but
// the sections tell no news of their own — no one signs them, and none opens as a news item opens, with its day or its
// place — so they go on from the lead: the labels are the report's section heads. A page of items under bracketed
// headlines (`【某路公交延伸至新城区】` / `记者从…获悉，…`, `【…】` / `12月1日，…`) is no such report: its items are signed or
// open with their day.
import { isWireByline } from './structure/bylines.ts';
import { openingPlace } from './structure/opening-place.ts';
import { endsComplete, opensWithDate } from './structure/shape.ts';
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
    if (series.length >= MIN_SECTIONS) series.forEach((k) => labels.add(k));
    i = Math.max(i, at - 1);
  }
  return labels;
}

/** A report's running text right above: a finished paragraph (maybe pointing on down, `一起来看↓↓↓`), no one's signature closing it. */
function leadAbove(blocks: readonly Block[], i: number): boolean {
  const above = blocks.slice(0, i).findLast((b) => b.kind !== 'furniture');
  const text = above?.text.trim().replace(POINTING_ON, '') ?? '';
  return above?.kind === 'paragraph' && above.byline === undefined && above.credit === undefined && (endsComplete(text) || /\p{Script=Han}$/u.test(text));
}

// Arrows pointing on down to what follows, after a lead's last words: `一起来看↓↓↓`, `请看▼`.
const POINTING_ON = /[\s\u3000]*[↓⬇▼👇]+$/u;

/** Where the section under the label at `i` ends (the next block that is none of its lines); undefined when it is no section. */
function sectionEnd(blocks: readonly Block[], i: number): number | undefined {
  let end = i + 1;
  while (end < blocks.length && !isLabel(blocks[end]) && SECTION_KINDS.has(blocks[end]!.kind) && blocks[end]!.byline === undefined && blocks[end]!.credit === undefined) end++;
  const first = blocks.slice(i + 1, end).find((b) => b.kind === 'paragraph');
  if (first === undefined) return undefined;
  const line = first.text.trim().replace(SYMBOL_BULLET, '');
  return opensWithDate(line) || openingPlace(line) !== undefined || isWireByline(line) ? undefined : end;
}
