import { describe, expect, it } from 'vitest';
import { articleContext, meaningOf, scopeAt } from './meaning.ts';

const article = (text: string) =>
  articleContext({ body: [{ kind: 'paragraph', text, source: [0] }], year: 2025, regions: ['壶关县'], topics: ['transport'] });

function meaningAt(text: string, figure: string, previousFigure?: string) {
  const context = article(text);
  const at = text.indexOf(figure);
  const scope = scopeAt(context, 1, at, at + figure.length, figure.replace(/^[0-9.余]+/, '').replace(/余/, ''));
  if (!previousFigure) return meaningOf(context, scope);
  const p = text.indexOf(previousFigure);
  const before = meaningOf(context, scopeAt(context, 1, p, p + previousFigure.length, '个'));
  return meaningOf(context, scope, { previous: { label: before.label!, end: p + previousFigure.length - scope.sentenceStart, kind: before.kind } });
}

describe('meaningOf', () => {
  it('gives every field of a figure from its clause chain', () => {
    expect(meaningAt('2025年，壶关县新建改造供热管网38.1公里。', '38.1公里')).toEqual({
      status: 'actual',
      year: 2025,
      region: '壶关县',
      topic: 'heating',
      label: '新建改造供热管网',
      kind: 'new',
    });
  });

  it('counts the next item of a list, or what the works involved, as the item before', () => {
    const list = '新增停车场20个、停车位4300余个、充电桩200余个。';
    expect(meaningAt(list, '4300余个', '20个')).toMatchObject({ kind: 'new', label: '新增停车位' });
    const works = '今年潞州区共改造老旧小区46个，涉及楼栋318栋，惠及居民1.2万户。';
    expect(meaningAt(works, '318栋', '46个').kind).toBe('new');
    expect(meaningAt(works, '1.2万户', '318栋').kind).toBe('total');
    // 和 and 及 join items too: the second of 分别增长…和… is a change like the first.
    const both = '城乡居民人均可支配收入分别增长5.1%和7.3%。';
    expect(meaningAt(both, '7.3%', '5.1%').kind).toBe('change');
    // An item named new (any word of kind.ts's NAMED_NEW, 新栽 too) after a running sum is additions, not the sum.
    const planted = '全镇累计建成幸福院40个、新栽行道树1200株。';
    expect(meaningAt(planted, '40个').kind).toBe('cumulative');
    expect(meaningAt(planted, '1200株', '40个').kind).toBe('new');
    // A part of the figure before (其中, no verb of its own) counts as it does.
    expect(meaningAt('全县新增技能人才9000人，其中高技能人才1800人。', '1800人', '9000人').kind).toBe('new');
    // An item ending on a doing of its own (a verb, or 再就业: done again) is read by its own words.
    const jobs = '全县实现城镇新增就业3000人、失业人员再就业900人、困难人员就业120人、村级健身广场20个。';
    expect(meaningAt(jobs, '900人', '3000人').kind).toBe('total');
    expect(meaningAt(jobs, '120人', '900人').kind).toBe('total');
    expect(meaningAt('今年新建改造口袋公园12个、村级健身广场30个。', '30个', '12个').kind).toBe('new');
    // The upper end of a range is read as its lower end (`可提高2℃至3℃`: both changes).
    expect(meaningAt('改造后室温预计可提高2个至3个。', '3个', '2个').kind).toBe('change');
  });
});

describe('meaningOf, a list of works', () => {
  it('counts the people a list of works involves as reached, not added', () => {
    const text = '今年，全区改造老旧小区30个，涉及楼栋210栋、居民6100余户。';
    const context = article(text);
    const scope = (figure: string, unit: string) => scopeAt(context, 1, text.indexOf(figure), text.indexOf(figure) + figure.length, unit);
    const buildings = scope('210栋', '栋');
    const previous = { label: '涉及楼栋', end: buildings.end, kind: 'new' as const, unit: '栋' };
    expect(meaningOf(context, scope('6100余户', '户'), { previous }).kind).toBe('total');
    expect(meaningOf(context, scope('6100余户', '户'), { previous: { ...previous, unit: '户' } }).kind).toBe('new');
  });

  it('counts a part (其中…) as its whole only in the whole’s unit', () => {
    const text = '全县发生事故30起，同比下降12%，其中涉及电动车事故9起。';
    const context = article(text);
    const at = text.indexOf('9起');
    const change = { label: '事故同比下降', end: text.indexOf('12%') + 3, kind: 'change' as const, unit: '%' };
    expect(meaningOf(context, scopeAt(context, 1, at, at + 2, '起'), { previous: change }).kind).toBe('total');
  });
});

describe('articleContext', () => {
  it('reads the as-of date of a footnote dating the article’s data', () => {
    const body = [
      { kind: 'paragraph' as const, text: '● 新增学位 4680个', source: [0] },
      { kind: 'paragraph' as const, text: '（文中数据截至2025年11月底）', source: [1] },
    ];
    expect(articleContext({ body, year: 2025, regions: [], topics: [] }).meta.asOf).toBe('截至2025年11月底');
    expect(articleContext({ body: body.slice(0, 1), year: 2025, regions: [], topics: [] }).meta.asOf).toBeUndefined();
  });

  it('knows no present on an undated page whose article tells a named year and 今年 apart', () => {
    const paragraph = (text: string, i: number) => ({ kind: 'paragraph' as const, text, source: [i] });
    const body = [paragraph('2024年，景区共接待游客186万人次。', 0), paragraph('今年以来，景区带动发展农家乐320家。', 1)];
    expect(articleContext({ body, year: 2024, regions: [], topics: [] }).meta.presentUnknown).toBe(true);
    expect(articleContext({ body, year: 2025, pageYear: 2025, regions: [], topics: [] }).meta.presentUnknown).toBeUndefined();
    expect(articleContext({ body: [body[1]!, paragraph('2024年以来，累计建成驿站12个。', 2)], year: 2024, regions: [], topics: [] }).meta.presentUnknown).toBeUndefined();
  });

  it('reads the as-of date a source line under the data gives it', () => {
    const table = { kind: 'paragraph' as const, text: '| 幸福院 | 38个 | +5个 |', source: [0] };
    const note = (text: string) => articleContext({ body: [table, { kind: 'paragraph' as const, text, source: [1] }], year: 2025, regions: [], topics: [] }).meta.asOf;
    expect(note('数据来源：县民政局（截至2025年9月底）')).toBe('截至2025年9月底');
    expect(note('来源: 市统计局、市人社局（截至11月）')).toBe('截至11月');
    expect(note('（数据来源：市交通运输局，截至10月底）')).toBe('截至10月底');
    // A source with no date, or a sentence that only mentions one, dates nothing.
    expect(note('数据来源：县民政局')).toBeUndefined();
    expect(note('据县民政局统计，截至9月底全县建成幸福院38个。')).toBeUndefined();
  });
});

describe('a list introduced by a colon', () => {
  const dated = (paragraphs: string[]) =>
    articleContext({ body: paragraphs.map((text, i) => ({ kind: 'paragraph' as const, text, source: [i] })), year: 2025, pageYear: 2025, regions: ['长治市'], topics: ['water'] });
  const at = (context: ReturnType<typeof dated>, paragraph: number, figure: string) => {
    const text = context.paragraphs[paragraph - 1]!;
    const i = text.indexOf(figure);
    return meaningOf(context, scopeAt(context, paragraph, i, i + figure.length, '元'));
  };

  it('gives the items of a sentence the time and plan of the words before its colon', () => {
    const notice = dated(['经市人民政府批准，自2026年1月1日起，市区居民生活用水实行阶梯水价，具体标准如下：一、第一阶梯：水价为每立方米3.65元；二、第二阶梯：水价为每立方米4.90元。']);
    expect(at(notice, 1, '4.90元')).toMatchObject({ status: 'plan', year: 2026 });
  });

  it('gives the item paragraphs after an introducing paragraph its time and plan, not a paragraph after a plain one', () => {
    const notice = dated(['经市人民政府批准，自2026年1月1日起，市区居民生活用水实行阶梯水价，具体标准如下：', '一、第一阶梯：水价为每立方米3.65元；', '二、第二阶梯：水价为每立方米4.90元；']);
    expect(at(notice, 3, '4.90元')).toMatchObject({ status: 'plan', year: 2026 });
    const report = dated(['自2026年1月1日起，市区居民生活用水实行阶梯水价。', '目前，第二阶梯水价为每立方米4.90元。']);
    expect(at(report, 2, '4.90元')).toMatchObject({ status: 'actual', year: 2025 });
  });
});

describe('meaningOf, a box headed only by a time and a plan word', () => {
  const box = (title: string, text: string, figure: string) => {
    const context = articleContext({ body: [{ kind: 'paragraph', text, source: [0] }], title, titleFrom: 'headline', year: 2025, pageYear: 2025, regions: ['长治市'], topics: ['education'] });
    const at = text.indexOf(figure);
    return meaningOf(context, scopeAt(context, 1, at, at + figure.length, figure.replace(/^[0-9.]+/, '')));
  };

  it('reads the lines of a box titled 明年计划 or 2026年目标任务 as planned, for the year the title names', () => {
    expect(box('明年计划', '● 新建公办幼儿园 6所', '6所')).toMatchObject({ status: 'plan', year: 2026 });
    expect(box('2026年目标任务', '● 新增城镇就业 4.2万人', '4.2万人')).toMatchObject({ year: 2026 });
    expect(box('2026年目标任务', '● 新增城镇就业 4.2万人', '4.2万人').status).not.toBe('actual');
  });

  it('leaves a headline that says more than a plan word (a clause, a figure) to the lines themselves', () => {
    expect(box('明年计划新建幼儿园6所', '● 全县现有幼儿园 86所', '86所')).toMatchObject({ status: 'actual', year: 2025 });
    expect(box('今年成绩', '● 新建公办幼儿园 6所', '6所')).toMatchObject({ status: 'actual', year: 2025 });
    expect(box('2025年工作回顾', '● 新建公办幼儿园 6所', '6所')).toMatchObject({ status: 'actual', year: 2025 });
    expect(box('民生实事项目（一）', '● 新建公办幼儿园 6所', '6所')).toMatchObject({ status: 'actual', year: 2025 });
  });

  it('reads a year’s main aims and a draft list (…（草案）) as planned', () => {
    expect(box('2025年主要预期目标', '城镇新增就业3.2万人以上', '3.2万人以上').status).not.toBe('actual');
    expect(box('2025年民生实事项目（草案）', '1.教育：新建公办幼儿园6所；', '6所').status).toBe('plan');
  });
});
