// periodOf (figures/period.ts): on a page that prints no date, a plan or aim of what comes next (下一步, 将, 力争, 再)
// that names no year of its own has no year; one that names its year, a plan under way and any plan on a dated page keep theirs.
import { describe, expect, it } from 'vitest';
import { periodOf } from './period.ts';
import { scopeFor } from './scope.fixture.ts';

const undated = { year: 2024, pageYear: undefined };
const period = (paragraph: string, figure: string, article: { year?: number; pageYear?: number; date?: string } = undated) =>
  periodOf(scopeFor(paragraph, figure, { article }));

describe('periodOf: a plan of what comes next on an undated page', () => {
  it('gives no year to a next step that names none', () => {
    expect(period('下一步，我局将在屯留区新建农村寄宿制小学2所。', '2所').year).toBeUndefined();
    expect(period('我们计划再开通城乡公交线路8条，力争行政村通车率达到100%。', '8条').year).toBeUndefined();
  });

  it('keeps the year a plan names, a plan under way, and a plan on a dated page', () => {
    expect(period('下一步，将在2026年新建农村寄宿制小学2所。', '2所').year).toBe(2026);
    expect(period('为独居老人安装呼叫设备，计划安装180台，已安装95台。', '180台').year).toBe(2024);
    expect(period('下一步，我局将在屯留区新建农村寄宿制小学2所。', '2所', { year: 2025, pageYear: 2025 }).year).toBe(2025);
  });
});

describe('periodOf: what comes next read by the form of its words (RV F4)', () => {
  it('keeps the year where 将 is 把, 再 is inside a word, or the next step is another clause', () => {
    expect(period('县人社局计划帮助420名就业困难人员实现再就业，已帮助281人。', '420名').year).toBe(2024);
    expect(period('县里计划将650户危房纳入改造范围，目前已完工540户。', '650户').year).toBe(2024);
    expect(period('全县计划安装太阳能路灯310盏，将覆盖所有行政村。', '310盏').year).toBe(2024);
    expect(period('该县目标任务为新增就业1800人，力争超额完成。', '1800人').year).toBe(2024);
  });

  it('keeps the year a plan times inside it (全年, 年底, a month)', () => {
    expect(period('县医保局预计全年将为群众报销医疗费用7300万元。', '7300万元').year).toBe(2024);
    expect(period('按照计划，新建的4所幼儿园将于9月开园。', '4所').year).toBe(2024);
    expect(period('全年计划植树造林2.8万亩，目前已完成再造林0.9万亩。', '2.8万亩').year).toBe(2024);
  });

  it('still gives no year to 将 and 再 before what is done', () => {
    expect(period('下一步还将新建老年食堂6个。', '6个').year).toBeUndefined();
    expect(period('县交通局将在黎城县新建农村公路桥梁9座。', '9座').year).toBeUndefined();
    expect(period('我们计划再新建村卫生室12所。', '12所').year).toBeUndefined();
    expect(period('我们将会同县民政局，计划新建农村互助幸福院35个。', '35个').year).toBeUndefined();
    expect(period('我们计划每年投入资金不少于6000万元，力争管网漏损率降到8%以内。', '不少于6000万元').year).toBeUndefined();
  });
});

describe('periodOf: a past the text does not date, on an undated page', () => {
  it('gives no year to a recollection (以前, 过去, 往年) on an undated page, the article’s on a dated one', () => {
    expect(period('“以前挑水要走3里山路，现在水龙头一拧就来。”', '3里').year).toBeUndefined();
    expect(period('“往年一个冬天要烧煤5吨，屋里还冷。”', '5吨').year).toBeUndefined();
    expect(period('“以前挑水要走3里山路，现在水龙头一拧就来。”', '3里', { year: 2025, pageYear: 2025 }).year).toBe(2025);
  });

  it('keeps the year where 以前 is a deadline and 往年 a comparison base (RV F10)', () => {
    expect(period('全县新增城镇就业3140人，较往年增加270人。', '270人').year).toBe(2024);
    expect(period('供暖季到来以前，全县完成供热管网改造28公里。', '28公里').year).toBe(2024);
    expect(period('11月15日以前，全县完成老旧管网改造41公里。', '41公里').year).toBe(2024);
    expect(period('以前村里只有2条土路，如今已修通水泥路15公里。', '2条').year).toBeUndefined();
  });

  it('keeps a review’s 过去一年 and a year the recollection names', () => {
    expect(period('过去一年，全县新增就业岗位3200个。', '3200个').year).toBe(2024);
    expect(period('“2019年以前，村里只有一口井，要供120户人吃水。”', '120户').year).toBe(2019);
  });
});
