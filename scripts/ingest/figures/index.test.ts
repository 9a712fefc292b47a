import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IngestedArticle, BodyNode } from '../types.ts';
import { extractFigures, FigureInputError } from './index.ts';

// Seed 002, heating and pensions, with a heading and a caption between the paragraphs.
const HEATING =
  '不仅如此，该县同步推进供热“毛细血管”改造，新建改造供热管网38.1公里、换热站12个，对老旧小区、背街小巷的老化管网全面更新。';
const PENSIONS =
  '2025年，壶关县持续织密社会保障网，城镇退休人员养老金人均月增收75元，城乡居民养老保险基础养老金从每月143元提高至191元，累计发放各项社保待遇5.79亿元，全民参保率达97%以上。';

function article(body: BodyNode[], id = 'huguan-minsheng'): IngestedArticle {
  return {
    id,
    title: '民生为本 幸福生活成色足',
    titleFrom: 'headline',
    lang: 'zh',
    kind: 'article',
    year: 2025,
    regions: ['壶关县'],
    topics: ['heating', 'elderly-care'],
    captions: [],
    source: { seed: '002_1ea187ce3151e9b8.txt', blocks: [0, 3] },
    body,
    warnings: [],
  };
}

const BODY: BodyNode[] = [
  { kind: 'heading', level: 2, text: '集中供热连民心 寒冬暖流润万家', source: [0] },
  { kind: 'paragraph', text: HEATING, source: [1] },
  { kind: 'caption', text: '供热隔压站 2025年', source: [2] },
  { kind: 'paragraph', text: PENSIONS, source: [3] },
];

describe('extractFigures', () => {
  const records = extractFigures(article(BODY));

  it('writes full records, numbering paragraphs among paragraphs only', () => {
    expect(records[0]).toEqual({
      id: expect.stringMatching(/^huguan-minsheng-[0-9a-f]{8}$/),
      origin: 'ingest',
      article: 'huguan-minsheng',
      paragraph: 1,
      offset: HEATING.indexOf('38.1公里'),
      text: '38.1公里',
      sentence: HEATING,
      value: 38.1,
      unit: '公里',
      qualifier: 'exact',
      label: '新建改造供热管网',
      label_en: 'Heating network built or upgraded',
      subject: '供热管网',
      measure: 'heating-network-km',
      status: 'actual',
      kind: 'new',
      region: '壶关县',
      year: 2025,
      topic: 'heating',
    });
    expect(records.filter((r) => r.paragraph === 2).map((r) => r.text)).toEqual(['75元', '191元', '5.79亿元', '97%以上']);
  });

  it('records a change once, on the level after', () => {
    const pension = records.find((r) => r.text === '191元')!;
    expect(pension.change).toEqual({ from: 143, to: 191, direction: 'up' });
    expect(pension.measure).toBe('pension-monthly-yuan');
    expect(pension.topic).toBe('elderly-care');
    // Named where the level before stands (`基础养老金从每月143元…`), and counted as the level it is.
    expect(pension.label).toContain('基础养老金每月');
    expect(pension.kind).toBe('per');
    expect(records.some((r) => r.text === '143元')).toBe(false);
  });

  it('keeps ids when other paragraphs change, and makes them unique', () => {
    const edited = extractFigures(
      article([{ kind: 'paragraph', text: '全县新增停车场20个。', source: [9] }, ...BODY]),
    );
    const idOf = (rs: typeof records, text: string) => rs.find((r) => r.text === text)!.id;
    expect(idOf(edited, '191元')).toBe(idOf(records, '191元'));
    expect(idOf(edited, '38.1公里')).toBe(idOf(records, '38.1公里'));
    const twice = extractFigures(article([BODY[1]!, BODY[1]!]));
    expect(new Set(twice.map((r) => r.id)).size).toBe(twice.length);
  });

  it('reads nothing from headings and captions', () => {
    expect(extractFigures(article([BODY[0]!, BODY[2]!]))).toEqual([]);
  });

  it('names the article and the problem for bad input', () => {
    expect(() => extractFigures({ ...article(BODY), id: '' })).toThrow(new FigureInputError('extractFigures: an article without an id: it needs an id to name its figures'));
    expect(() => extractFigures({ ...article(BODY), body: undefined as unknown as BodyNode[] })).toThrow(/article huguan-minsheng: its body is not a list/);
    expect(() => extractFigures(article([{ kind: 'paragraph', text: 3 as unknown as string, source: [] }]))).toThrow(/body node 1 is a paragraph without text/);
    expect(() => extractFigures(null as unknown as IngestedArticle)).toThrow(FigureInputError);
  });
});

describe('extractFigures (property)', () => {
  // Text made of the pieces figures are made of, in any order: it must never throw, and every record must
  // point at its own text.
  const piece = fc.constantFrom(
    ...'0123456789１２３.,，。；、“”《》()（）-~至到+×第几约近超余多以上左右不足万亿千百十两一二三四五六七八九零〇成%％℃元个人次年月日时公里平方米亩吨 的和供热管网投入从提高每月以前现在增长下降'.split(''),
    '人次', '个月', '百分之', '平方米', 'S213线', 'PM2.5', '1+N',
  );
  it('never throws and anchors every record', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const text = pieces.join('');
        for (const r of extractFigures(article([{ kind: 'paragraph', text, source: [0] }]))) {
          if (text.slice(r.offset, r.offset! + r.text.length) !== r.text || !Number.isFinite(r.value)) return false;
          if (r.subject && r.subject.length > 12) return false;
        }
        return true;
      }),
      { numRuns: 2000 },
    );
  });
});
