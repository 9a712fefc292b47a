// The material a synthetic corpus is recombined from: the real seed pages, read by the ingest's own
// block classifier, so generated pages use text the ingest already knows how to read.

import { decode } from '../../ingest/decode.ts';
import { structurePage } from '../../ingest/segment.ts';
import { endsComplete, MAX_TITLE_CHARS } from '../../ingest/structure/shape.ts';

export interface Pool {
  /** Halves of printed headlines and section headings (`办好民生实事`, `书写幸福答卷`). */
  titleParts: string[];
  /** Running-text paragraphs with no byline or credit of their own. */
  paragraphs: string[];
  captions: string[];
}

/** Paragraphs shorter than this are list items or fragments; as an article's lead they read oddly. */
const MIN_PARAGRAPH_CHARS = 40;

export function buildPool(seedPages: readonly Uint8Array[]): Pool {
  const titleParts = new Set<string>();
  const paragraphs = new Set<string>();
  const captions = new Set<string>();
  for (const bytes of seedPages) {
    const { text } = decode(bytes);
    for (const block of structurePage(text).repair.blocks) {
      if (block.kind === 'headline' || block.kind === 'heading') {
        for (const part of block.text.split(/[\s\u3000]+/u)) if (isTitlePart(part)) titleParts.add(part);
      } else if (block.kind === 'paragraph' && !block.byline && !block.credit) {
        const t = block.text.trim();
        if ([...t].length >= MIN_PARAGRAPH_CHARS && endsComplete(t)) paragraphs.add(t);
      } else if (block.kind === 'caption') {
        captions.add(block.text.trim());
      }
    }
  }
  const pool = { titleParts: [...titleParts], paragraphs: [...paragraphs], captions: [...captions] };
  if (pool.titleParts.length < 2 || pool.paragraphs.length < 5) {
    throw new Error(
      `the seed pages give too little to recombine (${pool.titleParts.length} headline parts, ${pool.paragraphs.length} paragraphs): need real seed pages`,
    );
  }
  return pool;
}

// Punctuation or digits-only parts make headlines the classifier reads as something else.
function isTitlePart(part: string): boolean {
  const n = [...part].length;
  return n >= 4 && n <= MAX_TITLE_CHARS / 2 - 1 && /^\p{Script=Han}/u.test(part) && !/[，。：；！？、]/u.test(part);
}
