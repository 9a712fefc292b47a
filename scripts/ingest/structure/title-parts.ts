// Title parts a page export labels (`引题：守护“一老一小”` / `主题：社区托育点开到家门口` / `副题：全市已建成…`), as
// some layout systems write a headline's stack into plain text: the label says the part's role — 引题, 肩题 or
// 眉题 the kicker, 主题, 正题, 主标题 or 标题 the headline, 副题 or 副标题 the deck — and is no part of its text. A line
// of the headline's with no label of its own under the 主题 line (a headline over two lines) goes on with it.
// Read only where two labelled parts stand together, so a notice's `主题：…` line stays text.

import type { Marked } from './run.ts';
import { isTitleLike } from './shape.ts';

const PART = /^[【\[［]?(引题|肩题|眉题|主题|正题|主标题|标题|副题|副标题)[】\]］]?[：:]?[\s\u3000]*(\S.*)$/su;
const ROLE: Record<string, 'kicker' | 'title' | 'deck'> = { 引题: 'kicker', 肩题: 'kicker', 眉题: 'kicker', 主题: 'title', 正题: 'title', 主标题: 'title', 标题: 'title', 副题: 'deck', 副标题: 'deck' };

function partOf(m: Marked | undefined): { role: 'kicker' | 'title' | 'deck'; text: string } | undefined {
  if (m === undefined || m.block.byline || m.block.credit) return undefined;
  const match = PART.exec(m.block.text.trim());
  if (!match || !isTitleLike(match[2]!.replace(/\n/gu, ''))) return undefined;
  return { role: ROLE[match[1]!]!, text: match[2]!.trim() };
}

/** `引题：…`, `【主题】…`: a line opened by a title part's label (read as one only beside another, readTitleParts). */
export function opensWithPartLabel(text: string): boolean {
  return PART.test(text.trim());
}

/** The labelled title parts of a page read as kicker, title and deck, without their labels; other blocks as they were. */
export function readTitleParts(marked: Marked[]): Marked[] {
  const out: Marked[] = [];
  for (let i = 0; i < marked.length; i++) {
    const part = partOf(marked[i]);
    const paired = part !== undefined && [-3, -2, -1, 1, 2, 3].some((d) => { const other = partOf(marked[i + d]); return other !== undefined && other.role !== part.role; });
    if (!part || !paired) {
      out.push(marked[i]!);
      continue;
    }
    let text = part.text;
    const source = [...marked[i]!.block.source];
    // `主题：社区托育点` / `开到家门口`: the headline's second line, with no label.
    while (part.role === 'title' && marked[i + 1] !== undefined && partOf(marked[i + 1]) === undefined && marked[i + 1]!.shape === 'title') {
      text += `\n${marked[i + 1]!.block.text.trim()}`;
      source.push(...marked[i + 1]!.block.source.filter((s) => !source.includes(s)));
      i++;
    }
    const kind = part.role === 'title' ? 'caption' : part.role;
    out.push({ shape: part.role, block: { kind, text, source } });
  }
  return out;
}
