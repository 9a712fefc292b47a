// A printed copy's and the paper's small boxes' own lines (page-lines-print.ts), made up in the forms local papers and
// their exports print them; each beside the line of text of the same look that is none.
import { describe, expect, it } from 'vitest';
import { isDebris, isPrintedPageLine, isWeatherLine } from './page-lines-print.ts';
import { isPageLine, readPageLine } from './page-lines.ts';

describe("where a page stands in a printed file, the file's name and when it was made", () => {
  it.each(['第 2 页 共 6 页', '第2页/共6页', '共6页 第2页', '第5页', '共12页', 'Page 2 of 6', 'PAGE 4', '2 / 6', 'B2版（共16版）', '第二版（共8版）'])('%s is one', (line) => {
    expect(isPrintedPageLine(line)).toBe(true);
    expect(isPageLine(line)).toBe(true);
  });
  it.each(['xxrb20240307_02.pdf', '襄垣报第4版.PDF', '2024-03-07.docx', '2024/3/7 18:05:41', '2024-03-07 07:12', '导出时间：2024-03-07 18:05:41', '打印日期：2024.3.7'])('%s is one', (line) => expect(isPrintedPageLine(line)).toBe(true));
  // A sentence that names a page or a file, a notice's time and a figure are text.
  it.each(['全书共6页，图文并茂。', '第2页写着老人的病史', '报名表见附件.pdf下载', '活动时间：2024-03-07 09:00', '截止2024-03-07 18:00前报名', '6页', '306'])('%s is not', (line) => expect(isPrintedPageLine(line)).toBe(false));
});

describe("a page's number and section set apart by a slash, and a pointer to a page alone", () => {
  it.each(['05/县域', '第5版／民生', '时政 / B1', '详见第5版', '（见第二版）', '请看B3版'])('%s is one', (line) => expect(isPrintedPageLine(line)).toBe(true));
  // A ratio of figures and a teaser with its title: no page's section; a title that cites a page is page-lines.ts's teaser.
  it.each(['5/10户', '见证第一版', '他说：“详见第5版的报道。”', '县域/乡村/城市'])('%s is not', (line) => expect(isPrintedPageLine(line)).toBe(false));
});

describe("the weather box", () => {
  it.each(['今日天气：多云 -2℃~9℃ 东南风2级', '明天 小雨转阴 3~11℃', '后天 晴 北风3~4级', '襄垣 阴 -4℃～6℃', '今夜 -6℃~1℃ 微风', '空气质量：轻度污染', 'AQI 68', '天气预报', '明日天气', '沁源天气', '今日天气：晴', '明天：小雨转阴'])('%s is one', (line) => expect(isWeatherLine(line)).toBe(true));
  // A sentence about the weather, a headline with its verb, a row of data with no sky, a thing named weather.
  it.each(['今天白天多云，最高气温9℃。', '明日最低气温-6℃ 注意防寒保暖', '室内温度 18~22℃', '极端天气', '晴', '明天 -6℃', '应对雨雪天气', '今日 小雪', '明日 大雪'])('%s is not', (line) => expect(isWeatherLine(line)).toBe(false));
});

describe("an ad's mark alone, the e-paper's name and OCR's debris", () => {
  it.each(['广告', '（广告）', '〔广　告〕', '公益广告', '分类广告', '上党晚报电子版', '黎城报数字报', '电子报'])('%s is one', (line) => expect(isPrintedPageLine(line)).toBe(true));
  it.each(['广告牌拆除后街面亮了', '公益广告进社区', '电子版报名表', '数字报刊阅览室'])('%s is not', (line) => expect(isPrintedPageLine(line)).toBe(false));
  it.each(['｜', '■', '•', '口口口口', '一　一　一', 'IIII'])('%s is debris', (line) => expect(isDebris(line)).toBe(true));
  // A number repeated is a figure, a rule is a rule (shape.ts), two of a word are a word, an interjection has its mark.
  it.each(['888', '---', '妈妈', '哈哈哈，真好', '一二三'])('%s is not', (line) => expect(isDebris(line)).toBe(false));
});

describe("the colophon's days of printing and legal adviser", () => {
  it.each(['每周三、六出版', '逢周五出版', '本报常年法律顾问：山西某某律师事务所', '法律顾问：山西某某律师事务所　赵刚律师'])('%s is one', (line) => expect(isPrintedPageLine(line)).toBe(true));
  it.each(['每周出版两期特刊', '报纸每周二、五出版，逢节假日顺延。', '法律顾问赵刚说，合同要看清楚'])('%s is not', (line) => expect(isPrintedPageLine(line)).toBe(false));
});

describe("the issue's number alone, a special issue's name, a paper's stack", () => {
  it.each(['第12期', '（第5期）', '2024年第3期', '两会特刊', '2026上党两会特刊', '迎新春　专版', '沁县乡村振兴专刊', '号外', 'C叠', '县域B2', '时政要闻A3'])('%s is one', (line) => expect(isPrintedPageLine(line)).toBe(true));
  // A headline about a special issue or a numbered course, a road's number.
  it.each(['本报推出两会特刊', '第5期技能培训班结业', '国道G207', '特刊出版座谈会召开', '维生素B12', '维生素D3'])('%s is not', (line) => expect(isPrintedPageLine(line)).toBe(false));
});

describe("the issue's serial number with 号, and the paper's house alone", () => {
  it.each(['（总第1256号）', '总第8421期', '第12580号', '上党晚报社', '黎城日报社'])('%s is one', (line) => expect(isPrintedPageLine(line)).toBe(true));
  // A numbered contestant or building, a sentence naming the house, a notice's number in its document's form.
  it.each(['第3号', '第12号楼', '长治日报社召开年度总结会', '报社'])('%s is not', (line) => expect(isPrintedPageLine(line)).toBe(false));
});

describe("a few signs alone, what is left of a picture's or a box's frame", () => {
  it.each(['【 】', '〔　〕', '□□', '“”', '( )'])('%s is debris', (line) => expect(isDebris(line)).toBe(true));
  // A rule is a rule (shape.ts), a figure in brackets is text, a long row of signs is a rule's or an ornament's.
  it.each(['------', '（1）', '【图】', '★★★★★★★★'])('%s is not', (line) => expect(isDebris(line)).toBe(false));
});

describe("the paper's or the county's account named alone", () => {
  it.each(['某某日报微信公众号', '某县发布官方抖音号', '某某晚报客户端'])('%s is one', (line) => expect(isPrintedPageLine(line)).toBe(true));
  it.each(['某县开通政务公众号', '公众号', '关注某某日报微信公众号，了解更多'])('%s is not', (line) => expect(isPrintedPageLine(line)).toBe(false));
});

describe("an ad's own lines and an account mentioned alone", () => {
  it.each(['本广告由某某商贸公司提供', '本版广告由某某传媒发布', '广告发布登记号：某市监广登字〔2025〕001号', '@某某日报', '400-666-8888'])('%s is a page line', (line) => expect(isPageLine(line)).toBe(true));
  it.each(['广告由专人审核后发布，请放心', '@某某人，冬季供暖服务热线请收好', '广告牌', '4008886666元'])('%s is not', (line) => expect(isPageLine(line)).toBe(false));
});

describe("the serial number set apart from its label by a space (issue 15, point 2)", () => {
  it.each(['国内统一连续出版物号 CN14-0099', '某某县委机关报　　国内统一连续出版物号　CN14-0098　　今日4版'])('%s is a page line', (line) => expect(isPageLine(line)).toBe(true));
  it.each(['本报国内统一连续出版物号为CN14-0099。', '某某日报社公布连续出版物号 CN14-0099 新版'])('%s is not', (line) => expect(isPageLine(line)).toBe(false));
});

describe("a page's number between dashes last on the editor's line (a scan's foot)", () => {
  it.each(['责任编辑：郑 兰　　　　　　　— 7 —', '编辑：王小川 —12—', '美编：陈 冬　校对：李 静　– 3 –'])('%s is a page line', (line) => {
    expect(isPageLine(line)).toBe(true);
  });
  // A sentence or a figure before the dashes is text; so is a dash inside a line (a range, an aside).
  it.each(['全年新建公路86公里，完成投资2.1亿元。　— 7 —', '全乡增收12.5%　— 7 —', '责任编辑：郑 兰 — 7 — 王五说'])('%s is not', (line) => expect(isPageLine(line)).toBe(false));
});

describe("an English date opening a line of the page's other words (an English page's head)", () => {
  it('tells the date with the page and the paper', () => {
    expect(readPageLine('Monday, March 3, 2025　Page 4　长治日报·英文周刊')).toEqual({ date: '2025-03-03', page: 4, paper: '长治日报' });
    expect(readPageLine('Mar. 3, 2025 PAGE 4')).toEqual({ date: '2025-03-03', page: 4 });
  });
  // A headline or a sentence after the date is no page line.
  it.each(['Monday, March 3, 2025　Wuxiang opens a new library', 'March 3, 2025 was the coldest day of the winter.'])('%s is not', (line) => expect(isPageLine(line)).toBe(false));
});
