import { describe, expect, it } from 'vitest';
import { normalizeWidth } from './numerals.ts';
import { sentenceAt, splitSentences } from './sentences.ts';
import { findFigureSpans } from './spans.ts';
import { MAX_SUBJECT_LENGTH, subjectOf } from './subject.ts';

/** Subject of each figure of a paragraph, by its printed text. */
function subjects(paragraph: string): Record<string, string | undefined> {
  const text = normalizeWidth(paragraph);
  const spans = findFigureSpans(paragraph);
  const sentences = splitSentences(text);
  const out: Record<string, string | undefined> = {};
  spans.forEach((span, i) => {
    const sentence = sentenceAt(sentences, span.start);
    const previous = i > 0 && spans[i - 1]!.start >= sentence.start ? spans[i - 1] : undefined;
    const previousSubject = previous && out[previous.text];
    out[span.text] = subjectOf({
      text,
      span,
      sentence,
      previousEnd: previous ? previous.end : sentence.start,
      ...(previousSubject ? { previousSubject } : {}),
    });
  });
  return out;
}

describe('subjectOf: the issue’s examples, in their seed sentences', () => {
  it('takes the noun after a measure word, and names money after its purpose (seed 000)', () => {
    expect(subjects('聚焦人民群众对教育服务的新期待，上党区加强中小学食堂建设，投入近200万元对16个学校食堂进行了改造。')).toEqual({
      近200万元: '学校食堂改造投入',
      '16个': '学校食堂',
    });
  });

  it('takes the noun before a number that follows it, without the verbs (seed 002)', () => {
    expect(subjects('不仅如此，该县同步推进供热“毛细血管”改造，新建改造供热管网38.1公里、换热站12个，对老旧小区全面更新。')).toEqual({
      '38.1公里': '供热管网',
      '12个': '换热站',
    });
  });

  it('reads the charging sentence of seed 000', () => {
    expect(subjects('2024年以来共新增充电桩2800余个，惠及6个社区2.2万余户居民；投入使用14个充电场站，配有121把充电桩。')).toEqual({
      '2800余个': '充电桩',
      '6个': '社区',
      '2.2万余户': '居民',
      '14个': '充电场站',
      '121把': '充电桩',
    });
  });
});

describe('subjectOf: other phrasings of the seeds', () => {
  it('ends a noun before its predicate (seeds 000, 001, 004)', () => {
    expect(subjects('建成区10余条背街小巷开启了“美丽模式”。')['10余条']).toBe('背街小巷');
    expect(subjects('来自6个县的64名乡镇党委书记依次登台。')).toEqual({ '6个': '县', '64名': '乡镇党委书记' });
    expect(subjects('124所乡镇卫生院、21所社区卫生服务中心和2436个行政村卫生室标准化建设全覆盖。')).toEqual({
      '124所': '乡镇卫生院',
      '21所': '社区卫生服务中心',
      '2436个': '行政村卫生室',
    });
  });

  it('cuts dates, verbs, fillers and the county off the front (seeds 001, 002, 004)', () => {
    expect(subjects('据了解，自2023年11月正式投入运营以来，共服务企业48个，提供零工岗位1944个。')).toEqual({ '48个': '企业', '1944个': '零工岗位' });
    expect(subjects('累计发放各项社保待遇5.79亿元。')['5.79亿元']).toBe('社保待遇');
    expect(subjects('“平顺县村均人口不足900人，人均耕地仅1.5亩。”')).toEqual({ 不足900人: '村均人口', '1.5亩': '人均耕地' });
    expect(subjects('为符合条件的群众减免服务费1.1万元。')['1.1万元']).toBe('服务费');
    expect(subjects('开工建设的西火镇一级热网工程全长13.5公里。')['13.5公里']).toBe('西火镇一级热网工程');
  });

  it('names a share after its part, and a group a percentage is of (seed 001)', () => {
    expect(subjects('山区面积占到总面积的85%。')['85%']).toBe('山区面积占比');
    expect(subjects('全市村集体收入全部突破10万元，年收入30万元以上村达到58.2%。')).toEqual({
      '10万元': '村集体收入',
      '30万元以上': '年收入',
      '58.2%': '年收入30万元以上村',
    });
  });

  it('names a generic subject after the clause head or the previous subject (seed 003)', () => {
    expect(subjects('绿色煤炭产业链将重点推进智能化建设，计划2025年完成投资10亿元以上，营业收入增长10%。')).toEqual({
      '10亿元以上': '绿色煤炭产业链投资',
      '10%': '绿色煤炭产业链营业收入',
    });
    expect(subjects('确保粮食种植面积稳定在27万亩左右，产量1.8亿斤以上。')).toEqual({ '27万亩左右': '粮食种植面积', '1.8亿斤以上': '粮食产量' });
  });

  it('names money by what it is for (seed 002)', () => {
    expect(subjects('投入2640万元推进4个精品示范村、36个提档升级村建设，440余万元专项用于人居环境整治。')).toMatchObject({
      '2640万元': '精品示范村建设投入',
      '4个': '精品示范村',
      '36个': '提档升级村',
      '440余万元': '人居环境整治投入',
    });
  });

  it('keeps subjects short, cutting at word boundaries from the front', () => {
    const s = subjects('城镇退休人员养老金人均月增收75元。')['75元']!;
    expect(s.length).toBeLessThanOrEqual(MAX_SUBJECT_LENGTH);
    expect(s).toBe('退休人员养老金人均月增收');
  });

  it('gives no subject where the words do not tell one', () => {
    expect(subjects('每次只需100多元。')['100多元']).toBeUndefined();
  });
});
