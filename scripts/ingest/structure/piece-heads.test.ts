import { describe, expect, it } from 'vitest';
import { structurePage } from '../segment.ts';
import { pieceHeadsAfterText } from './piece-heads.ts';
import type { Marked } from './run.ts';

const para = (text: string): Marked => ({ shape: 'paragraph', block: { kind: 'paragraph', text, source: [0] } });
const title = (text: string): Marked => ({ shape: 'title', block: { kind: 'caption', text, source: [0] } });
const furniture = (text: string): Marked => ({ shape: 'furniture', block: { kind: 'furniture', text, source: [0] } });
const shapes = (marked: Marked[]) => pieceHeadsAfterText(marked).map((m) => [m.shape, m.block.text]);

/** The segments of a page, each as its first block's text. */
const starts = (page: string) => structurePage(page).segments.map((s) => s.blocks[0]!.text);

const NEWS = ['黎城县新建村级幸福院12个', '', '本报讯（记者 郝某）今年以来，黎城县新建村级幸福院12个，每天为600余名老人提供午餐。', '', '县民政局负责人介绍，明年还将新建8个。'];

describe('piece-heads: a reply printed after another piece’s text', () => {
  it('reads a document’s head after running text, over its labelled lines, as a headline (its number cut)', () => {
    expect(shapes([para('上文已完。'), title('对市政协某届某次会议第086号提案的答复'), para('提案人：张某委员\n答复单位：市民政局'), title('张某委员：')])).toEqual([
      ['paragraph', '上文已完。'],
      ['headline', '对市政协某届某次会议第086号提案的答复'],
      ['paragraph', '提案人：张某委员\n答复单位：市民政局'],
      ['title', '张某委员：'],
    ]);
    const numbered = shapes([para('上文已完。'), para('3．关于解决沁县农村饮水安全问题的建议的答复'), title('答复单位：长治市水利局'), para('郭某代表：您提出的建议收悉，现答复如下：…')]);
    expect(numbered.slice(1, 3)).toEqual([['headline', '关于解决沁县农村饮水安全问题的建议的答复'], ['paragraph', '答复单位：长治市水利局']]);
    const bodies = shapes([para('上文已完。'), para('3.对市政协某次会议第0136号提案的答复'), title('长治市生态环境局　长治市住房和城乡建设局'), para('郭某委员：您提出的提案收悉。')]);
    expect(bodies.slice(1, 3).map(([s]) => s)).toEqual(['headline', 'paragraph']);
    // A labelled line a page's line may be taken for (`承办单位：…`) is the piece's too.
    const unit = shapes([para('上文已完。'), para('4.关于在潞城区增设老年助餐点的建议'), title('提案人：李某代表'), furniture('承办单位：潞城区民政局'), para('答复摘要：已建成助餐点38个。')]);
    expect(unit.slice(1, 4).map(([s]) => s)).toEqual(['headline', 'paragraph', 'paragraph']);
  });

  it('leaves section heads, task items, captions and lone heads as they are', () => {
    const cases: Marked[][] = [
      // A section of a notice over its labelled lines: short, and naming no body.
      [para('现将有关事项公告如下：'), title('（一）报名时间和地点'), para('时间：12月1日至5日\n地点：市人力资源市场三楼'), para('逾期不予受理。')],
      // An item of a work list over its lead unit and deadline names a task, not a document.
      [para('今年的民生实事如下。'), para('1.新建改造农村公路500公里'), title('牵头单位：市交通运输局'), title('完成时限：2025年12月底'), para('截至目前，已完成412公里。')],
      // A photo's caption over a copy's source and editor lines.
      [para('在食堂吃饭的王大爷说。'), title('▲社区食堂里，志愿者为老人打饭的建议'), furniture('来源：上党区融媒体中心'), furniture('编辑：牛某')],
      // A document's head with one labelled line and no one answered under it.
      [para('上文已完。'), title('关于做好今冬供热工作的通知'), title('发文单位：市住建局'), para('全市今年新增供热面积120万平方米。')],
      // Quoted by the text above, which introduces it (`…全文如下：`).
      [para('近日，他收到了市交通运输局的答复，全文如下：'), title('关于在潞州区增开公交线路的建议的答复'), title('答复单位：长治市交通运输局'), para('王某代表：您提出的建议收悉。')],
      // At the page's top, or under a title-like line, it is not after another piece's text.
      [title('对市政协某次会议第086号提案的答复'), para('提案人：张某委员\n答复单位：市民政局'), title('张某委员：')],
    ];
    for (const marked of cases) expect(pieceHeadsAfterText(marked)).toEqual(marked);
    // A head over a body's name alone is signed by it: issuersUnderHeads reads it.
    const signed = [para('上文已完。'), title('关于提高农村低保老人护理补贴的提案的答复'), title('市民政局'), para('申某委员：您提出的提案收悉。')];
    expect(pieceHeadsAfterText(signed)).toEqual(signed);
  });
});

describe('piece-heads: a notice printed after another piece’s text', () => {
  it('reads a notice’s head over whom it addresses, or over an opening that announces its items, as a headline', () => {
    const addressed = shapes([para('● 新建村级养老服务站 18个'), title('关于做好2026年度城乡居民医保缴费工作的通知'), title('各县区医保局、各乡镇（街道）：'), para('现将有关事项通知如下。')]);
    expect(addressed[1]).toEqual(['headline', '关于做好2026年度城乡居民医保缴费工作的通知']);
    const announced = shapes([para('● 新建村级养老服务站 18个'), title('长治市2025年第二批城乡公益性岗位招聘公告'), para('根据全市就业工作安排，现面向社会公开招聘城乡公益性岗位人员，有关事项公告如下：一、招聘名额')]);
    expect(announced[1]).toEqual(['headline', '长治市2025年第二批城乡公益性岗位招聘公告']);
    // Its reasons first, then the short sentence that announces the items.
    const reasons = shapes([para('区人社局负责人表示，明年将再建零工驿站4个。'), title('潞城区2025年冬季公益性岗位招聘公告'), para('为做好就业困难人员兜底安置，经区人力资源和社会保障局研究，决定面向社会招聘公益性岗位人员。现将有关事项公告如下：一、招聘对象')]);
    expect(reasons[1]).toEqual(['headline', '潞城区2025年冬季公益性岗位招聘公告']);
  });

  it('leaves a notice’s head over text whose colon only quotes a speaker after a long sentence, or opens its first sentence too soon', () => {
    const cases: Marked[][] = [
      [para('上文已完。'), title('关于做好今冬供热工作的通知'), para('全市今年新增供热面积120万平方米，供热企业已全部完成注水试压。市住建局供热科负责人在接受记者采访时表示：今冬供热平稳。')],
      [para('上文已完。'), title('市人社局发布冬季招聘公告'), para('公告显示：本次招聘岗位860个。')],
    ];
    for (const marked of cases) expect(pieceHeadsAfterText(marked)).toEqual(marked);
  });

  it('leaves a head of another kind, a notice’s head over plain text and a quoted notice as they are', () => {
    const cases: Marked[][] = [
      // A section of a feature ending on 建议, over the text that lists them.
      [para('恳谈会开了整整一上午。'), title('群众反映的问题和意见建议'), para('归纳起来，群众反映的问题主要有以下几类：道路、供水和供暖。')],
      // A notice's head over running text: no addressee, no announcement.
      [para('上文已完。'), title('关于做好今冬供热工作的通知'), para('全市今年新增供热面积120万平方米。')],
      // Quoted by the text above.
      [para('区住建局近日发出通知，全文如下：'), title('关于做好冬季供暖工作的通知'), title('各供热企业：'), para('请于11月1日前完成注水试压。')],
    ];
    for (const marked of cases) expect(pieceHeadsAfterText(marked)).toEqual(marked);
  });
});

describe('piece-heads on a page: a reply after a news item is an article of its own', () => {
  it('starts a notice after a box of figures at its head (fails before: the box’s section)', () => {
    const page = ['壶关县2025年民生账单', '● 改造农村户厕 1850座', '● 城乡居民基础养老金月人均 196元', '● 新建村级养老服务站 18个', '', '长治市2025年第二批城乡公益性岗位招聘公告', '根据全市就业工作安排，现面向社会公开招聘城乡公益性岗位人员，有关事项公告如下：', '一、招聘名额', '全市本批共开发城乡公益性岗位860个。'].join('\n');
    expect(starts(page)).toEqual(['壶关县2025年民生账单', '长治市2025年第二批城乡公益性岗位招聘公告']);
  });

  it('starts the reply at its head, not as a section of the news item above (fails before: one article)', () => {
    const page = [...NEWS, '', '对市政协某届某次会议第086号提案的答复', '提案人：张某委员', '答复单位：市民政局', '', '张某委员：', '', '您提出的《关于发展农村互助养老的提案》收悉，现答复如下：', '', '全市已建成农村互助幸福院1120个。'].join('\n');
    expect(starts(page)).toEqual(['黎城县新建村级幸福院12个', '对市政协某届某次会议第086号提案的答复']);
    const numbered = [...NEWS, '', '3．关于解决沁县农村饮水安全问题的建议的答复', '答复单位：长治市水利局', '郭某代表：', '您提出的建议收悉，现答复如下：', '近年来，沁县累计投入农村供水工程资金1.36亿元。'].join('\n');
    expect(starts(numbered)).toEqual(['黎城县新建村级幸福院12个', '关于解决沁县农村饮水安全问题的建议的答复']);
  });

  it('keeps one article whole: a sub-head, a run of task items, a Q&A, a reply and a dateline quoted inside it', () => {
    const one = (lines: string[]) => expect(starts(lines.join('\n'))).toHaveLength(1);
    // A sub-head inside one article, ending on a document's kind, over running text.
    one(['武乡县：恳谈会上听民声', '', '本报记者 赵某', '', '11月下旬，武乡县在丰州镇召开民情恳谈会，听取群众意见。', '', '县委书记说，群众的事再小也是大事。', '', '群众反映的问题和建议', '', '与会群众提出意见建议26条，涉及道路、供水、供暖等方面。', '', '县里明确，所有问题将在一个月内答复。']);
    // A run of task items, each over its lead unit and deadline.
    one(['长治市2026年民生实事项目公布', '', '本报讯 市政府近日公布2026年十件民生实事。', '', '1.新建改造农村公路500公里', '牵头单位：市交通运输局', '完成时限：2026年12月底', '', '2.新增普惠性托位2000个', '牵头单位：市卫生健康委员会', '完成时限：2026年10月底']);
    // A Q&A whose questions stay with their answers.
    one(['医保缴费热点问答', '', '问：2026年度城乡居民医保个人缴费标准是多少？', '答：每人每年400元，比上年提高20元。', '', '问：在哪里缴费？', '答：可通过“晋医保”小程序或各乡镇便民服务中心缴费。']);
    // A notice quoted inside an article, over its addressee.
    one(['一条建议换来一条新公交线', '', '本报记者 韩某', '', '今年两会上，市人大代表王某建议在潞州区增开公交线路。', '', '近日，他收到了市交通运输局的答复，全文如下：', '关于在潞州区增开公交线路的建议的答复', '答复单位：长治市交通运输局', '王某代表：', '您提出的建议收悉。我局已于10月开通38路公交车。', '', '“答复很具体，问题也解决了。”王某说。']);
    // A dateline quoted inside a paragraph.
    one(['沁源县开展送医下乡', '', '本报讯 据《沁源报》报道：“本报讯 11月20日，县人民医院专家到王和镇义诊。”当天共义诊300人次。', '', '答复单位：县卫健局表示，今年还将组织义诊20场。']);
  });
});

describe('piece-heads: a notice printed after a photo’s credit (issue 15)', () => {
  const byline = (text: string): Marked => ({ shape: 'byline', block: { kind: 'byline', text, source: [0] } });
  const head = '关于调整市区居民生活用水价格的公告';
  const opening = '经市人民政府批准，自2026年1月1日起，市区居民生活用水实行阶梯水价，具体标准如下：';

  it('reads its head as a headline: the credit closed the piece above', () => {
    expect(shapes([para('图为志愿者为环卫工人端上热汤面。'), byline('本报记者 梁某 摄'), title(head), para(opening)])[2]).toEqual(['headline', head]);
    expect(starts(['西街街道今年已建成爱心驿站11个。', '图为志愿者为环卫工人端上热汤面。', '本报记者 梁某 摄', head, opening, '一、第一阶梯：每户年用水量不超过144立方米的部分。'].join('\n'))).toContain(head);
  });

  it('leaves it under a reporter’s byline that credits no photo', () => {
    const marked = [para('上文已完。'), byline('本报记者 梁某'), title(head), para(opening)];
    expect(pieceHeadsAfterText(marked)).toEqual(marked);
  });

  it('reads it so under a caption that carries its credit on its own line (blank lines between, or none)', () => {
    const caption = (text: string, credit: string): Marked => ({ shape: 'caption', block: { kind: 'caption', text, credit, source: [0] } });
    expect(shapes([caption('图为新建成的南关社区食堂。', '本报记者 梁某 摄'), title(head), para(opening)])[1]).toEqual(['headline', head]);
    const page = ['南关社区食堂日前开门迎客，每天供应午餐300份。', '图为新建成的南关社区食堂。 本报记者 梁某 摄', head, opening, '一、第一阶梯：每户年用水量不超过144立方米的部分。'];
    expect(starts(page.join('\n\n'))).toContain(head);
    expect(starts(page.join('\n'))).toContain(head);
  });

  it('leaves it under a caption that credits no one, or a credit that is a reporter’s signature', () => {
    const caption = (text: string, credit?: string): Marked => ({ shape: 'caption', block: { kind: 'caption', text, ...(credit && { credit }), source: [0] } });
    for (const above of [caption('图为新建成的南关社区食堂。'), caption('图为新建成的南关社区食堂。', '（通讯员 梁某）')]) {
      const marked = [above, title(head), para(opening)];
      expect(pieceHeadsAfterText(marked)).toEqual(marked);
    }
  });
});
