// statusOf and articleContext (figures/status.ts, meaning.ts) on a digest of a report, and on funds sought from those
// who give them. Other forms: status.test.ts, status.forms.test.ts, status.tables.test.ts.
import { describe, expect, it } from 'vitest';
import { scopeFor } from './scope.fixture.ts';
import { statusOf } from './status.ts';
import { articleContext } from './meaning.ts';

const status = (paragraph: string, figure: string, options = {}) => statusOf(scopeFor(paragraph, figure, options));

describe('statusOf: a digest of a report', () => {
  const digest = { article: { year: 2026, pageYear: 2026, regions: ['长治市'], topics: ['employment' as const], reportDigest: true } };
  it('reads what the digest sets out as the report\'s plan, not what it places in the past', () => {
    expect(status('1.稳岗扩就业。今年城镇新增就业3.5万人以上，开展职业技能培训4万人次。', '4万人次', digest)).toBe('plan');
    expect(status('5.改造城镇老旧小区136个，惠及居民2.4万户。', '136个', digest)).toBe('plan');
    expect(status('1.稳岗扩就业。去年全市城镇新增就业3.72万人。', '3.72万人', digest)).toBe('actual');
    expect(status('2023年，全市建成农村公路300公里。', '300公里', digest)).toBe('actual');
    expect(status('5.改造城镇老旧小区136个，惠及居民2.4万户。', '136个')).toBe('actual');
  });
});

describe('articleContext: a digest of a report', () => {
  const context = (first: string) => articleContext({ body: [{ kind: 'paragraph', text: first, source: [0] }, { kind: 'paragraph', text: '1.改造城镇老旧小区136个。', source: [1] }], regions: ['长治市'], topics: ['housing'] });
  it('is an article whose opening hands over to what a report says', () => {
    expect(context('1月19日，市人大会议听取了市政府工作报告。记者梳理报告中的民生内容，摘编如下：').meta.reportDigest).toBe(true);
    expect(context('记者从市住建局获悉，今年老旧小区改造进展如下：').meta.reportDigest).toBeUndefined();
    expect(context('市政府工作报告提出，今年改造城镇老旧小区136个。').meta.reportDigest).toBeUndefined();
  });
});

describe('statusOf: funds sought from those who give them', () => {
  it('reads funds 争取 from several givers joined by 和/、 as obtained, and 争取 before a deed as an aim', () => {
    expect(status('2024年，我局争取中央和省级资金1.36亿元，在壶关县改造农村供水管网215公里。', '1.36亿元', { article: { year: 2025, regions: ['长治市'], topics: ['water'] } })).toBe('actual');
    expect(status('2024年，我局争取中央和省级资金1.36亿元，在壶关县改造农村供水管网215公里。', '215公里', { article: { year: 2025, regions: ['长治市'], topics: ['water'] } })).toBe('actual');
    expect(status('争取年底前完成改造管网30公里。', '30公里')).toBe('target');
  });

  it('reads funds 争取 whatever names them before the word of funds (预算内, 衔接) as obtained; a year, works or a level between as an aim', () => {
    expect(status('截至10月底，累计完成投资2.8亿元，其中争取中央预算内资金1.1亿元。', '1.1亿元')).toBe('actual');
    expect(status('村里去年争取衔接资金160万元，建起花椒加工车间。', '160万元')).toBe('actual');
    expect(status('县里争取明年新建项目3个。', '3个')).toBe('target');
    expect(status('全县争取实现年产值5000万元。', '5000万元')).toBe('target');
  });

  it('reads 争取 + a verb + 项目 (引进, 签约, 落地, 开工, 招引) and 争取 before 政策 or 有…项目 as an aim: only funds are obtained whatever names them (finding #20)', () => {
    expect(status('今年，县里争取引进亿元以上项目5个。', '5个')).toBe('target');
    expect(status('全年争取签约项目20个以上。', '20个')).toBe('target');
    expect(status('全区争取落地项目10个。', '10个')).toBe('target');
    expect(status('争取开工重点项目15个。', '15个')).toBe('target');
    expect(status('争取每个乡镇都有项目2个以上。', '2个')).toBe('target');
    expect(status('争取更多群众享受政策，覆盖1.2万户。', '1.2万户')).toBe('target');
    expect(status('全年争取招引项目30个。', '30个')).toBe('target');
    // funds named before their word stay obtained, and so does a project's funds from a giver
    expect(status('今年镇里争取省级专项资金180万元。', '180万元')).toBe('actual');
    expect(status('全县争取地方政府专项债券资金3.2亿元。', '3.2亿元')).toBe('actual');
    expect(status('去年争取上级项目资金800万元。', '800万元')).toBe('actual');
  });

  it('reads 争取 + a verb and its object before the word of funds (撬动社会资金, 吸引社会资金) as an aim: the funds are what the verb is to do (finding #31)', () => {
    expect(status('全年争取撬动社会资金5000万元。', '5000万元')).toBe('target');
    expect(status('全年争取吸引社会资金3亿元。', '3亿元')).toBe('target');
    expect(status('今年争取引导金融资金2亿元投向民生领域。', '2亿元')).toBe('target');
    expect(status('今年争取募集慈善资金200万元。', '200万元')).toBe('target');
    // near misses: funds named by nouns, or by a verb right before the word of funds that names them (衔接, 补助, 扶持,
    // 转移支付), or by a noun and a verb (乡村振兴衔接), stay obtained
    expect(status('村里去年争取乡村振兴衔接资金2000万元。', '2000万元')).toBe('actual');
    expect(status('去年争取上级补助资金300万元。', '300万元')).toBe('actual');
    expect(status('去年争取扶持资金200万元。', '200万元')).toBe('actual');
    expect(status('去年争取转移支付资金5000万元。', '5000万元')).toBe('actual');
    expect(status('2024年，我局争取中央和省级资金1.36亿元。', '1.36亿元')).toBe('actual');
  });

  it('reads 争取 told as done (已, 累计, 共 right before it; 去年, 近N年来, 截至 earlier in the sentence) as what was won, whatever follows it (F1, session 33)', () => {
    expect(status('截至目前，已累计争取撬动社会资金5000万元。', '5000万元')).toBe('actual');
    expect(status('2024年，全县共争取使用地方政府专项债券资金3.2亿元。', '3.2亿元')).toBe('actual');
    expect(status('去年，全县争取撬动社会资金5000万元。', '5000万元')).toBe('actual');
    expect(status('近三年来，全县争取吸引社会资金3亿元投入文旅产业。', '3亿元')).toBe('actual');
    expect(status('截至目前，已累计争取签约项目20个。', '20个')).toBe('actual');
    expect(status('2024年，全县共争取引进亿元以上项目5个。', '5个')).toBe('actual');
    // near misses: an aim of a plan's time after the past, or 共同 (together), stay aims
    expect(status('去年撬动社会资金3000万元，明年争取撬动社会资金5000万元。', '5000万元')).toBe('target');
    expect(status('全县上下共同争取撬动社会资金1亿元。', '1亿元')).toBe('target');
    expect(status('截至目前，全县正积极对接，下一步争取签约项目20个。', '20个')).toBe('target');
  });
});

describe('statusOf: funds won and things pledged (FG, session 16)', () => {
  it('reads 争取 with a result after it (争取到, 争取了) as what was won, not an aim', () => {
    expect(status('此外，县里争取到中央大气污染防治资金2300万元，用于农村清洁取暖改造。', '2300万元')).toBe('actual');
    expect(status('今年，镇里争取了省级专项资金180万元。', '180万元')).toBe('actual');
    expect(status('争取年内再建成换热站3座。', '3座')).toBe('target');
  });
  it('reads 承诺 in a 的-phrase naming the things pledged as saying which things, a pledge before its verb as a plan', () => {
    expect(status('今年区里承诺办理的12件民生实事中，已有10件完成。', '12件', { article: { year: 2025, regions: ['潞城区'], topics: [] } })).toBe('actual');
    expect(status('年初，区政府向群众承诺办好10件民生实事。', '10件')).toBe('plan');
  });
  it('reads an aim or forecast after a figure that is its clause\'s subject (剩下的9个小区力争年内完工)', () => {
    expect(status('截至10月底，已完成改造19个，剩下的8个小区力争年内全部完工。', '8个')).toBe('target');
    expect(status('安排专项资金200万元确保项目顺利实施。', '200万元')).toBe('actual');
    expect(status('剩余3个乡镇预计明年通气。', '3个')).toBe('forecast');
  });
  it('reads a time word inside the clause an aim governs (争取明年再建成…) as dating the aim, not as a plan', () => {
    expect(status('全县争取明年再建成公办幼儿园3所。', '3所')).toBe('target');
    expect(status('力争明年全县新增城镇就业2600人以上。', '2600人以上')).toBe('target');
    expect(status('明年，全市将新增城镇就业3.2万人。', '3.2万人')).toBe('plan');
  });
  it('reads 还要 after a place or a year as its subject (今年，全县还要新建…) as a plan, not a person\'s 还要', () => {
    expect(status('今年，全县还要新建村级养老驿站20个。', '20个')).toBe('plan');
    expect(status('明年县里还要改造老旧小区12个。', '12个')).toBe('plan');
    expect(status('村民王大爷说，以前看病还要跑30多里路。', '30多里')).toBe('anecdote');
  });
});
