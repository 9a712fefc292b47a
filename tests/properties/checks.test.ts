// The output checks of issue 15 (checks.ts) and their allowances (run.ts) on made-up pages: each check finds
// the fault it is for and passes the same page read right, so a property test that passes says something.
import { describe, expect, it } from 'vitest';
import type { BuiltArticle } from '../../scripts/ingest/pipeline.ts';
import type { FigureRecord } from '../../src/domain/figure.ts';
import * as checks from './checks.ts';
import { readPage, type ReadPage } from './corpus.ts';
import { unallowed } from './run.ts';

const DATED = `长治日报

2025年11月18日 星期二 第3版 责任编辑：王晓燕

# 壶关县新建村级养老服务站12个

本报讯 今年以来，壶关县新建村级养老服务站12个，计划2026年底前再建20个。
`;

/** A page of one article whose fields are `article` laid over those the ingest gave the dated page. */
function withArticle(article: Partial<BuiltArticle['article']>, figures: Partial<FigureRecord>[] = [], text = DATED): ReadPage {
  const page = readPage('dev made-up', 'made-up.txt', text);
  const a = page.articles[0]!;
  return { ...page, articles: [{ ...a, article: { ...a.article, ...article }, figures: figures.map((f) => ({ ...a.figures[0]!, ...f }) as FigureRecord) }] };
}

describe('date lines', () => {
  it('reads a date line by its form, with its markup or in other date forms', () => {
    expect(checks.pageDateYear(DATED)).toBe(2025);
    expect(checks.isDateLine('<p>2024-03-05 周二 第2版</p>')).toBe(true);
    expect(checks.isDateLine('2025.11.18　星期二')).toBe(true);
  });
  it('never takes a sentence or a bare date for one', () => {
    expect(checks.isDateLine('2025年11月18日，壶关县举办招聘会，第3版刊登名单。')).toBe(false);
    expect(checks.isDateLine('2025年11月18日')).toBe(false);
  });
});

describe('the checks on a page read right', () => {
  it('find nothing', () => {
    const page = readPage('dev made-up', 'made-up.txt', DATED);
    for (const check of Object.values(checks.CHECKS)) expect(check(page)).toEqual([]);
  });
});

describe('each check finds its fault', () => {
  it('a place outside the gazetteer, for an article or a figure', () => {
    expect(checks.placesInGazetteer(withArticle({ regions: ['让城乡'] }))).toHaveLength(1);
    expect(checks.placesInGazetteer(withArticle({}, [{ text: '12个', region: '河北省' }]))).toHaveLength(1);
    expect(checks.placesInGazetteer(withArticle({ regions: ['壶关县'] }, [{ text: '12个', region: '长治高新区' }]))).toEqual([]);
  });
  it('a year later than the dated page', () => {
    expect(checks.noPlanYear(withArticle({ year: 2026 }))).toHaveLength(1);
  });
  it('on an undated page, a year named only in a plan, or nowhere', () => {
    const undated = DATED.replace(/^长治日报[\s\S]*?(?=# )/u, '');
    expect(checks.noPlanYear(withArticle({ year: 2026 }, [], undated))).toEqual([expect.stringContaining('only in plans')]);
    expect(checks.noPlanYear(withArticle({ year: 2023 }, [], undated))).toEqual([expect.stringContaining('nowhere')]);
    const stated = undated.replace('今年以来', '截至2024年底');
    expect(checks.noPlanYear(withArticle({ year: 2024 }, [], stated))).toEqual([]);
    const inHan = undated.replace('今年以来', '二〇二四年');
    expect(checks.noPlanYear(withArticle({ year: 2024 }, [], inHan))).toEqual([]);
  });
  it('a done figure after its page, but not a plan nor a rate set for the scheme year ahead', () => {
    expect(checks.noFutureActual(withArticle({}, [{ text: '20个', status: 'actual', year: 2026, kind: 'total', sentence: '计划2026年底前再建20个' }]))).toHaveLength(1);
    expect(checks.noFutureActual(withArticle({}, [{ text: '20个', status: 'plan', year: 2026, kind: 'total', sentence: '计划2026年底前再建20个' }]))).toEqual([]);
    const rate = { text: '380元', status: 'actual', year: 2026, kind: 'per', sentence: '2026年度居民医保个人缴费标准为每人每年380元' } as const;
    expect(checks.noFutureActual(withArticle({}, [rate]))).toEqual([]);
  });
  it('an article neither dated nor reported undated, or dated other than its page', () => {
    expect(checks.datedOrReported(withArticle({ year: undefined, title: '无年份' }))).toHaveLength(1);
    expect(checks.datedOrReported(withArticle({ date: '2025-11-17' }))).toHaveLength(1);
  });
  it('a date line the ingest did not read as the page’s date', () => {
    const page = withArticle({});
    expect(checks.datedOrReported({ ...page, report: { ...page.report, page: {} } })).toEqual([expect.stringContaining('not read')]);
  });
  it('furniture in a body, a caption that is a paragraph, a byline or a date line', () => {
    const body = [{ kind: 'paragraph' as const, text: '2025年11月18日 星期二 第3版', source: [0] }];
    expect(checks.noFurnitureInBody(withArticle({ body }))).toHaveLength(1);
    expect(checks.noFurnitureInBody(withArticle({ body: [{ kind: 'paragraph', text: '责任编辑：王晓燕 美编：陈 冬', source: [0] }] }))).toHaveLength(1);
    const paragraph = '村民在新建的养老服务站用餐。';
    const withParagraph = [{ kind: 'paragraph' as const, text: paragraph, source: [0] }];
    expect(checks.captionsAreCaptions(withArticle({ body: withParagraph, captions: [paragraph] }))).toHaveLength(1);
    expect(checks.captionsAreCaptions(withArticle({ captions: ['本报记者 张 三 通讯员 李四'] }))).toHaveLength(1);
    expect(checks.captionsAreCaptions(withArticle({ captions: ['2025年11月18日 星期二'] }))).toHaveLength(1);
    expect(checks.captionsAreCaptions(withArticle({ captions: ['村民在养老服务站用餐。本报记者 张三 摄'] }))).toEqual([]);
  });
  it('an English paragraph inside a Chinese article, an empty article', () => {
    const english = [{ kind: 'paragraph' as const, text: 'Huguan County opened twelve village elderly care stations this year.', source: [0] }];
    expect(checks.englishOnItsOwn(withArticle({ body: english }))).toHaveLength(1);
    expect(checks.englishOnItsOwn(withArticle({ body: english, lang: 'en', title: 'Care stations open' }))).toEqual([]);
    expect(checks.noEmptyArticle(withArticle({ body: [], captions: [] }))).toHaveLength(1);
  });
});

describe('topic tags', () => {
  const tagged = `${DATED}\n#民生微实事# 屯留区：路灯亮到村口\n\n本报讯 近日，屯留区在12个村新装路灯360盏，村民夜里出行更方便。\n\n# 长子县开展冬季义诊\n\n本报讯 近日，长子县组织医生下乡义诊，服务群众1200人次。\n`;
  it('kept among the articles pass, lost fail', () => {
    const page = readPage('dev made-up', 'made-up.txt', tagged);
    expect(checks.topicTagsKept(page)).toEqual([]);
    const lost = { ...page, articles: page.articles.map((a) => ({ ...a, markdown: a.markdown.replaceAll('民生微实事', '') })) };
    expect(checks.topicTagsKept(lost)).toEqual([expect.stringContaining('#民生微实事#')]);
  });
  it('at the page’s head or foot are its own and not checked', () => {
    const page = readPage('dev made-up', 'made-up.txt', `#长治民生# #暖心服务#\n\n${DATED}\n#长治发布# 往期：这些服务12月起有变化\n`);
    const lost = { ...page, articles: page.articles.map((a) => ({ ...a, markdown: a.markdown.replace(/长治民生|暖心服务|长治发布/gu, '') })) };
    expect(checks.topicTagsKept(lost)).toEqual([]);
  });
});

describe('allowances', () => {
  const found = ['dev 7-a (crlf): 「x」 one', 'dev 7-a (crlf): 「x」 two', 'dev 7-a: 「x」 one', 'dev 8-b: 「y」 one'];
  it('cover up to their count on their page in each printing, never another page', () => {
    expect(unallowed(found, [{ page: '7-a', max: 1, why: 'made up' }])).toEqual(['dev 7-a (crlf): 「x」 two', 'dev 8-b: 「y」 one']);
  });
  it('named for one variant, cover that printing only', () => {
    expect(unallowed(found, [{ page: '7-a', max: 2, variant: 'crlf', why: 'made up' }])).toEqual(['dev 7-a: 「x」 one', 'dev 8-b: 「y」 one']);
  });
});
