// Heads printed alike over short items have one role, the first's (as item-column.ts reads bulleted heads): a
// title-like line of a colon head's form (`洪水镇：村村通上了冬季公交`) right under an item whose headline has that
// form and stands straight over its one paragraph (`丰州镇：幸福院里过冬不愁` / `丰州镇今年新建…。`) heads the next item.
// A feature's headline has its byline or deck under it and its lead before any subhead, so the subheads of one
// story (`上遥镇` alone, `第一站：…` after a lead, a roundup's `X县：…` under a 本报讯 lead) stay its sections, and so
// do numbered colon heads (`变化一：…` / `变化二：…`, `第二站：…`): an ordinal counts the parts of one story.

import { structural, text, type Run } from './run.ts';

// A colon head: a few characters (a place, a name, a topic) and a colon, then the head's own words.
const COLON_HEAD = /^[^\s：:，,。！？]{2,8}[：:][\s\u3000]*[^\s：:]{3,}$/u;

// The head's label counts (`变化一`, `第二站`, `其三`, `二、`): an ordinal in it.
const ORDINAL_LABEL = /(?:第|其)[一二三四五六七八九十\d]|[一二三四五六七八九十]$|^[一二三四五六七八九十]+[、.]/u;

/** The run's last line is a colon head, and the item right above is one paragraph under a colon headline. */
export function colonHeadLikeItemAbove(run: Run, last: number): boolean {
  const head = text(run, last).trim();
  if (structural(run).at(-1) !== last || last !== run.indices[0] || !COLON_HEAD.test(head)) return false;
  if (ORDINAL_LABEL.test(head.split(/[：:]/u)[0]!)) return false;
  let k = last - 1;
  while (k >= 0 && run.marked[k]!.shape === 'furniture') k--;
  const item = run.marked[k];
  if (item?.shape !== 'paragraph' || item.block.byline !== undefined || run.kinds[k] !== 'paragraph') return false;
  const above = k - 1;
  return above >= 0 && run.kinds[above] === 'headline' && COLON_HEAD.test(run.marked[above]!.block.text.trim());
}

/** `变化二` → `变化`: the label with its ordinal taken off, when it has one. */
function ordinalStem(head: string): string | undefined {
  const label = head.trim().split(/[：:]/u)[0]!;
  if (!COLON_HEAD.test(head.trim()) || !ORDINAL_LABEL.test(label)) return undefined;
  return label.replace(/(?:第|其)[一二三四五六七八九十\d]+|[一二三四五六七八九十]+$|^[一二三四五六七八九十]+[、.]/u, '');
}

/**
 * `变化二：…` after `变化一：…` set as a section of the story above: the next of one story's numbered colon heads, a
 * section however its text is signed (`…。（记者 王丽娟）` at the story's end).
 */
export function nextNumberedSection(run: Run, last: number): boolean {
  const stem = ordinalStem(text(run, last));
  if (stem === undefined) return false;
  for (let k = last - 1; k >= 0; k--) {
    const kind = run.kinds[k];
    if (kind === 'paragraph' || kind === 'furniture') continue;
    return kind === 'heading' && ordinalStem(run.marked[k]!.block.text) === stem && run.marked[k]!.block.text.trim() !== text(run, last).trim();
  }
  return false;
}
