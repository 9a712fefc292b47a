// Kinds that lean on the figures before them in the sentence, read through extractFigures on made-up sentences in
// the forms the papers print: a part after 其中 counts as its whole (figures/kind-part.ts), the items 、 lists after a
// 累计 verb are its running sum (kind.ts); and the forms that must keep their own kind.
import { describe, expect, it } from 'vitest';
import type { IngestedArticle } from '../types.ts';
import { extractFigures } from './index.ts';

function kinds(text: string): Record<string, string | undefined> {
  const article: IngestedArticle = {
    id: 'part-test',
    title: '某县民生工作有序推进',
    titleFrom: 'headline',
    lang: 'zh',
    kind: 'news',
    year: 2025,
    regions: ['黎城县'],
    topics: [],
    captions: [],
    source: { seed: 'made-up.txt', blocks: [0, 0] },
    body: [{ kind: 'paragraph', text, source: [0] }],
    warnings: [],
  };
  return Object.fromEntries(extractFigures(article).map((r) => [r.text, r.kind]));
}

describe('a part after 其中 counts as its whole', () => {
  it('gives a part in another unit the kind of the figure before 其中, and the items listed after it too', () => {
    const k = kinds('今年，黎城县新增停车泊位1800个，其中地下停车场4处、充电车位260个。');
    expect(k['1800个']).toBe('new');
    expect(k['4处']).toBe('new');
    expect(k['260个']).toBe('new');
  });

  it('takes as the whole the nearest figure before 其中 in the part’s own unit', () => {
    const k = kinds('今年，黎城县新建改造街巷道路35条、总长21.4公里，其中打通断头路6条。');
    expect(k['35条']).toBe('new');
    expect(k['6条']).toBe('new');
  });

  it('keeps the part’s own kind when a verb stands right before its number or a word of a kind names it', () => {
    const jobs = kinds('今年，黎城县城镇新增就业2600人，完成全年任务的104%，其中退役军人就业310人。');
    expect(jobs['2600人']).toBe('new');
    expect(jobs['310人']).toBe('total');
    expect(kinds('截至10月底，黎城县共有村级幸福食堂64个，其中今年新建9个。')['9个']).toBe('new');
  });

  it('gives no kind from a whole that is no count (a change)', () => {
    expect(kinds('前三季度，黎城县交通事故同比下降18%，其中较大事故2起。')['2起']).toBe('total');
  });
});

describe('累计 before a verb covers the works items 、 lists after it', () => {
  it('reads a second works item as the running sum, an item named new or a clause after ， by its own words', () => {
    const k = kinds('自2020年以来，黎城县累计完成旱厕改造3200户、污水管网改造45公里。');
    expect(k['3200户']).toBe('cumulative');
    expect(k['45公里']).toBe('cumulative');
    expect(kinds('截至10月底，黎城县累计建成幸福院40个、新建老年食堂12个。')['12个']).toBe('new');
    expect(kinds('截至10月底，黎城县累计投资2.1亿元，改造供水管网80公里。')['80公里']).toBe('new');
  });
});

describe('a share of an amount per one, told after it (kind-part.ts sharedPer)', () => {
  it('reads who pays what share of a per-one amount as per the same one', () => {
    expect(kinds('老人在助餐点就餐每餐10元，政府补贴3元，个人支付7元。')).toMatchObject({ '10元': 'per', '3元': 'per', '7元': 'per' });
    expect(kinds('安装一台空气源热泵花费约2.4万元，财政补贴1.2万元。')).toMatchObject({ '1.2万元': 'per' });
  });

  it('leaves a sum of all the cases, and money after a count, as totals', () => {
    expect(kinds('每户补贴标准为600元，共补贴360万元。')['360万元']).toBe('total');
    expect(kinds('全县改造农户600户，财政补贴360万元。')['360万元']).toBe('total');
  });
});
