// Marks where a report's text has lost words, in the text itself and in its own language: `［此后原文缺失］`
// at the end of a Chinese paragraph that breaks off, `［此前原文缺失］` at the start of one whose beginning
// is lost (`[the rest is missing in the printed source]` in an English text). Ingest names those paragraphs
// in the article's `missing-text` warnings (src/domain/text-gaps.ts); this hast plugin reads them from the
// frontmatter, so the Chinese page, the English page showing the Chinese and both columns of the parallel
// view carry the same mark, as words a screen reader says, not a symbol. English translations mark their
// gaps in their own words (the translator writes them). Installed by article-processor.ts after the
// paragraph anchors; a marker is a <span> inside the paragraph, so paragraph numbers do not move.

import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import type { Element } from 'hast';
import { textGaps, type TextGap } from '../../domain/text-gaps.ts';
import { t, type Lang } from '../i18n.ts';

type HastPluginEntry = NonNullable<SatteriProcessorOptions['hastPlugins']>[number];

/** The class the site's CSS styles the marker by. */
export const GAP_CLASS = 'text-gap';

const squash = (text: string) => text.replace(/\s+/gu, '');

function marker(lang: Lang, side: TextGap['side']): Element {
  const words = t(lang, side === 'end' ? 'article.gap.end' : 'article.gap.start');
  return {
    type: 'element',
    tagName: 'span',
    // Search shows the report's own words in its excerpts, not the site's.
    properties: { className: [GAP_CLASS], dataPagefindIgnore: '' },
    children: [{ type: 'text', value: words }],
  };
}

const space = { type: 'text', value: ' ' } as const;

export function gapMarkers(): HastPluginEntry {
  // A factory: it reads each document's frontmatter, and stays out of a document without gaps.
  return (document) => {
    const frontmatter = (document.data.astro as { frontmatter?: Record<string, unknown> } | undefined)?.frontmatter ?? {};
    const warnings = Array.isArray(frontmatter.warnings) ? frontmatter.warnings.filter((w): w is string => typeof w === 'string') : [];
    const gaps = textGaps(warnings);
    if (gaps.length === 0) return null;
    const lang: Lang = frontmatter.lang === 'en' ? 'en' : 'zh';
    const open = new Set(gaps);
    return {
      name: 'gap-markers',
      element: {
        filter: ['p'],
        visit(node, ctx) {
          if (ctx.parent(node)?.type !== 'root') return;
          const text = squash(ctx.textContent(node));
          for (const gap of open) {
            const at = squash(gap.text);
            if (gap.side === 'end' && text.endsWith(at)) {
              ctx.appendChild(node, lang === 'en' ? [space, marker(lang, 'end')] : marker(lang, 'end'));
              open.delete(gap);
            } else if (gap.side === 'start' && text.startsWith(at)) {
              ctx.prependChild(node, lang === 'en' ? [marker(lang, 'start'), space] : marker(lang, 'start'));
              open.delete(gap);
            }
          }
        },
      },
    };
  };
}
