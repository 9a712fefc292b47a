import { describe, expect, it } from 'vitest';
import { homeCountyOf } from './home-county.ts';

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
