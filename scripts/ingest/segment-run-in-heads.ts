// A brief whose head runs in with its text on one line (stage 4, after the drafts are cut): `▲潞州区：新增背街小巷路灯1200盏　
// 潞州区今年完成48条背街小巷亮化改造，…。` — a bullet, a head with no sentence mark, a space, then the item's text. A
// column printed so has each item's headline on its text's line; read as one paragraph, the item's title was made up
// from its first clause (`潞州区`). The older readers take a bulleted head only on a line of its own (briefs.ts
// bulletedTitles, structure/item-column.ts). Chinese running text holds no space between its words, so a space after
// a title-like head, before text that ends its sentence, is where the head ends. Only a draft with no headline whose
// text opens on that line: a bulleted line inside an article stays its text.
// A source's dateline in the head's place (`▲黎城县融媒体中心讯　…`) is no head (issue 15: a dateline is never a title).
import { SYMBOL_BULLET } from './structure/briefs.ts';
import { charCount, endsComplete, isTitleLike, opensWithDate } from './structure/shape.ts';
import { isTimeLabel } from './structure/time-labels.ts';
import { isSourceDateline } from './structure/bylines.ts';
import type { Draft } from './segment-passes.ts';
import type { Block } from './types.ts';

/** A head runs to a headline's length at most. */
const MAX_HEAD_CHARS = 24;
// The bullet, the head (no space, no sentence mark inside), the gap, the text.
const RUN_IN = /^([^\s\u3000]+)[\s\u3000]+(\S.*)$/u;

/** The head and the text of a bulleted line whose head runs in with its text, or undefined. */
export function runInHead(text: string): { head: string; text: string } | undefined {
  const t = text.trim();
  if (t.includes('\n') || !SYMBOL_BULLET.test(t)) return undefined;
  const m = RUN_IN.exec(t.replace(SYMBOL_BULLET, ''));
  if (m === null) return undefined;
  const [, head, rest] = m;
  // A brief's day or hour set off by a space (`● 12月5日　县人民医院…。`) is no head.
  // A clause broken off by a comma (`今年以来，某县…`) is the text's own start.
  if (opensWithDate(head!) || isTimeLabel(head!) || isSourceDateline(head!) || /[，,、；;]/u.test(head!)) return undefined;
  if (!isTitleLike(head!) || charCount(head!) < 4 || charCount(head!) > MAX_HEAD_CHARS || !endsComplete(rest!) || /[\s\u3000]/u.test(rest!)) return undefined;
  return { head: head!, text: rest! };
}

/** A draft with no headline that opens on a bulleted line with its head run in: the head its headline, the rest its text. */
export function splitRunInHead(draft: Draft): Draft {
  if (draft.hasHeadline) return draft;
  const at = draft.blocks.findIndex((b) => b.kind !== 'furniture' && b.kind !== 'kicker');
  const line = draft.blocks[at];
  if (line?.kind !== 'paragraph' || line.byline !== undefined) return draft;
  const parts = runInHead(line.text);
  if (parts === undefined) return draft;
  const headline: Block = { kind: 'headline', text: parts.head, source: line.source };
  const blocks = [...draft.blocks.slice(0, at), headline, { ...line, text: parts.text }, ...draft.blocks.slice(at + 1)];
  return { ...draft, hasHeadline: true, blocks };
}
