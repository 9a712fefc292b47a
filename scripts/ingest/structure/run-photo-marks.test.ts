// A photo's caption opened by its mark (`▲…`, `图为…`) closing an article, with the next piece's byline under it: the
// byline finds no headline in it (run-titles.ts, caption-form.ts opensWithPhotoMark). Made up; classifyBlocks runs
// blocks.ts and roles.ts.
import { describe, expect, it } from 'vitest';
import { classifyBlocks } from '../blocks.ts';

const kinds = (raw: string[]) => classifyBlocks(raw).map((b) => b.kind);
const ARTICLE = ['屯留区：集中供热管网通到村', '记者 段海瑶', '12月1日，屯留区余吾镇供热管网延伸工程正式通热，镇区周边村庄的居民告别了烧煤炉取暖的日子。', '今年，余吾镇新建供热管网9.6公里、换热站2座，新增集中供热用户1240户。'];
const NEXT = ['【余吾镇日间照料中心开门迎客】', '12月2日，屯留区余吾镇日间照料中心投入运营，可为周边老人提供助餐、休息、康复等服务。'];

describe("a photo's marked caption over the next piece's byline", () => {
  it('stays a caption', () => {
    expect(kinds([...ARTICLE, '▲余吾镇村民家中暖气片温度达标', '文/图 王 霞', ...NEXT])[4]).not.toBe('headline');
  });

  it('leaves a column name set off by the same mark a headline or kicker over a byline', () => {
    expect(kinds([...ARTICLE, '▲ 数说民生', '记者 王 霞', '全市今年新增城镇就业4.2万人。'])[4]).not.toBe('caption');
  });
});
