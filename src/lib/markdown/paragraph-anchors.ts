// Gives every top-level paragraph of an article an id, `p1`, `p2` … in reading order, so a figure record
// (src/domain/figure.ts FigureRecord.paragraph) can link to `#p3`. Done in the Markdown processor
// rather than written into the files: the MDX stays plain text for editors, and a paragraph an editor
// adds gets its anchor like the others. Only paragraphs count, as in FigureRecord; headings, captions,
// lists and paragraphs nested in quotes or JSX do not. A paragraph that already has an id keeps it (and
// still counts). Installed by article-processor.ts.

import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';

type HastPluginEntry = NonNullable<SatteriProcessorOptions['hastPlugins']>[number];

export function paragraphAnchorId(n: number): string {
  return `p${n}`;
}

export function paragraphAnchors(): HastPluginEntry {
  // A factory: Sätteri calls it once per document, so each document counts from 1.
  return () => {
    let count = 0;
    return {
      name: 'paragraph-anchors',
      element: {
        filter: ['p'],
        visit(node, ctx) {
          if (ctx.parent(node)?.type !== 'root') return;
          count++;
          if (typeof node.properties?.id !== 'string') ctx.setProperty(node, 'id', paragraphAnchorId(count));
        },
      },
    };
  };
}
