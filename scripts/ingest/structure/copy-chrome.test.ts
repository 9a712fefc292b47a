// A copy's chrome by its form (copy-chrome.ts): menus of counts and labelled stamps, made up; and the lines of text
// and data boxes of the same look that are neither.
import { describe, expect, it } from 'vitest';
import { isCopyChrome, isCountMenu, isIconCounts, isLabelledStamp, isPosterStamp, isReaderAsk, isSourceLine, isSummary } from './copy-chrome.ts';
import { structurePage } from '../segment.ts';

describe('a menu of counts', () => {
  it.each(['阅读 5820 点赞 37', '阅读 3.4万　在看 215　分享 48', '阅读5820 点赞37', '阅读 10万+ 点赞 1.2万'])('%s is one', (line) => expect(isCountMenu(line)).toBe(true));
  it.each(['城镇新增就业 3120人', '新增就业 3120', '阅读 5820 阅读 37', '全市 12 个县区', '点赞'])('%s is not', (line) => expect(isCountMenu(line)).toBe(false));
  // Things counted, the list a sentence announces (`奖牌榜如下：`, `其中：`): no reader's act among the words.
  it.each(['金牌 42 银牌 35 铜牌 28', '小学 32 初中 12 高中 4', '男性 18 女性 23'])('%s is a list of things counted, not a menu', (line) => expect(isCountMenu(line)).toBe(false));
});

describe('a labelled stamp', () => {
  it.each(['发布时间：2024-03-09 07:45', '更新：2024/3/9', '原标题：《屯留区助残工作有序推进》'])('%s is one', (line) => expect(isLabelledStamp(line)).toBe(true));
  // A notice's fields are its text: a day without its year, a time alone, a place.
  it('reads a date in words with its time after a label that says the piece was posted', () => {
    expect(isLabelledStamp('发布时间：2024年3月9日 07:45')).toBe(true);
    expect(isLabelledStamp('时间：2024年3月9日 9:00')).toBe(false);
  });
  it.each(['时间：3月9日 9:00', '日期：2024年3月9日', '地点：潞州区人民广场', '发布时间：2024-03-09，地点待定'])('%s is not', (line) => expect(isLabelledStamp(line)).toBe(false));
  // A notice's own fields with their dates in figures: no posting of the copy.
  it.each(['活动时间：2025.11.22 8:30', '报名截止：2025-11-20', '开通时间：2025/11/15', '截止日期：2025-12-31'])('%s is a notice\'s field, not a stamp', (line) => expect(isCopyChrome(line)).toBe(false));
  it("takes a source named alone on its line for the piece's source line, never a byline after it nor a table's note; no page line", () => {
    const sources = ['来源：上党区融媒体中心', '来源：长治日报·周末版', '稿件来源：沁县融媒体中心', '来源 | 武乡县融媒体中心', '来源丨潞州发布'];
    expect(sources.map(isSourceLine)).toEqual([true, true, true, true, true]);
    expect(sources.map(isCopyChrome)).toEqual([false, false, false, false, false]);
    expect(['来源：长治日报 记者 韩斌', '数据来源：市统计局', '来源：区财政投入1200万元'].map(isSourceLine)).toEqual([false, false, false]);
  });

  it('takes a former title for the copy\'s, quoted or not, never a sentence', () => {
    expect(['原标题：屯留区助残工作有序推进', '原标题：《屯留区助残工作有序推进》'].map(isCopyChrome)).toEqual([true, true]);
    expect(isCopyChrome('原标题：屯留区助残工作有序推进。记者了解到，该区今年新增助残岗位40个。')).toBe(false);
  });

  it('is chrome as the menu is', () => expect([isCopyChrome('阅读 5820 点赞 37'), isCopyChrome('原标题：《屯留区助残工作有序推进》'), isCopyChrome('地点：潞州区人民广场')]).toEqual([true, true, false]));
});

describe("an app's lines round a piece", () => {
  it.each(['武乡融媒　11-28 09:32', '上党区融媒 3/5 18:20', '👍 386　💬 42', '👍386 💬42 ⭐ 7', '视频时长 02:35', '时长：1:02:10', '首页 > 本地新闻', '首页›县区›民生'])('%s is chrome', (line) =>
    expect(isCopyChrome(line)).toBe(true));
  // Text of the same look: a notice's time with its label, a timetable's row, a count with its unit, a sentence.
  it.each([
    '时间：11-28 09:30',
    '长治—太原 07:30',
    '长治日报　2025-11-28 09:32',
    '👍 386',
    '点赞386人次，评论42条',
    '分享到朋友圈的照片获赞386个。',
    '全程时长约2小时',
    '分享：今年我村种植谷子1200亩',
    '首页 > 气温>30℃时，请减少户外活动。',
  ])('%s is not', (line) => expect(isCopyChrome(line)).toBe(false));
  it('reads the icon counts and the poster stamp by themselves', () => {
    expect([isIconCounts('👍 1024　💬 156'), isIconCounts('👍 1024 个赞')]).toEqual([true, false]);
    expect([isPosterStamp('武乡融媒　11-26 20:41'), isPosterStamp('武乡融媒　2025-11-26 20:41')]).toEqual([true, false]);
  });
});

describe("a web copy's lines about its piece (issue 15)", () => {
  it.each([
    '某某新闻网 > 县区 > 正文',
    '某县融媒 › 民生 › 详情',
    '关键词：老旧小区　加装电梯',
    '关键字：供暖 缴费 优惠',
    '阅读时长：约4分钟　全文字数：1560字',
    '预计阅读时间：2分钟',
    '【版权声明】本网稿件未经授权不得转载。',
    '凡注明“来源：某某新闻网”的稿件，版权均属某某新闻网所有，转载请注明出处。',
    '本版图文均由某某融媒体中心提供，转载请注明出处。',
    '上一篇 下一篇',
    '上一页　　下一页　　返回首页',
    '【字号 大 中 小】 【打印本页】 【关闭窗口】',
    '[打印] [关闭]',
    '未经许可不得转载',
    '版权所有：某某日报社',
    '分享到：微信 朋友圈 微博',
    '往期推荐：#某县这一年# 某区新开通公交线路 | 冬至去哪儿',
    '相关阅读：某县供暖提前开栓｜某镇新建日间照料中心',
  ])('%s is chrome', (line) => expect(isCopyChrome(line)).toBe(true));
  // A path that stops short of the piece, one keyword heading a part of the text, a sentence that gives a time or a
  // count, a source alone, a sentence on rights.
  it.each([
    '民生 > 教育',
    '关键词：一老一小',
    '全文共分三个部分，阅读时请注意。',
    '阅读时长约4分钟的科普短文受到欢迎。',
    '来源：某某新闻网',
    '2025-12-03 10:15',
    '作者对这部作品享有版权，出版社依法保护。',
    '本报记者走访发现，不少转载文章未注明出处。',
    '下一步 返回村里',
    '【关闭】',
    '【打印】某县打印店开进社区',
    '未经许可擅自转载他人作品的行为屡禁不止',
    '分享到：这是我们村最热闹的一天，大家都来了。',
    '推荐阅读：某县供暖提前开栓',
    '专家推荐：时间：每天9:00 | 地点：某社区',
  ])('%s is not', (line) => expect(isCopyChrome(line)).toBe(false));

  it("reads a summary under its label, over the piece's text", () => {
    expect(['核心提示：今年，某县改造供水管网96公里。', '【内容提要】今年，某县改造供水管网96公里。', '摘要：某县改造供水管网96公里。'].map(isSummary)).toEqual([true, true, true]);
    expect(['摘要显示，某县改造供水管网96公里。', '提要求的群众越来越多。'].map(isSummary)).toEqual([false, false]);
  });
});

describe("an app's and an e-paper's controls, and a prompt to tap (issue 15, point 2)", () => {
  it.each(['阅读原文', '查看全文', '关注我们', '点赞', '在看', '写留言', '返回首页', '↑上一篇 下一篇↓', '◀ 上一版', '下一期 →', '放大　缩小　还原', '赞 在看 转发', '【打印本页】【关闭窗口】'])('%s is chrome', (line) => expect(isCopyChrome(line)).toBe(true));
  // A column's or section's name alone (`评论`, `推荐`, `关注`), a headline after 返回, a line of words that are no controls.
  it.each(['评论', '推荐', '关注', '赞', '返回家乡', '放大镜下看变化', '分享经验 共同进步', '在看病的路上'])('%s is not', (line) => expect(isCopyChrome(line)).toBe(false));
  it.each(['点击“阅读原文”了解详情', '▲点击上方蓝字 关注我们', '戳这里查看报名方式', '长按二维码识别', '👆点击上方关注'])('%s is a prompt to tap', (line) => expect(isCopyChrome(line)).toBe(true));
  it.each(['点击量突破20万', '点击鼠标就能办理社保', '点击“我要办”，在线提交材料，三天办结', '长按喇叭提醒行人'])('%s is not', (line) => expect(isCopyChrome(line)).toBe(false));
});

describe("a post's ask of its reader, and where the platform filed it (issue 15, point 2)", () => {
  it.each(['觉得不错就点个“在看”吧！', '点亮“在看”，让更多人知道', '点一下在看', '长按识别下方二维码，关注我们', '点击“阅读原文”，了解报名方式', '设为星标，不错过每一条推送'])('%s is an ask', (line) => expect(isReaderAsk(line)).toBe(true));
  it.each(['收录于合集', '收录于话题 #暖冬行动'])('%s is chrome', (line) => expect(isCopyChrome(line)).toBe(true));
  // A headline's praise, who scans in a sentence, a sentence about sharing, a long paragraph that mentions 在看.
  it.each(['给坚守一线的环卫工点个赞', '村民扫码二维码就能买到平价菜，方便得很。', '她把腌菜手艺分享给身边的姐妹', '合集收录了百余篇稿件', '他正在看书，记者走进屋里时，他抬起头笑了笑，说起了村里这几年的变化。点个“在看”这样的说法他也知道。'])('%s is not', (line) => expect(isReaderAsk(line) || isCopyChrome(line)).toBe(false));
});

describe("what an app's page says of itself round a post (issue 15, point 2)", () => {
  it.each(['某县发布 · 某县融媒体中心官方账号', '视频加载中...', '文章已于2025-11-30修改', 'IP属地：山西', '预览时标签不可点', '继续滑动看下一个', '已分享到朋友圈', '36人划线', '轻点两下取消赞', '阅读原文 阅读 1.2万'])('%s is chrome', (line) => expect(isCopyChrome(line)).toBe(true));
  // A sentence with a date of a change, a place a post tells of, a loading bay, a count of readers in a sentence.
  it.each(['城区公交线路已于12月1日调整', '发布于山西的通知', '货车正在装卸货物', '加载中心投入使用', '阅读量 3256，点赞 120，评论 36。'])('%s is not', (line) => expect(isCopyChrome(line)).toBe(false));
  it('takes the piece\'s source named with 本文 or 文章 for its source line', () => {
    expect(['本文来源：某某日报', '文章来源：某县融媒体中心'].map(isSourceLine)).toEqual([true, true]);
  });
});

describe("an e-paper's page navigation and its type-size control with a colon (issue 15, point 2)", () => {
  it.each(['上一篇　下一篇　版面导航　往期推荐', '【字体：大 中 小】 【打印此文】', '本版导航  往期回顾'])('%s is chrome', (line) => expect(isCopyChrome(line)).toBe(true));
  it.each(['往期回顾', '版面导航', '往期回顾：去年冬天的供暖难题', '字体大小可随意调整'])('%s is not', (line) => expect(isCopyChrome(line)).toBe(false));
});

describe("the ask to read the original unquoted, under the mark pointing down at it (issue 15, point 2)", () => {
  it.each(['▼点击阅读原文，查看活动报名表', '👇点击阅读原文了解详情', '点击阅读原文'])('%s is an ask', (line) => expect(isReaderAsk(line)).toBe(true));
  it.each(['居民点击阅读原文即可在线报名', '点击阅读原文的读者超过一万人次，说明大家很关心'])('%s is not', (line) => expect(isReaderAsk(line)).toBe(false));
});

describe("a site's path, menu and links to the pieces either side (issue 15, point 2: web and e-paper copies)", () => {
  it.each([
    '您现在的位置：首页 > 某县要闻',
    '当前位置：首页 >> 园区动态 >> 民生服务',
    '栏目：新闻>民生',
    '某某学习平台 > 某某新闻 > 民生',
    '某县融媒 ＞ 民生 ＞ 社区',
    '首页 | 某县要闻 | 媒体看某县 | 乡镇动态',
    '网站首页 | 走进园区 | 政务公开 | 互动交流 | English',
    '上一篇：无　　下一篇：某镇卫生院开设中医馆',
    '上一篇：某区：校园食堂“明厨亮灶”　　下一篇：某街道：“四点半课堂”开课了',
    '下一篇：无',
  ])('%s is chrome', (line) => expect(isCopyChrome(line)).toBe(true));
  it.each([
    // A comparison of floors, a headline with a bar and a title in marks, a sentence about the next piece, a pipe table's row,
    // two names on a path (a route), a position in a sentence.
    '6楼 > 5楼 > 4楼',
    '守护“钱袋子” | <<消费者权益保护法>>',
    '上一篇文章写得好，下一篇更精彩',
    '| 县区 | 新增岗位 | 同比 |',
    '长治 > 太原',
    '位置：在村委会东侧，步行约5分钟。',
    // A procedure's steps, a ranking, an app's menu told as an instruction (the app's name quoted): text, not a site's path.
    '线上申请 > 社区初审 > 街道复核 > 区民政局审批',
    '供热 > 物业 > 市政设施',
    '“某某山西”APP > 社保服务 > 灵活就业人员参保登记',
  ])('%s is not', (line) => expect(isCopyChrome(line)).toBe(false));
});

describe("a copy's line about the piece: who posted it, when, from where, how often read (issue 15, point 2)", () => {
  it.each([
    '某县融媒　2025-12-04 08:05　阅读 1.2万',
    '发布时间：2025-11-30 09:12　　来源：某某日报　　点击：1276',
    '信息来源：某区社会事务局　　发布日期：2025-11-24　　浏览量：[ 1532 ]',
    '2025-11-20 18:06 | 来源：某某新闻网 | 浏览次数：865',
    '某县融媒 App',
    '某某日报客户端',
  ])('%s is chrome', (line) => expect(isCopyChrome(line)).toBe(true));
  it.each([
    // A notice's issuer and day, a source and a chart's maker, a byline's line with its author, a data row, a headline naming an app.
    '某市民政局　2025.11.28',
    '来源：某市能源局　制图：王 某',
    '来源：某学习平台　　作者：某某日报记者 王某某　　2025-11-28',
    '沁县　新增岗位　1200',
    '“长治通”App上线社保缴费功能',
    // A service guide's subheads naming the app each step is done in: no news outlet's app, text.
    '某某山西APP',
    '云闪付APP',
    '某某医保客户端',
  ])('%s is not', (line) => expect(isCopyChrome(line)).toBe(false));
});

describe('the note of where a reposted copy was taken from (issue 15, point 2)', () => {
  it.each(['以下文章来源于某某日报，作者王某', '本文系“学习强国”某某学习平台供稿', '本文转载自某某新闻网', '本文由某县民政局提供'])('%s is chrome', (line) =>
    expect(isCopyChrome(line)).toBe(true));
  // A sentence that opens on 本文 (本文系统…), a source with a clause after it, a piece that says how it is made.
  it.each(['本文系统梳理了全市养老服务的现状和问题。', '以下文章来源于群众的真实反映，记者进行了核实。', '本文由三部分组成，第一部分介绍政策'])('%s is not', (line) =>
    expect(isCopyChrome(line)).toBe(false));
});

describe("an export's separators and its column field (issue 15, point 2)", () => {
  it.each(['----- 稿件 1／4 -----', '===== 3/5 =====', '----- 导出结束 -----', '栏目：公告', '所属栏目：民生'])('%s is chrome', (line) =>
    expect(isCopyChrome(line)).toBe(true));
  // A box's label between rules, a sentence about a column.
  it.each(['--- 记者手记 ---', '=== 健康提醒 ===', '*** 相关链接 ***', '栏目：今年新开设了一个便民栏目。'])('%s is not', (line) =>
    expect(isCopyChrome(line)).toBe(false));
});

describe('a labelled section written once (LABELLED_SECTION, read by page-lines.ts too: reviewer, session 31)', () => {
  it.each(['版面：城事', '频道：民生', '版名：县域新闻'])('%s alone is chrome, as 栏目： is', (line) => expect(isCopyChrome(line)).toBe(true));
  it.each(['频道：今年新开了三个频道。', '版面：调整后的第5版更好看了'])('%s is not', (line) => expect(isCopyChrome(line)).toBe(false));
});

describe("a path from an outlet's name to its sections (OUTLET_NAME, bylines.ts: reviewer, session 31)", () => {
  it.each(['长治广播电视台 > 新闻 > 民生', '掌上长治客户端 > 民生 > 社区', '长治学习平台 > 长治新闻 > 民生'])('%s is chrome', (line) => expect(isCopyChrome(line)).toBe(true));
  it.each(['“某某”APP > 社保服务 > 缴费', '线上申请 > 社区初审 > 街道复核'])('%s is not', (line) => expect(isCopyChrome(line)).toBe(false));
});
describe("an app's name with Latin letters opening a path (OUTLET_NAME: reviewer's finding #10, session 32)", () => {
  it.each(['i长治客户端 > 民生 > 社区', '长治Plus客户端 > 民生 > 社区', 'i长治APP > 民生 > 社区'])('%s is chrome', (line) => expect(isCopyChrome(line)).toBe(true));
  it.each(['12345热线平台 > 诉求受理 > 办理反馈', '“i长治”客户端 > 民生 > 社区', 'App > 民生 > 社区'])('%s is not', (line) => expect(isCopyChrome(line)).toBe(false));
});

describe("a path a sentence closing on a colon introduces is the text's, a step it tells (reviewer's finding #35, session 32)", () => {
  const kindOf = (lines: string[], line: string) => structurePage(lines.join('\n')).segments.flatMap((s) => s.blocks).find((b) => b.text.includes(line))?.kind;
  const head = ['医保缴费可以“掌上办”', '本报记者 王 某', ''];

  it('keeps an app\'s menu told as a step under `…操作步骤如下：` in the body', () => {
    const page = [...head, '城乡居民医保集中缴费将于12月31日结束。参保群众可通过手机缴费，操作步骤如下：', '登录掌上长治APP > 我的 > 医保缴费', '选择缴费年度和档次，确认后完成支付。'];
    expect(kindOf(page, '登录掌上长治APP > 我的 > 医保缴费')).toBe('paragraph');
    const home = [...head, '市民也可在网上办理，路径为：', '首页 > 办事服务 > 医保缴费', '选择缴费年度和档次，确认后完成支付。'];
    expect(kindOf(home, '首页 > 办事服务 > 医保缴费')).toBe('paragraph');
  });

  it('near misses: a path over a copy\'s headline, or under a sentence that closes on a full stop, is still chrome', () => {
    const copy = ['掌上长治客户端 > 民生 > 社区', '', '城西菜市场改造完工', '本报记者 王 某', '', '近日，城西菜市场改造完工，新增摊位120个。'];
    expect(kindOf(copy, '掌上长治客户端 > 民生 > 社区')).toBe('furniture');
    const stop = [...head, '城乡居民医保集中缴费将于12月31日结束。', '掌上长治客户端 > 民生 > 社区', '选择缴费年度和档次，确认后完成支付。'];
    expect(kindOf(stop, '掌上长治客户端 > 民生 > 社区')).toBe('furniture');
  });
});
