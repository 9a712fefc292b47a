import { describe, expect, it } from 'vitest';
import { sentenceAt, sentenceText, splitSentences } from './sentences.ts';

// Seed 002, paragraph on pensions: three sentences, the first a quote.
const PARAGRAPH =
  '“养老金又涨了，每月多领几十块，心里更踏实了。”退休居民王大爷的感慨，道出了社保惠民的温度。2025年，壶关县持续织密社会保障网，城乡居民养老保险基础养老金从每月143元提高至191元。';

describe('splitSentences', () => {
  it('ends sentences at 。 and keeps a closing quote with its sentence', () => {
    const texts = splitSentences(PARAGRAPH).map((s) => sentenceText(PARAGRAPH, s));
    expect(texts).toEqual([
      '“养老金又涨了，每月多领几十块，心里更踏实了。”',
      '退休居民王大爷的感慨，道出了社保惠民的温度。',
      '2025年，壶关县持续织密社会保障网，城乡居民养老保险基础养老金从每月143元提高至191元。',
    ]);
  });

  it('ends a sentence at an ellipsis but not at a semicolon (seed 000)', () => {
    const text = '2024年5月，上党区启动了供热准备工作；4月开工建设的热网全长13.5公里……上党区委始终把群众冷暖放在心上。';
    const texts = splitSentences(text).map((s) => sentenceText(text, s));
    expect(texts).toEqual(['2024年5月，上党区启动了供热准备工作；4月开工建设的热网全长13.5公里……', '上党区委始终把群众冷暖放在心上。']);
  });

  it('keeps an unfinished last sentence (a paragraph cut at a column break)', () => {
    const text = '投入使用14个充电场站。高标准推进老旧小区改造，';
    expect(splitSentences(text).map((s) => sentenceText(text, s))).toEqual(['投入使用14个充电场站。', '高标准推进老旧小区改造，']);
  });

  it('finds the sentence holding an offset', () => {
    const sentences = splitSentences(PARAGRAPH);
    const at = PARAGRAPH.indexOf('191元');
    expect(sentenceText(PARAGRAPH, sentenceAt(sentences, at))).toContain('从每月143元提高至191元');
  });
});
