// The place a news item's dateline names: `本报武乡讯（通讯员 赵娟）`, `本报沁源11月25日电`. A county's item on the
// city paper's county page may name its county nowhere else (`县老年大学剪纸班开课…`), so the dateline is a
// mention of it, read like the headline. The city itself (`本报长治讯`) is where the paper is, not a place the
// item is about, and is left out.

import { scanPlaces } from '../../../src/domain/places/gazetteer.ts';
import type { Block } from '../types.ts';
import type { PlaceText } from './regions.ts';

// 本报 (or 本台), the place, an optional date, then 讯 or 电.
const DATELINE = /^(?:本报|本台)([\p{Script=Han}]{2,6}?)(?:\d{1,2}月\d{1,2}日)?(?:讯|电)/u;

/** The place of the dateline `text` opens with, when it names one below the city in whole (`武乡`, `沁源县`). */
export function datelinePlace(text: string): string | undefined {
  const stem = DATELINE.exec(text.trim())?.[1];
  if (stem === undefined) return undefined;
  const [mention, ...rest] = scanPlaces(stem);
  if (mention === undefined || rest.length > 0 || mention.start !== 0 || mention.end !== stem.length) return undefined;
  if (mention.place?.level === 'city') return undefined;
  return stem;
}

/** The dateline places of an article's blocks (a byline block or the byline cut from a paragraph), as texts to read. */
export function datelineParts(blocks: readonly Block[]): PlaceText[] {
  const parts: PlaceText[] = [];
  for (const block of blocks) {
    const line = block.kind === 'byline' ? block.text : block.kind === 'paragraph' ? block.byline : undefined;
    const place = line === undefined ? undefined : datelinePlace(line);
    if (place !== undefined) parts.push({ text: place, source: block.source });
  }
  return parts;
}
