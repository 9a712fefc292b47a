// Heads printed alike over short items have one role, the first's (as item-column.ts reads bulleted heads): a
// title-like line of a colon head's form (`洪水镇：村村通上了冬季公交`) right under an item whose headline has that
// form and stands straight over its one paragraph (`丰州镇：幸福院里过冬不愁` / `丰州镇今年新建…。`) heads the next item.
// A feature's headline has its byline or deck under it and its lead before any subhead, so the subheads of one
// story (`上遥镇` alone, `第一站：…` after a lead, a roundup's `X县：…` under a 本报讯 lead) stay its sections.

import { structural, text, type Run } from './run.ts';

// A colon head: a few characters (a place, a name, a topic) and a colon, then the head's own words.
const COLON_HEAD = /^[^\s：:，,。！？]{2,8}[：:][\s\u3000]*[^\s：:]{3,}$/u;

/** The run's last line is a colon head, and the item right above is one paragraph under a colon headline. */
export function colonHeadLikeItemAbove(run: Run, last: number): boolean {
  if (structural(run).at(-1) !== last || last !== run.indices[0] || !COLON_HEAD.test(text(run, last).trim())) return false;
  let k = last - 1;
  while (k >= 0 && run.marked[k]!.shape === 'furniture') k--;
  const item = run.marked[k];
  if (item?.shape !== 'paragraph' || item.block.byline !== undefined || run.kinds[k] !== 'paragraph') return false;
  const head = k - 1;
  return head >= 0 && run.kinds[head] === 'headline' && COLON_HEAD.test(run.marked[head]!.block.text.trim());
}
