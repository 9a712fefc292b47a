// segment on forms pages print that the seeds do not (issue 15): a photo credit or signature closing a paragraph,
// photo items after a captioned article or under a section label, leads printed before their headline, continuation
// marks inside a paragraph, briefs, a byline over its headline, a photo credit under a caption. Boxes inside and after
// articles: segment.boxes.test.ts; items one after another: segment.items.test.ts. The seeds' pages, headlines,
// sidebars and any sequence of blocks are in segment.test.ts.
import { describe, expect, it } from 'vitest';
import { segment, structurePage } from './segment.ts';
import type { Block } from './types.ts';

// Blocks as classify/repair hand them over; `source` is the raw index.
function b(kind: Block['kind'], source: number, text: string, extra: Partial<Block> = {}): Block {
  return { kind, text, source: [source], ...extra };
}
const sources = (blocks: Block[]) => blocks.map((x) => x.source[0]);

describe('segment: a paragraph ending with a photo credit or a signature (issue 15)', () => {
  const feature = [
    b('headline', 0, '长子县：乡村“大舞台”唱响好日子'),
    b('byline', 1, '本报记者 赵敏'),
    b('paragraph', 2, '夏夜的长子县色头镇琚村文化广场灯火通明，一场文艺晚会正在上演。'),
  ];

  it('is the last paragraph of the open article it ends, with its photo credit', () => {
    const segments = segment([...feature, b('paragraph', 3, '晚会结束后，村民们又在文化广场上跳起了广场舞。', { credit: '通讯员 牛晓军 摄' })]);
    expect(segments.map((s) => sources(s.blocks))).toEqual([[0, 1, 2, 3]]);
  });

  it('is an item of its own when it opens with its date, or follows a closed article', () => {
    const dated = b('paragraph', 3, '8月1日，屯留区余吾镇北张村的村民正在采摘辣椒。', { credit: '本报记者 王晶 摄' });
    const next = b('paragraph', 4, '一场秋雨过后，村民正在给连翘苗除草。', { credit: '通讯员 王磊 摄' });
    expect(segment([...feature, dated, next]).map((s) => sources(s.blocks))).toEqual([[0, 1, 2], [3], [4]]);
  });

  it('is an item of its own after a wire item, which carries no photo credit at its end', () => {
    const wire = [b('headline', 0, '黎城县开展“敬老月”系列活动'), b('paragraph', 1, '近日，黎城县在全县开展“敬老月”系列活动。', { byline: '本报讯（记者 李芳）' })];
    const photo = b('paragraph', 2, '一场秋雨过后，武乡县韩北镇的连翘种植基地里，村民正在给连翘苗除草。', { credit: '通讯员 王磊 摄' });
    expect(segment([...wire, photo]).map((s) => sources(s.blocks))).toEqual([[0, 1], [2]]);
  });
});

describe('segment: a photo item after an article whose photo was captioned and credited (issue 15)', () => {
  // Made-up page in the form of a photo page printed in another order: the article's caption and its credit
  // end its photo, and a dated paragraph with a credit of its own is the next photo news item.
  const article = [
    b('headline', 0, '屯留区：背街小巷换新颜'),
    b('byline', 1, '通讯员 王磊'),
    b('paragraph', 2, '走进屯留区麟绛镇的东街小巷，新铺的路面平整干净。'),
    b('caption', 3, '图为改造后的东街小巷。'),
    b('byline', 4, '（图片由屯留区住建局提供）'),
  ];

  it('starts its own item when it opens with its date, its credit on the next line', () => {
    const page = [...article, b('paragraph', 5, '11月3日，黎城县的志愿者为老人送去冬衣。今冬已送出冬衣300件。'), b('byline', 6, '图片由黎城县融媒体中心提供')];
    expect(segment(page).map((s) => sources(s.blocks))).toEqual([[0, 1, 2, 3, 4], [5, 6]]);
  });

  it('starts its own item as a 图为 caption of its own date that goes on past one sentence, its credit at its end', () => {
    const page = [...article, b('paragraph', 5, '图为11月3日，黎城县的志愿者为老人送去冬衣。今冬已送出冬衣300件。', { credit: '李娜 摄' })];
    expect(segment(page).map((s) => sources(s.blocks))).toEqual([[0, 1, 2, 3, 4], [5]]);
  });

  it('stays in the article as text when it carries no credit, or as a one-sentence 图为 caption', () => {
    const more = b('paragraph', 5, '11月3日，改造后的小巷迎来第一批游客。');
    expect(segment([...article, more]).map((s) => sources(s.blocks))).toEqual([[0, 1, 2, 3, 4, 5]]);
    const caption = b('paragraph', 5, '图为11月3日，居民在小巷里散步。', { credit: '李娜 摄' });
    expect(segment([...article, caption]).map((s) => sources(s.blocks))).toEqual([[0, 1, 2, 3, 4, 5]]);
  });

  it('a credit over its caption opens the next item after the credit that closed the photo above, a rule line between them', () => {
    const page = [
      b('paragraph', 0, '12月5日，武乡县的种植户在温室大棚里采摘西红柿。'),
      b('byline', 1, '韩 雪/摄'),
      b('furniture', 2, '---'),
      b('byline', 3, '图/通讯员 马 骏'),
      b('paragraph', 4, '12月6日，沁源县的中小学生在冰雪运动场上体验滑冰。'),
    ];
    expect(segment(page).map((s) => sources(s.blocks))).toEqual([[0, 1], [2, 3, 4]]);
  });

  it('starts its own item after a photo whose credit stood over its one paragraph', () => {
    const page = [
      b('byline', 0, '图/通讯员 马 骏'),
      b('paragraph', 1, '12月6日，沁源县的中小学生在冰雪运动场上体验滑冰。'),
      b('paragraph', 2, '12月5日，武乡县的种植户在温室大棚里采摘西红柿。'),
      b('byline', 3, '韩 雪/摄'),
    ];
    expect(segment(page).map((s) => sources(s.blocks))).toEqual([[0, 1], [2, 3]]);
  });
});

describe('segment: a 图为 news photo of its own day after a wire item (issue 15)', () => {
  const wire = ['城区供暖平稳运行', '本报讯 入冬以来，城区集中供暖平稳运行，供热面积达到3200万平方米。', '市热力公司表示，将继续做好供热保障。'];
  const next = ['沁县开通城乡公交新线路', '本报讯 近日，沁县开通城乡公交新线路3条，沿线31个村通了公交车。'];
  const heads = (photo: string) => structurePage([...wire, photo, ...next].join('\n')).segments.map((s) => s.blocks.length);
  it('is an item of its own when it opens with its date and goes on past one sentence', () => {
    expect(heads('图为12月3日，屯留区渔泽镇的村民在温室大棚里采摘黄瓜。今年，全镇新建温室大棚60座。（王某 摄）')).toHaveLength(3);
  });
  it("stays the item's caption as one sentence, or with no date of its own", () => {
    expect(heads('图为12月3日，屯留区渔泽镇的村民在温室大棚里采摘黄瓜。（王某 摄）')).toHaveLength(2);
    expect(heads('图为供热公司工作人员在检修管网。工作人员每天巡检两次。（王某 摄）')).toHaveLength(2);
  });
});

describe('segment: a photo item under a section label, after a box (issue 15)', () => {
  // Made-up: a 链接 box, then a label line of the page's own, one paragraph and its photo's credit under it.
  const box = [b('kicker', 0, '链接'), b('headline', 1, '什么是“助餐点”'), b('paragraph', 2, '助餐点是指为老年人提供集中就餐和送餐服务的场所。')];
  const photo = [b('paragraph', 4, '初冬时节，某镇的雾凇吸引了不少游客。本周末接待游客8000人次。'), b('byline', 5, '本报通讯员 孔 亮 摄')];

  it('starts its own item, the label with it, not the box’s last paragraph signed by the credit', () => {
    expect(segment([...box, b('furniture', 3, '光影长治'), ...photo]).map((s) => sources(s.blocks))).toEqual([[0, 1, 2], [3, 4, 5]]);
  });

  it('not when the line between is a page’s line, nor when no photo credit closes the paragraph', () => {
    expect(segment([...box, b('furniture', 3, '第3版'), ...photo])).toHaveLength(1);
    expect(segment([...box, b('furniture', 3, '光影长治'), photo[0]!, b('byline', 5, '本报通讯员 孔 亮')])).toHaveLength(1);
  });
});

describe('segment: a lead printed before its headline (issue 15)', () => {
  const headline = (source: number, text: string) => [b('headline', source, text), b('byline', source + 1, '本报记者 杨帆')];

  it('opens that headline’s article at the top of the page', () => {
    const page = [
      b('furniture', 0, '2025年12月9日 星期二 第6版'),
      b('paragraph', 1, '入冬以来，武乡县把群众温暖过冬作为头等大事。'),
      ...headline(2, '武乡县：清洁取暖让山村暖起来'),
      b('paragraph', 4, '走进武乡县丰州镇南关村村民段玉珍家，空气源热泵正在运转。'),
    ];
    expect(segment(page).map((s) => sources(s.blocks))).toEqual([[0, 1, 2, 3, 4]]);
  });

  it('opens it in the middle of the page when it is an editor’s note', () => {
    const page = [
      ...headline(0, '武乡县：清洁取暖让山村暖起来'),
      b('paragraph', 2, '县发改局负责人表示，下一步将对老旧设备逐步更新。'),
      b('paragraph', 3, '编者按：托育服务关系千家万户。今年以来，屯留区聚焦“幼有所育”。'),
      ...headline(4, '屯留区：普惠托育让年轻父母“带娃不再难”'),
      b('paragraph', 6, '早上8点，屯留区麟绛街道康庄社区托育园里，孩子们在做早操。'),
    ];
    expect(segment(page).map((s) => sources(s.blocks))).toEqual([[0, 1, 2], [3, 4, 5, 6]]);
  });

  it('is no lead when the headline has no byline line under it, or the text runs long', () => {
    const paragraphs = [1, 2, 3, 4].map((i) => b('paragraph', i, `第${i}段文字，记录着这座县城的变化。`));
    expect(segment([b('headline', 0, '甲'), ...paragraphs.slice(0, 1), b('headline', 5, '乙'), b('paragraph', 6, '正文。')])).toHaveLength(2);
    expect(segment([...paragraphs, ...headline(5, '乙'), b('paragraph', 7, '正文。')])).toHaveLength(2);
    expect(segment([paragraphs[0]!, b('headline', 5, '乙'), b('paragraph', 7, '正文。')])).toHaveLength(2);
  });
});

describe('segment: an item of its own at the top of the page is no lead of the headline below it', () => {
  const below = ['石哲镇：一张“积分卡”激活乡村治理', '通讯员 某某', '', '长子县石哲镇在全镇30个行政村推行“积分制”管理，村民参加环境整治可获得积分。', ''];
  const heads = (top: string) => structurePage([top, '', ...below].join('\n')).segments.map((s) => s.blocks[0]!.text);
  it('a report opened by its dateline, a bulleted brief, a brief opened by its place in brackets', () => {
    expect(heads('本报讯（记者 某某）记者从沁源县文旅局获悉，今年1至10月，灵空山镇接待游客42.6万人次。')).toHaveLength(2);
    expect(heads('◆ 王桥镇卫生院新增CT设备1台，群众在家门口就能做检查。')).toHaveLength(2);
    expect(heads('【沁县】今年以来，沁县累计发放创业担保贷款3200万元，扶持创业人员410人。')).toHaveLength(2);
  });
  it('an item headed by its date in brackets, or by its place and a colon, on its line', () => {
    expect(heads('〔12月2日〕长子县首批800吨清洁型煤运抵丹朱镇，将配送到12个村的困难家庭。')).toHaveLength(2);
    expect(heads('南陈镇：卫生院开通远程心电诊断。今年以来，长子县南陈镇卫生院已为群众做心电检查460人次。')).toHaveLength(2);
  });
  it('while a lead opened by a phrase and a colon, or by its date, still opens the article below', () => {
    expect(heads('寒冬时节，石哲镇的村委会大院却热闹非凡：村民们拿着积分卡排队兑换米面油，脸上满是笑容。')).toHaveLength(1);
    expect(heads('12月1日清晨，石哲镇的村委会大院里已经排起了长队。')).toHaveLength(1);
  });
  it('a paragraph over a headline whose report opens with its own dateline under the byline', () => {
    const wire = ['长子县冬季招聘月启动 1800个岗位等你来', '本报记者 某某', '', '本报讯 12月8日，长子县冬季“就业援助月”专场招聘会在县人力资源市场举行，42家用人单位提供岗位1800个。', ''];
    const page = structurePage(['11月24日，县人社局发布今冬第一批公益性岗位，在全县开发保洁、护林等岗位320个。', '', ...wire].join('\n'));
    expect(page.segments.map((s) => s.blocks.find((b) => b.kind === 'headline')?.text)).toEqual([undefined, '长子县冬季招聘月启动 1800个岗位等你来']);
  });
  it('while a lead that only quotes a dateline inside its text still opens the article below', () => {
    expect(heads('入冬以来，长子县把群众温暖过冬作为头等大事，正如本报讯所报道的那样，各镇都在行动。')).toHaveLength(1);
  });
  it('a table printed as one block under its title (issue 15)', () => {
    expect(heads(['石哲镇积分兑换清单', '| 物品 | 所需积分 |', '| 大米 | 20分 |', '| 食用油 | 30分 |'].join('\n'))).toHaveLength(2);
    expect(heads(['石哲镇积分兑换清单', '物品　　所需积分　　已兑换', '大米　　20分　　　　360袋', '食用油　30分　　　　210桶'].join('\n'))).toHaveLength(2);
  });
});

describe('segment: continuation marks printed inside a paragraph (issue 15)', () => {
  it('ends the article at `…（下转第二版）` and starts one at `（上接第一版）…`', () => {
    const page = [
      b('headline', 0, '全市今冬供热“升温”提质'),
      b('paragraph', 1, '开栓以来已受理群众诉求3860件，办结率99.2%。', { continued: { to: '第二版' } }),
      b('paragraph', 2, '11月24日，长治至平顺城乡公交线路开通运营。', { byline: '本报讯（记者 程丽）' }),
      b('paragraph', 3, '针对部分老旧小区供热不达标的问题，热力公司组建了服务队。', { continued: { from: '第一版' } }),
    ];
    const segments = segment(page);
    expect(segments.map((s) => [sources(s.blocks), s.continued])).toEqual([
      [[0, 1], { to: '第二版' }],
      [[2], undefined],
      [[3], { from: '第一版' }],
    ]);
  });
});

describe('segment: briefs (issue 15)', () => {
  it('makes each dated list item that ends a sentence an item of its own, not the items of a data box', () => {
    const briefs = [
      b('headline', 0, '沁县：小米“串”起致富链'),
      b('paragraph', 1, '走进沁县次村乡的小米加工厂，机器轰鸣。'),
      b('furniture', 2, '简讯'),
      b('paragraph', 3, '● 近日，沁县郭村镇为辖区80户困难家庭送去取暖煤。'),
      b('paragraph', 4, '● 3月5日，沁县开展“学雷锋”志愿服务活动。'),
    ];
    expect(segment(briefs).map((s) => sources(s.blocks))).toEqual([[0, 1], [2, 3], [4]]); // the column's name goes with the first item
    const box = [b('headline', 0, '壶关县民生账单'), b('paragraph', 1, '● 新增城镇就业 3120人'), b('paragraph', 2, '● 改造农村户厕 1850座')];
    expect(segment(box)).toHaveLength(1);
  });
});

describe('segment: a byline printed over its headline (issue 15)', () => {
  it('gives a reporter line over a headline to the article below when the one above is signed already', () => {
    const page = [
      b('headline', 0, '某镇建成老年食堂'),
      b('byline', 1, '本报记者 何静'),
      b('paragraph', 2, '近日，某镇老年食堂开张，每天为80位老人供餐。'),
      b('byline', 3, '记者 周洋 通讯员 孙立'),
      b('headline', 4, '某县新开两条公交线路'),
      b('paragraph', 5, '日前，某县新开通两条城乡公交线路。'),
    ];
    expect(segment(page).map((s) => sources(s.blocks))).toEqual([[0, 1, 2], [3, 4, 5]]);
  });

  it('leaves a closing signature with the article it signs when that article names no one else', () => {
    const page = [
      b('headline', 0, '某镇建成老年食堂'),
      b('paragraph', 1, '近日，某镇老年食堂开张，每天为80位老人供餐。'),
      b('byline', 2, '（记者 周洋）'),
      b('headline', 3, '某县新开两条公交线路'),
      b('paragraph', 4, '日前，某县新开通两条城乡公交线路。'),
    ];
    expect(segment(page).map((s) => sources(s.blocks))).toEqual([[0, 1, 2], [3, 4]]);
  });
});

describe('segment: a photo credit under a caption (issue 15)', () => {
  it('ends the photo, not the article', () => {
    const page = [
      b('headline', 0, '某镇：学校里的“小书院”'),
      b('paragraph', 1, '走进某镇中心学校，孩子们正在阅览室里读书。'),
      b('caption', 2, '上图：孩子们在读书。'),
      b('byline', 3, '（图片由某县教育局提供）'),
      b('paragraph', 4, '据了解，“小书院”共配备图书12万册。'),
    ];
    expect(segment(page)).toHaveLength(1);
  });
});

describe("segment: a signed piece closed by its author's note (issue 15)", () => {
  const comment = ['养老服务要“接得住”', '○ 某某', '', '社区食堂建起来只是第一步，让老人吃得起、吃得好才是关键。'];
  const next = '12月2日，市人社局发布今冬第二批公益性岗位，在全市开发保洁、养老护理等岗位860个。岗位补贴按月发放。';
  const count = (lines: string[]) => structurePage(lines.join('\n')).segments.length;
  it('ends at the note, on its own line or after the last sentence, blank lines between or none', () => {
    expect(count([...comment, '', '（作者单位：长治职业技术学院）', '', next])).toBe(2);
    expect(count([...comment, '（作者单位：长治职业技术学院）', next])).toBe(2);
    expect(count([...comment.slice(0, -1), `${comment.at(-1)}（作者系市政协委员）`, '', next])).toBe(2);
  });
  it("goes on past a note in brackets that is not its author's, or a sentence that names an author", () => {
    expect(count([...comment, '', '（数据截至11月底）', '', next])).toBe(1);
    expect(count([...comment, '', '（作者单位：长治职业技术学院）的调查显示，六成老人愿意在社区就餐。', '', next])).toBe(1);
  });
});

describe("segment: a reporter's signature in brackets on its own line under a wire item (issue 15)", () => {
  it('signs the item above, never the next piece under a column name', () => {
    const page = ['某县医保服务进村', '', '本报讯　今年以来，某县在全县120个行政村设立医保服务点，群众在村里就能办理参保登记。', '（通讯员　钱多）', '', '简讯', '◆某镇今年建成村级光伏电站五座，村集体每年增收二十余万元。'].join('\n');
    const { segments } = structurePage(page);
    expect(segments[0]!.blocks.at(-1)!.text).toBe('（通讯员　钱多）');
  });

  it('leaves a reporter line with no brackets over the next head to that piece, the item above signed already', () => {
    const page = ['某县医保服务进村', '', '本报讯（记者 钱多）今年以来，某县在全县120个行政村设立医保服务点，群众在村里就能办理参保登记。', '', '通讯员 赵敏', '某镇光伏电站建成投用', '某镇今年建成村级光伏电站五座，村集体每年增收二十余万元。'].join('\n');
    const { segments } = structurePage(page);
    expect(segments[1]!.blocks.some((b) => b.text === '通讯员 赵敏')).toBe(true);
  });
});

describe('segment: a lone ▲ item opened by its place and colon under a column name (issue 15)', () => {
  const page = (item: string) => ['某县：冬季供暖平稳运行', '本报记者 钱 多', '入冬以来，某县集中供热运行平稳，居民室温普遍在20度以上。', '城事速递', item, '某县开展冬季送温暖活动', '本报讯（记者 钱 多）12月2日，某县开展冬季送温暖活动。'].join('\n\n');

  it('is an item of its own under its head, the column name the page\'s: no photo caption', () => {
    const { segments } = structurePage(page('▲潞城区：新增背街小巷路灯800盏　潞城区今年完成36条小巷亮化改造。'));
    expect(segments.map((s) => s.blocks.find((b) => b.kind === 'headline')?.text)).toEqual(['某县：冬季供暖平稳运行', '潞城区：新增背街小巷路灯800盏', '某县开展冬季送温暖活动']);
    expect(segments.flatMap((s) => s.blocks).some((b) => b.kind === 'caption')).toBe(false);
  });

  it('leaves a lone ▲ line that says what a photo shows a caption', () => {
    const { segments } = structurePage(page('▲ 工人在某街道检修供热管道。'));
    expect(segments.flatMap((s) => s.blocks).some((b) => b.kind === 'caption' && b.text.includes('检修供热管道'))).toBe(true);
  });
});
