import { describe, expect, it } from 'vitest';
import { labelOf } from './label.ts';
import { scopeFor } from './scope.fixture.ts';
import { tableSubject } from './label-table-subject.ts';

describe('tableSubject', () => {
  it('reads the noun phrase before 如下, without the rows as a kind, time, the report words and the verb closing it', () => {
    expect(tableSubject('各县区养老服务床位建设进度如下表（单位：张）：')).toBe('养老服务床位建设');
    expect(tableSubject('经研究，现将本年度高龄津贴发放情况公示如下：')).toBe('高龄津贴');
    expect(tableSubject('全市共开发岗位500个，其中各县区招聘名额如下：')).toBe('招聘名额');
  });

  it('drops the framing words by their form: where, which, when and function words, whatever their wording', () => {
    expect(tableSubject('全县各乡镇秸秆综合利用面积如下（单位：亩）：')).toBe('秸秆综合利用面积');
    expect(tableSubject('潞城区本年度危房改造补助资金发放情况如下：')).toBe('危房改造补助资金');
    expect(tableSubject('经审核，本次各村护林员补助资金明细如下：')).toBe('护林员补助资金');
    expect(tableSubject('潞城区、平顺县、壶关县三个县区秸秆禁烧巡查情况如下：')).toBe('秸秆禁烧巡查');
    expect(tableSubject('潞城区、平顺县、壶关县三个县区完成情况如下：')).toBe('');
    // (A verb opening the subject stays: it is what the measure counts.)
    expect(tableSubject('其中各县区招聘名额如下：')).toBe('招聘名额');
  });

  it('reads the subject of the clause before, up to its predicate, where the clause before 如下 names only rows and report', () => {
    expect(tableSubject('今年全县农村户厕改造任务已全面完成，三个乡镇完成情况如下：')).toBe('农村户厕改造');
    // Near misses: a clause before that names who tells, not a measure, and one with no adverb before its verb.
    expect(tableSubject('记者从县住建局获悉，各乡镇完成情况如下：')).toBe('');
    expect(tableSubject('全县积极推进，各乡镇完成情况如下：')).toBe('');
  });

  it('reads nothing from an intro that names no measure', () => {
    expect(tableSubject('具体安排如下：')).toBe('');
    expect(tableSubject('今年全县新建幸福院12个。')).toBe('');
  });
});

describe('labelOf, a table cell whose row is a place', () => {
  // (The table is a paragraph of its own, the sentence introducing it the paragraph before.)
  const label = (table: string, intro: string, figure: string) => labelOf({ ...scopeFor(table, figure), preceding: intro });
  const table = '县区\t发放人数\t发放金额\n黎城县\t1200\t86\n平顺县\t980\t70';
  it('takes the subject of the sentence introducing the table', () => {
    expect(label(table, '各县区高龄津贴发放情况如下：', '1200')).toBe('黎城县高龄津贴发放人数');
    expect(label(table, '各县区高龄津贴发放情况如下：', '70')).toBe('平顺县高龄津贴发放金额');
  });

  it('leaves a row that names a thing as it is', () => {
    const routes = '班线 | 日均客运量（人次） | 票价（元）\n县城—店上镇 | 410 | 3.5';
    expect(label(routes, '各线路运营情况如下：', '410')).toBe('县城—店上镇日均客运量');
  });
});

describe('labelOf, a table under its own title and a note line', () => {
  // (Title, then the day and unit the cells stand at, then the header: the title names what the cells count.)
  const table = '全县农村危房改造推进情况\n截至9月30日　单位：户\n乡镇\t年度任务\t已开工\n丹朱镇\t46\t41\n鲍店镇\t38\t38';
  it('takes the title as the subject, its works kept and how far they got left out', () => {
    expect(labelOf(scopeFor(table, '41'))).toBe('丹朱镇农村危房改造已开工');
    expect(labelOf(scopeFor('全县冬季清洁取暖改造完成情况\n截至11月20日　单位：户\n乡镇\t全年计划\t已完成\n丹朱镇\t620\t615\n鲍店镇\t480\t480', '615'))).toBe('丹朱镇清洁取暖改造已完成');
  });

  it('reads no title where the block opens on its note line or on a sentence', () => {
    expect(labelOf(scopeFor('截至9月30日　单位：户\n乡镇\t年度任务\t已开工\n丹朱镇\t46\t41\n鲍店镇\t38\t38', '41'))).toBe('丹朱镇已开工');
    expect(labelOf(scopeFor('今年全县危房改造进展顺利。\n截至9月30日　单位：户\n乡镇\t年度任务\t已开工\n丹朱镇\t46\t41\n鲍店镇\t38\t38', '41'))).not.toContain('进展顺利');
  });
});
