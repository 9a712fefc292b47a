import { describe, expect, it } from 'vitest';
import { classifyBlocks } from '../blocks.ts';
import { repair } from '../repair.ts';
import { isLabelledSpeakerLine, isNamedSpeakerLine, isSpeakerLine } from './speaker-lists.ts';

const kinds = (raw: string[]) => classifyBlocks(raw).map((b) => b.kind);
const HEAD = ['城区供热保障新闻发布会举行', '本报记者 孔 亮', '12月2日，市政府新闻办召开城区供热保障工作新闻发布会。'];
const TEXT = '发布会上，市住建局介绍，今冬城区集中供热面积达到1.2亿平方米。';

describe('speaker lines', () => {
  it('are an office and a name set apart by a space, with no sentence mark', () => {
    expect(isSpeakerLine('市城市管理局副局长 刘 芳')).toBe(true);
    expect(isSpeakerLine('潞州区人民政府副区长 孙立新')).toBe(true);
    expect(isLabelledSpeakerLine('主持人：市政府新闻办副主任 韩 冬')).toBe(true);
    expect(isSpeakerLine('城区新增三座换热站')).toBe(false);
    expect(isSpeakerLine('市应急管理局副局长 宋 凯答：要立即关闭阀门。')).toBe(false);
    expect(isLabelledSpeakerLine('沁源县：一条公路连起十个村')).toBe(false);
  });

  it('under a role label alone, or with their label, are text of the report, not captions or headings', () => {
    expect(kinds([...HEAD, '发布人：', '市城市管理局副局长 刘 芳', '潞州区人民政府副区长 孙立新', '主持人：市政府新闻办副主任 韩 冬', TEXT]).slice(3)).toEqual([
      'paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph',
    ]);
    expect(kinds([...HEAD, '发布人：市卫生健康委员会副主任 牛志刚　市疾病预防控制中心主任 陈 静', TEXT]).slice(3)).toEqual(['paragraph', 'paragraph']);
  });

  it('stand whole: repair joins no speaker line to the next, nor moves a later line to it', () => {
    const blocks = classifyBlocks([...HEAD, '发布人：市城市管理局副局长 刘 芳', '潞州区人民政府副区长 孙立新', TEXT, '记者问：暖气不热怎么办？', '市城市管理局副局长 刘 芳答：可拨打12345热线。']);
    expect(repair(blocks).joins).toEqual([]);
  });
});

describe('an office and a name under a report\'s head', () => {
  it('signs the report when the name reads as one', () => {
    expect(isNamedSpeakerLine('县长 申卫东')).toBe(true);
    expect(isNamedSpeakerLine('市城市管理局副局长 刘 芳')).toBe(true);
    expect(isNamedSpeakerLine('笑脸相迎　事难办')).toBe(false);
    const blocks = classifyBlocks(['长子县政府工作报告摘要', '——2026年1月14日在长子县人民代表大会上', '县长 申卫东', '一、2025年工作回顾', '过去一年，全县地区生产总值增长5.8%。']);
    expect(blocks.map((b) => b.kind).slice(0, 3)).toEqual(['headline', 'deck', 'byline']);
  });
});

describe('an office by its form before a name jieba does not read as one (issue 15)', () => {
  it('reads `县长 马国庆`, `市政协主席 X` as a speaker line', () => {
    expect(isNamedSpeakerLine('县长　马国庆')).toBe(true);
    expect(isNamedSpeakerLine('区政协主席 常建军')).toBe(true);
  });
  it('leaves two phrases of a title alone', () => {
    expect(isNamedSpeakerLine('笑脸相迎　事难办')).toBe(false);
    expect(isNamedSpeakerLine('山乡巨变　国庆')).toBe(false);
  });
});

describe('an office word that is no office, or a word that is no name (issue 15)', () => {
  it('reads 长 as an office only after a unit\'s character: a slogan is no speaker line', () => {
    expect(isNamedSpeakerLine('伴你成长 快乐')).toBe(false);
    expect(isNamedSpeakerLine('见证成长 同行')).toBe(false);
    expect(isNamedSpeakerLine('经济增长　提速')).toBe(false);
    expect(isNamedSpeakerLine('学生家长 心愿')).toBe(false);
  });
  it('reads an office before a word of the language as a column name', () => {
    expect(isNamedSpeakerLine('人大代表 心声')).toBe(false);
    expect(isNamedSpeakerLine('政协委员 风采')).toBe(false);
  });
  it('keeps an office before a name as a speaker line', () => {
    expect(isNamedSpeakerLine('县长 马国庆')).toBe(true);
    expect(isNamedSpeakerLine('局长　王丽')).toBe(true);
    expect(isNamedSpeakerLine('镇长 常建军')).toBe(true);
  });
});
