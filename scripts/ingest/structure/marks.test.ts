import { describe, expect, it } from 'vitest';
import {
  cutClosingCredit,
  cutContinuation,
  cutOpeningByline,
  cutTitleContinuation,
  isStandaloneByline,
  readContinuation,
  readMarkup,
} from './marks.ts';

describe('readMarkup', () => {
  it('reads # and ## with their text', () => {
    expect(readMarkup('# 把民生愿景绘成幸福实景')).toEqual({ hashes: 1, text: '把民生愿景绘成幸福实景' });
    expect(readMarkup('## 平安长治 良法善治擦亮宜居底色')).toEqual({ hashes: 2, text: '平安长治 良法善治擦亮宜居底色' });
    expect(readMarkup('政府搭“桥”，让企业和求职者收获满满。')).toBeUndefined();
    // Hashes with no space after them are text, as in Markdown: a number, a tag with one hash.
    expect(readMarkup('#1号楼加装电梯完工')).toBeUndefined();
    expect(readMarkup('#长治民生 全市新增停车位1.2万个')).toBeUndefined();
    // A line that leads into a list with its colon is text, with or without the list under it.
    expect(readMarkup('# 这些事项要记牢：\n- 某事一；\n- 某事二。')).toBeUndefined();
    expect(readMarkup('## 办理方式:')).toBeUndefined();
    expect(readMarkup('##')).toBeUndefined();
  });
});

describe('readContinuation', () => {
  it('reads where the article comes from or goes to', () => {
    expect(readContinuation('(上接第一版)')).toEqual({ from: '第一版' });
    expect(readContinuation('（下转第三版）')).toEqual({ to: '第三版' });
    expect(readContinuation('(上接1版)')).toEqual({ from: '第1版' });
    expect(readContinuation('（转第二版）')).toEqual({ to: '第二版' });
    expect(readContinuation('（接第一版）')).toEqual({ from: '第一版' });
    expect(cutContinuation('办结率99.2%。（转第2版）')).toEqual({ continued: { to: '第2版' }, text: '办结率99.2%。' });
    expect(readContinuation('上接第一版的报道说明了一切。')).toBeUndefined();
  });
});

describe('cutContinuation', () => {
  it('cuts a mark printed at the end or the start of a paragraph', () => {
    expect(cutContinuation('开栓以来已受理群众诉求3860件，办结率99.2%。（下转第二版）')).toEqual({
      continued: { to: '第二版' },
      text: '开栓以来已受理群众诉求3860件，办结率99.2%。',
    });
    expect(cutContinuation('（上接第一版）针对部分老旧小区供热不达标的问题，市热力公司组建了服务队。')).toEqual({
      continued: { from: '第一版' },
      text: '针对部分老旧小区供热不达标的问题，市热力公司组建了服务队。',
    });
  });

  it('leaves a mark alone inside the text, or a paragraph that is only a mark', () => {
    expect(cutContinuation('详见（下转第二版）的报道。')).toEqual({ text: '详见（下转第二版）的报道。' });
    expect(cutContinuation('(下转第三版)')).toEqual({ text: '(下转第三版)' });
  });
});

describe('isStandaloneByline', () => {
  it('knows the bylines printed on their own line', () => {
    for (const text of ['·白雪峰·', '(人民日报记者 郑洋洋)', '本报记者 姚晋华 摄', '本报评论员']) {
      expect(isStandaloneByline(text), text).toBe(true);
    }
  });

  it('leaves headlines and captions alone', () => {
    // `本报评论员文章` names the kind of piece over its headline (a kicker); `本报评论员 王五` is one signed.
    expect(isStandaloneByline('本报特约评论员 王五')).toBe(true);
    for (const text of ['新年新气象 奋斗正当时', '桑梓', '新建上党区人民医院', '零碳(近零碳)矿山试点', '本报评论员文章', '特约评论员文章']) {
      expect(isStandaloneByline(text), text).toBe(false);
    }
  });
});

describe('cutOpeningByline', () => {
  it('cuts wire bylines, so that byline + text is the paragraph as printed', () => {
    const printed = '本报讯 记者梁家秀报道：1月26日，市博物馆举行“龙行龘龘 共话长博”大学生座谈会。';
    const { byline, text } = cutOpeningByline(printed);
    expect(byline).toBe('本报讯 记者梁家秀报道：');
    expect(`${byline}${text}`).toBe(printed);
  });

  it('leaves a paragraph without a byline whole, and does not take 通讯 for a wire', () => {
    const text = '通讯员队伍不断壮大，为基层宣传注入活力。';
    expect(cutOpeningByline(text)).toEqual({ text });
    expect(cutOpeningByline('本报讯')).toEqual({ text: '本报讯' });
  });

  it("cuts a wire's dateline of its place and day ending in 讯, as in 电 (issue 15)", () => {
    expect(cutOpeningByline('本报黎城12月2日讯（记者 贾 明）12月1日，黎城县新建村级养老驿站8个。').byline).toBe('本报黎城12月2日讯（记者 贾 明）');
    expect(cutOpeningByline('本报长治12月12日讯 冬至将至，市区各大超市的速冻水饺销售火爆。').byline).toBe('本报长治12月12日讯');
    // A sentence that opens on 本报 and a day but is no dateline stays whole.
    const text = '本报12月2日讯息称，全市新建养老驿站8个。';
    expect(cutOpeningByline(text)).toEqual({ text });
  });
});

describe('isStandaloneByline: a commentary signed after a square (issue 15)', () => {
  it('reads a name after □ or ■ as a byline, a box label there as none', () => {
    expect(isStandaloneByline('□ 申 言')).toBe(true);
    expect(isStandaloneByline('■ 链接')).toBe(false);
    expect(isStandaloneByline('■ 数读')).toBe(false);
    expect(isStandaloneByline('■ 史晓东')).toBe(true);
  });
});

describe('cutClosingCredit', () => {
  it('reads a credit set off by an ornament, and who gave the picture in brackets (issue 15)', () => {
    expect(cutClosingCredit('环卫工人在清扫积雪。　□ 宋 丹 摄')).toEqual({ credit: '宋 丹 摄', text: '环卫工人在清扫积雪。' });
    expect(cutClosingCredit('图为通车后的旅游公路。（壶关县融媒体中心 供图）')).toEqual({ credit: '（壶关县融媒体中心 供图）', text: '图为通车后的旅游公路。' });
    expect(cutClosingCredit('旅游公路全长21.6公里（含支线）')).toEqual({ text: '旅游公路全长21.6公里（含支线）' });
  });

  it('cuts a credit after the last sentence', () => {
    expect(cutClosingCredit('表达对他们的新春祝福。 本报记者 姚晋华摄')).toEqual({ credit: '本报记者 姚晋华摄', text: '表达对他们的新春祝福。' });
    expect(cutClosingCredit('老人们在驿站里下棋。 刘芳/摄')).toEqual({ credit: '刘芳/摄', text: '老人们在驿站里下棋。' });
    expect(cutClosingCredit('全产业链生产。 本报记者 董雷 摄')).toEqual({ credit: '本报记者 董雷 摄', text: '全产业链生产。' });
  });

  it('cuts a credit for a picture a reporter gave (供图)', () => {
    expect(cutClosingCredit('市民在年货大集上选购年货。 通讯员 周宁 供图')).toEqual({ credit: '通讯员 周宁 供图', text: '市民在年货大集上选购年货。' });
  });

  it('cuts a credit naming a two-character name spaced to the width of three', () => {
    expect(cutClosingCredit('居民在新建的书屋里读书。 本报记者 周 宁 摄')).toEqual({ credit: '本报记者 周 宁 摄', text: '居民在新建的书屋里读书。' });
    expect(cutClosingCredit('居民在新建的书屋里读书。 通讯员 孔 亮 周 宁 摄')).toEqual({ credit: '通讯员 孔 亮 周 宁 摄', text: '居民在新建的书屋里读书。' });
  });

  it('needs a finished sentence before the credit', () => {
    expect(cutClosingCredit('开展摄影 采风活动时拍摄')).toEqual({ text: '开展摄影 采风活动时拍摄' });
  });
});

describe('cutClosingCredit: a credit glued to the sentence (issue 15)', () => {
  it('cuts a reporter’s credit printed with no space after the full stop', () => {
    expect(cutClosingCredit('图为志愿者为老人理发。本报记者 周洋 摄')).toEqual({ credit: '本报记者 周洋 摄', text: '图为志愿者为老人理发。' });
  });
  it('leaves a glued name with 摄 alone when no role says it is a credit', () => {
    expect(cutClosingCredit('游客在景区留影。全景拍摄')).toEqual({ text: '游客在景区留影。全景拍摄' });
  });
});

describe('continuation marks in more forms (issue 15)', () => {
  it('reads lettered pages, square brackets, an arrow, a section after the page, the page before or after', () => {
    expect(readContinuation('（下转A3版）')).toEqual({ to: 'A3版' });
    expect(readContinuation('【下转第二版】')).toEqual({ to: '第二版' });
    expect(readContinuation('→下转第三版')).toEqual({ to: '第三版' });
    expect(readContinuation('（下转第二版·民生）')).toEqual({ to: '第二版' });
    expect(readContinuation('（接上页）')).toEqual({ from: '上页' });
    expect(readContinuation('（转下页）')).toEqual({ to: '下页' });
  });
  it('cuts a bare mark after a finished sentence, not inside one', () => {
    expect(cutContinuation('全年办结率99.2%。下转第3版')).toEqual({ continued: { to: '第3版' }, text: '全年办结率99.2%。' });
    expect(cutContinuation('详情请看下转第3版')).toEqual({ text: '详情请看下转第3版' });
  });
});

describe('cutOpeningByline: a 本报讯 item set off by a bullet', () => {
  it('cuts the byline after the bullet, the bullet left off', () => {
    expect(cutOpeningByline('■ 本报讯（记者 王栋）1月5日，东街社区新增中医理疗室。')).toEqual({ byline: '本报讯（记者 王栋）', text: '1月5日，东街社区新增中医理疗室。' });
  });
});

describe('cutTitleContinuation', () => {
  it('cuts where the article began from the end of its headline', () => {
    expect(cutTitleContinuation('城区供热管网改造完工（上接第一版）')).toEqual({ continued: { from: '第一版' }, text: '城区供热管网改造完工' });
    expect(cutTitleContinuation('城区供热管网改造完工')).toEqual({ text: '城区供热管网改造完工' });
    expect(cutTitleContinuation('（上接第一版）')).toEqual({ text: '（上接第一版）' });
  });
});

describe("a county media centre's wire mark (issue 15)", () => {
  it('is cut as a byline with its reporters in brackets', async () => {
    const { cutOpeningByline } = await import('./marks.ts');
    expect(cutOpeningByline('武乡讯（通讯员 王 磊）近日，某镇为独居老人装上烟雾报警器。')).toEqual({ byline: '武乡讯（通讯员 王 磊）', text: '近日，某镇为独居老人装上烟雾报警器。' });
    expect(cutOpeningByline('喜讯（一）传来，某村丰收。').byline).toBeUndefined();
  });
});

describe('a deck opened by horizontal bars, as a GBK export prints the dash (issue 15)', () => {
  it('opens with a dash', async () => {
    const { opensWithDash } = await import('./marks.ts');
    expect(opensWithDash('――某县今年改造老旧小区46个')).toBe(true);
    expect(opensWithDash('——某县今年改造老旧小区46个')).toBe(true);
  });
});

describe('a photo credit with a slash right after the sentence it closes (issue 15)', () => {
  it('is cut as a credit', async () => {
    const { cutClosingCredit } = await import('./marks.ts');
    expect(cutClosingCredit('游客在栈道上观赏红叶。今年国庆以来，景区接待游客8.6万人次。郭志刚/摄')).toEqual({ credit: '郭志刚/摄', text: '游客在栈道上观赏红叶。今年国庆以来，景区接待游客8.6万人次。' });
    expect(cutClosingCredit('游客在栈道上观赏红叶。 本报通讯员 郭志刚 摄').credit).toBe('本报通讯员 郭志刚 摄');
  });
});

describe('more closing photo credit forms (issue 15)', () => {
  it('are cut from the caption they close', async () => {
    const { cutClosingCredit } = await import('./marks.ts');
    const caption = '图为某镇卫生院里，专家正在为群众坐诊。';
    for (const credit of ['图/常青', '图：本报记者 常青', '[本报记者 常青 摄]', '〔常青 摄〕']) {
      expect(cutClosingCredit(`${caption} ${credit}`), credit).toEqual({ credit, text: caption });
    }
  });
});

describe('continuation marks with 下接, with no number, or with a lettered page and no 版 (issue 15, point 2)', () => {
  it('reads them where they point', () => {
    expect(readContinuation('（下接第7版）')).toEqual({ to: '第7版' });
    expect(readContinuation('接上版')).toEqual({ from: '上页' });
    expect(readContinuation('转B3')).toEqual({ to: 'B3' });
  });
  // A verb that opens with 转 or 接, and a mark with nothing after it, are no continuation.
  it.each(['转发', '接上级通知', '下接', '转A类'])('%s is not one', (line) => expect(readContinuation(line)).toBeUndefined());
});
