// Stage 2: page text → blocks, each with its kind as a reader of the printed page would tell it.
// First what each block says of itself (markup, marks, shape), then what its neighbours make of the
// short title-like lines: headline, heading, caption, deck, kicker or the author's name (structure/roles.ts).

import { isBannerKicker, isFurniture } from './lexicon/furniture.ts';
import {
  cutClosingCredit,
  cutOpeningByline,
  endsWithDash,
  hasRubricBar,
  isStandaloneByline,
  opensWithDash,
  readContinuation,
  readMarkup,
} from './structure/marks.ts';
import { assignRoles, type Marked, type Shape } from './structure/roles.ts';
import { charCount, endsComplete, isTitleLike, MAX_TITLE_CHARS } from './structure/shape.ts';
import type { Block } from './types.ts';

/** A deck is a subtitle, a little longer than a headline may be. */
const MAX_DECK_CHARS = 50;
const FULL_STOP = /[。！？!?]/u;

/** Blocks of a page: the text between blank lines (empty or whitespace-only lines), trimmed, empty ones dropped. */
export function splitBlocks(text: string): string[] {
  const blocks: string[] = [];
  let lines: string[] = [];
  const flush = () => {
    const block = lines.join('\n').trim();
    if (block) blocks.push(block);
    lines = [];
  };
  for (const line of text.split(/\r\n|\r|\n/u)) {
    if (line.trim() === '') flush();
    else lines.push(line);
  }
  flush();
  return blocks;
}

/** Classifies the blocks of one page; block i gets `source: [i]`. Never throws. */
export function classifyBlocks(raw: string[]): Block[] {
  return assignRoles(raw.map((text, index) => readBlock(text, index)));
}

/** What a block is by itself; `title` when only its neighbours can tell (see structure/roles.ts). */
function readBlock(raw: string, index: number): Marked {
  const source = [index];
  const markup = readMarkup(raw);
  if (markup) {
    if (markup.hashes === 1) return { shape: 'headline', block: { kind: 'headline', text: markup.text, source } };
    const level = markup.hashes === 2 ? 2 : 3;
    return { shape: 'heading', fromMarkup: true, block: { kind: 'heading', text: markup.text, source, level } };
  }
  const text = raw.trim();
  const shape = shapeOf(text);
  if (shape !== 'paragraph') return { shape, block: { kind: shape === 'title' ? 'caption' : shape, text, source } };

  const opening = cutOpeningByline(text);
  const closing = cutClosingCredit(opening.text);
  return {
    shape,
    block: {
      kind: 'paragraph',
      text: closing.text,
      source,
      ...(opening.byline !== undefined && { byline: opening.byline }),
      ...(closing.credit !== undefined && { credit: closing.credit }),
    },
  };
}

function shapeOf(text: string): Shape {
  if (readContinuation(text)) return 'continuation';
  if (isFurniture(text)) return 'furniture';
  if (isStandaloneByline(text)) return 'byline';
  const titleLength = charCount(text) <= MAX_TITLE_CHARS && !FULL_STOP.test(text);
  if (titleLength && (hasRubricBar(text) || isBannerKicker(text))) return 'kicker';
  // `——上党区用好…` is a deck; `——常态化开展扫黑除恶。…` is a list item of running text.
  if (opensWithDash(text) && charCount(text) <= MAX_DECK_CHARS && !FULL_STOP.test(text) && !endsComplete(text)) {
    return 'deck';
  }
  if (titleLength && endsWithDash(text)) return 'subheading';
  if (isTitleLike(text)) return 'title';
  return 'paragraph';
}
