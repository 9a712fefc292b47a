// Property (issue 15 point 3): on every dev page, and on each page printed one other way (the variants of
// variants.ts, taken in turn so that every variant is used), no article reads as junk by its form
// (variants-junk.ts): none titled by a byline, a date line, a topic tag or a credit, none of captions alone, none
// with neither a head, nor a sentence, nor a figure of its own.
import { describe, expect, it } from 'vitest';
import { ingest } from '../ingest/pipeline.ts';
import { loadPages, VARIANTS } from './variants.ts';
import { junkShape } from './variants-junk.ts';

/**
 * The junk this property still finds, each named with its form, the rule at fault and why it is left; a count per page
 * (over its printings) may only go down, and a page fixed comes off. Session 28 (2026-12-06): 545 and 604 came with the
 * dev pages 513-626 (the former holdout; the session's start code gives both). Session 29 mended 381 (a page's number
 * between dashes on the editor's line), 604 (an HTML export's paragraphs unwrapped) and 605 (a headline's three parts
 * on one line).
 */
const KNOWN_JUNK: readonly { page: string; max: number; why: string }[] = [
  { page: '545-markup-chars-no-blank-lines', max: 2, why: 'a #-wrapped warning line read as a heading alone (structure: markup)' },
];

/** The junk found that no entry of KNOWN_JUNK allows. */
function unknownJunk(found: readonly string[]): string[] {
  return found.filter((line) => {
    const known = KNOWN_JUNK.find((k) => line.startsWith(`${k.page} (`));
    return !known || found.filter((l) => l.startsWith(`${known.page} (`)).length > known.max;
  });
}

describe('no junk article on the dev pages and their printed variants', () => {
  it('every article has a head or text of its own, and no byline, date line, tag or credit titles one', () => {
    const found: string[] = [];
    loadPages().forEach(({ gold, text }, k) => {
      const variant = VARIANTS[k % VARIANTS.length]!;
      for (const [name, page] of [['original', text], [variant.name, variant.page(text, gold)]] as const) {
        const result = ingest([{ name: `${gold.name}.txt`, bytes: new TextEncoder().encode(page) }], []);
        for (const built of result.articles) {
          const why = junkShape(built.article, built.figures.length);
          if (why) found.push(`${gold.name} (${name}): ${why} — ${built.article.title}`);
        }
      }
    });
    expect(unknownJunk(found)).toEqual([]);
  }, 900_000);
});

describe('what junk looks like', () => {
  const article = (title: string, body: string[], titleFrom: 'headline' | 'inferred' = 'headline') => ({
    title,
    titleFrom,
    body: body.map((text) => ({ kind: 'paragraph' as const, text })),
  });
  it('names each form', () => {
    expect(junkShape(article('本报记者　郭　亮　摄', ['村民在新建的广场上跳舞。']))).toBe('titled by a photo credit');
    expect(junkShape(article('本报记者　郭　亮', ['村民在新建的广场上跳舞。']))).toBe('titled by a byline');
    expect(junkShape(article('#乡村新气象#', ['村民在新建的广场上跳舞。']))).toBe('titled by a topic tag');
    expect(junkShape(article('#乡村新气象#', ['#金秋丰收#'], 'inferred'))).toBe('no head, no sentence, no figure');
    expect(junkShape(article('广场舞', []))).toBe('captions or credits alone');
  });
  it('passes an article, an untitled brief and a data box with figures', () => {
    expect(junkShape(article('西井镇卫生院新楼启用', ['4月3日，新门诊楼投入使用。']))).toBeUndefined();
    expect(junkShape(article('近日，新门诊楼投入使用', ['近日，新门诊楼投入使用。'], 'inferred'))).toBeUndefined();
    expect(junkShape(article('新增床位', ['60张\n新增床位'], 'inferred'), 1)).toBeUndefined();
  });
});
