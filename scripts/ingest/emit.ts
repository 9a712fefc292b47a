// The last stage: an article → the text of content/articles/zh/<id>.md. Pure and deterministic: the same
// article gives the same bytes, stamped with a hash of them (hash.ts) so editors' changes are kept.
//
// Every character of the article's text renders as typed (emit/escape.ts). The body is plain Markdown an
// editor can read and extend: headings as `##`, one paragraph per block, captions as a placeholder
// figure (the page texts carry no photos). Paragraphs get their `#p<N>` anchors from the Markdown
// processor (src/lib/markdown/article-processor.ts), not from the file, so paragraphs an editor adds
// get anchors too.

import { formatFrontmatter } from './emit/article-frontmatter.ts';
import { escapeHtmlText, escapeMdHeading, escapeMdText } from './emit/escape.ts';
import { stampHash } from './hash.ts';
import type { IngestedArticle, BodyNode } from './types.ts';

export { escapeHtmlText, escapeMdHeading, escapeMdText } from './emit/escape.ts';
export { frontmatterData, formatFrontmatter } from './emit/article-frontmatter.ts';
export { checkHash, type HashState, sha256Hex, stampHash } from './hash.ts';

/** An article emit cannot write: the message names the article and what is wrong with it. */
export class EmitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EmitError';
  }
}

/** The whole Markdown file for an article, `ingestHash` included. Throws EmitError for an empty paragraph. */
export function emitArticle(article: IngestedArticle): string {
  const body = emitBody(article);
  return stampHash(formatFrontmatter(article) + (body ? `\n${body}` : ''));
}

/** The body: one block per node, blocks separated by a blank line, ending in a line break. */
export function emitBody(article: Pick<IngestedArticle, 'id' | 'body'>): string {
  let paragraph = 0;
  const blocks = article.body.map((node, index) => {
    if (node.kind === 'paragraph') {
      paragraph++;
      // An empty line is no paragraph at all: every later anchor (#p<N>) would point one too far back.
      if (node.text === '') {
        throw new EmitError(`article ${article.id}: paragraph ${paragraph} (body node ${index + 1}) is empty`);
      }
    }
    return emitNode(node);
  });
  return blocks.length ? `${blocks.join('\n\n')}\n` : '';
}

export function emitNode(node: BodyNode): string {
  switch (node.kind) {
    case 'heading':
      return `${'#'.repeat(node.level)} ${escapeMdHeading(node.text)}`;
    case 'paragraph':
      return escapeMdText(node.text);
    case 'caption':
      return captionFigure(node.text);
  }
}

/** A figure with no picture: the caption says what the printed photo showed. */
export function captionFigure(caption: string): string {
  return `<figure class="photo-placeholder"><figcaption>${escapeHtmlText(caption)}</figcaption></figure>`;
}
