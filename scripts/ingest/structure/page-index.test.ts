// A page's index of its pieces under its label is the page's furniture (made-up lines).
import { describe, expect, it } from 'vitest';
import { pageIndexes } from './page-index.ts';
import type { Block } from '../types.ts';

const b = (kind: Block['kind'], text: string): Block => ({ kind, text, source: [0] });

describe('pageIndexes', () => {
  it('makes the label and its entries furniture', () => {
    const out = pageIndexes([b('furniture', '本期导读'), b('paragraph', '▶ 东山冰雪季开幕'), b('paragraph', '● 社区文化节热闹开场'), b('kicker', '文体动态'), b('headline', '东山冰雪季开幕')]);
    expect(out.map((x) => x.kind)).toEqual(['furniture', 'furniture', 'furniture', 'kicker', 'headline']);
  });
  it('makes entries that open with their page number furniture under the label', () => {
    const out = pageIndexes([b('caption', '今日导读'), b('kicker', '第4版　乡村　东河村新修9座蓄水池'), b('kicker', '第6版　文体　全民健身月启动'), b('headline', '城西菜市场改造完工')]);
    expect(out.map((x) => x.kind)).toEqual(['furniture', 'furniture', 'furniture', 'headline']);
  });
  it('makes a web page\'s navigation of dotted titles furniture under its label', () => {
    const out = pageIndexes([b('furniture', '本版导航'), b('caption', '· 某县新增学位1350个'), b('caption', '· 某镇服务站覆盖城乡社区'), b('byline', '本报记者 某某某')]);
    expect(out.map((x) => x.kind)).toEqual(['furniture', 'furniture', 'furniture', 'byline']);
  });
  it('gives the first piece back its headline where the role pass took an entry for it', () => {
    const out = pageIndexes([b('furniture', '本版导航'), b('caption', '· 某县新增学位1350个'), b('headline', '· 某镇服务站覆盖城乡社区'), b('byline', '本报记者 某某某'), b('caption', '某县新增学位1350个'), b('paragraph', '7月20日，记者从某县教育局获悉，今年该县新增学位1350个。')]);
    expect(out.map((x) => x.kind)).toEqual(['furniture', 'furniture', 'furniture', 'byline', 'headline', 'paragraph']);
    // Where no entry was taken for a headline, a caption under the index is left as it is.
    const photo = pageIndexes([b('furniture', '本版导航'), b('caption', '· 某县新增学位1350个'), b('caption', '· 某镇服务站覆盖城乡社区'), b('caption', '孩子们在新教室里上课'), b('paragraph', '7月20日，记者从某县教育局获悉。')]);
    expect(photo.at(-2)!.kind).toBe('caption');
  });
  it('reads a label set letter by letter to the column\'s width (`导　读`) as the label', () => {
    const out = pageIndexes([b('caption', '导　读'), b('paragraph', '▶ 东山冰雪季开幕'), b('paragraph', '● 社区文化节热闹开场'), b('headline', '城西菜市场改造完工')]);
    expect(out.map((x) => x.kind)).toEqual(['furniture', 'furniture', 'furniture', 'headline']);
    // Spaced words that are no label stay as they are.
    expect(pageIndexes([b('caption', '导　游　词'), b('paragraph', '▶ 东山冰雪季开幕'), b('paragraph', '● 社区文化节热闹开场')]).map((x) => x.kind)).toEqual(['caption', 'paragraph', 'paragraph']);
    // In brackets, or with its page's word (`【导　读】`, `本 期 导 读`), as columns.ts unspaced reads any such label.
    for (const label of ['【导　读】', '本 期 导 读', '今日导读']) {
      expect(pageIndexes([b('caption', label), b('paragraph', '▶ 东山冰雪季开幕'), b('paragraph', '● 社区文化节热闹开场')]).map((x) => x.kind)).toEqual(['furniture', 'furniture', 'furniture']);
    }
    // A label spaced past four letters, or a word of its own, is no index's (`导 读 与 评 论`).
    expect(pageIndexes([b('caption', '导 读 与 评 论'), b('paragraph', '▶ 东山冰雪季开幕'), b('paragraph', '● 社区文化节热闹开场')]).map((x) => x.kind)).toEqual(['caption', 'paragraph', 'paragraph']);
  });
  it('leaves a list of sentences, or one entry, as it is', () => {
    const sentences = [b('caption', '导读'), b('paragraph', '● 全县新建公厕12座，完成全年任务。'), b('paragraph', '● 城西修缮路灯120盏。')];
    expect(pageIndexes(sentences).map((x) => x.kind)).toEqual(['caption', 'paragraph', 'paragraph']);
    expect(pageIndexes([b('caption', '导读'), b('paragraph', '▶ 东山冰雪季开幕')]).map((x) => x.kind)).toEqual(['caption', 'paragraph']);
  });
});
