// A route's stops set apart by dashes are no headline's three parts (route-lines.ts; reviewer's finding on f9821efe:
// roles.ts headPartsOnOneLine split any three parts of four characters or more; it now asks isRoute). Made-up lines.
import { describe, expect, it } from 'vitest';
import { classifyBlocks } from '../blocks.ts';
import { isRoute } from './route-lines.ts';

describe('isRoute', () => {
  it('reads stops of four characters or more as a route', () => {
    expect(isRoute('长治客运东站——黎城汽车站——东阳关镇'.split('——'))).toBe(true);
    expect(isRoute('太行山大峡谷——八泉峡景区——红豆峡景区'.split('——'))).toBe(true);
    expect(isRoute('长治北站——太原南站——郑州东站'.split('——'))).toBe(true);
  });

  it("leaves a headline's parts, which say something, no route", () => {
    expect(isRoute('守护一方平安 共建美好家园——某县召开平安建设推进会——王五出席并讲话'.split('——'))).toBe(false);
    // A part with no verb still says something with its year, its adjective: no stop's name.
    expect(isRoute('守护一方平安——某县2025年平安建设工作会议——王五出席'.split('——'))).toBe(false);
    expect(isRoute('平安建设——某县2025年工作会议——表彰大会'.split('——'))).toBe(false);
  });
});

describe('a route over a byline (roles.ts headPartsOnOneLine)', () => {
  it('is one line, no kicker, headline and deck', () => {
    const kinds = classifyBlocks(['长治客运西站——平顺汽车站——虹梯关乡', '本报记者 韩 晓', '12月起，这条城乡公交线路每天加开班次4趟，沿线群众出行更方便。']).map((b) => `${b.kind}: ${b.text}`);
    expect(kinds.filter((k) => /^(?:kicker|deck)/u.test(k))).toEqual([]);
    expect(kinds.some((k) => k.endsWith(': 长治客运西站——平顺汽车站——虹梯关乡'))).toBe(true);
  });
});
