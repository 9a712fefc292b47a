import { describe, expect, it } from 'vitest';
import { isPageLine, isStaffLine, pageFactsOf, readPageLine } from './page-lines.ts';

describe('readPageLine: the date line in its forms', () => {
  it('reads date, page and paper from a full date line', () => {
    expect(readPageLine('2025年11月18日 星期二 第3版 责任编辑：王晓燕 美编：陈冬')).toEqual({ date: '2025-11-18', page: 3 });
    expect(readPageLine('上党晚报 2025年11月19日 星期三 A4 县域新闻 责任编辑：赵丽萍 校对：范晶')).toEqual({
      paper: '上党晚报',
      date: '2025-11-19',
      page: 4,
    });
    expect(readPageLine('长治日报 2025年10月28日 星期二 第4版 民生周刊 责任编辑：卢晓燕')).toMatchObject({ paper: '长治日报', page: 4 });
  });

  it('reads each piece of a date line split over several lines', () => {
    expect(readPageLine('长治日报')).toEqual({ paper: '长治日报' });
    expect(readPageLine('2025年11月20日 星期四')).toEqual({ date: '2025-11-20' });
    expect(readPageLine('第2版 综合新闻')).toEqual({ page: 2 });
    expect(readPageLine('责任编辑：孟凡 校对：李静')).toEqual({});
    expect(readPageLine('要闻 责任编辑：李红梅 视觉编辑：王帅')).toEqual({});
    expect(readPageLine('2025年9月9日 星期二 乙巳年七月十八')).toEqual({ date: '2025-09-09' });
    expect(readPageLine('第1版 今日8版')).toEqual({ page: 1 });
    expect(readPageLine('第一版')).toEqual({ page: 1 });
  });

  it('knows page numbers set alone, between dashes or with a section label', () => {
    expect(readPageLine('03')).toEqual({ page: 3 });
    expect(readPageLine('— 3 —')).toEqual({ page: 3 });
    expect(readPageLine('A8 图片新闻 责任编辑：牛丽娟')).toEqual({ page: 8 });
  });

  it('knows mastheads, a staff credit with a space after its colon, and a front page index', () => {
    expect(isPageLine('CHANGZHI DAILY')).toBe(true);
    expect(isPageLine('中共武乡县委机关报 武乡县融媒体中心主办')).toBe(true);
    expect(isPageLine('编辑： 张丽 审核：王建华')).toBe(true);
    expect(isPageLine('▶2版 黎城县：暖气进了山里人家')).toBe(true);
  });

  it('knows the paper\'s contacts and serials with a long dash, a desk named by its page or paper, and a site\'s address', () => {
    for (const t of ['某某日报社出版　　国内统一连续出版物号：CN14—0099', '邮发代号：21—99', '本版邮箱：abc@example.com　　新闻热线：0355—2000000', '晚报热线：0355—2000001', '某某新闻网：www.example.cn']) expect(readPageLine(t), t).toEqual({});
    // A service's number in an article, and a site's name over words, are text.
    for (const t of ['咨询电话：0355—2000000', '某某新闻网：群众的事无小事']) expect(readPageLine(t), t).toBeUndefined();
    // A dash between other digits is a range or a date's, not a serial's: such a line stays text.
    for (const t of ['2025—11—03　转发12　评论3', '11—03 09:15', '0355—2000000']) expect(readPageLine(t), t).toBeUndefined();
  });

  it('knows a web copy\'s lines: a prompt to get the app, a site\'s licence, parts that are page lines each', () => {
    for (const t of ['下载“某某日报”APP，阅读更多新闻', '打开某某客户端 看更多', '晋ICP备12345678号', '晋公网安备14040202000999号', '网址：www.example.cn 下载“某某日报”APP，阅读更多新闻', '版权所有：某某日报社 未经授权不得转载', '地址：某市某区某路 晋ICP备12345678号']) expect(isPageLine(t), t).toBe(true);
    // A headline about an app, a note's number before a source, a sentence with a page line in it.
    for (const t of ['下载某某APP的老人越来越多了，社区开课教用手机', '[1] 数据来源：某某局', '网址：www.example.cn 欢迎广大市民积极报名参加']) expect(isPageLine(t), t).toBe(false);
    // After the app, only a read-more prompt: a headline about a service, or a sentence, is text.
    for (const t of ['下载“长治通”APP，社保缴费更方便', '打开微信小程序或客户端，即可办理。']) expect(isPageLine(t), t).toBe(false);
  });

  it('knows the paper\'s address under its own name, a producer\'s credit, and where to place a notice', () => {
    for (const t of ['某某晚报社地址：某市某区某路 新闻热线：0355-2000000', '某县融媒体中心出品 新闻热线：0355-2000001', '刊登声明、公告请拨打：0355-2000002（某某日报广告部）']) expect(readPageLine(t), t).toEqual({});
    // A service's address, and a sentence about placing notices, are text.
    for (const t of ['某某服务中心地址：某市某区某路', '刊登声明的市民越来越多，请拨打热线咨询。']) expect(readPageLine(t), t).toBeUndefined();
  });

  it('knows the paper a copy names as its source, with the date and page it printed', () => {
    expect(readPageLine('来源：《某某报》2025年11月3日第4版')).toEqual({ date: '2025-11-03', paper: '某某报', page: 4 });
    expect(readPageLine('原载《某某晚报》')).toEqual({ paper: '某某晚报' });
    // A document named as a source is no paper.
    expect(readPageLine('来源：《某市2025年民生实事进展通报》第3页')).toBeUndefined();
  });

  it('knows a section\'s name of two characters set letter-spaced on the date line', () => {
    expect(readPageLine('06　文　体　　　2025.03.14　星期五　　　某某日报')).toEqual({ date: '2025-03-14', paper: '某某日报', page: 6 });
  });

  it('knows a section\'s name after its label (版面：, 栏目：) beside the page\'s number or date, never alone', () => {
    expect(readPageLine('版面：民生周刊·百姓　第5版')).toEqual({ page: 5 });
    expect(readPageLine('2025年3月4日　栏目：城事')).toEqual({ date: '2025-03-04' });
    expect(readPageLine('所属栏目：民生　第5版')).toEqual({ page: 5 });
    // Alone, or with a sentence after the label, it is no page line.
    for (const text of ['版面：民生周刊', '栏目：我市新增学位6800个　第5版', '版面：调整后的第5版更好看了']) expect(readPageLine(text), text).toBeUndefined();
    // Opening the line, over a programme's day or time in a body, with no page's number nor paper's name: text.
    for (const text of ['栏目：百姓问政　2025年3月6日', '频道：新闻综合　2025-03-06　20:00']) expect(readPageLine(text), text).toBeUndefined();
  });

  it('knows any desk\'s number, masked or not, beside a desk of the paper\'s own on the line, never alone', () => {
    expect(readPageLine('热线电话：0355-1234×××　　投稿邮箱：abc@126.com')).toEqual({});
    expect(readPageLine('本报热线：0355-1234×××　　新闻投诉：0355-5678×××')).toEqual({});
    for (const text of ['咨询电话：0355-1234×××', '热线电话：12345', '服务热线：12345　　联系人：王某']) expect(readPageLine(text), text).toBeUndefined();
  });

  it('knows an index entry with no arrow by the page number it opens with, and keeps a page line\'s own number', () => {
    for (const t of ['第4版　乡村　东河村新修9座蓄水池', '6版：城西菜市场改造完工', 'B2 文体 3000人参加全民健身月开幕式']) expect(readPageLine(t), t).toEqual({});
    // A paper's sections are lettered A to D: a road's number opens a headline (`G55 …`).
    for (const t of ['G55 二广高速长治段改扩建工程开工', 'G5 京昆高速长治段施工期间分流']) expect(readPageLine(t), t).toBeUndefined();
    expect(readPageLine('第6版 文化 责任编辑：周秀英')).toEqual({ page: 6 });
    // A sentence that opens with a page, or a page glued to its words, is no entry.
    for (const t of ['第4版刊发的报道引起读者关注', '第4版 乡村 东河村新修9座蓄水池。']) expect(readPageLine(t), t).toBeUndefined();
  });

  it('knows a staff credit without its colon, a lunar date with 农历, a zero-padded page', () => {
    expect(readPageLine('2025年11月18日 星期二 第03版 责任编辑 王五 校对 赵六')).toEqual({ date: '2025-11-18', page: 3 });
    expect(readPageLine('农历乙巳年十月初六')).toEqual({});
    expect(readPageLine('A04 要闻')).toEqual({ page: 4 });
    expect(readPageLine('第5版·访谈')).toEqual({ page: 5 });
    expect(readPageLine('第3版：要闻')).toEqual({ page: 3 });
    expect(readPageLine('11月18日 星期二')).toEqual({});
    expect(readPageLine('11月18日')).toBeUndefined();
  });

  it('knows a two-character name spaced to the width of three in a staff credit', () => {
    expect(readPageLine('第6版 文化 责任编辑：周秀英 美术编辑：田 野')).toEqual({ page: 6 });
    expect(readPageLine('2024年3月5日 星期二 第2版 县域 责任编辑：马 丽 校对：孔 明')).toEqual({ date: '2024-03-05', page: 2 });
    expect(isPageLine('责任编辑 何 平 版式 高 远')).toBe(true);
    // A county paper's licence and publishers.
    for (const t of ['准印证号：（晋）0412-0025', '县委宣传部主办 县融媒体中心承办 地址：某县某镇 电话：0355-6222222']) expect(isPageLine(t), t).toBe(true);
    // A section's name with the page's number beside it.
    expect(readPageLine('要闻·民生 3')).toEqual({ page: 3 });
    expect(readPageLine('2025年12月18日 星期四　第B3版')).toEqual({ date: '2025-12-18', page: 3 });
    expect(readPageLine('县域新闻 12')).toEqual({ page: 12 });
    for (const t of ['民生 3 要闻', '民生实事回头看 2 3', '5 文化']) expect(isPageLine(t), t).toBe(false);
    // Credits set apart by an ampersand or a bar, as a space sets them apart.
    for (const t of ['责任编辑：何 平 & 校对：高 远', '责任编辑：何平 ＆ 版式：高远', '第2版丨民生 责任编辑：何平']) expect(isPageLine(t), t).toBe(true);
    expect(isPageLine('医保 & 社保 一窗通办')).toBe(false);
    // A lone character after the role is no name: `校对：王 静远` is not read as a credit.
    expect(isPageLine('校对：王 静远')).toBe(false);
  });

  it('knows a page line set off by brackets or an ornament as a whole', () => {
    for (const t of ['[责任编辑：孟 洁]', '（责任编辑 孟洁 校对 刘敏）', '〔本版编辑：史晶〕', '■ 责任编辑：孟 洁']) expect(isPageLine(t), t).toBe(true);
    expect(readPageLine('【2025年12月9日 星期二 第6版】')).toEqual({ date: '2025-12-09', page: 6 });
    for (const t of ['（记者 王 五）', '【民生简讯】', '（新春走基层）', '■ 民生关注 ■']) expect(isPageLine(t), t).toBe(false);
  });

  it('knows a staff credit with a spaced name before a bar, a Latin name (full-width too), a serial number spaced after CN', () => {
    for (const t of ['责任编辑：孟 洁｜校对：范 晶', '编辑：韩 梅　英文审校：Ｔｏｍ Ｌｉｕ', 'Editor: Tom Liu', '英文编辑：Mary Ann Wu', '中共长治市委机关报　国内统一连续出版物号：CN 14-0012'])
      expect(isPageLine(t), t).toBe(true);
    for (const t of ['英文审校：Tom Liu说，项目进展顺利。', '记者：Tom Liu']) expect(isPageLine(t), t).toBe(false);
  });

  it('reads rows of names beside phone numbers, three or more, as a directory, not the paper\'s contacts', () => {
    const rows = ['市民政局　0355-2031234', '潞城区　0355-5029876', '武乡县 0355-6389012'];
    expect(readPageLine(rows.join('\n'))).toBeUndefined();
    expect(isPageLine(rows[0]!)).toBe(true);
  });

  it('reads a date line whose words each open with an ornament', () => {
    expect(readPageLine('■2024年3月5日　■星期二　■民生周刊　■第6版')).toEqual({ date: '2024-03-05', paper: '民生周刊', page: 6 });
    expect(readPageLine('◆2023年11月20日 ◆星期一 ◆第3版')).toEqual({ date: '2023-11-20', page: 3 });
    for (const t of ['■ 民生关注 ■ 百姓说事', '●咨询电话：0355-12345 ●地址：潞州区英雄南路']) expect(isPageLine(t), t).toBe(false);
  });

  it('leaves headlines, bylines, section labels alone and running text alone', () => {
    for (const text of [
      '县区传真',
      '百姓身边',
      '本报记者 张宏伟 通讯员 李建斌',
      '沁源县：一条山路串起九个村',
      '秋季开学 我市新增中小学学位6800个',
      '2025年11月18日，潞州区召开老旧小区改造推进会。',
      '2026',
      '聚焦 2025 长治两会',
      '民生为本 幸福生活成色足',
    ]) {
      expect(readPageLine(text), text).toBeUndefined();
    }
  });

  it('reads a date in its other printed forms: glued, spaced, bracketed, with dots or dashes, in Chinese numerals', () => {
    for (const text of ['2024年3月7日星期四', '2024年 3月 7日 星期四', '2024年3月7日（星期四）', '2024.3.7 星期四', '2024-03-07', '2024/3/7', '二〇二四年三月七日 星期四', '二○二四年三月七日']) {
      expect(readPageLine(text), text).toEqual({ date: '2024-03-07' });
    }
    expect(readPageLine('2024.2.30')).toBeUndefined();
  });

  it('knows issue numbers, spaced and zero-padded page numbers, an English masthead in title case', () => {
    expect(readPageLine('总第9876期')).toEqual({});
    expect(readPageLine('CN14-0099')).toEqual({});
    expect(readPageLine('第 5 版')).toEqual({ page: 5 });
    expect(readPageLine('05 文化')).toEqual({ page: 5 });
    expect(readPageLine('Jincheng Evening News')).toEqual({});
    expect(readPageLine('5 文化')).toBeUndefined();
  });

  it('reads a labelled date, a publisher with its label, and a long dated header with one word of its own', () => {
    expect(readPageLine('出版日期：2024年3月7日')).toEqual({ date: '2024-03-07' });
    expect(readPageLine('2024年3月7日 星期四 第5版 特别策划 责任编辑：王五 主办：某某县委')).toEqual({ date: '2024-03-07', page: 5 });
    expect(readPageLine('2024年3月7日，某县召开老旧小区改造推进会 第5版')).toBeUndefined();
  });

  it('reads an English page’s date line and a date spaced digit by digit', () => {
    expect(readPageLine('Thursday, March 7, 2024')).toEqual({ date: '2024-03-07' });
    expect(readPageLine('7 March 2024')).toEqual({ date: '2024-03-07' });
    expect(readPageLine('Mar. 7, 2024')).toEqual({ date: '2024-03-07' });
    expect(readPageLine('2024 年 3 月 7 日 星期四')).toEqual({ date: '2024-03-07' });
    expect(readPageLine('On March 7, 2024 the bus line opened')).toBeUndefined();
  });

  it('knows how to reach the paper and QR notes by their form', () => {
    for (const text of [
      '读者热线：0351-6660000',
      '来稿信箱：news_desk@example.cn 电话：0351-1234567',
      '社址：太原市某路1号 邮编：030000',
      '网址：www.example.com.cn',
      '某某报社出版 网址：https://paper.example.cn/e',
      '扫描二维码 下载客户端',
      '扫码听新闻',
      '（扫码关注“今日长子”客户端）',
    ]) {
      expect(readPageLine(text), text).toEqual({});
    }
  });

  it('leaves a sentence that gives a number, and a long line about scanning, alone', () => {
    expect(readPageLine('咨询电话: 0355-2036118，报名邮箱：a@b.cn。')).toBeUndefined();
    expect(readPageLine('居民扫码就能查到自家的燃气缴费记录，再也不用跑营业厅排队了')).toBeUndefined();
    expect(readPageLine('扫码点餐、扫码支付成了常态')).toBeUndefined();
    // A headline that names a service with the scan in it: the note opens with the scan.
    expect(readPageLine('襄垣县零工市场上线“扫码找活”')).toBeUndefined();
    expect(readPageLine('长按识别二维码')).toEqual({});
  });

  it('takes no impossible date', () => {
    expect(readPageLine('2025年13月40日 星期二')).toBeUndefined();
  });
});

describe('pageFactsOf', () => {
  it('takes the first date, paper and page number of the page lines in reading order', () => {
    expect(pageFactsOf(['上党晚报', '2025年8月5日 星期二', 'A8 图片新闻 责任编辑：牛丽娟', '— 3 —'])).toEqual({ paper: '上党晚报', date: '2025-08-05', page: 8 });
    expect(pageFactsOf(['新年新气象 奋斗正当时', '聚焦'])).toEqual({});
  });
});

describe('staff credits with a slash (issue 15)', () => {
  it('are a page line, a spaced name too', async () => {
    const { isPageLine } = await import('./page-lines.ts');
    expect(isPageLine('责任编辑/刘 洋  美术编辑/程 静')).toBe(true);
    expect(isPageLine('责任编辑/刘洋')).toBe(true);
  });
});

describe('staff credits set apart by a spaced slash, and the duty editor (issue 15)', () => {
  it('are page lines', async () => {
    const { isPageLine } = await import('./page-lines.ts');
    for (const line of ['责任编辑 王五 / 校对 李四', '责任编辑：王五 / 校对：李四', '值班编委：张三']) expect(isPageLine(line), line).toBe(true);
  });
});

describe('who planned and coordinated a page (issue 15)', () => {
  it('is a page line', async () => {
    const { isPageLine } = await import('./page-lines.ts');
    expect(isPageLine('策划：王五')).toBe(true);
    expect(isPageLine('本期统筹：王五')).toBe(true);
  });
});

describe('a WeChat copy\'s post line and an OCR copy\'s date line (issue 15, F12)', () => {
  it('read the date beside a time of posting, and full-width digits and a name spaced letter by letter', () => {
    expect(readPageLine('武乡发布  2026年03月02日 09:15  山西')).toEqual({ date: '2026-03-02' });
    expect(readPageLine('2026-03-02 21:40 发表于山西')).toEqual({ date: '2026-03-02' });
    expect(readPageLine('上 党 晚 报　２０２６年３月２日　星期一　第４版')).toEqual({ date: '2026-03-02', paper: '上党晚报', page: 4 });
  });
  it('leave an event\'s date and hour in a notice alone', () => {
    expect(readPageLine('3月6日 9:00 县人力资源市场')).toBeUndefined();
    expect(readPageLine('时间：2026年3月6日 09:00')).toBeUndefined();
  });
});

describe('a copy\'s numbered section heading (issue 15)', () => {
  it('is no page number beside a section name: a clause follows its number', () => {
    expect(readPageLine('01 让群众喝上放心水')).toBeUndefined();
    expect(readPageLine('03 民生')).toEqual({ page: 3 });
    expect(readPageLine('03 要闻·县域新闻')).toEqual({ page: 3 });
  });
});

describe("a teaser of another page's piece (issue 15)", () => {
  it('is a page line: a short line pointing at the page last, with or without its 导读 label', () => {
    expect(isPageLine('导读：城区供热管网改造完工 见第6版')).toBe(true);
    expect(isPageLine('某县新建换热站3座（详见第3版）')).toBe(true);
  });
  it('leaves a sentence that points at another page, and a headline, as they are', () => {
    expect(isPageLine('今年全县新建换热站3座，改造管网12公里。详见第3版')).toBe(false);
    expect(isPageLine('城区供热管网改造完工')).toBe(false);
  });
});

describe('a copy\'s breadcrumb (issue 15)', () => {
  it('is a page line: short segments joined by >, ＞ or ›, one of them a date or a page number', () => {
    expect(readPageLine('首页 > 电子报 > 2024年3月5日 > 第2版：要闻')).toEqual({ date: '2024-03-05', page: 2 });
    expect(readPageLine('首页＞数字报＞第4版：县域')).toEqual({ page: 4 });
    expect(readPageLine('新闻 › 2024-03-05 › 民生')).toEqual({ date: '2024-03-05' });
  });
  it('leaves a sentence or a figure with > in it, and a path without a date or page, as text', () => {
    expect(readPageLine('气温>30℃')).toBeUndefined();
    expect(isPageLine('当日最高气温>30℃时，户外作业应暂停。')).toBe(false);
    expect(readPageLine('首页 > 新闻 > 民生')).toBeUndefined();
  });
});

describe('page lines of a copy and full-width page numbers', () => {
  it('reads a page number between full-width dashes', () => {
    expect(readPageLine('－7－')).toEqual({ page: 7 });
    expect(readPageLine('－ 12 －')).toEqual({ page: 12 });
    expect(isPageLine('－七－')).toBe(false);
  });

  it("takes a copy's chrome for the page's (copy-chrome.ts), never a notice's fields", () => {
    expect(['阅读 5820　点赞 37', '发布时间：2024-03-09 07:45', '原标题：《屯留区助残工作有序推进》'].map(isPageLine)).toEqual([true, true, true]);
    expect(['时间：3月9日 9:00', '地点：潞州区人民广场'].map(isPageLine)).toEqual([false, false]);
  });

  it('reads the reviews of a copy as staff credits', () => {
    expect(['责编：王军 终审：赵 晓', '初审：连鑫霞　复审：韩斌　终审：段晓芳', '编辑丨韩瑶红 审核丨鲍霞', '编辑 | 牛 晓　终审：牛 伟'].map(isPageLine)).toEqual([true, true, true, true]);
  });
});

describe("the paper's English name over its section's (issue 15)", () => {
  it('reads the name set off by a mark before the section as the masthead', () => {
    expect(isPageLine('Shangdang Evening News · Weekend　周末版')).toBe(true);
    expect(isPageLine('Luzhou Times | City Life')).toBe(true);
  });

  it("never a headline that names the paper in its words", () => {
    expect(isPageLine('Shangdang Evening News Opens Reading Room')).toBe(false);
    expect(isPageLine('Luzhou Times Reporters Visit Farms · Photos')).toBe(false);
  });
});

describe("an app's line under a headline, a reporter's byline among its parts (issue 15)", () => {
  it("is the piece's, never the page's line", () => {
    expect(isPageLine('上党晚报 | 本报记者 钱 小 多 摄 | 2025-11-20 17:05')).toBe(false);
  });

  it("leaves the page's own lines set apart by bars as they were", () => {
    expect(isPageLine('上党晚报 | 2025年11月20日 | 第5版')).toBe(true);
    expect(isPageLine('编辑丨韩瑶红 审核丨鲍霞')).toBe(true);
  });
});

describe("an editor's credit alone, as a copy prints it under each piece (issue 15)", () => {
  it('is a staff line; a chart maker\'s credit and a date line are not', () => {
    expect(['责任编辑：钱 多', '编辑丨韩瑶红 审核丨鲍霞'].map(isStaffLine)).toEqual([true, true]);
    expect(['制图：钱 多', '2025年11月20日 第5版 责任编辑：钱 多', '责任编辑要对稿件负责。'].map(isStaffLine)).toEqual([false, false, false]);
  });
});

describe("a web copy's line of the site, section, stamp, source and editor (issue 15)", () => {
  it('is a page line that dates the page', () => {
    expect(readPageLine('上党新闻网 | 城事 | 2025-10-08 09:15 | 来源：上党晚报 | 编辑：钱多')).toEqual({ date: '2025-10-08' });
    expect(isPageLine('长治日报客户端')).toBe(true);
  });

  it('never a headline that names a site in its words, nor a source line alone, nor a column named 在线', () => {
    expect(isPageLine('上党新闻网记者走进社区')).toBe(false);
    expect(readPageLine('来源：上党晚报')).toBeUndefined();
    expect(isPageLine('政协提案办理在线')).toBe(false);
  });
});

describe("where readers write to the paper (issue 15)", () => {
  it('is a page line with the paper\'s other contacts; a sentence that asks readers to write is text', () => {
    expect(['来信请寄：某报读者之声版　邮箱：abc@example.cn', '来信请寄至：某市某路18号某报社', '来信请寄：某报民声版 热线：0355-1234567'].map(isPageLine)).toEqual([true, true, true]);
    expect(isPageLine('来信请寄给我们，我们会一一回复。')).toBe(false);
  });
});

describe("a masthead's head of the paper, and a prompt to scan that names its app first (issue 15, point 2)", () => {
  it.each(['上党晚报社出版 社长：赵刚 总编辑：钱伟', '社长：赵刚', '微信扫一扫 看视频', '手机扫码 阅读全文'])('%s is a page line', (line) => expect(isPageLine(line)).toBe(true));
  it.each(['社长赵刚带队走访企业', '微信扫一扫就能缴纳水费，方便多了', '手机扫码即可缴纳医保费', '扫码就能办营业执照'])('%s is not', (line) => expect(isPageLine(line)).toBe(false));
});

describe('page lines a Markdown export quotes (issue 15, point 2)', () => {
  it.each(['> 编辑：王五 | 审核：李四', '> 责任编辑：赵 静', '>　第2版　要闻'])('%s is a page line', (line) => expect(isPageLine(line)).toBe(true));
  // A quoted source or sentence stays the piece's; so does a block of several quoted lines.
  it.each(['> 来源：市人社局', '> 编辑部的同志们走进社区，听取居民意见。', '> 编辑：王五\n> 审核：李四\n> 以上为本期内容'])('%s is not', (line) => expect(isPageLine(line)).toBe(false));
});

describe('the three reviews a copy is passed through, and the duty head (issue 15, point 2)', () => {
  it.each(['一审：赵 刚　二审：钱 伟　三审：孙 丽', '三审丨孙丽', '编审：周敏', '值班主任：吴军 第2版', '要闻 / 值班主任：吴军'])('%s is a page line', (line) => expect(isPageLine(line)).toBe(true));
  // (值班 alone is the duty editor, as 值班主任 is: F6, session 33.)
  it.each(['值班：李强', '总值班：李强', '编辑：郝丽　校对：陈静　值班：李强'])('%s is a page line', (line) => expect(isPageLine(line)).toBe(true));
  it.each(['春节期间，县医院安排24小时值班：急诊科、儿科全天接诊。'])('%s is no page line', (line) => expect(isPageLine(line)).toBe(false));
  // A sentence about a trial, a review's clause, a head of an office named in a notice.
  it.each(['一审判决后，被告提出上诉。', '三审三校制度落实到每一篇稿件', '办公室主任：吴军'])('%s is not', (line) => expect(isPageLine(line)).toBe(false));
});

describe("the colophon's prices by the year or month, its printer, and the call to subscribe (issue 15, point 2)", () => {
  it.each(['年价：288元　月价：24元', '某某日报社印务中心印刷　地址：某市某路1号', '某县印刷厂承印', '敬请订阅《某某晚报》！', '欢迎订阅2026年度《某某日报》'])('%s is a page line', (line) => expect(isPageLine(line)).toBe(true));
  it.each(['推广绿色印刷', '3D印刷走进课堂', '订阅《某某日报》的读者越来越多', '年价上涨了两成'])('%s is not', (line) => expect(isPageLine(line)).toBe(false));
});

describe('a new-media or all-media editor credited (issue 15, point 2)', () => {
  it.each(['新媒体编辑：赵静', '融媒体编辑：钱伟　审核：孙丽'])('%s is a page line', (line) => expect(isPageLine(line)).toBe(true));
  it.each(['新媒体编辑部成立', '融媒体编辑们连夜赶稿'])('%s is not', (line) => expect(isPageLine(line)).toBe(false));
});
