// Keeps a number with its scale word and unit on one line in an article's prose (`4.4 million yuan`,
// `2025年`, `约500万平方米`): a reader found `2025 / 年` and `4.4 / million yuan` split at a line's end. The
// runs are cut by lib/format/unbreakable.ts, the same rule of form FigureValue.astro prints key figures and
// cards with, and wrapped in the same class (global.css: keep-all, breaking anywhere only when the run is
// wider than the line); its spaces stay ordinary spaces, so copied text pastes plain ones. The words stay the
// same words in the same order, so search indexes the text as before. Text in code, in a mark this pipeline
// added (gap-markers.ts) or inside an MDX component is left as it is. Installed by article-processor.ts.

import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import type { ElementContent, Text } from 'hast';
import { figureRuns } from '../format/unbreakable.ts';

type HastPluginEntry = NonNullable<SatteriProcessorOptions['hastPlugins']>[number];

/** The class global.css keeps a number with its unit together by (also FigureValue.astro's). */
export const FIGURE_WHOLE_CLASS = 'figure-value-whole';

/** Elements whose text is shown as typed or is not prose. */
const VERBATIM = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style', 'textarea', 'svg', 'math']);

/** The text's nodes with each number and its unit wrapped, or null when it holds none. */
export function wrapFigureValues(text: string): ElementContent[] | null {
  const runs = figureRuns(text);
  if (!runs.some((r) => r.whole)) return null;
  return runs.map((run): ElementContent =>
    run.whole
      ? { type: 'element', tagName: 'span', properties: { className: [FIGURE_WHOLE_CLASS] }, children: [{ type: 'text', value: run.text }] }
      : { type: 'text', value: run.text },
  );
}

type Ancestor = { type: string; tagName?: string; properties?: Record<string, unknown> };

function inProse(ancestors: Ancestor[]): boolean {
  return ancestors.every((a) => {
    if (a.type === 'root') return true;
    if (a.type !== 'element') return false; // an MDX component's children are its own
    const classes = a.properties?.className;
    const marked = Array.isArray(classes) && classes.some((c) => c === FIGURE_WHOLE_CLASS || c === 'text-gap');
    return !VERBATIM.has(a.tagName ?? '') && !marked;
  });
}

export function figureValues(): HastPluginEntry {
  return () => ({
    name: 'figure-values',
    text(node: Readonly<Text>, ctx) {
      if (!/\d/.test(node.value)) return;
      const ancestors: Ancestor[] = [];
      let p: unknown = ctx.parent(node);
      while (p) {
        ancestors.push(p as Ancestor);
        p = ctx.parent(p as Parameters<typeof ctx.parent>[0]);
      }
      if (!inProse(ancestors)) return;
      const wrapped = wrapFigureValues(node.value);
      if (wrapped) ctx.replaceNode(node, wrapped);
    },
  });
}
