// A writer signed after 文/ by where they work and then their name (bylines.ts UNIT_AUTHOR; reviewer's finding #26,
// session 32). Made-up lines in the form a health column or an opinion piece prints.
import { describe, expect, it } from 'vitest';
import { isBylineLine } from './bylines.ts';
import { structurePage } from '../segment.ts';

describe('isBylineLine: 文/ then a unit by the word it ends on, then a person', () => {
  it('reads a hospital department, a party school, a college, a bureau or a centre and a name as a byline', () => {
    for (const text of ['文/沁县人民医院心内科 王 某', '文/潞州区委党校 李 某', '文／长治学院 李某', '文/市疾控中心 张 某', '文/黎城县委宣传部 李 某', '文/沁县第一中学 王丽']) {
      expect(isBylineLine(text), text).toBe(true);
    }
  });

  it('near misses: no person after the unit, no space before the name, no 文/, or a post after the unit stay as they were', () => {
    for (const text of ['文/沁县人民医院 心内科', '文/沁县人民医院心内科王某', '沁县人民医院心内科 王 某', '文/县人民医院 供稿']) {
      expect(isBylineLine(text), text).toBe(false);
    }
    // The forms read before: a name alone after 文/, and 文/图.
    for (const text of ['文/王 某', '文/图 张丽', '文/本报记者 申磊']) expect(isBylineLine(text), text).toBe(true);
  });
});

describe('isBylineLine: the unit, a post there, then the name; after 文/, 作者： or an ornament (finding #32)', () => {
  it('reads a post between the unit and the name, the ornament or 作者： before the unit, and a unit closing on 处', () => {
    for (const text of [
      '文/沁县人民医院心内科主任医师 王 某', '文/沁县人民医院心内科主任 王 某', '文/长治学院中文系副教授 李 某', '文/市中医院护士长 张 某',
      '□ 潞州区委党校 李 某', '■ 沁县人民医院 王某', '□ 长治学院讲师 李 某',
      '作者：沁县人民医院 王某', '作者：潞州区委党校教授 李 某',
      '文/潞州区东街街道办事处 赵 某', '文/市住建局城建处 孙 某',
    ]) {
      expect(isBylineLine(text), text).toBe(true);
    }
  });

  it('near misses: no name after the unit or the post, a post with no unit, a column under an ornament, a label with no person', () => {
    for (const text of [
      '文/沁县人民医院心内科主任医师', '文/沁县人民医院心内科 主任医师', '□ 潞州区委党校 供稿', '□ 县委宣传部 出品', '■ 县医保局 提醒',
      '□ 民生关注', '■ 县委宣传部', '作者：沁县人民医院 心内科', '沁县人民医院心内科主任医师 王 某', '潞州区东街街道办事处 赵 某',
      '文/主任医师 王 某',
    ]) {
      expect(isBylineLine(text), text).toBe(false);
    }
    // Forms read before, unchanged: an ornament and a name, 作者： and a name, 作者： and a role and name.
    for (const text of ['□ 史晓东', '作者：王某', '作者：本报记者 王某']) expect(isBylineLine(text), text).toBe(true);
  });

  it('a page of a doctor\'s column and a lecturer\'s opinion so signed reads two articles with their bylines', () => {
    const text = ['冬季如何预防心脑血管疾病', '文/沁县人民医院心内科主任医师 王 某', '', '冬季气温低，血管容易收缩，是心脑血管疾病的高发季节。专家提醒，老年人要注意保暖。', '饮食上要少盐少油，多吃新鲜蔬菜水果。', '', '让“民生实事”更实更暖', '□ 潞州区委党校 李 某', '', '民生实事办得好不好，群众最有发言权。办实事，要从群众最关心的问题入手。'].join('\n');
    const segments = structurePage(text).segments;
    expect(segments.map((s) => s.blocks.find((b) => b.kind === 'headline')?.text)).toEqual(['冬季如何预防心脑血管疾病', '让“民生实事”更实更暖']);
    expect(segments.map((s) => s.blocks.filter((b) => b.kind === 'byline').map((b) => b.text))).toEqual([['文/沁县人民医院心内科主任医师 王 某'], ['□ 潞州区委党校 李 某']]);
  });
});

describe('such a byline under a headline signs its article, and the next article is its own', () => {
  it('gives two articles with their headlines and bylines, not one merged', () => {
    const text = ['冬季如何预防心脑血管疾病', '文/沁县人民医院心内科 王 某', '', '冬季气温低，血管容易收缩，是心脑血管疾病的高发季节。专家提醒，老年人要注意保暖。', '饮食上要少盐少油，多吃新鲜蔬菜水果。', '', '让“民生实事”更实更暖', '文/潞州区委党校 李 某', '', '民生实事办得好不好，群众最有发言权。办实事，要从群众最关心的问题入手。'].join('\n');
    const segments = structurePage(text).segments;
    expect(segments.map((s) => s.blocks.find((b) => b.kind === 'headline')?.text)).toEqual(['冬季如何预防心脑血管疾病', '让“民生实事”更实更暖']);
    expect(segments.map((s) => s.blocks.filter((b) => b.kind === 'byline').map((b) => b.text))).toEqual([['文/沁县人民医院心内科 王 某'], ['文/潞州区委党校 李 某']]);
  });
});
