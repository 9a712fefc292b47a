// page-ends.ts on made-up lines in a WeChat copy's forms: its account's name and post title over the date line,
// its past posts and prompts under the staff lines, a source line alone over them.
import { describe, expect, it } from 'vitest';
import { classifyBlocks } from '../blocks.ts';

const kinds = (lines: string[]) => classifyBlocks(lines).map((b) => b.kind);

describe('a copy\'s head over its date line (issue 15)', () => {
  it('is the page\'s: the account\'s name and the post\'s title', () => {
    const page = ['某县发布', '暖心！某县这些民生实事件件有回音', '2025-12-02 07:45 山西', '【某镇：集中供热管网通到村】', '12月1日，某镇供热管网延伸工程正式通热。'];
    expect(kinds(page)).toEqual(['furniture', 'furniture', 'furniture', 'headline', 'paragraph']);
  });
  it('is the page\'s when the post\'s title is a sentence, under a prompt to follow', () => {
    const page = ['点击上方蓝字关注我们', '某县民生早知道｜今冬供暖、托育、就业，这些好消息请收好！', '某县发布  2025年12月01日 08:30  山西', '【某区今冬新增供热面积86万平方米】', '11月30日，记者从某区住建局获悉，全区新增供热面积86万平方米。'];
    expect(kinds(page)).toEqual(['furniture', 'furniture', 'furniture', 'headline', 'paragraph']);
  });
  it('has a post of one piece, its text right under its head, headed by the post\'s title', () => {
    const post = ['某县发布', '记者调查｜老街停车难，车位从哪来？', '原创 某县发布 2025年10月09日 08:30 山西', '文｜某某报记者 某某', '停车难，是不少老街居民的心病。', '记者走访了3个老小区。'];
    expect(kinds(post)).toEqual(['furniture', 'headline', 'furniture', 'byline', 'paragraph', 'paragraph']);
    const bare = ['冬游某县｜这2条线路，带你玩转冰雪！', '原创 某县发布 2025年12月06日 18:30 山西', '点击蓝字 关注我们', '今年冬季，某县推出冬游系列活动，8家景区参加。'];
    expect(kinds(bare).slice(0, 3)).toEqual(['headline', 'furniture', 'furniture']);
  });
  it('leaves the account\'s name over the date line the page\'s, text under it or not', () => {
    expect(kinds(['某县发布', '2025-12-02 07:45 山西', '今年冬季，某县推出冬游系列活动，8家景区参加。']).slice(0, 2)).toEqual(['furniture', 'furniture']);
  });
  it('leaves a printed page\'s section line over its date line the page\'s: no time of posting', () => {
    const page = ['某县晚报', 'Mouxian in English · 英文周刊', '2025年11月14日 星期五 第6版', '本版英文稿件由某县融媒体中心编译，仅供参考。', 'Village road opens', 'MOUXIAN, Nov 12 — A new road opened on Wednesday.'];
    expect(kinds(page).slice(0, 3)).toEqual(['furniture', 'furniture', 'furniture']);
  });
  it('leaves the text over a date line printed at the page\'s foot its article\'s', () => {
    const page = ['某镇集中供热管网通到村', '12月1日，某镇供热管网延伸工程正式通热。', '今年新增集中供热用户1860户。', '群众说，再也不用半夜起来添煤了。', '2025年12月2日 星期二 第3版'];
    expect(kinds(page)).toEqual(['headline', 'paragraph', 'paragraph', 'paragraph', 'furniture']);
  });
  it('leaves a headline under the date line its article\'s', () => {
    const page = ['2025年12月2日 星期二 第3版', '某镇集中供热管网通到村', '12月1日，某镇供热管网延伸工程正式通热。'];
    expect(kinds(page)).toEqual(['furniture', 'headline', 'paragraph']);
  });
});

describe('a copy\'s tail under its staff lines (issue 15)', () => {
  it('is the page\'s: past posts, prompts, and a source line alone over the staff lines', () => {
    const page = ['【某镇：社区食堂开到家门口】', '某街道今年新建社区食堂3个，目前日均就餐800余人次。', '来源：某县融媒体中心', '编辑：某某某', '审核：某 某', '往期推荐', '某县2025年民生实事项目清单公布', '某镇：老手艺做出新年味', '点个“在看”，把温暖传递出去'];
    expect(kinds(page)).toEqual(['headline', 'paragraph', 'furniture', 'furniture', 'furniture', 'furniture', 'furniture', 'furniture', 'furniture']);
  });
  it('is the page\'s when the prompt closes as a sentence, and keeps a short last paragraph with no staff lines under it', () => {
    const page = ['【某镇：社区食堂开到家门口】', '某街道今年新建社区食堂3个，目前日均就餐800余人次。', '编辑：某某某 审核：某 某', '喜欢就点个“在看”吧！'];
    expect(kinds(page)).toEqual(['headline', 'paragraph', 'furniture', 'furniture']);
    expect(kinds(['【某镇：社区食堂开到家门口】', '某街道今年新建社区食堂3个。', '欢迎居民前来就餐！'])).toEqual(['headline', 'paragraph', 'paragraph']);
  });
  it('keeps a source named inside a paragraph as text', () => {
    const page = ['某镇集中供热管网通到村', '据介绍，工程的资金来源：区财政投入1200万元。', '编辑：某某某'];
    expect(kinds(page)).toEqual(['headline', 'paragraph', 'furniture']);
  });
});

describe("an app's list of other pieces at the page's foot (issue 15)", () => {
  it('is the page\'s: a short label over bulleted titles, no text after them', () => {
    const page = ['某县新建乡村幼儿园投入使用', '今年，某县新建乡村幼儿园5所，新增学位600个。', '相关推荐', '· 某县城乡居民医保缴费开始啦', '· 今冬首场雪来了！'];
    expect(kinds(page)).toEqual(['headline', 'paragraph', 'furniture', 'furniture', 'furniture']);
  });
  it('keeps a box of bulleted tips under its label, bulleted sentences, and a lone bulleted line', () => {
    const tips = ['某县新建乡村幼儿园投入使用', '今年，某县新建乡村幼儿园5所，新增学位600个。', '温馨提示', '· 接送孩子请错峰出行', '· 入园请带好健康证明'];
    expect(kinds(tips).slice(3)).not.toContain('furniture');
    const sentences = ['某县新建乡村幼儿园投入使用', '今年，某县新建乡村幼儿园5所，新增学位600个。', '报名须知', '· 报名时间：12月1日至5日', '· 报名地点：县教育局，电话略。'];
    expect(kinds(sentences).slice(3)).not.toContain('furniture');
    const lone = ['某县新建乡村幼儿园投入使用', '今年，某县新建乡村幼儿园5所，新增学位600个。', '相关推荐', '· 某县城乡居民医保缴费开始啦'];
    expect(kinds(lone)[3]).not.toBe('furniture');
  });
  it('keeps a data box at the foot: its title over bulleted labels, each with its number', () => {
    const box = ['某县新建乡村幼儿园投入使用', '今年，某县新建乡村幼儿园5所，新增学位600个。', '数读民生', '● 民生支出 38.6亿元', '● 新增学位 4680个'];
    expect(kinds(box).slice(2)).not.toContain('furniture');
  });
});

describe('a source line under a piece\'s text (issue 15)', () => {
  it('is the page\'s where the text ends under it: a headline, the page\'s lines or the page\'s end', () => {
    const page = ['某镇新建老年食堂3个', '某镇今年新建老年食堂3个，日均就餐300余人次。', '（转自某某新闻网　作者：某　某）', '某县新修村道12公里', '某县今年新修村道12公里，惠及群众2万人。', '（综合某某日报、某县融媒体中心报道）'];
    expect(kinds(page)).toEqual(['headline', 'paragraph', 'furniture', 'headline', 'paragraph', 'furniture']);
    expect(kinds(['某镇新建老年食堂3个', '某镇今年新建老年食堂3个，日均就餐300余人次。', '来源：某某日报', '编辑：某某某'])).toEqual(['headline', 'paragraph', 'furniture', 'furniture']);
  });
  it('is left where running text goes on under it, and a bracket that is no source is text', () => {
    const inText = ['某镇新建老年食堂3个', '某镇今年新建老年食堂3个，日均就餐300余人次。', '（综合某某日报报道）', '下一步，某镇将再建2个老年食堂，覆盖所有行政村。'];
    expect(kinds(inText)).not.toContain('furniture');
    expect(kinds(['某镇新建老年食堂3个', '某镇今年新建老年食堂3个，日均就餐300余人次。', '（转自居民的留言：饭菜可口，价格实惠。）']).at(-1)).not.toBe('furniture');
  });
  it('is the page\'s among a copy\'s head lines, the page\'s lines alone above and under it', () => {
    const head = ['某县发布', '原创 某县发布 2026年01月08日 19:30 山西', '来源：某某日报', '编辑：某 某', '某镇新建老年食堂3个', '某镇今年新建老年食堂3个，日均就餐300余人次。'];
    expect(kinds(head).slice(0, 4)).toEqual(['furniture', 'furniture', 'furniture', 'furniture']);
  });
  it('leaves a source line under the page\'s lines with running text under it as it was', () => {
    expect(kinds(['2026年1月8日 星期四', '来源：某某日报', '某镇今年新建老年食堂3个，日均就餐300余人次。', '下一步将再建2个。'])[1]).not.toBe('furniture');
  });
  it('leaves a source line that names the reporter to the piece: it signs it', () => {
    for (const line of ['（来源：某县融媒体中心　记者　某某）', '来源：某某日报 记者 某某', '（综合某某日报记者某某报道）']) {
      expect(kinds(['某镇新建老年食堂3个', '某镇今年新建老年食堂3个，日均就餐300余人次。', line]).at(-1), line).not.toBe('furniture');
    }
  });
  it('leaves a listing\'s short fields under a contact line as they are: a contact is no editors\' line', () => {
    const page = ['◎某社区长者食堂', '地点：某社区党群服务中心一楼，每天中午开餐。', '电话：0355-2000000', '说明：老人每餐12元', '◎某街道助餐点', '时间：周一至周六'];
    expect(kinds(page).slice(3)).not.toContain('furniture');
  });
  it('takes past posts under the staff lines, bulleted, beside a prompt the page prints as its line', () => {
    const page = ['【某镇：社区食堂开到家门口】', '某街道今年新建社区食堂3个，目前日均就餐800余人次。', '编辑：某某某　审核：某 某', '往期推荐', '▶ 某县两会｜一图读懂政府工作报告', '▶ 代表通道｜他们这样说', '点击“阅读原文”，查看更多报道'];
    expect(kinds(page)).toEqual(['headline', 'paragraph', 'furniture', 'furniture', 'furniture', 'furniture', 'furniture']);
  });
});

describe('ads, lost notices and end marks among the pieces (issue 15)', () => {
  const item = ['某县开通城乡公交新线路3条', '本报讯（通讯员 某 某） 11月19日，某县开通城乡公交新线路3条，新增通公交的行政村21个。'];
  it('are the page\'s: a strip of classified ads under its labels, a lost notice under its label, an end mark alone', () => {
    const page = ['某区改造老旧小区12个', '本报记者 某 某', '今年，某区改造老旧小区12个，惠及居民2940户。', '■', '广 告', '分类信息', '【求职】会计求职，有证书，电话：138××××0000\n【出售】九成新电动车一辆，价格面议，电话：139××××1111', ...item, '遗失声明', '某某县某某商店遗失食品经营许可证正本，证号：JY0000000000，声明作废。', ...item, '（完）'];
    const out = kinds(page);
    expect(out.slice(3, 7)).toEqual(['furniture', 'furniture', 'furniture', 'furniture']);
    expect(out.slice(9, 11)).toEqual(['furniture', 'furniture']);
    expect(out.at(-1)).toBe('furniture');
    expect(out[7]).toBe('headline');
  });
  it('leaves one bracketed line with a number, a report of a lost thing, and a heading over text as they are', () => {
    const page = ['某镇便民服务', '【温馨提示】办理业务请携带身份证，咨询电话：0355-2000000', '村民李某遗失的钱包已由民警送还，失主连声道谢。', '服务指南', '某镇便民服务中心今年共办理业务1.2万件。'];
    expect(kinds(page)).not.toContain('furniture');
    const notices = ['声 明', '●某某商店遗失食品经营许可证正本，证号：JY0000000000，声明作废。', '●某某遗失残疾人证一本，证号：140000000000000000，声明作废。'];
    expect(kinds(notices)).not.toContain('furniture');
  });
});

describe("a post's ask of its reader wherever it stands (issue 15, point 2)", () => {
  it("is the page's between pieces as at the foot; a sentence of the text that mentions a scan is the text's", () => {
    const page = ['某县开通城乡公交新线路3条', '本报讯 11月19日，某县开通城乡公交新线路3条，新增通公交的行政村21个。', '觉得有用，点个“在看”吧', '某镇卫生院开设夜间门诊', '本报讯 近日，某镇卫生院开设夜间门诊，村民扫描二维码就能预约。', '长按识别二维码，关注某县发布'];
    const out = kinds(page);
    expect([out[2], out[5]]).toEqual(['furniture', 'furniture']);
    expect(out[3]).toBe('headline');
    expect(out[4]).toBe('paragraph');
  });
});

describe("a label printed again and again on the page, a running head (issue 15, point 2)", () => {
  const text = (n: number) => `某县今年新建改造农村公路${n}公里，沿线群众出行更方便了。`;
  it("is the page's at each column's top, where a caption or heading was read; over a headline it stays the kicker", () => {
    const page = ['某县农村公路建设提速', '本报记者 某 某', text(1), '百姓视点', text(2), text(3), '百姓视点', text(4), '百姓视点', '某镇修通致富路', '本报讯 ' + text(5), '百姓视点'];
    const got = classifyBlocks(page).map((b) => [b.kind, b.text]);
    const kinds = got.filter(([, t]) => t === '百姓视点').map(([k]) => k);
    expect(kinds).not.toContain('caption');
    expect(kinds).not.toContain('heading');
    expect(kinds[2]).toBe('kicker');
  });
  // Printed twice, a label is a box's printed again (a sidebar twice) or a section's: read as before.
  it('leaves a label printed twice as it was', () => {
    const once = classifyBlocks(['某县农村公路建设提速', '本报记者 某 某', text(1), '路通了', text(2)]).find((b) => b.text === '路通了')!.kind;
    const twice = classifyBlocks(['某县农村公路建设提速', '本报记者 某 某', text(1), '路通了', text(2), '路通了', text(3)]).filter((b) => b.text === '路通了').map((b) => b.kind);
    expect(twice).toEqual([once, once]);
  });
  // Over each of a feature's profiles, the label heads its part: what it heads opens on a person's name and a comma.
  it("leaves a label over each of three profiles as it was", () => {
    const profile = (name: string) => `${name}，男，1968年生，某县某村人，三十年来坚守在乡村教学一线，带出学生上千名。`;
    const parts = ['某县三位乡村教师的坚守', '本报记者 某 某', text(1), '人物小传', profile('赵志刚'), text(2), '人物小传', profile('钱卫东'), text(3), '人物小传', profile('孙建国'), text(4)];
    const once = classifyBlocks(parts.slice(0, 6)).find((b) => b.text === '人物小传')!.kind;
    const kinds = classifyBlocks(parts).filter((b) => b.text === '人物小传').map((b) => b.kind);
    expect(once).not.toBe('furniture');
    expect(kinds).toEqual([once, once, once]);
  });
});

describe('the end mark of a whole piece (issue 15, point 2)', () => {
  it("is the page's, as （完） is; a sentence that ends so stays text", () => {
    const page = ['某县开通城乡公交新线路3条', '本报讯 11月19日，某县开通城乡公交新线路3条，新增通公交的行政村21个。', '（全文完）', '某镇卫生院开设夜间门诊', '本报讯 近日，某镇卫生院开设夜间门诊。（本文完）'];
    const out = kinds(page);
    expect(out[2]).toBe('furniture');
    expect(out[4]).toBe('paragraph');
  });
});
