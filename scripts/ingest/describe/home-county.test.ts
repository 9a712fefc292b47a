import { describe, expect, it } from 'vitest';
import { findPlace } from '../../../src/domain/places/gazetteer.ts';
import { describe as describeSegment } from '../describe.ts';
import type { Segment } from '../types.ts';
import { givesHomeFigures, homeCountyOf } from './home-county.ts';
import { block } from './seed-fixtures.ts';

describe('homeCountyOf', () => {
  it('reads the county a county paper’s masthead names', () => {
    expect(homeCountyOf(['今日武乡', '2025年12月5日 星期五 第2版 综合新闻'])?.name).toBe('武乡县');
    expect(homeCountyOf(['黎城新闻', '中共黎城县委机关报 黎城县融媒体中心主办'])?.name).toBe('黎城县');
    expect(homeCountyOf(['平顺新闻', '长治市平顺县融媒体中心主办'])?.name).toBe('平顺县');
  });

  it('gives none for a city paper, a page naming two counties, or an index of other pages', () => {
    expect(homeCountyOf(['长治日报', '2025年11月18日 星期二 第3版'])).toBeUndefined();
    expect(homeCountyOf(['上党晚报', '第7版'])).toBeUndefined();
    expect(homeCountyOf(['今日武乡', '黎城新闻'])).toBeUndefined();
    expect(homeCountyOf(['长治日报', '▶2版 黎城县：暖气进了山里人家'])).toBeUndefined();
    expect(homeCountyOf([])).toBeUndefined();
  });
});

describe('homeCountyOf: a masthead set letter by letter (issue 15)', () => {
  it('names its county as one printed together does', () => {
    expect(homeCountyOf(['平 顺 新 闻', '第三版 社会民生'])?.name).toBe('平顺县');
    expect(homeCountyOf(['沁 源 报'])?.name).toBe('沁源县');
  });
  it('leaves a line of spaced names that is no masthead as it is', () => {
    expect(homeCountyOf(['本版编辑 王 丽 娜'])).toBeUndefined();
  });
});

describe('homeCountyOf: staff fields on the masthead or date line (issue 15)', () => {
  it('reads the paper past an editor’s or proofreader’s name and colon', () => {
    expect(homeCountyOf(['第3版 民生服务', '2025年12月5日 星期五 今日壶关 编辑：郝 丽 校对：陈 静'])?.name).toBe('壶关县');
    expect(homeCountyOf(['编辑：王晓 今日武乡 第2版'])?.name).toBe('武乡县');
    expect(homeCountyOf(['潞城新闻 2025年12月2日 星期二 第2版 访谈 责任编辑：王璐'])?.name).toBe('潞城区');
  });
  it('reads the paper past any staff role the page line knows (责编, 版式, 美术编辑: finding #17)', () => {
    expect(homeCountyOf(['2025年12月5日 星期五 今日壶关 责编：郝丽 校对：陈静'])?.name).toBe('壶关县');
    expect(homeCountyOf(['2025年12月5日 今日壶关 版式：王 敏'])?.name).toBe('壶关县');
    expect(homeCountyOf(['今日壶关 美术编辑：郝丽'])?.name).toBe('壶关县');
    expect(homeCountyOf(['今日壶关编辑：郝丽'])?.name).toBe('壶关县');
    // near misses: another field with a colon still blocks, and a city paper's staff names no county
    expect(homeCountyOf(['今日壶关　责编：郝丽　电话：0355-6668888'])).toBeUndefined();
    expect(homeCountyOf(['长治日报 责编：王 丽 版式：陈 静'])).toBeUndefined();
  });

  it('reads the paper past 值班 alone, the duty editor (F6, session 33)', () => {
    expect(homeCountyOf(['今日壶关 编辑：郝丽 美编：王芳 校对：陈静 值班：李强'])?.name).toBe('壶关县');
    expect(homeCountyOf(['2025年12月5日　星期五　今日壶关　编辑：郝丽　美编：王芳　校对：陈静　值班：李强'])?.name).toBe('壶关县');
    expect(homeCountyOf(['今日壶关 总值班：李强'])?.name).toBe('壶关县');
    // near misses: another field with a colon still blocks
    expect(homeCountyOf(['今日壶关　值班：李强　新闻热线：0355-6668888'])).toBeUndefined();
  });

  it('still skips an index entry, another field with a colon, and a city paper with its editor', () => {
    expect(homeCountyOf(['长治日报', '▶2版 黎城县：暖气进了山里人家'])).toBeUndefined();
    expect(homeCountyOf(['第2版 责任编辑：李 敏 地址：壶关县龙泉镇府前街'])).toBeUndefined();
    expect(homeCountyOf(['长治日报 编辑：王 丽 校对：陈 静'])).toBeUndefined();
  });
});

describe('givesHomeFigures: a commentary on a county’s paper that gives figures is the county’s (698, 706)', () => {
  it('reads a count in digits, not a date', () => {
    expect(givesHomeFigures('去年的12件民生实事之所以件件落地，一个重要原因是项目从群众中来。')).toBe(true);
    expect(givesHomeFigures('今年供暖季开始以来，县供热热线已受理群众诉求1300余件。')).toBe(true);
    expect(givesHomeFigures('全县3.6万户居民用上了清洁能源。')).toBe(true);
    // (Near misses: a year, a day, a clock time, numbers in words.)
    expect(givesHomeFigures('回望过去的2023年，我们接续奋斗。阔步2024年，我们该以什么样的作为开启新希望？')).toBe(false);
    expect(givesHomeFigures('12月22日起，群众的冷暖要时时放在心上，8时前要回访到位。')).toBe(false);
    expect(givesHomeFigures('十件实事，件件连着百姓的冷暖。')).toBe(false);
    // (Review R3 F13: a number that counts nothing, a hotline's, a service's hours; another province's figures.)
    expect(givesHomeFigures('群众有诉求，拨打12345热线，24小时有人接听。办不办得好，群众说了算。')).toBe(false);
    expect(givesHomeFigures('近日，浙江一些地方推出“老年食堂”，全省已建成老年助餐点1.2万个。这样的做法值得借鉴。')).toBe(false);
    expect(givesHomeFigures('全国已建成老年助餐点3万多个。')).toBe(false);
    // (Review R4 F11: the nation by 我国 or 国家; near misses, the county's honour of the nation's rank.)
    expect(givesHomeFigures('据统计，我国60岁以上老年人已达3亿人，其中独居老人超过1亿人。')).toBe(false);
    expect(givesHomeFigures('国家规定，城乡居民基础养老金每月不低于143元，今年又提高了20元。')).toBe(false);
    expect(givesHomeFigures('我县3个村入选国家级传统村落名录。')).toBe(true);
    expect(givesHomeFigures('创建国家卫生县城以来，全县新建公厕46座。')).toBe(true);
    // (Review R5 F12: 国家 inside the county's own sentence, the giver, the standard or a name, keeps the county.)
    for (const own of ['今年，县里争取国家专项资金3000万元，新建日间照料中心12个。', '去年县里创建国家园林县城，新增绿地12万平方米。', '今年全县有1.2万名老人领到了国家发放的高龄补贴。', '县医院按照国家标准新建了老年病科，新增床位50张。', '县里今年为1.2万户居民办理了国家电网的电费补贴。']) {
      expect(givesHomeFigures(own)).toBe(true);
    }
    // (Near miss: the county's figures beside a hotline's number stay the county's.)
    expect(givesHomeFigures('拨打12345热线，24小时有人接听。今年以来，热线已受理群众诉求1300余件。')).toBe(true);
  });

  it('gives a county paper’s commentary with figures its county, one in general words none', () => {
    const home = findPlace('长子县')!;
    const commentary = (text: string): Segment => ({
      blocks: [block('kicker', '短评', 0), block('headline', '暖气热不热，群众说了算', 1), block('byline', '许文斌', 2), block('paragraph', text, 3)],
    });
    const figures = describeSegment(commentary('今年供暖季开始以来，县城已受理群众诉求1300余件。每一件诉求背后，都是一户人家的冷暖。'), 'x', 2025, undefined, home);
    expect(figures.kind).toBe('commentary');
    expect(figures.regions).toEqual(['长子县']);
    expect(describeSegment(commentary('回望2025年，每一件诉求背后，都是一户人家的冷暖。'), 'x', 2025, undefined, home).regions).toEqual([]);
  });
});
