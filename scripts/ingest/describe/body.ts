// The running text of an article in reading order: what the article page shows under its title.

import type { Block, BodyNode } from '../types.ts';

/**
 * Headings, paragraphs and captions in reading order. Headline, deck, kicker, byline, page furniture and
 * continuation marks are not body: they go to the frontmatter or nowhere. A `heading` keeps its level
 * (2 when unset); a `subheading` (`普惠，扩大服务供给——`) becomes a level-3 heading, or level 4 under a
 * level-3 heading, without the dash that ran it into the next paragraph. Empty blocks are skipped.
 */
export function buildBody(blocks: readonly Block[]): BodyNode[] {
  const body: BodyNode[] = [];
  let sectionLevel: 2 | 3 = 2;
  for (const block of blocks) {
    const source = [...block.source];
    switch (block.kind) {
      case 'heading': {
        sectionLevel = block.level ?? 2;
        const text = headingText(block.text);
        if (text) body.push({ kind: 'heading', level: sectionLevel, text, source });
        break;
      }
      case 'subheading': {
        const text = headingText(block.text);
        if (text) body.push({ kind: 'heading', level: sectionLevel === 3 ? 4 : 3, text, source });
        break;
      }
      case 'paragraph':
      case 'caption': {
        const text = block.text.trim();
        if (text) body.push({ kind: block.kind, text, source });
        break;
      }
      default:
        break;
    }
  }
  return body;
}

function headingText(text: string): string {
  // `——记者手记——`, `--- 记者手记 ---`: a label set between rules keeps both (no dash runs it into the text).
  if (/^\s*(?:——|—|--)/u.test(text)) return text.trim();
  return text.replace(/\s*(?:——|—|--)\s*$/u, '').trim();
}
