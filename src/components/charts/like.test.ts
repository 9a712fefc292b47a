import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIGURE_KINDS, FIGURE_STATUSES, type FigureRecord } from '../../domain/figure.ts';
import { CHILDCARE_PROVIDERS, HUGUAN_2025, MILLET_PRICE, SHANGDANG_2024, SHANGDANG_2025 } from './fixtures.ts';
import { likeGroups, likeInfo, measureSeries, unlikeness } from './like.ts';
import { NETWORK_2025, sibling } from './test-support/like-figures.ts';

const byText = (list: FigureRecord[], text: string) => list.find((f) => f.text === text)!;

describe('likeGroups', () => {
  it('groups one measure, status, kind, unit and year across places', () => {
    const groups = likeGroups(NETWORK_2025);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ measure: 'heating-network-km', status: 'actual', kind: 'new', unit: '公里', year: 2025 });
    expect(groups[0]!.figures).toHaveLength(4);
  });

  it('keeps apart what differs in status, kind or year: the seed fixtures give no group at all', () => {
    // 38.1公里 new in 2025 vs 13.5公里 a project's whole length in 2024; 4 model villages done vs 5 planned;
    // 充电桩 new (200余个), added since 2024 (2800余个) and at stations (121把).
    expect(likeGroups([...HUGUAN_2025, ...SHANGDANG_2024, ...SHANGDANG_2025])).toEqual([]);
  });

  it('never groups an anecdote, or a figure whose status, kind or year is unread', () => {
    const temperature = byText(HUGUAN_2025, '22℃以上');
    expect(temperature.status).toBe('anecdote');
    expect(likeInfo(temperature)).toBeUndefined();
    expect(likeInfo(MILLET_PRICE[0]!)).toBeUndefined();
    const network = NETWORK_2025[0]!;
    expect(likeInfo({ ...network, status: undefined })).toBeUndefined();
    expect(likeInfo({ ...network, kind: undefined })).toBeUndefined();
    expect(likeInfo({ ...network, year: undefined })).toBeUndefined();
    expect(likeInfo({ ...network, year: undefined, period: '1至10月' })).toMatchObject({ period: '1至10月' });
  });

  it('splits a measure under which one place gives two differently labelled figures (a breakdown, not a series)', () => {
    // 长治市 2025: 200余个 普惠性社区托育点 and 12个 县区公办托育中心, both "childcare providers", both in 个.
    expect(likeGroups(CHILDCARE_PROVIDERS)).toEqual([]);
    const points = byText(CHILDCARE_PROVIDERS, '200余个');
    // Another report's city-wide figure of the same label (a city figure compares only with city figures).
    const elsewhere = { ...sibling(points, '长治市', 30, 'other'), article: 'another-report' };
    const groups = likeGroups([...CHILDCARE_PROVIDERS, elsewhere]);
    expect(groups).toHaveLength(1);
    // (The two labels differ in a defining word too, 普惠 against 公办: the measure splits there already.)
    expect(groups[0]).toMatchObject({ measure: 'childcare-providers' });
    expect(groups[0]!.figures.map((f) => f.text)).toEqual(['200余个', '30个']);
  });

  it('never sets a city-wide figure beside a county or town figure of the same measure: the city holds them', () => {
    const [huguan, other] = NETWORK_2025;
    const city = sibling(huguan!, '长治市', 218, 'city');
    const town = sibling(huguan!, '壶关县龙泉镇', 3, 'town');
    const groups = likeGroups([huguan!, other!, city, town]);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.figures.map((f) => f.region)).not.toContain('长治市');
    expect(groups[0]!.figures.map((f) => f.region)).toContain('壶关县龙泉镇');
    expect(unlikeness([huguan!, city])).toBeDefined();
  });

  it('never sets two labels of one measure that differ in a defining word (备案, 普惠, 农村, 人均 …) side by side', () => {
    const points = byText(CHILDCARE_PROVIDERS, '200余个');
    const a = { ...sibling(points, '壶关县', 30, 'a'), label: '备案托育机构' };
    const b = { ...sibling(points, '黎城县', 19, 'b'), label: '托育机构' };
    const c = { ...sibling(points, '沁县', 12, 'c'), label: '托育机构' };
    const groups = likeGroups([a, b, c]);
    expect(groups.map((g) => g.figures.map((f) => f.id))).toEqual([[b.id, c.id]]);
    expect(likeGroups([a, { ...b, label: '已备案托育机构' }])).toHaveLength(1);
    // The works that made them define a count too: stations built beside stations built or renovated.
    const built = { ...b, label: '新建托育机构' };
    expect(likeGroups([built, { ...c, label: '新建改造托育机构' }])).toEqual([]);
    expect(likeGroups([built, { ...c, label: '新建托育机构' }])).toHaveLength(1);
    // Renovation named alone is the measure's own works: renovated streets beside streets the text describes.
    expect(likeGroups([{ ...b, label: '背街小巷改造' }, { ...c, label: '开启“美丽模式”的背街小巷' }])).toHaveLength(1);
    expect(likeGroups([built, { ...c, label: '新建和改造托育机构' }])).toEqual([]);
  });

  it('needs the same label under an open measure (money invested goes to different things)', () => {
    const canteens = byText(SHANGDANG_2024, '近200万元');
    const villages = { ...canteens, id: 'v', region: '壶关县', label: '精品示范村建设投入', value: 2_640_0000, text: '2640万元' };
    expect(likeGroups([canteens, villages])).toEqual([]);
    expect(likeGroups([canteens, { ...villages, label: canteens.label }])).toHaveLength(1);
  });

  it('draws the same fact once, and leaves out two values one report gives for one place and year (a breakdown)', () => {
    const [a, b] = NETWORK_2025;
    const twice = { ...b!, id: 'again', paragraph: b!.paragraph + 3 };
    expect(likeGroups([a!, b!, twice])[0]!.figures.map((f) => f.id)).toEqual([a!.id, b!.id]);
    expect(likeGroups([a!, b!, { ...twice, article: 'another-report' }])[0]!.figures).toHaveLength(2);
    const other = { ...b!, id: 'other', value: 99, paragraph: b!.paragraph + 3 };
    expect(likeGroups([a!, b!, other])).toEqual([]);
    // Another report's different value for the same place and year stays: what the papers say.
    expect(likeGroups([a!, b!, { ...other, article: 'another-report' }])[0]!.figures).toHaveLength(3);
  });

  it('never sets a part beside its whole, or another subject noun, under one measure, whatever the places', () => {
    const [huguan, licheng, tunliu] = NETWORK_2025;
    // 技能人才 in two counties, 高技能人才 (a part of them) in a third: the part leaves the group.
    const whole = { ...huguan!, measure: 'skilled-workers-new', unit: '人', subject: '技能人才', label: '新增技能人才' };
    const a = { ...sibling(whole, '黎城县', 1200, 'a') };
    const part = { ...sibling(whole, '屯留区', 260, 'part'), subject: '高技能人才', label: '新增高技能人才' };
    const groups = likeGroups([whole, a, part]);
    expect(groups.map((g) => g.figures.map((f) => f.id))).toEqual([[whole.id, a.id]]);
    expect(groups[0]).toMatchObject({ measure: 'skilled-workers-new', subject: '技能人才' });
    // Different head nouns (托育机构, 托育中心) of one measure in different counties never make a chart.
    const points = byText(CHILDCARE_PROVIDERS, '200余个');
    const institutions = { ...sibling(points, '壶关县', 30, 'inst'), subject: '托育机构', label: '托育机构' };
    const centres = { ...sibling(points, '黎城县', 2, 'centre'), subject: '托育中心', label: '托育中心' };
    expect(likeGroups([institutions, centres])).toEqual([]);
    expect(unlikeness([institutions, centres])).toMatch(/subjects differ/);
    // The same subject across places is still one group.
    expect(likeGroups([licheng!, tunliu!])).toHaveLength(1);
    // A figure written by hand (a label, no subject) counts the subject its label ends with: 新建改造供热管网
    // is 供热管网; a label ending in another noun is another thing.
    expect(huguan!.subject).toBe('供热管网');
    const handWritten = { ...sibling(huguan!, '沁县', 9, 'hand'), subject: undefined, label: '新建改造供热管网' };
    expect(likeGroups([huguan!, licheng!, handWritten])[0]!.figures).toHaveLength(3);
    // Where the measure's figures count different subjects, a hand-written one goes with the subject its
    // label ends with.
    const stations = { ...sibling(huguan!, '平顺县', 4, 'st'), subject: '供热站' };
    const handStations = { ...handWritten, id: 'hs', region: '武乡县', label: '新建改造供热站' };
    const split = likeGroups([huguan!, licheng!, stations, handStations]).map((g) => g.figures.map((f) => f.id).sort());
    expect(split).toEqual(expect.arrayContaining([[huguan!.id, licheng!.id].sort(), [stations.id, handStations.id].sort()]));
    expect(split).toHaveLength(2);
  });

  it('follows a measure over the years only across spans of one kind: never a total since 2024 beside one year', () => {
    // 上党区 2800余个 charging piles added since 2024 (a running total) and 壶关县 200余个 added in 2025.
    // (The current ingest reads 新增 of the first as kind new, as the second: only their spans differ.)
    const sinceTwentyFour = { ...byText(SHANGDANG_2024, '2800余个'), kind: 'new' as const };
    const piles = [sinceTwentyFour, byText(HUGUAN_2025, '200余个')];
    expect(piles.map((f) => [f.measure, f.kind, f.period ?? f.year])).toEqual([
      ['charging-piles', 'new', '2024年以来'],
      ['charging-piles', 'new', 2025],
    ]);
    expect(measureSeries(piles)).toEqual([]);
    expect(measureSeries(piles, 1).map((s) => s.figures.length)).toEqual([1, 1]);
    // One year beside another year is one series; so is the same part of two years.
    const [huguan] = NETWORK_2025;
    const lastYear = { ...sibling(huguan!, '壶关县', 30, 'y2024'), year: 2024, article: 'earlier-report' };
    expect(measureSeries([huguan!, lastYear])).toHaveLength(1);
    const months = (f: FigureRecord, year: number, id: string) => ({ ...f, id, year, period: `${year}年1至10月`, article: id });
    expect(measureSeries([months(huguan!, 2024, 'm24'), months(lastYear, 2025, 'm25')])).toHaveLength(1);
    expect(measureSeries([months(huguan!, 2024, 'm24'), lastYear])).toEqual([]);
  });

  it('tells an editor what keeps figures apart', () => {
    expect(unlikeness(NETWORK_2025)).toBeUndefined();
    expect(unlikeness([NETWORK_2025[0]!, byText(SHANGDANG_2024, '13.5公里')])).toBe('their kind, period or year differ');
    expect(unlikeness([byText(HUGUAN_2025, '22℃以上'), NETWORK_2025[0]!])).toMatch(/anecdote/);
  });
});

// Any figures at all: fields drawn from small pools so that groups form, and anything may be missing.
const fieldsArb = fc.record({
    measure: fc.option(fc.constantFrom('heating-network-km', 'charging-piles', 'investment-yuan'), { nil: undefined }),
    label: fc.option(fc.constantFrom('新增充电桩', '供热管网', '投入资金', '学校食堂'), { nil: undefined }),
    status: fc.option(fc.constantFrom(...FIGURE_STATUSES), { nil: undefined }),
    kind: fc.option(fc.constantFrom(...FIGURE_KINDS), { nil: undefined }),
    unit: fc.constantFrom('个', '公里', '元', '%', '年'),
    year: fc.option(fc.integer({ min: 2022, max: 2025 }), { nil: undefined }),
    period: fc.option(fc.constantFrom('1至10月', '2024年以来'), { nil: undefined }),
    region: fc.option(fc.constantFrom('长治市', '壶关县', '上党区', '上党区西火镇'), { nil: undefined }),
    value: fc.integer({ min: 0, max: 100_000 }),
    direction: fc.constantFrom('up', 'down'),
    range: fc.boolean(),
    article: fc.constantFrom('a', 'b'),
  });
const figuresArb = fc.array(fieldsArb, { maxLength: 40 }).map((list) =>
  list.map((r, i): FigureRecord => ({
    id: `f-${i}`,
    origin: 'ingest',
    article: r.article,
    paragraph: 1,
    text: `${r.value}${r.unit}`,
    sentence: '',
    value: r.value,
    unit: r.unit,
    qualifier: 'exact',
    ...(r.range && { range: { low: r.value, high: r.value + 1 } }),
    ...(r.measure && { measure: r.measure }),
    ...(r.label && { label: r.label }),
    ...(r.status && { status: r.status }),
    ...(r.kind && { kind: r.kind }),
    ...(r.year !== undefined && { year: r.year }),
    ...(r.period && { period: r.period }),
    ...(r.region && { region: r.region }),
    ...(r.kind === 'change' && { change: { rate: r.value, direction: r.direction } }),
  })),
);

describe('likeGroups, for any figures', () => {
  it('makes groups of one measure (or label), status, kind, unit and period, never with an anecdote', () => {
    fc.assert(
      fc.property(figuresArb, (figures) => {
        const groups = likeGroups(figures);
        const seen = new Set<FigureRecord>();
        for (const g of groups) {
          expect(g.figures.length).toBeGreaterThanOrEqual(2);
          const one = (of: (f: FigureRecord) => unknown) => expect(new Set(g.figures.map(of)).size).toBe(1);
          one((f) => f.measure ?? `label:${f.label}`);
          if (!g.figures[0]!.measure) one((f) => f.label);
          one((f) => f.status);
          one((f) => f.kind);
          one((f) => f.unit);
          one((f) => f.period ?? `year:${f.year}`);
          if (g.kind === 'change') one((f) => f.change?.direction);
          for (const f of g.figures) {
            expect(f.status).toBeDefined();
            expect(f.status).not.toBe('anecdote');
            expect(f.kind).toBeDefined();
            expect(f.range).toBeUndefined();
            expect(f.unit).not.toBe('年');
            expect(seen.has(f)).toBe(false);
            seen.add(f);
          }
          // One bar per place, year and value; within a report, one per place and year.
          expect(new Set(g.figures.map((f) => `${f.region}|${f.year}|${f.value}`)).size).toBe(g.figures.length);
          expect(new Set(g.figures.map((f) => `${f.region}|${f.year}|${f.article}`)).size).toBe(g.figures.length);
        }
      }),
      { numRuns: 300 },
    );
  });
});
