// A headline's three parts printed on one line, set apart by `——`, over the text its byline opens (roles.ts
// headPartsOnOneLine). Made up; classifyBlocks runs blocks.ts and roles.ts.
import { describe, expect, it } from 'vitest';
import { classifyBlocks } from '../blocks.ts';

const read = (raw: string[]) => classifyBlocks(raw).map((b) => `${b.kind}: ${b.text}`);
const TEXT = '本报讯（记者 韩 晓）12月3日，某县召开平安建设推进会，总结今年工作，部署明年任务。';

describe("a headline's three parts on one line", () => {
  it('reads the kicker, the headline and its deck over the byline that opens the text', () => {
    const long = read(['守护一方平安 共建美好家园——某县召开今冬明春平安建设工作推进会暨表彰大会——王五出席会议并讲话', TEXT]);
    expect(long.slice(0, 3)).toEqual(['kicker: 守护一方平安 共建美好家园', 'headline: 某县召开今冬明春平安建设工作推进会暨表彰大会', 'deck: 王五出席会议并讲话']);
    const blocks = read(['守护一方平安 共建美好家园——某县召开平安建设推进会——王五出席并讲话', TEXT]);
    expect(blocks.slice(0, 3)).toEqual(['kicker: 守护一方平安 共建美好家园', 'headline: 某县召开平安建设推进会', 'deck: 王五出席并讲话']);
  });
  // Running text with the same dashes, two parts, or no byline under it: read as it is.
  it('leaves a sentence, a line of two parts and a line over unsigned text as they are', () => {
    expect(read(['会上，王五说——平安是最大的民生——要久久为功。', TEXT])[0]).toMatch(/^paragraph: 会上/u);
    expect(read(['守护一方平安 共建美好家园——某县召开平安建设推进会', TEXT])[0]).not.toMatch(/^kicker/u);
    expect(read(['长治——太原——郑州班车今起加密', TEXT])[0]).toBe('headline: 长治——太原——郑州班车今起加密');
    expect(read(['守护一方平安 共建美好家园——某县召开平安建设推进会——王五出席并讲话', '12月3日，某县召开平安建设推进会，总结今年工作。'])[0]).not.toMatch(/^kicker/u);
  });
});

describe("the label of a commentator's piece over its headline", () => {
  it('is its kicker, the commentator under the headline its byline', () => {
    const blocks = read(['本报评论员文章', '让好事办到群众心坎上', '本报评论员', '岁末年初，一张张民生“成绩单”陆续晒出，群众看在眼里。']);
    expect(blocks.slice(0, 3)).toEqual(['kicker: 本报评论员文章', 'headline: 让好事办到群众心坎上', 'byline: 本报评论员']);
    expect(read(['让好事办到群众心坎上', '□ 本报评论员', '岁末年初，一张张民生“成绩单”陆续晒出，群众看在眼里。']).slice(0, 2)).toEqual(['headline: 让好事办到群众心坎上', 'byline: □ 本报评论员']);
  });
});
