// Where a report's text has lost words. Ingest (scripts/ingest/structure/joins.ts) cannot restore text a
// page lost where a column broke; it keeps what is there and writes a `missing-text` warning into the
// article's `warnings:`, naming the paragraph by a few characters of its text. The messages are written
// here and read back here, so the site can mark the gap in the text itself (src/lib/markdown/gap-markers.ts)
// in every language: one format, one module, no second copy to drift.

/** Characters of a paragraph a message quotes to name it. */
export const EXCERPT_LENGTH = 12;

/** A few characters of a text to name it by: its start (`教育民生之基。上党区落实…`) or its end (`…流幼儿园等项目开工建设，`). */
export function excerpt(text: string, side: 'start' | 'end', length = EXCERPT_LENGTH): string {
  const chars = [...text];
  if (chars.length <= length) return text;
  return side === 'start' ? `${chars.slice(0, length).join('')}…` : `…${chars.slice(-length).join('')}`;
}

/** Block `last` breaks off and block `next`, which follows it, does not continue it. */
export function brokenOffMessage(last: number, lastText: string, next: number, nextText: string): string {
  return `block ${last} breaks off (“${excerpt(lastText, 'end')}”) and block ${next} (“${excerpt(nextText, 'start')}”) does not continue it: text between them is missing; both kept`;
}

/** Block `last` breaks off and nothing after it on the page continues it. */
export function unfinishedMessage(last: number, text: string): string {
  return `block ${last} breaks off (“${excerpt(text, 'end')}”) and nothing on the page continues it`;
}

/** Block `first` closes a quotation or title mark it never opened. */
export function unopenedMessage(first: number, text: string): string {
  return `block ${first} (“${excerpt(text, 'start')}”) closes a quotation or title mark it never opened: its beginning is missing`;
}

/**
 * A gap in the text, as the site marks it: after the paragraph whose text ends with `text` (`end`: its
 * end is lost), or before the one whose text starts with it (`start`: its beginning is lost).
 */
export interface TextGap {
  side: 'start' | 'end';
  /** The quoted characters, without the ellipsis that says the paragraph goes on. */
  text: string;
}

// (`s`: a quoted paragraph may hold a line break — a paragraph alone in its block keeps the page's.)
const BROKEN_OFF = /^block \d+ breaks off \(“(.+?)”\) and (?:block \d+ \(“(.+?)”\) does not continue it|nothing on the page continues it)/su;
const UNOPENED = /^block \d+ \(“(.+?)”\) closes a quotation or title mark it never opened/su;

/** The gaps the warnings of an article name; other warnings (duplicates, places, titles) are left out. */
export function textGaps(warnings: readonly string[]): TextGap[] {
  const gaps: TextGap[] = [];
  for (const warning of warnings) {
    const broken = BROKEN_OFF.exec(warning);
    if (broken) {
      gaps.push({ side: 'end', text: broken[1]!.replace(/^…/u, '') });
      if (broken[2]) gaps.push({ side: 'start', text: broken[2].replace(/…$/u, '') });
      continue;
    }
    const unopened = UNOPENED.exec(warning);
    if (unopened) gaps.push({ side: 'start', text: unopened[1]!.replace(/…$/u, '') });
  }
  return gaps;
}
