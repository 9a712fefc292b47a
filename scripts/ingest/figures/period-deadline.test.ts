import { describe, expect, it } from 'vitest';
import { periodOf } from './period.ts';
import { scopeFor } from './scope.fixture.ts';

// Made-up sentences: a plan's deadline (…前) is its period (the figure guide), printed before it or after it in its clause or
// the next clause that completes the same works (period-next.ts, deadlineAfter; period-printed.ts).
const of = (paragraph: string, figure: string) => periodOf(scopeFor(paragraph, figure, { article: { pageYear: 2025, year: 2025 } }));

describe('a plan’s deadline', () => {
  it('is printed with the next year, a part of a month or a heating season', () => {
    expect(of('社区计划在明年4月前再增设快递柜20组。', '20组')).toEqual({ year: 2026, period: '明年4月前' });
    expect(of('县里将于12月中旬前完成改造36户。', '36户').period).toBe('12月中旬前');
    expect(of('全县计划2026年采暖季前完成余下9个小区的热网改造。', '9个').period).toBe('2026年采暖季前');
  });

  it('after the figure, in its clause or the next one completing the works, over a time told before it', () => {
    expect(of('截至10月底，已建成12座，其余3座将于明年4月底前建成。', '3座')).toEqual({ year: 2026, period: '明年4月底前' });
    expect(of('下一步，街道将新建停车泊位260个，计划明年5月底前投入使用。', '260个')).toEqual({ year: 2026, period: '明年5月底前' });
  });

  it('not an aim of its own in the next clause, a deadline after another figure, nor what was done', () => {
    expect(of('下一步，县里计划再改造老旧小区12个，力争2027年底前实现全覆盖。', '12个').period).toBeUndefined();
    expect(of('今年计划新建公厕8座，其中5座将于年底前完工。', '8座').period).toBeUndefined();
    expect(of('今年全县新建公厕8座，年底前全部投入使用。', '8座').period).toBeUndefined();
  });

  it('not a time around a month (…月前后)', () => {
    expect(of('镇里计划新建停车场3处，预计明年6月前后建成投用。', '3处').period).not.toBe('明年6月前');
    expect(of('街道计划改造背街小巷14条，9月前后开工。', '14条').period).not.toBe('9月前');
    expect(of('区里计划改造背街小巷14条，2026年5月前后完工。', '14条').period).not.toBe('2026年5月前');
  });
});

describe('a deadline after 到 (period-printed.ts, BY_END)', () => {
  it('is the period of what is planned, aimed at or foreseen by then, written without 到', () => {
    expect(of('县卫健局表示，到2027年底，全县力争新建村级卫生室40所。', '40所')).toEqual({ year: 2027, period: '2027年底' });
    expect(of('到年底，全镇日间照料中心将达到9个。', '9个').period).toBe('年底');
    expect(of('预计到明年6月底，城区公共充电桩可达1500个。', '1500个').period).toBe('明年6月底');
    expect(of('街道表示，到今年底，辖区将再开设老年食堂4个。', '4个').period).toBe('年底');
  });

  it('before what is done by then (已, 累计) is an as-of date, as 截至 is, written as printed with 到', () => {
    expect(of('到2021年底，全乡9个行政村全部通了客车，累计开通线路14条。', '14条')).toEqual({ year: 2021, period: '到2021年底' });
    expect(of('年初定下的八项实事，到10月底已有六项完成。', '六项').period).toBe('到10月底');
    expect(of('到今年底，全县已建成村级卫生室42所。', '42所').period).toBe('到今年底');
  });

  it('not the end of a span of months', () => {
    expect(of('1月到11月底，全县共受理诉求3200件。', '3200件').period).not.toBe('11月底');
    expect(of('1月到11月底，全县共受理诉求3200件。', '3200件').period).not.toBe('到11月底');
  });
});
