// The line a county media centre's digest prints under each item's headline: the day it went out and where it comes
// from (`2025-11-25　来源：壶关县融媒体中心`, `来源：武乡县融媒体中心　2025年11月26日`, `2025.11.27 | 来源：…`). It is
// the page's, never the item's text, and it shows the line over it is the item's headline: a section heading of a
// story carries no date and source of its own.

import type { Block } from '../types.ts';

// A day: ISO or dotted (`2025-11-25`, `2025.11.25`, `2025/11/25`) or in words (`2025年11月25日`), a clock time after it or not.
const DAY = String.raw`\d{4}(?:[-./]\d{1,2}[-./]\d{1,2}|年\d{1,2}月\d{1,2}日)(?:[\s\u3000]*\d{1,2}[:：]\d{2})?`;
// The source: its label, a colon and a body's name (no sentence punctuation).
const SOURCE = String.raw`(?:信息|稿件)?(?:来源|稿源)[：:][\s\u3000]*[^\s\u3000|｜，,。；;！？]{2,24}`;
const GAP = String.raw`[\s\u3000]*[|｜][\s\u3000]*|[\s\u3000]+`;
const DATED_SOURCE = new RegExp(`^(?:${DAY}(?:${GAP})${SOURCE}|${SOURCE}(?:${GAP})${DAY})$`, 'u');

/** `2025-11-25　来源：壶关县融媒体中心`: a day and a source on one line, in either order. */
export function isDatedSource(line: string): boolean {
  return DATED_SOURCE.test(line.trim());
}

// What a line over it may have been read as, before its date and source were seen.
const TITLE_KINDS = new Set(['headline', 'heading', 'subheading', 'kicker', 'caption', 'deck']);

/**
 * The page's blocks with each day-and-source line as page furniture and the title-like line right over it as its
 * item's headline (classification's last word: what the line over a date line looked like to earlier readers — a
 * kicker, a caption, a copy's head — it is an item's headline here).
 */
export function datedSourceHeads(blocks: readonly Block[]): Block[] {
  return blocks.map((block, i) => {
    if (isDatedSource(block.text)) return block.kind === 'furniture' ? block : { kind: 'furniture', text: block.text, source: block.source };
    const next = blocks[i + 1];
    if (next === undefined || !isDatedSource(next.text) || !TITLE_KINDS.has(block.kind) || block.text.includes('\n')) return block;
    const { level: _level, ...rest } = block;
    return { ...rest, kind: 'headline' };
  });
}
