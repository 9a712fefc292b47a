// Tests of the sentence forms that change which words say a figure's topic (topic-forms.ts), alone and through
// topicOf: a count splitting a verb from its object, a 专线 that carries people by who rides it. Sentences made up.
import { describe, expect, it } from 'vitest';
import type { Topic } from '../../../src/domain/topics.ts';
import { scopeFor } from './scope.fixture.ts';
import { topicOf } from './topic.ts';
import { joinedClause, linesAsTransport, pensionEnrolment, growersIncome } from './topic-forms.ts';

const topic = (paragraph: string, figure: string, topics: Topic[]) => topicOf(scopeFor(paragraph, figure, { article: { topics } }));

describe('joinedClause', () => {
  it('cuts the count and an aspect particle before it, so the compound it split is whole', () => {
    const c = '加装了4部电梯';
    expect(joinedClause(c, 3, 5)).toBe('加装电梯');
    expect(joinedClause('改造12个老旧小区', 2, 5)).toBe('改造老旧小区');
  });
  it('leaves a clause alone when the figure is not inside it', () => {
    expect(joinedClause('加装了4部电梯', -1, 2)).toBe('加装了4部电梯');
  });
});

describe('linesAsTransport', () => {
  it('reads a 专线 counted by 条 or ridden as a line, whoever rides it (offsets kept)', () => {
    const t = '新开通务工专线3条';
    expect(linesAsTransport(t)).toBe('新开通  班线3条');
    expect(linesAsTransport(t)).toHaveLength(t.length);
    expect(linesAsTransport('就医专线每天接送群众200多人次')).toBe('  班线每天接送群众200多人次');
  });
  it('leaves a 专线 one dials, or one neither counted nor ridden', () => {
    expect(linesAsTransport('拨打助残服务专线，已接听来电3条')).toBe('拨打助残服务专线，已接听来电3条');
    expect(linesAsTransport('心理援助专线接听来电1200个')).toBe('心理援助专线接听来电1200个');
  });
  it('reads a ridden word only in the 专线\'s own clause, not anywhere in the sentence (made up)', () => {
    expect(linesAsTransport('开通助企服务专线后，往返企业走访320家')).toBe('开通助企服务专线后，往返企业走访320家');
    expect(linesAsTransport('开通往返城区的务工专线后，每天接送工人500人次')).toBe('开通往返城区的  班线后，每天接送工人500人次');
  });
});

describe('pensionEnrolment', () => {
  it('blanks 参保 after a pension scheme in its clause, offsets kept; leaves other enrolment', () => {
    expect(pensionEnrolment('城乡居民基本养老保险参保率达到97%')).toBe('城乡居民基本养老保险  率达到97%');
    expect(pensionEnrolment('全县参保人数12万人，医疗保险参保率95%')).toBe('全县参保人数12万人，医疗保险参保率95%');
  });
});

describe('topicOf, with these forms', () => {
  it('files enrolment in a pension scheme with pensions (eldercare), in a jobs article too', () => {
    expect(topic('截至10月底，全县城乡居民基本养老保险参保率达到97.2%。', '97.2%', ['employment'])).toBe('elderly-care');
  });

  it('reads a compound split by its count (`加装了4部电梯`) over a governance word of the sentence', () => {
    expect(topic('社区党委书记王芳说，今年社区加装了4部电梯。', '4部', ['governance'])).toBe('housing');
  });
  it('files a line for workers or patients under transport, not jobs or health', () => {
    expect(topic('今年新开通务工专线3条，每天接送工人500多人次。', '3条', ['employment'])).toBe('transport');
    expect(topic('区里还将开通就医专线2条。', '2条', ['health'])).toBe('transport');
  });
  it('files a call device for elders under eldercare (the annotation guide)', () => {
    expect(topic('社区党委书记说，今年还为独居老人安装一键呼叫设备60台。', '60台', ['governance'])).toBe('elderly-care');
  });
  it('reads 一键呼叫 as eldercare\'s only with an elder word in its clause (made up)', () => {
    expect(topic('全市公交车已安装一键呼叫报警装置860套。', '860套', [])).toBe('transport');
    expect(topic('开通助企服务专线后，往返企业走访320家。', '320家', ['economy'])).toBe('economy');
  });
});

describe('growersIncome', () => {
  it('blanks 可支配收入 after a grower word of its clause, offsets kept', () => {
    expect(growersIncome('全县果农人均可支配收入达到1.8万元')).toBe('全县果农人均     达到1.8万元');
    expect(growersIncome('种植户的可支配收入提高')).toBe('种植户的     提高');
  });
  it('keeps residents’ income, and a grower word of another clause', () => {
    expect(growersIncome('农村居民人均可支配收入达到1.8万元')).toBe('农村居民人均可支配收入达到1.8万元');
    expect(growersIncome('果农增收，城镇居民人均可支配收入增长5%')).toBe('果农增收，城镇居民人均可支配收入增长5%');
  });
});

describe('topicOf: enrolment under a headline or heading of the medical insurance', () => {
  const under = (paragraph: string, figure: string, title: string, headings: string[] = []) =>
    topicOf(scopeFor(paragraph, figure, { headings, article: { topics: ['employment', 'health'], title } }));
  it('files 参保 with the medical insurance its headline or heading names, the paragraph naming none (fails before)', () => {
    expect(under('截至11月底，全市已有218.6万人完成参保缴费，参保率达到91.3%。', '91.3%', '一图读懂｜2026年度城乡居民医保缴费和待遇')).toBe('health');
    expect(under('全县参保缴费人数达到12.6万人。', '12.6万人', '全县冬季民生工作综述', ['三、城乡居民医疗保险'])).toBe('health');
    // (near misses: another insurance named beside it, and a headline of none)
    expect(under('全县参保缴费人数达到12.6万人。', '12.6万人', '医保和养老保险缴费开始了')).toBe('employment');
    expect(under('全县参保缴费人数达到12.6万人。', '12.6万人', '全县冬季民生工作综述')).toBe('employment');
    // (and the paragraph's own insurance first: 医保 there under a 社保 headline stays health's)
    expect(under('今年，全县城乡居民医保参保人数为13.2万人。', '13.2万人', '就业社保服务站建到家门口')).toBe('health');
  });
});
