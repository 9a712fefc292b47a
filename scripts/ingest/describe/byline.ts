// Who wrote an article, as the paper printed it, minus the typographic wrapping.

import type { Block } from '../types.ts';

/**
 * The byline of an article: a byline block (`·白雪峰·`, `(人民日报记者 郑洋洋)`, `桑梓`), else the byline
 * cut from its first paragraph (`本报讯 记者史晓萍报道`), else a photo credit (`本报记者 姚晋华摄`).
 */
export function findByline(blocks: readonly Block[]): string | undefined {
  const candidates = [
    ...blocks.filter((b) => b.kind === 'byline').map((b) => b.text),
    blocks.find((b) => b.kind === 'paragraph')?.byline,
    ...blocks.filter((b) => b.kind === 'paragraph').map((b) => b.credit),
  ];
  for (const candidate of candidates) {
    const byline = candidate === undefined ? '' : cleanByline(candidate);
    if (byline) return byline;
  }
  return undefined;
}

/**
 * `·白雪峰·` → `白雪峰`; `(人民日报记者 郑洋洋)` → `人民日报记者 郑洋洋`; `本报讯 记者史晓萍报道：` →
 * `本报讯 记者史晓萍`; `本报记者 姚晋华摄` → `本报记者 姚晋华 摄`.
 */
export function cleanByline(text: string): string {
  let byline = text.replace(/[\s\u3000]+/gu, ' ').trim();
  // Wrapping is taken off in layers: `（·桑梓·）`.
  for (let before = ''; before !== byline; ) {
    before = byline;
    byline = byline
      .replace(/^[·•・]+|[·•・]+$/gu, '')
      .replace(/^[(（【〔[](.*)[)）】〕\]]$/u, '$1')
      .trim();
  }
  byline = byline.replace(/\s*报道\s*[：:]?$/u, '').replace(/\s*[：:]$/u, '');
  return byline.replace(/\s*摄$/u, ' 摄').trim();
}
